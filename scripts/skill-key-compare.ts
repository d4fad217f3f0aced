/**
 * `tsx scripts/skill-key-compare.ts [VAR_DIR] [--level lead] [--skills A,B] [--json]`: the skills
 * the engine stored per listing (the current generation's `document_skills`) against the careful
 * reader's extraction key (`data/eval/extraction-key/*.jsonl`), per skill: listings in both, only
 * in the key (missed), only stored (added), precision and recall, and the ids that differ. Stored
 * skills found only as implied by another skill are counted as stored (the engine counts them).
 * Skills the key never uses are left out (the key lists a posting's technologies and asks, not
 * every word the taxonomy knows). Reads only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chunkDocument } from '../src/rag/chunk.js';
import { extractListingFacts } from '../src/rag/extract/facts.js';
import { loadPipeline } from '../src/rag/pipeline.js';
import { validateRecord } from '../src/rag/record-schema.js';
import { loadSource } from '../src/rag/sources/load.js';
import { loadTaxonomy } from '../src/rag/taxonomy.js';
import { openDatabase } from '../src/storage/corpus/database.js';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const varDir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'var';
const level = flag('--level');
const only = flag('--skills')
  ?.split(',')
  .map((s) => s.trim().toLowerCase());
const json = args.includes('--json');
// --fresh: extract data/listings now with the working tree's rules instead of reading the stored
// generation (to try a rule before an ingest).
const fresh = args.includes('--fresh');

// The key's names, read as the taxonomy reads a member's ("apache flink" is Flink); a name the
// taxonomy does not know stays as the key wrote it (and the engine can never store it).
const taxonomy = loadTaxonomy('data/taxonomy/skills.yaml');
const unknownToTaxonomy = new Set<string>();
const canon = (s: string) => {
  const name = taxonomy.resolve(s);
  if (!name) unknownToTaxonomy.add(s.toLowerCase());
  return (name ?? s).toLowerCase();
};
const keyDir = 'data/eval/extraction-key';
const key = new Map<string, { seniority: string; skills: Set<string> }>();
for (const f of fs.readdirSync(keyDir).filter((f) => f.endsWith('.jsonl'))) {
  for (const line of fs.readFileSync(path.join(keyDir, f), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { id: string; seniority: string; skills: string[] };
    key.set(row.id, { seniority: row.seniority, skills: new Set(row.skills.map(canon)) });
  }
}

const stored = new Map<string, Set<string>>();
const canonical = new Map<string, string>();
const keep = (id: string, skill: string) => {
  const set = stored.get(id) ?? new Set<string>();
  set.add(skill.toLowerCase());
  canonical.set(skill.toLowerCase(), skill);
  stored.set(id, set);
};
if (fresh) {
  const pipeline = loadPipeline('data');
  for (const raw of loadSource('data/listings', { maxBytes: 1 << 24, defaultKind: 'listing' }).records) {
    const valid = validateRecord(raw);
    if (!('ok' in valid) || valid.ok.kind !== 'listing') continue;
    const l = valid.ok.input;
    for (const s of extractListingFacts(l, chunkDocument(l.description), pipeline).skills) keep(l.id, s.name);
  }
} else {
  const generation = JSON.parse(fs.readFileSync(path.join(varDir, 'current.json'), 'utf8')).generation;
  const db = openDatabase(path.join(varDir, 'generations', generation, 'corpus.db'), { readonly: true });
  for (const r of db
    .prepare(
      "SELECT s.document_id AS id, s.skill AS skill FROM document_skills s JOIN documents d ON d.id = s.document_id WHERE d.kind = 'listing' AND d.closed_at IS NULL",
    )
    .all() as Array<{ id: string; skill: string }>)
    keep(r.id, r.skill);
  db.close();
}

const ids = [...key.keys()].filter((id) => (!level || key.get(id)!.seniority === level) && stored.has(id));
const keySkills = new Set<string>();
for (const id of ids) for (const s of key.get(id)!.skills) keySkills.add(s);

interface Row {
  skill: string;
  key: number;
  engine: number;
  both: number;
  missed: string[];
  added: string[];
  precision: number;
  recall: number;
}
const rows: Row[] = [];
let tp = 0;
let fp = 0;
let fn = 0;
for (const skill of keySkills) {
  if (only && !only.includes(skill)) continue;
  const missed: string[] = [];
  const added: string[] = [];
  let both = 0;
  let inKey = 0;
  let inEngine = 0;
  for (const id of ids) {
    const k = key.get(id)!.skills.has(skill);
    const e = stored.get(id)!.has(skill);
    if (k) inKey++;
    if (e) inEngine++;
    if (k && e) both++;
    else if (k) missed.push(id);
    else if (e) added.push(id);
  }
  tp += both;
  fp += added.length;
  fn += missed.length;
  rows.push({
    skill: canonical.get(skill) ?? skill,
    key: inKey,
    engine: inEngine,
    both,
    missed,
    added,
    precision: inEngine ? both / inEngine : 1,
    recall: inKey ? both / inKey : 1,
  });
}
rows.sort((a, b) => b.missed.length + b.added.length - (a.missed.length + a.added.length) || b.key - a.key);
const total = { listings: ids.length, precision: tp / (tp + fp), recall: tp / (tp + fn), tp, fp, fn };
if (json) process.stdout.write(`${JSON.stringify({ total, rows })}\n`);
else {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  console.log(
    `${ids.length} listings${level ? ` (${level})` : ''}: micro precision ${pct(total.precision)}, recall ${pct(total.recall)} (tp ${tp}, fp ${fp}, fn ${fn})`,
  );
  console.log('skill\tkey\tengine\tboth\tmissed\tadded\tP\tR');
  const top = (count: (r: Row) => number) =>
    [...rows]
      .sort((a, b) => count(b) - count(a))
      .slice(0, 12)
      .map((r) => `${r.skill} ${count(r)}`)
      .join(', ');
  console.log(`top in the key: ${top((r) => r.key)}`);
  const storedCount = new Map<string, number>();
  for (const id of ids) for (const s of stored.get(id)!) storedCount.set(s, (storedCount.get(s) ?? 0) + 1);
  const storedTop = [...storedCount]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([s, n]) => `${canonical.get(s) ?? s}${keySkills.has(s) ? '' : ' (never in the key)'} ${n}`);
  console.log(`top stored:     ${storedTop.join(', ')}`);
  const unknown = rows.filter((r) => unknownToTaxonomy.has(r.skill.toLowerCase()) && r.engine === 0);
  console.log(
    `${unknown.length} key skills the taxonomy does not know (${unknown.reduce((n, r) => n + r.key, 0)} listing mentions); left out below`,
  );
  for (const r of rows) {
    if (unknownToTaxonomy.has(r.skill.toLowerCase()) && r.engine === 0) continue;
    if (r.missed.length + r.added.length === 0 && !only) continue;
    console.log(
      `${r.skill}\t${r.key}\t${r.engine}\t${r.both}\t${r.missed.length}\t${r.added.length}\t${pct(r.precision)}\t${pct(r.recall)}`,
    );
    if (only) {
      if (r.missed.length) console.log(`  missed: ${r.missed.join(' ')}`);
      if (r.added.length) console.log(`  added: ${r.added.join(' ')}`);
    }
  }
}
