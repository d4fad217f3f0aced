import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { EXTRACTOR_VERSION } from './extract/facts.js';
import { type IndustryTaxonomy, loadIndustries } from './extract/industry.js';
import { type Gazetteer, loadGazetteer } from './extract/locations.js';
import { loadTaxonomy, type SkillTaxonomy } from './taxonomy.js';

/** Bump when chunking or normalization changes, so stored documents are processed again. */
// 2: a long section with a dot inside a sentence ("Node.js", "e.g.") no longer loses its text.
const CHUNKER_VERSION = 2;

/** The data-driven parts of ingestion (taxonomy, gazetteer, industries) and a version that changes with any of them. */
export interface Pipeline {
  taxonomy: SkillTaxonomy;
  gazetteer: Gazetteer;
  industries: IndustryTaxonomy;
  version: string;
}

/** The pipeline of `corpusDir`'s taxonomy; with `cacheDir`, the YAML parsed once per file content (`parseYamlText`). */
export function loadPipeline(corpusDir: string, cacheDir?: string): Pipeline {
  const taxonomyFile = path.join(corpusDir, 'taxonomy', 'skills.yaml');
  const locationsFile = path.join(corpusDir, 'taxonomy', 'locations.yaml');
  const industriesFile = path.join(corpusDir, 'taxonomy', 'industries.yaml');
  const taxonomy = loadTaxonomy(taxonomyFile, cacheDir);
  const industries = loadIndustries(industriesFile, cacheDir);
  const gazetteer = loadGazetteer(locationsFile, cacheDir);
  return { taxonomy, gazetteer, industries, version: pipelineVersion(corpusDir) };
}

/** The pipeline's version without loading it (a hash of the code versions and the data files). */
export function pipelineVersion(corpusDir: string): string {
  const hash = createHash('sha256').update(`${EXTRACTOR_VERSION}:${CHUNKER_VERSION}:`);
  for (const name of ['skills.yaml', 'locations.yaml', 'industries.yaml'])
    hash.update(fs.readFileSync(path.join(corpusDir, 'taxonomy', name)));
  // The city spellings and place groups beside locations.yaml shape the places read too.
  const names = path.join(corpusDir, 'taxonomy', 'place-names.yaml');
  if (fs.existsSync(names)) hash.update(fs.readFileSync(names));
  // The skills' listing phrasing beside skills.yaml shapes the skills read too.
  const phrasing = path.join(corpusDir, 'taxonomy', 'skill-phrases.yaml');
  if (fs.existsSync(phrasing)) hash.update(fs.readFileSync(phrasing));
  return hash.digest('hex').slice(0, 16);
}
