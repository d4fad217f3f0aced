import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Embeddings } from '@langchain/core/embeddings';
import { LOCAL_EMBEDDING_KINDS, type LocalEmbeddingKind } from '../../core/listing.js';
import { analyzeTerms } from '../analyze.js';
import type { SkillTaxonomy } from '../taxonomy.js';
import { HashedNgramModel } from './hashed-ngrams.js';
import { LsaModel, type LsaModelData } from './lsa.js';

export { LOCAL_EMBEDDING_KINDS, type LocalEmbeddingKind };

const MODEL_HEADER = 'local-embedder.json';
const MODEL_MATRIX = 'local-embedder.f32';

/**
 * The offline embedder, behind LangChain's `Embeddings` interface. `lsa` is learned from the corpus
 * at ingest (see lsa.ts); `hashed` needs no training; `lsa+hashed` concatenates both (each half
 * scaled by 1/√2 so the whole stays unit length). Deterministic: the same text always gives the
 * same vector.
 */
export class LocalEmbeddings extends Embeddings {
  readonly modelId: string;
  readonly dimensions: number;

  constructor(
    readonly kind: LocalEmbeddingKind,
    private readonly taxonomy: SkillTaxonomy,
    private readonly lsa: LsaModel | null,
    private readonly hashed = new HashedNgramModel(512),
  ) {
    super({});
    if (kind !== 'hashed' && !lsa) throw new Error(`the ${kind} embedder needs a fitted LSA model`);
    const lsaId = lsa
      ? createHash('sha256')
          .update(Buffer.from(new Float32Array(lsa.data.projection).buffer))
          .update(lsa.data.vocabulary.join('\n'))
          .digest('hex')
          .slice(0, 12)
      : '';
    this.modelId =
      kind === 'hashed'
        ? `local:hashed-${hashed.dimensions}`
        : kind === 'lsa'
          ? `local:lsa-${lsa!.data.dimensions}-${lsaId}`
          : `local:lsa-${lsa!.data.dimensions}-${lsaId}+hashed-${hashed.dimensions}`;
    this.dimensions =
      (kind === 'hashed' ? 0 : lsa!.data.dimensions) + (kind === 'lsa' ? 0 : hashed.dimensions);
  }

  /** Fits the corpus-learned part on the given texts (chunks of the corpus). */
  static fit(kind: LocalEmbeddingKind, taxonomy: SkillTaxonomy, texts: string[]): LocalEmbeddings {
    const lsa =
      kind === 'hashed'
        ? null
        : LsaModel.fit(
            texts.map((t) => analyzeTerms(t, taxonomy)),
            192,
          );
    return new LocalEmbeddings(kind, taxonomy, lsa);
  }

  embedSync(text: string): number[] {
    const terms = analyzeTerms(text, this.taxonomy);
    if (this.kind === 'lsa') return Array.from(this.lsa!.embed(terms));
    if (this.kind === 'hashed') return Array.from(this.hashed.embed(terms));
    const a = this.lsa!.embed(terms);
    const b = this.hashed.embed(terms);
    const out = new Array<number>(a.length + b.length);
    for (let i = 0; i < a.length; i++) out[i] = a[i]! * Math.SQRT1_2;
    for (let i = 0; i < b.length; i++) out[a.length + i] = b[i]! * Math.SQRT1_2;
    return out;
  }

  override async embedDocuments(documents: string[]): Promise<number[][]> {
    return documents.map((d) => this.embedSync(d));
  }

  override async embedQuery(document: string): Promise<number[]> {
    return this.embedSync(document);
  }

  /** Writes the fitted model next to a generation's index, so queries embed into the same space. */
  save(dir: string): void {
    const header = {
      kind: this.kind,
      modelId: this.modelId,
      lsa: this.lsa ? { ...this.lsa.data, projection: undefined } : null,
    };
    fs.writeFileSync(path.join(dir, MODEL_HEADER), JSON.stringify(header));
    if (this.lsa)
      fs.writeFileSync(
        path.join(dir, MODEL_MATRIX),
        Buffer.from(new Float32Array(this.lsa.data.projection).buffer),
      );
  }

  static load(dir: string, taxonomy: SkillTaxonomy): LocalEmbeddings | null {
    const headerFile = path.join(dir, MODEL_HEADER);
    if (!fs.existsSync(headerFile)) return null;
    const header = JSON.parse(fs.readFileSync(headerFile, 'utf8')) as {
      kind: LocalEmbeddingKind;
      modelId: string;
      lsa: Omit<LsaModelData, 'projection'> | null;
    };
    let lsa: LsaModel | null = null;
    if (header.lsa) {
      const bytes = fs.readFileSync(path.join(dir, MODEL_MATRIX));
      const projection = Array.from(new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4));
      if (projection.length !== header.lsa.vocabulary.length * header.lsa.dimensions)
        throw new Error(`${MODEL_MATRIX} does not match its header`);
      lsa = new LsaModel({ ...header.lsa, projection });
    }
    const model = new LocalEmbeddings(header.kind, taxonomy, lsa);
    if (model.modelId !== header.modelId)
      throw new Error(`local embedder files describe ${header.modelId} but load as ${model.modelId}`);
    return model;
  }
}
