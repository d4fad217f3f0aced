import fs from 'node:fs';
import path from 'node:path';
import hnswlib from 'hnswlib-node';
import { z } from 'zod';

const { HierarchicalNSW } = hnswlib;

export const INDEX_FILE = 'vectors.hnsw';
const INDEX_META_FILE = 'vectors.json';

const metaSchema = z.object({
  modelId: z.string(),
  dimensions: z.number().int().positive(),
  count: z.number().int().nonnegative(),
  space: z.literal('cosine'),
  m: z.number().int(),
  efConstruction: z.number().int(),
  /** Elements stored, live and marked deleted (an index derived from its parent's); absent = `count`. */
  elements: z.number().int().nonnegative().optional(),
});
export type VectorIndexMeta = z.infer<typeof metaSchema>;

export class VectorIndexError extends Error {
  override name = 'VectorIndexError';
}

// Measured on this machine (docs/PERFORMANCE.md, `npm run bench`): with M=16 and
// efConstruction=200 over 100k 704-dimension vectors, recall@10 against exact search was 0.90 at
// ef=64, 0.94 at 128, 0.97 at 256 and 0.98 at 400; 256 is the first to clear 0.95.
const M = 16;
const EF_CONSTRUCTION = 200;
const EF_SEARCH = 256;
// Vectors copied out of the index and kept for reuse (pseudo-relevance feedback): ~28 MB at 704 dimensions.
const MAX_VECTOR_COPIES = 10_000;

/**
 * An hnswlib index whose labels are chunk row ids. Loading checks the recorded model and
 * dimension first: hnswlib reads a file of the wrong dimension silently and can crash on a
 * corrupted one, so the generation's checksums are verified before this is ever called.
 */
export class VectorIndex {
  private readonly copies = new Map<number, Float32Array>();

  private constructor(
    private readonly index: InstanceType<typeof HierarchicalNSW>,
    private metaData: VectorIndexMeta,
  ) {}

  get meta(): VectorIndexMeta {
    return this.metaData;
  }

  /** An empty index to fill with `add` (a full build that streams its vectors in). */
  static create(modelId: string, dimensions: number, capacity: number): VectorIndex {
    const index = new HierarchicalNSW('cosine', dimensions);
    index.initIndex({
      maxElements: Math.max(1, capacity),
      m: M,
      efConstruction: EF_CONSTRUCTION,
      randomSeed: 100,
    });
    index.setEf(EF_SEARCH);
    return new VectorIndex(index, {
      modelId,
      dimensions,
      count: 0,
      space: 'cosine',
      m: M,
      efConstruction: EF_CONSTRUCTION,
      elements: 0,
    });
  }

  /** Share of stored elements that are marked deleted (what an incremental update leaves behind). */
  get deletedShare(): number {
    const elements = this.index.getCurrentCount();
    return elements === 0 ? 0 : (elements - this.metaData.count) / elements;
  }

  /**
   * Adds a chunk's vector, or replaces the one stored under its label (a label marked deleted is
   * live again). The index grows as needed.
   */
  add(label: number, vector: number[], live: { wasLive: boolean }): void {
    if (vector.length !== this.metaData.dimensions)
      throw new VectorIndexError(
        `vector for chunk ${label} has ${vector.length} dimensions, expected ${this.metaData.dimensions}`,
      );
    const max = this.index.getMaxElements();
    if (this.index.getCurrentCount() >= max) this.index.resizeIndex(Math.ceil(max * 1.25) + 16);
    this.index.addPoint(vector, label);
    this.copies.delete(label);
    this.metaData = {
      ...this.metaData,
      count: this.metaData.count + (live.wasLive ? 0 : 1),
      elements: this.index.getCurrentCount(),
    };
  }

  /** Reserves room for `more` elements (one resize instead of many). */
  reserve(more: number): void {
    const need = this.index.getCurrentCount() + more;
    if (need > this.index.getMaxElements()) this.index.resizeIndex(need);
  }

  /** Marks a live chunk's vector deleted: searches no longer return it. */
  remove(label: number): void {
    this.index.markDelete(label);
    this.copies.delete(label);
    this.metaData = { ...this.metaData, count: this.metaData.count - 1 };
  }

  static build(
    modelId: string,
    dimensions: number,
    items: Array<{ label: number; vector: number[] }>,
  ): VectorIndex {
    const index = new HierarchicalNSW('cosine', dimensions);
    index.initIndex({
      maxElements: Math.max(1, items.length),
      m: M,
      efConstruction: EF_CONSTRUCTION,
      randomSeed: 100,
    });
    for (const { label, vector } of items) {
      if (vector.length !== dimensions)
        throw new VectorIndexError(
          `vector for chunk ${label} has ${vector.length} dimensions, expected ${dimensions}`,
        );
      index.addPoint(vector, label);
    }
    index.setEf(EF_SEARCH);
    return new VectorIndex(index, {
      modelId,
      dimensions,
      count: items.length,
      space: 'cosine',
      m: M,
      efConstruction: EF_CONSTRUCTION,
    });
  }

  save(dir: string): void {
    this.index.writeIndexSync(path.join(dir, INDEX_FILE));
    const meta = { ...this.metaData, elements: this.index.getCurrentCount() };
    fs.writeFileSync(path.join(dir, INDEX_META_FILE), `${JSON.stringify(meta)}\n`);
  }

  /** The embedding model a generation's index was built with, or null when it has none. */
  static readModelId(dir: string): string | null {
    try {
      return metaSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, INDEX_META_FILE), 'utf8'))).modelId;
    } catch {
      return null;
    }
  }

  /** Loads a generation's index after checking it was built by `expectedModelId` (when given). */
  static load(dir: string, expectedModelId?: string): VectorIndex {
    let meta: VectorIndexMeta;
    try {
      meta = metaSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, INDEX_META_FILE), 'utf8')));
    } catch (error) {
      throw new VectorIndexError(
        `${INDEX_META_FILE} is missing or malformed (${(error as Error).message.split('\n')[0]})`,
      );
    }
    if (expectedModelId && meta.modelId !== expectedModelId) {
      throw new VectorIndexError(
        `the index was built with ${meta.modelId}, but the configured embedder is ${expectedModelId}; a refresh rebuilds it`,
      );
    }
    const file = path.join(dir, INDEX_FILE);
    const size = fs.statSync(file).size;
    // hnswlib's file holds every vector: a size too small for the recorded count and dimension is a
    // truncated or mismatched file, refused before the native loader reads it.
    const elements = meta.elements ?? meta.count;
    if (elements < meta.count)
      throw new VectorIndexError(`${INDEX_META_FILE} says ${meta.count} live of ${elements} stored vectors`);
    if (size < elements * meta.dimensions * 4) {
      throw new VectorIndexError(
        `${INDEX_FILE} is ${size} bytes, too small for ${elements} vectors of ${meta.dimensions} dimensions`,
      );
    }
    const index = new HierarchicalNSW('cosine', meta.dimensions);
    index.readIndexSync(file);
    if (index.getCurrentCount() !== elements)
      throw new VectorIndexError(
        `${INDEX_FILE} holds ${index.getCurrentCount()} vectors, ${INDEX_META_FILE} says ${elements}`,
      );
    index.setEf(EF_SEARCH);
    return new VectorIndex(index, meta);
  }

  /**
   * The stored vector of a chunk (hnswlib keeps it normalised for the cosine space), or null.
   * Copying a vector out of hnswlib costs ~0.1 ms, so the ones asked for are kept (up to a bound).
   */
  vector(label: number): Float32Array | null {
    let v = this.copies.get(label);
    if (v) return v;
    try {
      v = Float32Array.from(this.index.getPoint(label));
    } catch {
      return null;
    }
    if (this.copies.size >= MAX_VECTOR_COPIES) this.copies.clear();
    this.copies.set(label, v);
    return v;
  }

  /** Nearest chunks by cosine similarity (1 − distance), best first. */
  search(
    vector: number[],
    k: number,
    filter?: (label: number) => boolean,
    ef = EF_SEARCH,
  ): Array<{ label: number; similarity: number }> {
    if (this.metaData.count === 0) return [];
    const n = Math.min(k, this.metaData.count);
    this.index.setEf(Math.max(ef, n));
    const { neighbors, distances } = this.index.searchKnn(vector, n, filter);
    return neighbors.map((label, i) => ({ label, similarity: 1 - distances[i]! }));
  }
}
