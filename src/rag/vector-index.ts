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
  /**
   * A segmented index (`writeSegment`): the file above is its base, holding `baseCount` live
   * vectors when it was written; `baseDeleted` are base labels deleted since. Each segment is a
   * small index of its own (a refresh's new chunks), with the labels it holds and those deleted
   * from it since. `count` is the live total over all of them.
   */
  baseCount: z.number().int().nonnegative().optional(),
  baseDeleted: z.array(z.number().int()).optional(),
  segments: z
    .array(
      z.object({
        file: z.string().regex(/^vectors\.[\w-]+\.hnsw$/),
        labels: z.array(z.number().int()),
        deleted: z.array(z.number().int()),
      }),
    )
    .optional(),
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
// A segment holds one refresh's new chunks (8,139 in a 1 % refresh of 100,000 listings): built at
// efConstruction 200 they took 4.9 s of a refresh's CPU; searched at ef 256, a graph of a few
// thousand vectors is searched almost whole whatever its construction, so 64 keeps its recall.
const SEGMENT_EF_CONSTRUCTION = 64;
// Vectors copied out of the index and kept for reuse (pseudo-relevance feedback): ~28 MB at 704 dimensions.
const MAX_VECTOR_COPIES = 10_000;

type Hnsw = InstanceType<typeof HierarchicalNSW>;

/**
 * One file of an index: the base (`INDEX_FILE`) or a segment. `labels` is the segment's live
 * labels (null for the base, which can be large: its labels are looked up in hnswlib itself).
 */
interface Part {
  index: Hnsw;
  file: string;
  live: number;
  labels: Set<number> | null;
}

/**
 * An hnswlib index whose labels are chunk row ids: one file, or a base file and small segments
 * (`writeSegment`) searched together. Loading checks the recorded model and dimension first:
 * hnswlib reads a file of the wrong dimension silently and can crash on a corrupted one, so the
 * generation's checksums are verified before this is ever called.
 */
export class VectorIndex {
  private readonly copies = new Map<number, Float32Array>();

  private constructor(
    private parts: Part[],
    private metaData: VectorIndexMeta,
  ) {}

  private get base(): Hnsw {
    return this.parts[0]!.index;
  }

  get meta(): VectorIndexMeta {
    return this.metaData;
  }

  /** Segment files besides the base (0 for an index of one file). */
  get segmentCount(): number {
    return this.parts.length - 1;
  }

  /**
   * An empty index to fill with `add` (a full build that streams its vectors in). A segment
   * (`forSegment`) is built with SEGMENT_EF_CONSTRUCTION: a refresh's few thousand vectors.
   */
  static create(modelId: string, dimensions: number, capacity: number, forSegment = false): VectorIndex {
    const index = new HierarchicalNSW('cosine', dimensions);
    index.initIndex({
      maxElements: Math.max(1, capacity),
      m: M,
      efConstruction: forSegment ? SEGMENT_EF_CONSTRUCTION : EF_CONSTRUCTION,
      randomSeed: 100,
    });
    index.setEf(EF_SEARCH);
    return new VectorIndex([{ index, file: INDEX_FILE, live: 0, labels: null }], {
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
    const elements = this.parts.reduce((n, p) => n + p.index.getCurrentCount(), 0);
    return elements === 0 ? 0 : (elements - this.metaData.count) / elements;
  }

  /**
   * Adds a chunk's vector to the base, or replaces the one stored under its label (a label marked
   * deleted is live again). The index grows as needed. Only on an index of one file (`compact`).
   */
  add(label: number, vector: number[], live: { wasLive: boolean }): void {
    this.singleFile('add');
    if (vector.length !== this.metaData.dimensions)
      throw new VectorIndexError(
        `vector for chunk ${label} has ${vector.length} dimensions, expected ${this.metaData.dimensions}`,
      );
    const index = this.base;
    const max = index.getMaxElements();
    if (index.getCurrentCount() >= max) index.resizeIndex(Math.ceil(max * 1.25) + 16);
    index.addPoint(vector, label);
    this.copies.delete(label);
    if (!live.wasLive) this.parts[0]!.live++;
    this.metaData = {
      ...this.metaData,
      count: this.metaData.count + (live.wasLive ? 0 : 1),
      elements: index.getCurrentCount(),
    };
  }

  /** Reserves room for `more` elements in the base (one resize instead of many). */
  reserve(more: number): void {
    this.singleFile('reserve');
    const need = this.base.getCurrentCount() + more;
    if (need > this.base.getMaxElements()) this.base.resizeIndex(need);
  }

  /** Marks a live chunk's vector deleted, in whichever file holds it: searches no longer return it. */
  remove(label: number): void {
    const part = this.partOf(label);
    part.index.markDelete(label);
    part.live--;
    part.labels?.delete(label);
    this.copies.delete(label);
    this.metaData = { ...this.metaData, count: this.metaData.count - 1 };
  }

  /**
   * One file again: every segment's live vectors added to the base (as stored, nothing embedded
   * again), the segments dropped. What a refresh does once an index has too many segments.
   */
  compact(): void {
    const segments = this.parts.slice(1);
    if (!segments.length) return;
    const base = this.parts[0]!;
    const more = segments.reduce((n, s) => n + s.live, 0);
    const need = base.index.getCurrentCount() + more;
    if (need > base.index.getMaxElements()) base.index.resizeIndex(need);
    for (const segment of segments)
      for (const label of segment.labels!) {
        base.index.addPoint(segment.index.getPoint(label), label);
        base.live++;
      }
    this.parts = [base];
    const { baseCount: _c, baseDeleted: _d, segments: _s, ...rest } = this.metaData;
    this.metaData = { ...rest, elements: base.index.getCurrentCount() };
  }

  static build(
    modelId: string,
    dimensions: number,
    items: Array<{ label: number; vector: number[] }>,
  ): VectorIndex {
    const index = VectorIndex.create(modelId, dimensions, items.length);
    for (const { label, vector } of items) index.add(label, vector, { wasLive: false });
    return index;
  }

  /** Writes an index of one file (`compact` first when it has segments). */
  save(dir: string): void {
    this.singleFile('save');
    this.base.writeIndexSync(path.join(dir, INDEX_FILE));
    const meta = { ...this.metaData, elements: this.base.getCurrentCount() };
    fs.writeFileSync(path.join(dir, INDEX_META_FILE), `${JSON.stringify(meta)}\n`);
  }

  /**
   * A new generation's index as its parent's files plus one segment: the parent's base and
   * segments linked into `dir` unchanged (never read), `segment` (the refresh's new chunks, an
   * index of one file) written beside them as `segmentFile`, and `deleted` (parent labels no
   * longer live) recorded against the file that holds each. Nothing of the parent is rewritten;
   * the new segment is read back and checked. Returns the new metadata and the files linked from
   * the parent (its bytes: their checksums are the parent's).
   */
  static writeSegment(
    parentDir: string,
    dir: string,
    segment: VectorIndex | null,
    segmentFile: string,
    deleted: Iterable<number>,
  ): { meta: VectorIndexMeta; carried: string[] } {
    const parent = VectorIndex.readMeta(parentDir);
    if (segment && (segment.meta.modelId !== parent.modelId || segment.meta.dimensions !== parent.dimensions))
      throw new VectorIndexError(
        `a segment of ${segment.meta.modelId} (${segment.meta.dimensions}) cannot join an index of ${parent.modelId} (${parent.dimensions})`,
      );
    if (segment?.segmentCount) throw new VectorIndexError('a segment must be an index of one file');
    const segments = (parent.segments ?? []).map((s) => ({
      file: s.file,
      labels: s.labels,
      deleted: [...s.deleted],
      live: new Set(s.labels),
    }));
    // Each segment's live labels, to find which file a deleted label is in (the base otherwise).
    for (const s of segments) for (const d of s.deleted) s.live.delete(d);
    const baseDeleted = [...(parent.baseDeleted ?? [])];
    let removed = 0;
    for (const label of deleted) {
      const holder = segments.findLast((s) => s.live.has(label));
      if (holder) {
        holder.live.delete(label);
        holder.deleted.push(label);
      } else baseDeleted.push(label);
      removed++;
    }
    if (segments.some((s) => s.file === segmentFile) || segmentFile === INDEX_FILE)
      throw new VectorIndexError(`${segmentFile} is already a file of the parent index`);
    // Linked files are the parent's bytes (their checksums are the parent's); a copy is hashed at publish.
    const carried = [INDEX_FILE, ...segments.map((s) => s.file)].filter((name) =>
      linkOrCopy(path.join(parentDir, name), path.join(dir, name)),
    );
    const added = segment && segment.meta.count > 0 ? segment.parts[0]! : null;
    const labels = added ? added.index.getIdsList() : [];
    if (added) added.index.writeIndexSync(path.join(dir, segmentFile));
    const meta: VectorIndexMeta = {
      ...parent,
      count: parent.count - removed + labels.length,
      elements: parent.elements ?? parent.count,
      baseCount: parent.baseCount ?? parent.count,
      baseDeleted,
      segments: [
        ...segments.map((s) => ({ file: s.file, labels: s.labels, deleted: s.deleted })),
        ...(added ? [{ file: segmentFile, labels, deleted: [] }] : []),
      ],
    };
    // The new segment as written, read back: its vectors and labels are what the metadata says.
    if (added) VectorIndex.readPart(dir, segmentFile, meta, labels, []);
    fs.writeFileSync(path.join(dir, INDEX_META_FILE), `${JSON.stringify(meta)}\n`);
    return { meta, carried };
  }

  /** The embedding model a generation's index was built with, or null when it has none. */
  static readModelId(dir: string): string | null {
    try {
      return VectorIndex.readMeta(dir).modelId;
    } catch {
      return null;
    }
  }

  /** A generation's index metadata (its files are not read); throws VectorIndexError. */
  static readMeta(dir: string): VectorIndexMeta {
    try {
      return metaSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, INDEX_META_FILE), 'utf8')));
    } catch (error) {
      throw new VectorIndexError(
        `${INDEX_META_FILE} is missing or malformed (${(error as Error).message.split('\n')[0]})`,
      );
    }
  }

  /** Loads a generation's index after checking it was built by `expectedModelId` (when given). */
  static load(dir: string, expectedModelId?: string): VectorIndex {
    const meta = VectorIndex.readMeta(dir);
    if (expectedModelId && meta.modelId !== expectedModelId) {
      throw new VectorIndexError(
        `the index was built with ${meta.modelId}, but the configured embedder is ${expectedModelId}; a refresh rebuilds it`,
      );
    }
    const elements = meta.elements ?? meta.count;
    const baseCount = meta.baseCount ?? meta.count;
    if (elements < baseCount)
      throw new VectorIndexError(`${INDEX_META_FILE} says ${baseCount} live of ${elements} stored vectors`);
    const base = VectorIndex.readPart(dir, INDEX_FILE, meta, elements, meta.baseDeleted ?? []);
    base.live = baseCount - (meta.baseDeleted?.length ?? 0);
    const parts = [base];
    for (const s of meta.segments ?? [])
      parts.push(VectorIndex.readPart(dir, s.file, meta, s.labels, s.deleted));
    const live = parts.reduce((n, p) => n + p.live, 0);
    if (live !== meta.count)
      throw new VectorIndexError(
        `${INDEX_META_FILE} says ${meta.count} live vectors, its files hold ${live}`,
      );
    return new VectorIndex(parts, meta);
  }

  /**
   * One file of an index, read after its size is checked against what the metadata says it holds
   * (a truncated or mismatched file is refused before the native loader reads it), with the
   * labels deleted from it since marked deleted. A segment's labels must be exactly the listed ones.
   */
  private static readPart(
    dir: string,
    name: string,
    meta: VectorIndexMeta,
    holds: number | number[],
    deleted: number[],
  ): Part {
    const file = path.join(dir, name);
    const elements = typeof holds === 'number' ? holds : holds.length;
    let size: number;
    try {
      size = fs.statSync(file).size;
    } catch {
      throw new VectorIndexError(`${name} is missing`);
    }
    // hnswlib's file holds every vector: a size too small for the recorded count and dimension is a
    // truncated or mismatched file.
    if (size < elements * meta.dimensions * 4) {
      throw new VectorIndexError(
        `${name} is ${size} bytes, too small for ${elements} vectors of ${meta.dimensions} dimensions`,
      );
    }
    const index = new HierarchicalNSW('cosine', meta.dimensions);
    index.readIndexSync(file);
    if (index.getCurrentCount() !== elements)
      throw new VectorIndexError(
        `${name} holds ${index.getCurrentCount()} vectors, ${INDEX_META_FILE} says ${elements}`,
      );
    let labels: Set<number> | null = null;
    if (typeof holds !== 'number') {
      labels = new Set(index.getIdsList());
      if (labels.size !== holds.length || holds.some((l) => !labels!.has(l)))
        throw new VectorIndexError(`${name} does not hold the labels ${INDEX_META_FILE} lists for it`);
    }
    for (const label of deleted) {
      try {
        index.markDelete(label);
      } catch {
        throw new VectorIndexError(
          `${INDEX_META_FILE} deletes chunk ${label} from ${name}, which holds it not live`,
        );
      }
      labels?.delete(label);
    }
    index.setEf(EF_SEARCH);
    return { index, file: name, live: labels ? labels.size : elements, labels };
  }

  /** The part holding a live label: the newest segment that lists it, else the base. */
  private partOf(label: number): Part {
    for (let i = this.parts.length - 1; i > 0; i--)
      if (this.parts[i]!.labels!.has(label)) return this.parts[i]!;
    return this.parts[0]!;
  }

  private singleFile(what: string): void {
    if (this.parts.length > 1)
      throw new VectorIndexError(`${what}: the index has segments (compact it first)`);
  }

  /**
   * The stored vector of a chunk (hnswlib keeps it normalised for the cosine space), or null.
   * Copying a vector out of hnswlib costs ~0.1 ms, so the ones asked for are kept (up to a bound).
   */
  vector(label: number): Float32Array | null {
    let v = this.copies.get(label);
    if (v) return v;
    try {
      v = Float32Array.from(this.partOf(label).index.getPoint(label));
    } catch {
      return null;
    }
    if (this.copies.size >= MAX_VECTOR_COPIES) this.copies.clear();
    this.copies.set(label, v);
    return v;
  }

  /** Nearest chunks by cosine similarity (1 − distance), best first, over every file of the index. */
  search(
    vector: number[],
    k: number,
    filter?: (label: number) => boolean,
    ef = EF_SEARCH,
  ): Array<{ label: number; similarity: number }> {
    if (this.metaData.count === 0) return [];
    const found: Array<{ label: number; similarity: number }> = [];
    for (const part of this.parts) {
      const n = Math.min(k, part.live);
      if (n <= 0) continue;
      part.index.setEf(Math.max(ef, n));
      const { neighbors, distances } = part.index.searchKnn(vector, n, filter);
      neighbors.forEach((label, i) => {
        found.push({ label, similarity: 1 - distances[i]! });
      });
    }
    if (this.parts.length === 1) return found;
    return found.sort((a, b) => b.similarity - a.similarity).slice(0, k);
  }
}

/**
 * A parent generation's file in the new one: a hard link (generations are never written once
 * published, so both may share the bytes), or a copy where the file system cannot link.
 */
function linkOrCopy(from: string, to: string): boolean {
  try {
    fs.linkSync(from, to);
    return true;
  } catch {
    fs.copyFileSync(from, to);
    return false;
  }
}
