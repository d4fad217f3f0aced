/**
 * Results that depend only on the serving generation and on their inputs (the offline answer to
 * a question, a market report with its chart), kept so that the same question asked again is not
 * computed again. Everything cached belongs to one generation: the first look-up on another one
 * empties the cache, so nothing computed from an older corpus is ever served. Bounded: past
 * `maxEntries` the least recently used entry goes. `maxEntries` 0 turns caching off.
 *
 * A value may be a promise: it is cached as such (concurrent look-ups share one computation) and
 * dropped if it rejects, so a failure is never served from the cache.
 */
export class GenerationCache<V> {
  private generation: string | null = null;
  private readonly entries = new Map<string, V>();
  private counts = { hits: 0, misses: 0 };

  constructor(readonly maxEntries: number) {}

  get(generation: string, key: string, compute: () => V): V {
    if (this.maxEntries <= 0) return compute();
    if (generation !== this.generation) {
      this.entries.clear();
      this.generation = generation;
    }
    if (this.entries.has(key)) {
      const found = this.entries.get(key) as V;
      // Most recently used last: Map keeps insertion order.
      this.entries.delete(key);
      this.entries.set(key, found);
      this.counts.hits++;
      return found;
    }
    this.counts.misses++;
    const value = compute();
    this.entries.set(key, value);
    if (value instanceof Promise)
      value.catch(() => {
        if (this.entries.get(key) === value) this.entries.delete(key);
      });
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  /** Entries held, and look-ups answered from the cache or computed, since it was made. */
  get stats(): { generation: string | null; entries: number; hits: number; misses: number } {
    return { generation: this.generation, entries: this.entries.size, ...this.counts };
  }
}
