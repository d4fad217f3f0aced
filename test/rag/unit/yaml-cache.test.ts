import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../../src/config/config.js';
import { parseYamlText, yamlCache } from '../../../src/config/yaml-file.js';
import { loadIndustries } from '../../../src/rag/extract/industry.js';
import { loadGazetteer } from '../../../src/rag/extract/locations.js';
import { loadPipeline } from '../../../src/rag/pipeline.js';
import { loadTaxonomy } from '../../../src/rag/taxonomy.js';
import { tempDir } from '../../support/temp.js';

// The taxonomy's YAML is parsed once per file content and read back as JSON at every later start:
// never a value of another text (an edited file), never a value JSON cannot hold.
describe('YAML parsed through a cache keyed by content', () => {
  const cached = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith('.json'));

  test('the first read parses and caches; the next reads the cache; an edit is parsed again', () => {
    const dir = tempDir('roleradar-yaml-');
    const cache = yamlCache(dir, '/somewhere/skills.yaml');
    const text = 'a: 1\nlist: [x, "ü ☕", null]\nnested: { b: true, c: 2.5 }\n';
    const value = parseYamlText(text, {}, cache);
    expect(value).toEqual({ a: 1, list: ['x', 'ü ☕', null], nested: { b: true, c: 2.5 } });
    expect(cached(dir)).toHaveLength(1);
    // Read from the cache: a value planted under the same name shows it is not parsed again.
    const file = path.join(dir, cached(dir)[0]!);
    fs.writeFileSync(file, JSON.stringify({ fromCache: true }));
    expect(parseYamlText(text, {}, cache)).toEqual({ fromCache: true });
    // An edited file has another hash: parsed, cached, and its older value removed.
    expect(parseYamlText(`${text}d: 4\n`, {}, cache)).toMatchObject({ a: 1, d: 4 });
    expect(cached(dir)).toHaveLength(1);
    expect(cached(dir)[0]).not.toBe(path.basename(file));
    // Other parse options are another key.
    parseYamlText(text, { maxAliasCount: 100 }, cache);
    expect(cached(dir)).toHaveLength(1);
  });

  test("one file's values never remove another's, even with a name that starts the same", () => {
    const dir = tempDir('roleradar-yaml-');
    parseYamlText('a: 1', {}, yamlCache(dir, 'skills.yaml'));
    parseYamlText('b: 2', {}, yamlCache(dir, 'skills.yaml.bak'));
    parseYamlText('c: 3', {}, yamlCache(dir, 'skills-yaml'));
    expect(cached(dir)).toHaveLength(3);
  });

  test('a value JSON cannot hold exactly is not cached; a cache that cannot be written is no error', () => {
    const dir = tempDir('roleradar-yaml-');
    expect(parseYamlText('x: .inf\ny: 1', {}, yamlCache(dir, 'f.yaml'))).toEqual({ x: Infinity, y: 1 });
    expect(cached(dir)).toHaveLength(0);
    const notADir = path.join(dir, 'file');
    fs.writeFileSync(notADir, 'not a directory');
    expect(parseYamlText('a: [1, 2]', {}, yamlCache(notADir, 'f.yaml'))).toEqual({ a: [1, 2] });
    // A corrupt cached value is parsed again and replaced.
    const good = tempDir('roleradar-yaml-');
    parseYamlText('a: 1', {}, yamlCache(good, 'g.yaml'));
    fs.writeFileSync(path.join(good, cached(good)[0]!), '{"cut');
    expect(parseYamlText('a: 1', {}, yamlCache(good, 'g.yaml'))).toEqual({ a: 1 });
    expect(JSON.parse(fs.readFileSync(path.join(good, cached(good)[0]!), 'utf8'))).toEqual({ a: 1 });
  });

  test("the project's taxonomy files read through the cache equal their parse (first and second read)", () => {
    const dir = tempDir('roleradar-yaml-');
    const corpus = path.join(PROJECT_ROOT, 'data');
    const file = (name: string) => path.join(corpus, 'taxonomy', name);
    const plain = loadPipeline(corpus);
    for (let read = 0; read < 2; read++) {
      const through = loadPipeline(corpus, dir);
      expect(through.version).toBe(plain.version);
      expect(through.taxonomy).toEqual(plain.taxonomy);
      expect(through.industries).toEqual(plain.industries);
      expect(through.gazetteer).toEqual(plain.gazetteer);
    }
    // skills, skill-phrases, locations, place-names and industries: one cached parse each.
    expect(cached(dir)).toHaveLength(5);
    expect(loadTaxonomy(file('skills.yaml'), dir)).toEqual(loadTaxonomy(file('skills.yaml')));
    expect(loadIndustries(file('industries.yaml'), dir)).toEqual(loadIndustries(file('industries.yaml')));
    expect(loadGazetteer(file('locations.yaml'), dir)).toEqual(loadGazetteer(file('locations.yaml')));
  });
});
