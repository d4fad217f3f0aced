/**
 * A validated record as the document a refresh stores: its chunks (with the skills each names),
 * its facts, content hash and near-duplicate signature. Pure: the same record and pipeline give
 * the same document in any thread (`extract-workers.ts` runs it over worker threads).
 */

import type { StoredDocumentInput } from '../storage/corpus/corpus-writer.js';
import { chunkDocument } from './chunk.js';
import { contentHash, minhashSignature } from './dedupe.js';
import { extractListingFacts } from './extract/facts.js';
import type { Pipeline } from './pipeline.js';
import type { ValidRecord } from './record-schema.js';

export function buildDocument(
  record: ValidRecord & { sourceName: string },
  processingHash: string,
  pipeline: Pipeline,
): StoredDocumentInput {
  const countSkills = skillCounter(pipeline);
  if (record.kind === 'guide') {
    const g = record.input;
    return {
      id: g.id,
      kind: 'guide',
      title: g.title,
      company: null,
      location: null,
      url: g.url ?? null,
      source: record.sourceName,
      postedAt: g.updatedAt ?? null,
      topics: g.topics,
      description: g.body,
      contentHash: contentHash(g.title, g.body),
      processingHash,
      minhash: null,
      facts: null,
      chunks: withSkills(chunkDocument(g.body), g.title, countSkills),
    };
  }
  const l = record.input;
  const chunks = chunkDocument(l.description);
  return {
    id: l.id,
    kind: 'listing',
    title: l.title,
    company: l.company,
    location: l.location,
    url: l.url,
    source: l.source ?? record.sourceName,
    postedAt: l.postedAt ?? null,
    externalId: l.externalId ?? null,
    department: l.department ?? null,
    applyUrl: l.applyUrl ?? null,
    sourceUpdatedAt: l.updatedAt ?? null,
    ...(l.salaryRanges?.length ? { salaryRanges: l.salaryRanges } : {}),
    topics: [],
    description: l.description,
    contentHash: contentHash(l.title, l.company, l.description),
    processingHash,
    minhash: minhashSignature(`${l.title} ${l.company} ${l.description}`),
    facts: extractListingFacts(l, chunks, pipeline, countSkills),
    chunks: withSkills(chunks, l.title, countSkills),
  };
}

/**
 * The taxonomy's skill counts of a text, each text counted once per document: the title is read
 * for the facts and again for every chunk, and most chunks' texts are the ones the facts count.
 * The counts are shared: never to be modified.
 */
function skillCounter(pipeline: Pipeline): (text: string) => ReadonlyMap<string, number> {
  const counted = new Map<string, Map<string, number>>();
  return (text) => {
    let counts = counted.get(text);
    if (!counts) {
      counts = pipeline.taxonomy.countSkills(text);
      counted.set(text, counts);
    }
    return counts;
  };
}

/** Each chunk with the canonical skills its title and text name, for the full-text skills column. */
function withSkills(
  chunks: ReturnType<typeof chunkDocument>,
  title: string,
  countSkills: (text: string) => ReadonlyMap<string, number>,
) {
  return chunks.map((c) => ({
    ...c,
    skills: [...new Set([title, c.heading ?? '', c.text].flatMap((part) => [...countSkills(part).keys()]))],
  }));
}
