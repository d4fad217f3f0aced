import { EigenvalueDecomposition, Matrix, QrDecomposition } from 'ml-matrix';

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

/** Deterministic pseudo-random numbers (mulberry32) so a fit is reproducible. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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
    const minDf = options.minDf ?? 2;
    const df = new Map<string, number>();
    for (const doc of documents) for (const t of new Set(doc)) df.set(t, (df.get(t) ?? 0) + 1);
    const vocabulary = [...df]
      .filter(([, n]) => n >= minDf && n < documents.length * 0.5)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, options.maxVocabulary ?? 30_000)
      .map(([t]) => t)
      .sort();
    const idf = vocabulary.map((t) => Math.log((1 + documents.length) / (1 + df.get(t)!)) + 1);
    const model = new LsaModel({ kind: 'lsa', dimensions: 0, vocabulary, idf, projection: [] });
    const rows = documents.map((d) => model.tfidf(d));
    const k = Math.min(dimensions, vocabulary.length - 1, documents.length - 1);
    const projection = randomizedRightSingularVectors(rows, vocabulary.length, k, options.seed ?? 1);
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
    const norm = Math.hypot(...val) || 1;
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
    const norm = Math.hypot(...out) || 1;
    for (let c = 0; c < d; c++) out[c]! /= norm;
    return out;
  }
}

/** Top-k right singular vectors of the sparse matrix A (rows × cols), as a cols × k row-major array. */
function randomizedRightSingularVectors(rows: SparseRow[], cols: number, k: number, seed: number): number[] {
  const oversample = 10;
  const l = Math.min(k + oversample, rows.length, cols);
  const rand = random(seed);
  // Ω: cols × l Gaussian-ish (sum of uniforms) random matrix.
  const omega = Matrix.zeros(cols, l);
  for (let i = 0; i < cols; i++) for (let j = 0; j < l; j++) omega.set(i, j, rand() + rand() + rand() - 1.5);
  const times = (m: Matrix): Matrix => {
    // A · M, with A sparse (rows × cols) and M dense (cols × l)
    const out = Matrix.zeros(rows.length, m.columns);
    rows.forEach((r, i) => {
      for (let j = 0; j < r.idx.length; j++) {
        const w = r.val[j]!;
        const src = r.idx[j]!;
        for (let c = 0; c < m.columns; c++) out.set(i, c, out.get(i, c) + w * m.get(src, c));
      }
    });
    return out;
  };
  const transposeTimes = (m: Matrix): Matrix => {
    // Aᵀ · M, with M dense (rows × l)
    const out = Matrix.zeros(cols, m.columns);
    rows.forEach((r, i) => {
      for (let j = 0; j < r.idx.length; j++) {
        const w = r.val[j]!;
        const dst = r.idx[j]!;
        for (let c = 0; c < m.columns; c++) out.set(dst, c, out.get(dst, c) + w * m.get(i, c));
      }
    });
    return out;
  };
  const orthonormal = (m: Matrix) =>
    new QrDecomposition(m).orthogonalMatrix.subMatrix(0, m.rows - 1, 0, Math.min(m.rows, m.columns) - 1);
  let q = orthonormal(times(omega));
  for (let iteration = 0; iteration < 2; iteration++) q = orthonormal(times(transposeTimes(q)));
  // B = Qᵀ A  (l × cols); its right singular vectors come from the eigenvectors of B Bᵀ (l × l).
  const bt = transposeTimes(q); // cols × l  (= Bᵀ)
  const bbt = bt.transpose().mmul(bt);
  const eig = new EigenvalueDecomposition(bbt, { assumeSymmetric: true });
  const order = eig.realEigenvalues
    .map((v, i) => [v, i] as const)
    .sort((a, b) => b[0] - a[0])
    .slice(0, k);
  // V = Bᵀ U Σ⁻¹ for the top k eigenpairs.
  const u = new Matrix(order.map(([, i]) => eig.eigenvectorMatrix.getColumn(i))).transpose(); // l × k
  const v = bt.mmul(u); // cols × k
  const out = new Array<number>(cols * k).fill(0);
  order.forEach(([value], c) => {
    const sigma = Math.sqrt(Math.max(value, 1e-12));
    // Fix each vector's sign so the largest component is positive: the fit is deterministic.
    let sign = 1;
    let maxAbs = 0;
    for (let r = 0; r < cols; r++) {
      const x = v.get(r, c);
      if (Math.abs(x) > maxAbs) {
        maxAbs = Math.abs(x);
        sign = Math.sign(x) || 1;
      }
    }
    for (let r = 0; r < cols; r++) out[r * k + c] = (v.get(r, c) / sigma) * sign;
  });
  return out;
}
