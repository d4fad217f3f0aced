/**
 * The taxonomy's YAML files (skills, places, industries, concepts, employers), parsed through a
 * cache keyed by their content: parsing them takes ~0.65 s of every process's start, reading the
 * same value back as JSON a few ms. A cached value is found by the SHA-256 of the file's text, the
 * parse options, the YAML library's version and this format's, so an edited file is never read
 * from the cache (its hash is another); a value JSON cannot hold exactly (a date, an infinity) is
 * never cached. Without a cache directory, or when it cannot be written, the text is parsed as before.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import {
  type DocumentOptions,
  type ParseOptions,
  parse as parseYaml,
  type SchemaOptions,
  type ToJSOptions,
} from 'yaml';

const FORMAT = 'roleradar-yaml-cache-1';
const YAML_VERSION = (createRequire(import.meta.url)('yaml/package.json') as { version: string }).version;

type YamlOptions = ParseOptions & DocumentOptions & SchemaOptions & ToJSOptions;

/** Where a file's cached values go, and its name (one cached value is kept per name). */
export interface YamlCache {
  dir: string;
  name: string;
}

/** The cache of `file`'s values in `dir` (none without a directory). */
export function yamlCache(dir: string | undefined, file: string): YamlCache | undefined {
  return dir ? { dir, name: path.basename(file) } : undefined;
}

/** The parsed YAML of `text` (as `yaml`'s `parse` gives it), from the cache when it holds it. */
export function parseYamlText(text: string, options: YamlOptions = {}, cache?: YamlCache): unknown {
  if (!cache) return parseYaml(text, options);
  const hash = createHash('sha256')
    .update(`${FORMAT}\0${YAML_VERSION}\0${JSON.stringify(options)}\0`)
    .update(text)
    .digest('hex')
    .slice(0, 32);
  const name = cache.name.replace(/[^\w.-]/g, '_');
  const file = path.join(cache.dir, `${name}-${hash}.json`);
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    // Not cached yet (or unreadable): parsed, and cached for the next process.
  }
  const value = parseYaml(text, options);
  const json = JSON.stringify(value);
  if (json !== undefined && isDeepStrictEqual(JSON.parse(json), value)) store(cache.dir, name, file, json);
  return value;
}

/** Writes a cached value (whole or not at all) and removes the file's older ones; never throws. */
function store(dir: string, name: string, file: string, json: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, json);
    fs.renameSync(temp, file);
    const older = new RegExp(`^${name.replace(/[.-]/g, '\\$&')}-[0-9a-f]{32}\\.json$`);
    for (const other of fs.readdirSync(dir))
      if (older.test(other) && path.join(dir, other) !== file)
        fs.rmSync(path.join(dir, other), { force: true });
  } catch {
    // A cache that cannot be written costs only the parse.
  }
}
