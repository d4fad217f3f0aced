import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { seededRandom } from '../seeded-random.js';

/** A sparse TF-IDF row: term indices and weights, L2-normalised. */
interface SparseRow {
  idx: Int32Array;
  val: Float64Array;
}

export interface LsaModelData {
  kind: 'lsa';
  dimensions: number;
  vocabulary: string[];
  idf: number[];
  /** vocabulary.length × dimensions, row-major. */
  projection: number[];
}

/**
 * Latent semantic analysis: TF-IDF over the corpus's own terms, reduced by a truncated SVD
 * (randomised range finder + a small eigen-decomposition) to dense vectors in which terms that
 * occur in the same listings end up close. Learned from the corpus at ingest; nothing downloaded.
 */
export class LsaModel {
  private readonly index: Map<string, number>;

  constructor(readonly data: LsaModelData) {
    this.index = new Map(data.vocabulary.map((t, i) => [t, i]));
  }

  static fit(
    documents: string[][],
    dimensions = 192,
    options: { minDf?: number; maxVocabulary?: number; seed?: number } = {},
  ): LsaModel {
    // A tiny corpus (tests, a first import) keeps every term; a real one drops one-off terms.
    const minDf = options.minDf ?? (documents.length < 50 ? 1 : 2);
    const maxShare = documents.length < 20 ? 1.01 : 0.5;
    const df = new Map<string, number>();
    for (const doc of documents) for (const t of new Set(doc)) df.set(t, (df.get(t) ?? 0) + 1);
    const vocabulary = [...df]
      .filter(([, n]) => n >= minDf && n < documents.length * maxShare)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, options.maxVocabulary ?? 30_000)
      .map(([t]) => t)
      .sort();
    const idf = vocabulary.map((t) => Math.log((1 + documents.length) / (1 + df.get(t)!)) + 1);
    const model = new LsaModel({ kind: 'lsa', dimensions: 0, vocabulary, idf, projection: [] });
    const rows = documents.map((d) => model.tfidf(d));
    const k = Math.max(1, Math.min(dimensions, vocabulary.length - 1, documents.length - 1));
    const projection =
      vocabulary.length === 0 ? [] : randomizedProjection(rows, vocabulary.length, k, options.seed ?? 1);
    return new LsaModel({ kind: 'lsa', dimensions: k, vocabulary, idf, projection });
  }

  /** Sublinear TF-IDF, L2-normalised, over the model's vocabulary. */
  tfidf(terms: string[]): SparseRow {
    const counts = new Map<number, number>();
    for (const t of terms) {
      const i = this.index.get(t);
      if (i !== undefined) counts.set(i, (counts.get(i) ?? 0) + 1);
    }
    const idx = Int32Array.from(counts.keys());
    const val = Float64Array.from(idx, (i) => (1 + Math.log(counts.get(i)!)) * this.data.idf[i]!);
    let norm = 0;
    for (const x of val) norm += x * x;
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < val.length; j++) val[j]! /= norm;
    return { idx, val };
  }

  /** The dense, unit-length vector of a bag of terms (all zeros when no term is known). */
  embed(terms: string[]): Float32Array {
    const { idx, val } = this.tfidf(terms);
    const d = this.data.dimensions;
    const out = new Float32Array(d);
    const p = this.data.projection;
    for (let j = 0; j < idx.length; j++) {
      const base = idx[j]! * d;
      const w = val[j]!;
      for (let c = 0; c < d; c++) out[c]! += w * p[base + c]!;
    }
    let norm = 0;
    for (const x of out) norm += x * x;
    norm = Math.sqrt(norm) || 1;
    for (let c = 0; c < d; c++) out[c]! /= norm;
    return out;
  }
}

/** A dense row-major matrix in a typed array: ml-matrix's get/set per element is too slow here. */
interface Dense {
  rows: number;
  cols: number;
  data: Float64Array;
}

function dense(rows: number, cols: number): Dense {
  return { rows, cols, data: new Float64Array(rows * cols) };
}

/** A · M for sparse A (rows × n) and dense M (n × l). */
function sparseTimes(a: SparseRow[], m: Dense): Dense {
  const out = dense(a.length, m.cols);
  const l = m.cols;
  a.forEach((r, i) => {
    const o = i * l;
    for (let j = 0; j < r.idx.length; j++) {
      const w = r.val[j]!;
      const src = r.idx[j]! * l;
      for (let c = 0; c < l; c++) out.data[o + c]! += w * m.data[src + c]!;
    }
  });
  return out;
}

/** Aᵀ · M for sparse A (rows × n) and dense M (rows × l). */
function sparseTransposeTimes(a: SparseRow[], n: number, m: Dense): Dense {
  const out = dense(n, m.cols);
  const l = m.cols;
  a.forEach((r, i) => {
    const src = i * l;
    for (let j = 0; j < r.idx.length; j++) {
      const w = r.val[j]!;
      const o = r.idx[j]! * l;
      for (let c = 0; c < l; c++) out.data[o + c]! += w * m.data[src + c]!;
    }
  });
  return out;
}

/**
 * Orthonormalises the columns (modified Gram–Schmidt, twice for stability) on a transposed copy,
 * so every dot product runs over contiguous memory.
 */
function orthonormalize(m: Dense): Dense {
  const { rows, cols } = m;
  const t = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) t[c * rows + r] = m.data[r * cols + c]!;
  for (let pass = 0; pass < 2; pass++) {
    for (let c = 0; c < cols; c++) {
      const cOff = c * rows;
      for (let p = 0; p < c; p++) {
        const pOff = p * rows;
        let dot = 0;
        for (let r = 0; r < rows; r++) dot += t[cOff + r]! * t[pOff + r]!;
        for (let r = 0; r < rows; r++) t[cOff + r]! -= dot * t[pOff + r]!;
      }
      let norm = 0;
      for (let r = 0; r < rows; r++) norm += t[cOff + r]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let r = 0; r < rows; r++) t[cOff + r]! /= norm;
    }
  }
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) m.data[r * cols + c] = t[c * rows + r]!;
  return m;
}

/**
 * The term → concept projection of a truncated SVD of the sparse matrix A (documents × terms):
 * the top-k right singular vectors, each scaled by 1/σ² (so a document's projection equals its
 * left singular coordinates scaled by 1/σ, which evens out the dominant axes). Computed with
 * Halko, Martinsson & Tropp's randomised range finder (two power iterations), then the
 * eigenvectors of the small matrix B Bᵀ. Returned as a terms × k row-major array.
 */
function randomizedProjection(rows: SparseRow[], cols: number, k: number, seed: number): number[] {
  const l = Math.max(1, Math.min(k + 10, rows.length, cols));
  const rand = seededRandom(seed);
  const omega = dense(cols, l);
  for (let i = 0; i < omega.data.length; i++) omega.data[i] = rand() + rand() + rand() - 1.5;
  let q = orthonormalize(sparseTimes(rows, omega));
  for (let iteration = 0; iteration < 2; iteration++)
    q = orthonormalize(sparseTimes(rows, sparseTransposeTimes(rows, cols, q)));

  // Bᵀ = Aᵀ Q (cols × l); B Bᵀ (l × l) holds B's left singular vectors as eigenvectors.
  const bt = sparseTransposeTimes(rows, cols, q);
  const acc = new Float64Array(l * l);
  for (let r = 0; r < cols; r++) {
    const o = r * l;
    for (let i = 0; i < l; i++) {
      const x = bt.data[o + i]!;
      if (x === 0) continue;
      for (let j = i; j < l; j++) acc[i * l + j]! += x * bt.data[o + j]!;
    }
  }
  const bbt = Matrix.zeros(l, l);
  for (let i = 0; i < l; i++) {
    for (let j = i; j < l; j++) {
      bbt.set(i, j, acc[i * l + j]!);
      bbt.set(j, i, acc[i * l + j]!);
    }
  }
  const eig = new EigenvalueDecomposition(bbt, { assumeSymmetric: true });
  const order = eig.realEigenvalues
    .map((value, i) => [value, i] as const)
    .sort((a, b) => b[0] - a[0])
    .slice(0, k);

  // V Σ⁻² = Bᵀ U Σ⁻³ ... computed as Bᵀ U, then each column scaled by 1/σ².
  const uk = new Float64Array(l * k);
  const scale = new Float64Array(k);
  order.forEach(([value, i], c) => {
    const u = eig.eigenvectorMatrix.getColumn(i);
    for (let j = 0; j < l; j++) uk[j * k + c] = u[j]!;
    scale[c] = 1 / Math.max(value, 1e-12);
  });
  const v = new Float64Array(cols * k);
  for (let r = 0; r < cols; r++) {
    const o = r * k;
    for (let j = 0; j < l; j++) {
      const x = bt.data[r * l + j]!;
      if (x === 0) continue;
      const uo = j * k;
      for (let c = 0; c < k; c++) v[o + c]! += x * uk[uo + c]!;
    }
  }
  // Fix each axis's sign so its largest component is positive: the fit is deterministic.
  const out = new Array<number>(cols * k);
  for (let c = 0; c < k; c++) {
    let sign = 1;
    let maxAbs = 0;
    for (let r = 0; r < cols; r++) {
      const x = v[r * k + c]!;
      if (Math.abs(x) > maxAbs) {
        maxAbs = Math.abs(x);
        sign = Math.sign(x) || 1;
      }
    }
    for (let r = 0; r < cols; r++) out[r * k + c] = v[r * k + c]! * sign * scale[c]!;
  }
  return out;
}
