import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ConfigError, loadConfig, parseInterval } from '../../../src/config/config.js';
import {
  addSource,
  readSources,
  readSourcesFile,
  removeSource,
  SourcesFileError,
} from '../../../src/storage/state/sources-file.js';
import { tempDir } from '../../support/temp.js';

describe('the sources file', () => {
  test('a missing file is no sources; add and remove round-trip through YAML, leaving no temporary file', () => {
    const dir = tempDir();
    const file = path.join(dir, 'sources.yaml');
    expect(readSources(file)).toEqual([]);
    addSource(file, { name: 'quill', kind: 'greenhouse', board: 'quill', titleFilter: ['backend'] });
    addSource(file, { name: 'feed', kind: 'jsonl-url', url: 'https://feeds.example.com/roles.jsonl' });
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toMatch(/^# RoleRadar job-board sources/);
    expect(text).toContain('kind: greenhouse');
    expect(text).toContain('titleFilter:\n      - backend');
    expect(readSources(file).map((s) => s.name)).toEqual(['quill', 'feed']);
    expect(removeSource(file, 'quill')).toMatchObject({ kind: 'greenhouse' });
    expect(readSourcesFile(file)).toEqual({
      sources: [{ name: 'feed', kind: 'jsonl-url', url: 'https://feeds.example.com/roles.jsonl' }],
      retired: ['quill'],
    });
    // Adding the name back takes it off the retired list.
    addSource(file, { name: 'quill', kind: 'ashby', board: 'quill' });
    expect(readSourcesFile(file).retired).toEqual([]);
    expect(fs.readdirSync(dir)).toEqual(['sources.yaml']);
  });

  test.each([
    [{ name: 'x', kind: 'workday', board: 'x' }, /kind/],
    [{ name: 'x', kind: 'lever' }, /board/],
    [{ name: 'x', kind: 'greenhouse', board: 'x', bord: 'typo' }, /bord/],
    [{ name: 'embedded', kind: 'ashby', board: 'x' }, /reserved/],
    [{ name: 'x', kind: 'ashby', board: '../../etc' }, /board name/],
    [{ name: 'x', kind: 'jsonl-url', url: 'file:///etc/passwd' }, /http\(s\) URL/],
  ])('refuses %j', (input, message) => {
    const file = path.join(tempDir(), 'sources.yaml');
    expect(() => addSource(file, input)).toThrow(SourcesFileError);
    expect(() => addSource(file, input)).toThrow(message);
    expect(fs.existsSync(file)).toBe(false);
  });

  test('a hand-edited file with a mistake names the field', () => {
    const file = path.join(tempDir(), 'sources.yaml');
    fs.writeFileSync(file, 'sources:\n  - name: a\n    kind: lever\n    board: a\n    region: mars\n');
    expect(() => readSources(file)).toThrow(/sources\[0\]\.region|region/);
    fs.writeFileSync(file, 'sources: [unclosed');
    expect(() => readSources(file)).toThrow(/not valid YAML/);
  });
});

describe('configuration', () => {
  test.each([
    ['30m', 1_800_000],
    ['6h', 21_600_000],
    ['1d', 86_400_000],
  ])('REFRESH_INTERVAL %s is %i ms', (text, ms) => {
    expect(parseInterval(text)).toBe(ms);
    expect(loadConfig({ REFRESH_INTERVAL: text }).sources.refreshIntervalMs).toBe(ms);
  });

  test('bad intervals are refused, private sources are off by default, and the sources file defaults to the data dir', () => {
    expect(() => loadConfig({ REFRESH_INTERVAL: 'hourly' })).toThrow(ConfigError);
    expect(() => loadConfig({ REFRESH_INTERVAL: '10s' })).toThrow(/at least 1m/);
    const config = loadConfig({ ROLERADAR_DATA_DIR: '/srv/roleradar' });
    expect(config.sources).toMatchObject({
      file: '/srv/roleradar/sources.yaml',
      refreshIntervalMs: undefined,
      allowPrivate: false,
      maxWaitMs: 30_000,
    });
    expect(loadConfig({ ROLERADAR_ALLOW_PRIVATE_SOURCES: '1' }).sources.allowPrivate).toBe(true);
  });
});
