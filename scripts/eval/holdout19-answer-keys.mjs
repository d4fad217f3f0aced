#!/usr/bin/env node
// holdout19 answer keys: an outside evaluation set for RoleRadar (80 cases, ids h19-001…h19-080).
// Angle: UK, Ireland, the Netherlands, Belgium, the Nordics, Poland and the rest of Central/Eastern Europe;
// about a third of the askers are mentors and admins; at least 12 multi-part questions.
//
// Reads ONLY: data/listings/*.md, data/guides/*.md (read by hand for descriptive keys),
// data/taxonomy/{skills,locations,place-names,industries}.yaml, data/eval/extraction-key/*.jsonl,
// data/eval/industry-key.json. Writes data/eval/answers-holdout19.jsonl; `--check` exits 1 if the file
// on disk differs from what this script would write.
//
// Counting conventions
// - Level: the extraction key's `seniority` (a "tech lead" / "engineering lead" title counts as lead only
//   if the key says lead). "lead roles" = seniority lead.
// - Place: the listing's front-matter `location`, split on ";" into segments. A segment names a country
//   if it contains a country name/alias (locations.yaml, place-names.yaml `countries`) or a city of it
//   (locations.yaml cities + place-names.yaml spellings), matched case-insensitively on word boundaries;
//   "City, XX" with a US/Canadian subdivision code resolves to that country. So "Remote (UK); Edinburgh, UK"
//   is in the UK, "Warsaw, Poland; Remote (Poland)" is in Poland and Warsaw. A segment naming no country
//   but a scope ("Remote (Nordics)", "Remote (Europe)", "Remote (EMEA)", "Remote (APAC)") gives the listing
//   that scope: it is inside a group/region of that name (Murmurline's "Remote (Nordics)" is in the
//   Nordics) but in none of its countries. Groups (Nordics, CEE, Benelux, Baltics) come from place-names.yaml:
//   a listing is in a group if any of its countries is a member, or its scope is that group.
//   A question naming several places (a list) matches a listing in any of them.
// - Skill: the extraction key's `skills`, canonicalised through skills.yaml names and aliases, plus
//   everything their `implies` adds (EKS => Kubernetes + AWS; Spring Boot => Spring + Java). A listing
//   "asks for" a skill if the canonical name is in that set (must-have and nice-to-have alike).
// - Pay: the key's `salary` in its own currency and period, never converted; null = no pay posted.
// - Work mode: the key's `remote` (remote | hybrid | onsite).
// - Years: the key's `yearsMin`; null = no figure stated (left out of min/max/median).
// - Dates: front-matter `postedAt`; postedAfter D means postedAt > D (strictly after). Months by YYYY-MM.
// - Employment type: contract if the listing title says "contract"; otherwise permanent.
// - Industry: industry-key.json, with a parent in industries.yaml counting (payments => fintech).
// - Job terms (equity, visa/relocation, …): a regex over the listing text, checked by hand; stated per case.
// - Descriptive cases: `mentions` are distinctive words from the guide/listing passage named in `computed`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const rd = (p) => fs.readFileSync(path.join(ROOT, p), 'utf8');
const lc = (s) => s.toLowerCase();
const listOf = (line, key) => {
  const m = line.match(new RegExp(`\\b${key}:\\s*\\[([^\\]]*)\\]`));
  return m
    ? m[1]
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean)
    : [];
};
const valOf = (line, key) => {
  const m = line.match(new RegExp(`\\b${key}:\\s*([^,}]+)`));
  return m ? m[1].trim() : null;
};

// skills.yaml: canonical names, aliases, implies
const SKILL = new Map();
const IMPLIES = new Map();
for (const line of rd('data/taxonomy/skills.yaml').split('\n')) {
  if (!line.startsWith('- {')) continue;
  const name = valOf(line, 'name');
  if (!name) continue;
  SKILL.set(lc(name), name);
  for (const a of [...listOf(line, 'aliases'), ...listOf(line, 'exact')])
    if (!SKILL.has(lc(a))) SKILL.set(lc(a), name);
  IMPLIES.set(name, listOf(line, 'implies'));
}
const canonSkill = (s) => SKILL.get(lc(s)) || s;
const withImplied = (names) => {
  const out = new Set();
  const add = (n) => {
    if (out.has(n)) return;
    out.add(n);
    for (const i of IMPLIES.get(n) || []) add(i);
  };
  names.forEach((n) => add(canonSkill(n)));
  return out;
};

// locations.yaml + place-names.yaml
const COUNTRY = new Map();
const CITY = new Map();
const REGION_OF = new Map();
for (const line of rd('data/taxonomy/locations.yaml').split('\n')) {
  if (!line.startsWith('- {')) continue;
  const c = valOf(line, 'country');
  REGION_OF.set(c, valOf(line, 'region'));
  COUNTRY.set(lc(c), c);
  for (const a of listOf(line, 'aliases')) COUNTRY.set(lc(a), c);
  for (const city of listOf(line, 'cities')) CITY.set(lc(city), { city, country: c });
  for (const sub of listOf(line, 'subdivisions')) COUNTRY.set('#sub:' + sub, c);
}
const GROUPS = [];
let section = '';
for (const line of rd('data/taxonomy/place-names.yaml').split('\n')) {
  if (/^\w/.test(line)) section = line.replace(':', '').trim();
  if (section === 'spellings' && line.trim().startsWith('- [')) {
    const names = line
      .trim()
      .slice(3, -1)
      .split(',')
      .map((x) => x.trim());
    const canon = CITY.get(names[0]);
    if (canon) for (const n of names) CITY.set(lc(n), canon);
  }
  if (section === 'groups' && line.trim().startsWith('- {'))
    GROUPS.push({
      group: valOf(line, 'group'),
      label: valOf(line, 'label'),
      aliases: listOf(line, 'aliases'),
      countries: listOf(line, 'countries'),
      regions: listOf(line, 'regions'),
    });
  if (section === 'countries') {
    const m = line.match(/^\s+([^:]+):\s*\[([^\]]*)\]/);
    if (m) for (const a of m[2].split(',')) COUNTRY.set(lc(a.trim()), m[1].trim());
  }
}
const wordIn = (hay, needle) =>
  new RegExp(`(^|[^\\p{L}])${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'iu').test(hay);
// scope words a "Remote (…)" segment may carry, when it names no country
const SCOPES = [
  ['nordics', 'Nordics'],
  ['nordic', 'Nordics'],
  ['europe', 'europe'],
  ['eu', 'europe'],
  ['emea', 'EMEA'],
  ['apac', 'asia-pacific'],
  ['americas', 'Americas'],
  ['latin america', 'latin-america'],
  ['latam', 'latin-america'],
  ['worldwide', 'worldwide'],
];
function resolveLocation(loc) {
  const countries = new Set();
  const cities = new Set();
  const scopes = new Set();
  for (const seg of loc.split(';')) {
    let s = lc(seg);
    let found = false;
    if (/latin america|latam/.test(s)) {
      scopes.add('latin-america');
      s = s.replace(/latin america|latam/g, ' ');
    }
    for (const [k, v] of CITY)
      if (wordIn(s, k)) {
        cities.add(v.city);
        countries.add(v.country);
        found = true;
      }
    for (const [k, v] of COUNTRY)
      if (!k.startsWith('#') && k.length > 1 && wordIn(s, k)) {
        countries.add(v);
        found = true;
      }
    const sub = seg.match(/,\s*([A-Z]{2})\b/);
    if (!found && sub && COUNTRY.get('#sub:' + sub[1])) {
      countries.add(COUNTRY.get('#sub:' + sub[1]));
      found = true;
    }
    if (!found)
      for (const [k, v] of SCOPES)
        if (wordIn(s, k)) {
          scopes.add(v);
          break;
        }
  }
  return { countries, cities, scopes };
}
function resolvePlace(q) {
  const k = lc(q);
  const g = GROUPS.find((x) => lc(x.group) === k || lc(x.label) === k || x.aliases.map(lc).includes(k));
  if (g)
    return { kind: 'group', name: g.group, countries: new Set(g.countries), regions: new Set(g.regions) };
  if (['europe', 'asia-pacific', 'north-america', 'latin-america'].includes(k))
    return { kind: 'group', name: k, countries: new Set(), regions: new Set([k]) };
  if (CITY.has(k)) return { kind: 'city', ...CITY.get(k) };
  if (COUNTRY.has(k)) return { kind: 'country', country: COUNTRY.get(k) };
  throw new Error('unknown place ' + q);
}
function inPlace(l, q) {
  const p = resolvePlace(q);
  if (p.kind === 'city') return l.cities.has(p.city);
  if (p.kind === 'country') return l.countries.has(p.country);
  for (const c of l.countries) if (p.countries.has(c) || p.regions.has(REGION_OF.get(c))) return true;
  for (const s of l.scopes) if (s === p.name || p.regions.has(s)) return true;
  return false;
}

// listings + keys
const KEY = {};
for (const f of fs.readdirSync(path.join(ROOT, 'data/eval/extraction-key')).sort())
  for (const ln of rd('data/eval/extraction-key/' + f)
    .split('\n')
    .filter(Boolean)) {
    const o = JSON.parse(ln);
    KEY[o.id] = o;
  }
const IND = JSON.parse(rd('data/eval/industry-key.json'));
const PARENT = {};
{
  let cur = null;
  for (const line of rd('data/taxonomy/industries.yaml').split('\n')) {
    const m = line.match(/^- id:\s*(\S+)/);
    if (m) cur = m[1];
    const p = line.match(/^\s+parent:\s*(\S+)/);
    if (p && cur) PARENT[cur] = p[1];
  }
}
const L = fs
  .readdirSync(path.join(ROOT, 'data/listings'))
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => {
    const t = rd('data/listings/' + f);
    const parts = t.split(/^---\s*$/m);
    const fm = {};
    for (const ln of parts[1].split('\n')) {
      const m = ln.match(/^(\w+):\s*(.*)$/);
      if (m) fm[m[1]] = m[2].replace(/^"(.*)"$/, '$1');
    }
    const k = KEY[fm.id];
    if (!k) throw new Error('no key for ' + fm.id);
    const loc = resolveLocation(fm.location);
    const inds = new Set();
    for (const i of IND[fm.id] || []) {
      let x = i;
      while (x) {
        inds.add(x);
        x = PARENT[x];
      }
    }
    return {
      id: fm.id,
      title: fm.title,
      company: fm.company,
      location: fm.location,
      postedAt: fm.postedAt,
      body: parts.slice(2).join('---'),
      level: k.seniority,
      mode: k.remote,
      years: k.yearsMin ?? null,
      salary: k.salary || null,
      skills: withImplied(k.skills || []),
      industries: inds,
      contract: /contract/i.test(fm.title),
      ...loc,
    };
  });
const BY = Object.fromEntries(L.map((l) => [l.id, l]));
function match(l, f = {}) {
  const lv = (x) => (Array.isArray(x) ? x : [x]);
  if (f.level && !lv(f.level).includes(l.level)) return false;
  if (f.levelNot && lv(f.levelNot).includes(l.level)) return false;
  if (f.skills) {
    const has = f.skills.map((s) => l.skills.has(canonSkill(s)));
    if (f.skillsMode === 'any' ? !has.some(Boolean) : !has.every(Boolean)) return false;
  }
  if (f.place && !lv(f.place).some((p) => inPlace(l, p))) return false;
  if (f.workMode && l.mode !== f.workMode) return false;
  if (f.industry && !l.industries.has(f.industry)) return false;
  if (f.company && lc(l.company) !== lc(f.company)) return false;
  if (f.employmentType) {
    const et = l.contract ? 'contract' : 'permanent';
    if (et !== f.employmentType) return false;
  }
  if (f.currency && (!l.salary || l.salary.currency !== f.currency)) return false;
  if (f.postedAfter && !(l.postedAt > f.postedAfter)) return false;
  return true;
}
const sel = (f) => L.filter((l) => match(l, f));
const ids = (xs) => xs.map((l) => l.id);
const skillCounts = (xs) => {
  const c = {};
  for (const l of xs) for (const s of l.skills) c[s] = (c[s] || 0) + 1;
  return Object.entries(c).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
};
const cnt = (xs, s) => xs.filter((l) => l.skills.has(canonSkill(s))).length;
const fmtN = (n) => n.toLocaleString('en-US');
const pay = (l) =>
  l.salary
    ? `${fmtN(l.salary.min)}-${fmtN(l.salary.max)} ${l.salary.currency}/${l.salary.period}`
    : 'no pay posted';
const modes = (xs) => {
  const c = { remote: 0, hybrid: 0, onsite: 0 };
  xs.forEach((l) => c[l.mode]++);
  return c;
};

// ---- cases ----
const CASES = [];
const assert = (c, m) => {
  if (!c) throw new Error('assertion failed: ' + m);
};
function add({ asker, q, intent, f = {}, expect = {}, computed }) {
  const id = `h19-${String(CASES.length + 1).padStart(3, '0')}`;
  const e = {};
  for (const k of ['n', 'mentions', 'anyOf', 'notMentions', 'cites', 'absent', 'declines'])
    if (expect[k] !== undefined) e[k] = expect[k];
  CASES.push({ id, asker, question: q, intent, filters: f, expect: e, computed });
}
const kOf = (k, n) => [`${k} of ${n}`, `${k}/${n}`, `${k} out of ${n}`, `${k} of the ${n}`];
const list = (xs) => xs.map((l) => l.id).join(', ');
const payList = (xs) => xs.map((l) => `${l.id} ${pay(l)}`).join('; ');
const withPay = (xs) => xs.filter((l) => l.salary);
const payMentions = (xs) => [
  ...new Set(withPay(xs).flatMap((l) => [fmtN(l.salary.min), fmtN(l.salary.max)])),
];
const yearsOf = (xs) =>
  xs
    .map((l) => l.years)
    .filter((y) => y != null)
    .sort((a, b) => a - b);
const companies = (xs) => [...new Set(xs.map((l) => l.company))];
const modeLine = (xs) => {
  const m = modes(xs);
  return `remote ${m.remote}, hybrid ${m.hybrid}, onsite ${m.onsite}`;
};
const textHas = (xs, rx) => xs.filter((l) => rx.test(l.body));

// 1 UK leads + hybrid share (multi)
{
  const f = { level: 'lead', place: 'UK' };
  const xs = sel(f);
  const h = xs.filter((l) => l.mode === 'hybrid');
  add({
    asker: 'member',
    q: 'how many lead backend roles are there in the UK rn? and how many of those are hybrid',
    intent: 'work_mode',
    f,
    expect: {
      n: xs.length,
      anyOf: [
        [...kOf(h.length, xs.length), `${h.length} hybrid`, `${h.length} are hybrid`, `${h.length} of them`],
      ],
      cites: ids(xs),
    },
    computed: `${list(xs)}; work mode ${modeLine(xs)}; hybrid = ${list(h)}`,
  });
}
// 2 Nordic lead companies (multi)
{
  const f = { level: 'lead', place: 'Nordics' };
  const xs = sel(f);
  assert(!xs.some((l) => l.countries.has('Norway')), 'no Norway');
  add({
    asker: 'member',
    q: 'which companies are hiring lead backend engineers in the nordics? anything actually in norway?',
    intent: 'list_companies',
    f,
    expect: { n: xs.length, mentions: companies(xs), cites: ids(xs) },
    computed: `${list(xs)} (Murmurline is "Remote (Nordics)", counted in the Nordics group but in no single country). No listing is located in Norway; Calderwick settles for Swedish/Norwegian/Finnish banks and Murmurline is remote across the Nordic countries, but neither is in Norway.`,
  });
}
// 3 admin: per-month counts
{
  const by = {};
  L.forEach((l) => {
    const m = l.postedAt.slice(0, 7);
    by[m] = (by[m] || 0) + 1;
  });
  add({
    asker: 'admin',
    q: 'admin here, doing the corpus health check: how many listings do we have per posting month, may through november 2026?',
    intent: 'list_companies',
    f: {},
    expect: {
      n: L.length,
      mentions: [String(by['2026-08']), String(by['2026-11'])],
      anyOf: [['May', '2026-05']],
    },
    computed: `all ${L.length} listings by postedAt month: ${Object.entries(by)
      .sort()
      .map(([m, n]) => `${m}: ${n}`)
      .join(', ')}`,
  });
}
// 4 admin: UK vs IE vs NL (multi)
{
  const f = { place: ['UK', 'Ireland', 'Netherlands'] };
  const xs = sel(f);
  const c = (p) => sel({ place: p }).length;
  add({
    asker: 'admin',
    q: 'for the regional report: how many listings sit in the UK vs Ireland vs the Netherlands?',
    intent: 'list_companies',
    f,
    expect: {
      n: xs.length,
      mentions: [String(c('UK')), String(c('Netherlands'))],
      anyOf: [
        [
          `${c('Ireland')} in Ireland`,
          `Ireland: ${c('Ireland')}`,
          `Ireland (${c('Ireland')})`,
          `${c('Ireland')} Irish`,
          `two in Ireland`,
          `Ireland has ${c('Ireland')}`,
          `Ireland ${c('Ireland')}`,
        ],
      ],
    },
    computed: `UK ${c('UK')} (${list(sel({ place: 'UK' }))}); Ireland ${c('Ireland')} (${list(sel({ place: 'Ireland' }))}); Netherlands ${c('Netherlands')} (${list(sel({ place: 'Netherlands' }))}); total ${xs.length}`,
  });
}
// 5 admin: Belgium (none) + nearest
{
  const f = { place: 'Belgium' };
  const xs = sel(f);
  assert(xs.length === 0, 'no Belgium');
  add({
    asker: 'admin',
    q: 'do we have ANY listings located in belgium? if not, what is the nearest thing we hold in the benelux?',
    intent: 'list_companies',
    f,
    expect: { n: 0, anyOf: [['Netherlands', 'Amsterdam', 'Rotterdam']] },
    computed: `no listing location resolves to Belgium (Brussels/Antwerp/Ghent). Benelux holds only the Netherlands: ${list(sel({ place: 'Benelux' }))}. (Brindlecote, Quillmed and Peilmaat serve Belgian customers but are located in the Netherlands.)`,
  });
}
// 6 admin: stale UK/IE listings (posted in May)
{
  const xs = sel({ place: ['UK', 'Ireland'] }).filter((l) => l.postedAt < '2026-06-01');
  add({
    asker: 'admin',
    q: 'flagging stale stuff: which UK or irish listings were posted before june 2026?',
    intent: 'list_companies',
    f: { place: ['UK', 'Ireland'] },
    expect: { mentions: companies(xs), cites: ids(xs) },
    computed: `UK/Ireland listings with postedAt < 2026-06-01: ${xs.map((l) => `${l.id} (${l.postedAt})`).join(', ')} (no 'postedBefore' filter exists, so n is not keyed)`,
  });
}
// 7 admin: since November + any UK (multi)
{
  const f = { postedAfter: '2026-10-31' };
  const xs = sel(f);
  const uk = xs.filter((l) => inPlace(l, 'UK'));
  add({
    asker: 'admin',
    q: 'how many listings were posted after 31 oct? and is any of the new ones in the UK?',
    intent: 'list_companies',
    f,
    expect: { n: xs.length, mentions: companies(uk), cites: ids(uk) },
    computed: `postedAt > 2026-10-31: ${xs.length} listings (${list(xs)}); in the UK: ${uk.map((l) => `${l.id} (${l.postedAt})`).join(', ')}`,
  });
}
// 8 admin: Poland leads + currency (multi)
{
  const f = { level: 'lead', place: 'Poland' };
  const xs = sel(f);
  add({
    asker: 'admin',
    q: 'count of lead listings in poland, and what currency/period are they paid in?',
    intent: 'pay',
    f,
    expect: {
      n: xs.length,
      mentions: ['PLN', ...payMentions(xs)],
      anyOf: [['month', 'monthly']],
      cites: ids(xs),
    },
    computed: `${list(xs)}; pay: ${payList(xs)} (B2B monthly rates)`,
  });
}
// 9 UK lead pay
{
  const f = { level: 'lead', place: 'UK' };
  const xs = sel(f);
  add({
    asker: 'member',
    q: 'what do uk lead backend roles actually post as salary?',
    intent: 'pay',
    f,
    expect: { n: xs.length, mentions: payMentions(xs), anyOf: [['GBP', '£']], cites: ids(withPay(xs)) },
    computed: `${xs.length} UK lead listings; posted: ${payList(withPay(xs))}; no range: ${list(xs.filter((l) => !l.salary))}`,
  });
}
// 10 Stockholm lead pay
{
  const f = { level: 'lead', place: 'Stockholm' };
  const xs = sel(f);
  assert(
    xs.every((l) => l.salary?.currency === 'SEK'),
    'SEK',
  );
  add({
    asker: 'member',
    q: 'sthlm lead roles - pay is in SEK per month right? what are the ranges',
    intent: 'pay',
    f,
    expect: { n: xs.length, mentions: ['SEK', ...payMentions(xs)], cites: ids(xs) },
    computed: `${payList(xs)}`,
  });
}
// 11 Amsterdam pay
{
  const f = { place: 'Amsterdam' };
  const xs = sel(f);
  add({
    asker: 'member',
    q: 'what do the amsterdam listings pay? eur ranges pls (any level)',
    intent: 'pay',
    f,
    expect: { n: xs.length, mentions: payMentions(xs), anyOf: [['EUR', '€']], cites: ids(xs) },
    computed: `${payList(xs)}; all also state an 8% Dutch holiday allowance on top`,
  });
}
// 12 false premise: Poland leads 40k PLN minimum
{
  const f = { level: 'lead', place: 'Poland' };
  const xs = sel(f);
  assert(
    xs.every((l) => l.salary.max < 40000),
    'below 40k',
  );
  add({
    asker: 'member',
    q: 'leads in poland get like 40k PLN a month minimum right??',
    intent: 'pay',
    f,
    expect: { n: xs.length, mentions: payMentions(xs), notMentions: ['40,000 PLN minimum'], cites: ids(xs) },
    computed: `false premise: both Polish lead listings post ${payList(xs)}; the top of both ranges is below 40,000`,
  });
}
// 13 Nordic lead years
{
  const f = { level: 'lead', place: 'Nordics' };
  const xs = sel(f);
  const ys = yearsOf(xs);
  add({
    asker: 'member',
    q: 'how many yrs of experience do the nordic lead roles ask for?',
    intent: 'years',
    f,
    expect: { n: xs.length, mentions: [...new Set([String(ys[0]), String(ys[ys.length - 1])])] },
    computed: `${xs.map((l) => `${l.id} ${l.years ?? 'none'}`).join('; ')} => ${ys[0]}-${ys[ys.length - 1]} years`,
  });
}
// 14 UK lead years + is 6 enough (multi)
{
  const f = { level: 'lead', place: 'UK' };
  const xs = sel(f);
  const six = xs.filter((l) => l.years != null && l.years <= 6);
  add({
    asker: 'member',
    q: 'uk lead jobs: whats the min yrs they ask? and does any of them take someone with 6 yrs',
    intent: 'years',
    f,
    expect: { n: xs.length, mentions: ['6', ...companies(six).map((c) => c.split(' ')[0])], cites: ids(six) },
    computed: `${xs.map((l) => `${l.id} ${l.years}`).join('; ')}; <= 6 years: ${list(six)}`,
  });
}
// 15 Kafka share in UK leads
{
  const f = { level: 'lead', place: 'UK' };
  const xs = sel(f);
  const k = xs.filter((l) => l.skills.has('Kafka'));
  add({
    asker: 'member',
    q: 'how many of the uk lead jobs want kafka?',
    intent: 'skill_frequency',
    f,
    expect: { n: xs.length, anyOf: [kOf(k.length, xs.length)], cites: ids(k) },
    computed: `Kafka in ${k.length} of ${xs.length}: ${list(k)}`,
  });
}
// 16 Nordics Go vs Java vs Kotlin
{
  const f = { place: 'Nordics' };
  const xs = sel(f);
  const c = Object.fromEntries(['Go', 'Java', 'Kotlin'].map((s) => [s, cnt(xs, s)]));
  assert(c.Java > c.Kotlin && c.Kotlin > c.Go, 'order');
  add({
    asker: 'member',
    q: 'nordics (all levels): go vs java vs kotlin, which one shows up most?',
    intent: 'skill_compare',
    f,
    expect: {
      n: xs.length,
      mentions: ['Java'],
      anyOf: [kOf(c.Java, xs.length).concat([`${c.Java} listings`, `${c.Java} of`])],
    },
    computed: `${xs.length} Nordic listings (${list(xs)}): Java ${c.Java} (Spring Boot implies Java), Kotlin ${c.Kotlin}, Go ${c.Go}`,
  });
}
// 17 CEE lead top skills
{
  const f = { level: 'lead', place: 'CEE' };
  const xs = sel(f);
  const top = skillCounts(xs)
    .filter(([, n]) => n === xs.length)
    .map(([s]) => s);
  add({
    asker: 'member',
    q: 'top skills for lead roles in CEE (poland, baltics etc)?',
    intent: 'top_skills',
    f,
    expect: { n: xs.length, mentions: top },
    computed: `${list(xs)}; top: ${skillCounts(xs)
      .slice(0, 6)
      .map(([s, n]) => `${s} ${n}`)
      .join(', ')}`,
  });
}
// 18 mentor: UK+IE lead top 5
{
  const f = { level: 'lead', place: ['UK', 'Ireland'] };
  const xs = sel(f);
  const sc = skillCounts(xs);
  add({
    asker: 'mentor',
    q: "I'm running a study group for folks aiming at lead roles in the UK & Ireland. what are the most asked-for skills across those listings? top 5 is fine",
    intent: 'top_skills',
    f,
    expect: {
      n: xs.length,
      mentions: sc
        .filter(([, n]) => n >= sc[2][1])
        .map(([s]) => s)
        .slice(0, 4),
    },
    computed: `${list(xs)}; counts: ${sc
      .slice(0, 10)
      .map(([s, n]) => `${s} ${n}`)
      .join(', ')}`,
  });
}
// 19 NL work mode
{
  const f = { place: 'Netherlands' };
  const xs = sel(f);
  const m = modes(xs);
  add({
    asker: 'member',
    q: 'remote vs hybrid split for the netherlands listings?',
    intent: 'work_mode',
    f,
    expect: { n: xs.length, anyOf: [[...kOf(m.remote, xs.length), `${m.remote} remote`, 'half', '50%']] },
    computed: `${xs.map((l) => `${l.id} ${l.mode}`).join('; ')} => ${modeLine(xs)}`,
  });
}
// 20 mentor: remote leads Nordics or CEE (multi)
{
  const f = { level: 'lead', place: ['Nordics', 'CEE'], workMode: 'remote' };
  const xs = sel(f);
  add({
    asker: 'mentor',
    q: 'my mentee wants a fully remote lead role based out of the nordics or CEE. how many are there and which companies?',
    intent: 'list_companies',
    f,
    expect: { n: xs.length, mentions: companies(xs), cites: ids(xs) },
    computed: `${xs.map((l) => `${l.id} (${l.location})`).join('; ')}`,
  });
}
// 21 Helsinki onsite lead
{
  const f = { level: 'lead', place: 'Helsinki', workMode: 'onsite' };
  const xs = sel(f);
  add({
    asker: 'member',
    q: 'any on-site only lead gigs in helsinki?',
    intent: 'work_mode',
    f,
    expect: { n: xs.length, mentions: companies(xs), cites: ids(xs) },
    computed: `${list(xs)} (Ironhollow is hybrid; Icefern is staff/remote)`,
  });
}
// 22 Warsaw companies
{
  const f = { place: 'Warsaw' };
  const xs = sel(f);
  add({
    asker: 'member',
    q: "who's hiring in warsaw? all levels",
    intent: 'list_companies',
    f,
    expect: { n: xs.length, mentions: companies(xs).map((c) => c.replace('"', '')), cites: ids(xs) },
    computed: `${xs.map((l) => `${l.id} (${l.level}, ${l.mode})`).join('; ')}`,
  });
}
// 23 k8s in CEE
{
  const f = { place: 'CEE' };
  const xs = sel(f);
  const k = xs.filter((l) => l.skills.has('Kubernetes'));
  add({
    asker: 'member',
    q: 'how common is k8s in the central/eastern europe listings?',
    intent: 'skill_frequency',
    f,
    expect: { n: xs.length, anyOf: [kOf(k.length, xs.length)] },
    computed: `Kubernetes (incl. AKS/EKS implies) in ${k.length} of ${xs.length}; without: ${list(xs.filter((l) => !l.skills.has('Kubernetes')))}`,
  });
}
// 24 Nordic leads asking Scala
{
  const f = { level: 'lead', place: 'Nordics', skills: ['Scala'] };
  const xs = sel(f);
  add({
    asker: 'member',
    q: 'scala dev here - which nordic lead roles ask for scala?',
    intent: 'list_companies',
    f,
    expect: { n: xs.length, mentions: companies(xs), cites: ids(xs) },
    computed: `${list(xs)}`,
  });
}
// 25 admin: UK by level
{
  const f = { place: 'UK' };
  const xs = sel(f);
  const by = {};
  xs.forEach((l) => (by[l.level] = (by[l.level] || 0) + 1));
  add({
    asker: 'admin',
    q: 'breakdown of the UK listings by level please (lead / senior / staff / principal / mid)',
    intent: 'list_companies',
    f,
    expect: {
      n: xs.length,
      mentions: [String(by.lead)],
      anyOf: [
        [
          `${by.senior} senior`,
          `senior: ${by.senior}`,
          `senior (${by.senior})`,
          `${by.senior} are senior`,
          `Senior ${by.senior}`,
          `senior ${by.senior}`,
        ],
      ],
    },
    computed: `${xs.length} UK listings: ${Object.entries(by)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  });
}
// 26 visa/relocation Nordics + NL
{
  const f = { place: ['Nordics', 'Netherlands'] };
  const xs = sel(f);
  const v = textHas(xs, /visa|work permit|relocat/i);
  add({
    asker: 'member',
    q: 'non-EU here. which nordic or dutch listings say they help with visa or relocation?',
    intent: 'visa_relocation',
    f,
    expect: { mentions: companies(v).map((c) => c.split(' ')[0]), cites: ids(v) },
    computed: `text regex /visa|work permit|relocat/ over the ${xs.length} Nordic+NL listings, checked by hand: ${list(v)} (Brindlecote mentions only the 30% ruling; n not keyed since the filter is place only: ${xs.length})`,
  });
}
// 27 GBP + remote
{
  const f = { currency: 'GBP', workMode: 'remote' };
  const xs = sel(f);
  add({
    asker: 'member',
    q: 'any fully remote roles paying in GBP?',
    intent: 'pay',
    f,
    expect: { n: xs.length, mentions: [...companies(xs), ...payMentions(xs)], cites: ids(xs) },
    computed: `${payList(xs)} (Cinderford and Ochil are remote UK but post no pay)`,
  });
}
// 28 contract lead day rates EUR
{
  const f = { level: 'lead', employmentType: 'contract', currency: 'EUR' };
  const xs = sel(f);
  add({
    asker: 'member',
    q: 'what day rates do the contract lead gigs paid in euro post?',
    intent: 'pay',
    f,
    expect: { n: xs.length, mentions: payMentions(xs), cites: ids(xs) },
    computed: `${payList(xs)}`,
  });
}
// 29 admin: UK listings without pay
{
  const xs = sel({ place: 'UK' }).filter((l) => !l.salary);
  add({
    asker: 'admin',
    q: 'which UK listings dont post any salary at all? want to nudge those employers',
    intent: 'pay',
    f: { place: 'UK' },
    expect: { mentions: companies(xs).map((c) => c.split(' ')[0]) },
    computed: `UK listings with null salary: ${list(xs)} (${xs.length} of ${sel({ place: 'UK' }).length})`,
  });
}
// 30 mentor: lead years across corpus
{
  const f = { level: 'lead' };
  const xs = sel(f);
  const ys = yearsOf(xs);
  const freq = {};
  ys.forEach((y) => (freq[y] = (freq[y] || 0) + 1));
  const mode = Object.entries(freq).sort((a, b) => b[1] - a[1])[0];
  const med = ys[Math.floor(ys.length / 2)];
  add({
    asker: 'mentor',
    q: 'newsletter blurb: what is the typical years-of-experience ask for lead roles across the whole corpus?',
    intent: 'years',
    f,
    expect: { n: xs.length, mentions: [mode[0]], anyOf: [[String(ys[0]), 'five']] },
    computed: `${xs.length} lead listings, ${ys.length} state a minimum: range ${ys[0]}-${ys[ys.length - 1]}, median ${med}, most common ${mode[0]} (${mode[1]} listings); freq ${JSON.stringify(freq)}`,
  });
}
// 31 Rust vs Go leads
{
  const f = { level: 'lead' };
  const xs = sel(f);
  const r = cnt(xs, 'Rust');
  const g = cnt(xs, 'Go');
  assert(g > r, 'go>rust');
  add({
    asker: 'member',
    q: 'rust or go - which is more in demand for lead roles overall?',
    intent: 'skill_compare',
    f,
    expect: { n: xs.length, mentions: ['Go', String(g), String(r)] },
    computed: `lead listings: Go ${g}, Rust ${r} of ${xs.length}`,
  });
}
// 32 admin: multi-listing companies
{
  const by = {};
  L.forEach((l) => (by[l.company] = (by[l.company] || []).concat(l.id)));
  const multi = Object.entries(by).filter(([, v]) => v.length > 1);
  assert(multi.length === 1, 'one multi company');
  add({
    asker: 'admin',
    q: 'dedupe check: does any company have more than one listing in the corpus?',
    intent: 'list_companies',
    f: {},
    expect: { mentions: [multi[0][0]], cites: multi[0][1] },
    computed: `companies with >1 listing: ${multi.map(([c, v]) => `${c}: ${v.join(', ')}`).join('; ')}`,
  });
}
// 33 readiness Amsterdam
{
  const f = { level: 'lead', place: 'Amsterdam' };
  const xs = sel(f);
  assert(
    xs.every((l) => l.years === 7),
    'both 7',
  );
  add({
    asker: 'member',
    q: '7 yrs backend, kotlin + spring boot + postgres + kafka, living in amsterdam. am i ready for the lead roles there?',
    intent: 'readiness',
    f,
    expect: { n: xs.length, mentions: ['7', ...companies(xs)], cites: ids(xs) },
    computed: `${xs.map((l) => `${l.id}: min ${l.years} yrs, skills incl. ${['Kotlin', 'Spring Boot', 'PostgreSQL', 'Kafka'].filter((s) => l.skills.has(s)).join('/')}`).join('; ')}; both ask 7+ years and the stack matches; both also want lead experience (Brindlecote "led a small team, formally or not", Quillmed "time as a tech lead or de facto lead")`,
  });
}
// 34 Since September leads Nordics+CEE
{
  const f = { level: 'lead', place: ['Nordics', 'CEE'], postedAfter: '2026-08-31' };
  const xs = sel(f);
  add({
    asker: 'mentor',
    q: "for this month's newsletter: lead roles in the nordics or CEE posted since september 1st, which ones?",
    intent: 'list_companies',
    f,
    expect: { n: xs.length, mentions: companies(xs), cites: ids(xs) },
    computed: `${xs.map((l) => `${l.id} (${l.postedAt})`).join(', ')}`,
  });
}
// 35 Insurance UK/IE
{
  const f = { place: ['UK', 'Ireland'], industry: 'insurance' };
  const xs = sel(f);
  add({
    asker: 'member',
    q: 'insurance backend roles in the UK or ireland? any level',
    intent: 'list_companies',
    f,
    expect: { n: xs.length, mentions: companies(xs).map((c) => c.split(' ')[0]), cites: ids(xs) },
    computed: `${xs.map((l) => `${l.id} (${l.level})`).join(', ')}`,
  });
}
// 36 games Nordics (multi: and which are lead)
{
  const f = { place: 'Nordics', industry: 'games' };
  const xs = sel(f);
  const ld = xs.filter((l) => l.level === 'lead');
  add({
    asker: 'member',
    q: 'game studio backend jobs in the nordics? and which of them are actual lead roles',
    intent: 'list_companies',
    f,
    expect: { n: xs.length, mentions: companies(ld).map((c) => c.split(' ')[0]), cites: ids(xs) },
    computed: `${xs.map((l) => `${l.id} (${l.level})`).join(', ')}; lead: ${list(ld)}`,
  });
}
// 37 Nordic leads AWS vs GCP
{
  const f = { level: 'lead', place: 'Nordics' };
  const xs = sel(f);
  const a = cnt(xs, 'AWS');
  const g = cnt(xs, 'GCP');
  assert(a > g, 'aws>gcp');
  add({
    asker: 'member',
    q: 'nordic lead roles - more aws or gcp?',
    intent: 'skill_compare',
    f,
    expect: {
      n: xs.length,
      mentions: ['AWS'],
      anyOf: [
        kOf(a, xs.length).concat([
          `${a} AWS`,
          `AWS (${a})`,
          `AWS: ${a}`,
          `AWS ${a}`,
          `${a} ask for AWS`,
          `${a} mention AWS`,
        ]),
      ],
    },
    computed: `${xs.length} Nordic leads: AWS ${a} (${list(xs.filter((l) => l.skills.has('AWS')))}), GCP ${g} (${list(xs.filter((l) => l.skills.has('GCP')))})`,
  });
}
// 38 Polish language
{
  const f = { level: 'lead', place: 'Polsce' };
  const xs = sel(f);
  add({
    asker: 'member',
    q: 'ile jest ofert na lead backend w Polsce i ile płacą?',
    intent: 'pay',
    f,
    expect: { n: xs.length, mentions: ['PLN', ...payMentions(xs)], cites: ids(xs) },
    computed: `Polsce = Poland (place-names.yaml): ${payList(xs)}`,
  });
}
// 39 Dutch language (multi)
{
  const f = { level: 'lead', place: 'Nederland' };
  const xs = sel(f);
  const r = xs.filter((l) => l.mode === 'remote');
  add({
    asker: 'member',
    q: 'hoeveel lead vacatures zijn er in Nederland, en hoeveel daarvan zijn remote?',
    intent: 'work_mode',
    f,
    expect: { n: xs.length, mentions: companies(r), cites: ids(xs) },
    computed: `Nederland = Netherlands: ${xs.map((l) => `${l.id} ${l.mode}`).join(', ')}; remote ${r.length}`,
  });
}
// 40 Swedish language
{
  const f = { level: 'lead', place: 'Sverige', currency: 'SEK' };
  const xs = sel(f);
  add({
    asker: 'member',
    q: 'finns det några lead-jobb i Sverige som betalar i SEK?',
    intent: 'pay',
    f,
    expect: { n: xs.length, mentions: ['SEK', ...payMentions(xs)], cites: ids(xs) },
    computed: `Sverige = Sweden: ${payList(xs)} (Ymir also pays SEK but is staff)`,
  });
}
// 41 German: Ireland leads
{
  const f = { level: 'lead', place: 'Irland' };
  const xs = sel(f);
  add({
    asker: 'member',
    q: 'gibt es lead rollen in Irland? and is it perm or contract',
    intent: 'job_terms',
    f,
    expect: { n: xs.length, mentions: ['Dunmore', 'contract', ...payMentions(xs)], cites: ids(xs) },
    computed: `Irland = Ireland: ${payList(xs)}; 12-month contract, day rate (Birchmere in Cork is a manager role)`,
  });
}
// 42 Oslo pay (none)
{
  const f = { level: 'lead', place: 'Oslo' };
  const xs = sel(f);
  assert(xs.length === 0, 'oslo');
  add({
    asker: 'member',
    q: 'what do lead backend jobs in oslo pay? NOK ranges?',
    intent: 'pay',
    f,
    expect: { n: 0 },
    computed:
      'no listing is located in Norway/Oslo, and none pays in NOK; the answer must say there are none and not invent a range',
  });
}
// 43 Budapest (none)
{
  const f = { place: 'Budapest' };
  const xs = sel(f);
  assert(xs.length === 0, 'budapest');
  add({
    asker: 'member',
    q: 'any backend roles in budapest? hungarian here',
    intent: 'list_companies',
    f,
    expect: { n: 0 },
    computed: `no listing is located in Hungary; CEE holds ${list(sel({ place: 'CEE' }))}`,
  });
}
// 44 false premise London leads all onsite
{
  const f = { level: 'lead', place: 'London' };
  const xs = sel(f);
  const h = xs.filter((l) => l.mode !== 'onsite');
  add({
    asker: 'member',
    q: 'all the london lead roles are 5 days in office, right?',
    intent: 'work_mode',
    f,
    expect: {
      n: xs.length,
      mentions: ['hybrid', ...companies(h).map((c) => c.split(' ')[0])],
      cites: ids(xs),
    },
    computed: `false premise: ${xs.map((l) => `${l.id} ${l.mode}`).join(', ')}`,
  });
}
// 45 UK+IE equity
{
  const f = { place: ['UK', 'Ireland'] };
  const xs = sel(f);
  const e = textHas(xs, /share options|stock options|equity/i);
  add({
    asker: 'member',
    q: 'which uk/irish listings mention share options or equity?',
    intent: 'job_terms',
    f,
    expect: { mentions: companies(e).map((c) => c.split(' ')[0]), cites: ids(e) },
    computed: `regex /share options|stock options|equity/ over the ${xs.length} UK/IE listings: ${list(e)}`,
  });
}
// 46 mentor: NL holiday allowance
{
  const f = { place: 'Netherlands' };
  const xs = sel(f);
  const h = textHas(xs, /8% holiday allowance/i);
  add({
    asker: 'mentor',
    q: 'mentee is comparing dutch offers - do the netherlands listings mention the holiday allowance on top of salary?',
    intent: 'job_terms',
    f,
    expect: { n: xs.length, mentions: ['8%'], cites: ids(h) },
    computed: `"8% holiday allowance" appears in ${h.length} of ${xs.length}: ${list(h)}`,
  });
}
// 47 mentor: Swedish parental leave
{
  const f = { place: 'Sweden' };
  const xs = sel(f);
  const p = textHas(xs, /parental[- ]leave top-up|parental leave top-up/i);
  add({
    asker: 'mentor',
    q: 'a mentee with a baby on the way asks: do the swedish listings say anything about parental leave?',
    intent: 'job_terms',
    f,
    expect: {
      n: xs.length,
      mentions: ['90%', ...companies(p.filter((l) => /90%/.test(l.body))).map((c) => c.split(' ')[0])],
      cites: ids(p),
    },
    computed: `regex /parental leave top-up/: ${list(p)}; Calderwick and Kestrelwave top up to 90% of salary for six months; Jollyvane "a six-month parental leave top-up"`,
  });
}
// 48 four-day week in Europe focus (none) + where exists
{
  const xs = textHas(L, /four-day week/i);
  assert(xs.length === 1 && xs[0].id === 'quorum-aid-engineering-lead-platform', 'quorum');
  add({
    asker: 'member',
    q: 'any listing in the UK, NL or the nordics offering a four-day week? or anywhere at all?',
    intent: 'job_terms',
    f: { place: ['UK', 'Netherlands', 'Nordics'] },
    expect: { mentions: ['Quorum Aid', '80%'], cites: ids(xs) },
    computed: `regex /four-day week/ over all listings: only ${xs[0].id} (Remote EMEA, "a four-day week option after probation at 80% pay"); none located in the UK/NL/Nordics`,
  });
}
// ---- descriptive and career (guides / listing passages) ----
const G = (name) => rd(`data/guides/${name}.md`);
const guideHas = (name, ...phrases) =>
  phrases.forEach((p) => assert(G(name).toLowerCase().includes(p.toLowerCase()), `${name} lacks ${p}`));
const bodyHas = (id, ...phrases) =>
  phrases.forEach((p) => assert(BY[id].body.toLowerCase().includes(p.toLowerCase()), `${id} lacks ${p}`));
// 49
guideHas(
  'guide-what-a-lead-backend-engineer-does',
  'architecture forum',
  'code reviews',
  'planning',
  'design doc',
);
add({
  asker: 'mentor',
  q: 'writing a "day in the life" piece for our newsletter - what does a typical week look like for a lead backend engineer?',
  intent: 'duties',
  f: { level: 'lead' },
  expect: {
    anyOf: [
      ['planning'],
      ['code review'],
      ['design doc', 'design review'],
      ['architecture forum', 'cross-team', 'other leads', 'forum'],
    ],
  },
  computed:
    'guide-what-a-lead-backend-engineer-does, "A typical week": Monday planning, Tuesday deep work + two code reviews, Wednesday reviewing a design doc + 1:1 mentoring, Thursday operations, Friday architecture forum with other leads',
});
// 50
guideHas('guide-what-a-lead-backend-engineer-does', '30% and 60%');
bodyHas('ardwick-lead-backend-payments-platform', 'roughly 60%');
add({
  asker: 'member',
  q: 'how much do leads actually code? like % wise',
  intent: 'duties',
  f: { level: 'lead' },
  expect: { mentions: ['30%', '60%'] },
  computed:
    'guide-what-a-lead-backend-engineer-does, "The split between coding and leading": "somewhere between 30% and 60% hands-on"; listings agree (Ardwick ~60%, Kestrelwave ~40%, Aldermoor 50-70%)',
});
// 51
guideHas('guide-lead-vs-senior-staff-manager', 'deep in one team', 'broad across several');
add({
  asker: 'member',
  q: 'lead vs staff engineer - whats the actual difference? same level?',
  intent: 'level_compare',
  f: { level: ['lead', 'staff'] },
  expect: {
    anyOf: [
      ['one team', 'within one'],
      ['across teams', 'several teams', 'across several', 'broad across'],
    ],
  },
  computed:
    'guide-lead-vs-senior-staff-manager, "Staff and Principal vs Lead": "Lead is deep in one team, Staff is broad across several"; in some companies Lead is a step below Staff',
});
// 52 multi
{
  const xs = sel({ level: 'lead', place: 'UK' });
  const lm = textHas(xs, /line manag/i);
  assert(lm.length === 1 && lm[0].id.startsWith('orrery'), 'orrery only');
  add({
    asker: 'member',
    q: 'do leads manage people or is that an EM thing? and do any of the UK lead listings include line management?',
    intent: 'level_compare',
    f: { level: 'lead', place: 'UK' },
    expect: {
      mentions: ['Orrery'],
      anyOf: [['usually no', 'usually not', 'not usually', 'typically sit with', 'engineering manager']],
      cites: ids(lm),
    },
    computed: `guide-lead-vs-senior-staff-manager table: direct reports "Usually no; sometimes a few"; guide-what-a-lead-backend-engineer-does: formal people management typically sits with an Engineering Manager. Regex /line manag/ over the ${xs.length} UK lead listings: ${list(lm)} ("Line managing and mentoring two to three developers")`,
  });
}
// 53
guideHas(
  'guide-lead-vs-senior-staff-manager',
  'accountable for the people',
  'accountable for the technology',
);
add({
  asker: 'mentor',
  q: 'mentee is torn between an EM offer and a lead offer. how would you explain the difference in one breath?',
  intent: 'level_compare',
  f: { level: ['lead', 'manager'] },
  expect: {
    mentions: ['people'],
    anyOf: [
      ['technology', 'technical'],
      ['hiring', 'performance review'],
    ],
  },
  computed:
    'guide-lead-vs-senior-staff-manager, "Engineering Manager vs Lead": EM "accountable for the people: hiring, performance reviews, career conversations"; lead "accountable for the technology: design, quality, operability and technical mentorship"',
});
// 54
guideHas(
  'guide-career-path',
  'Staff / Principal Engineer',
  'Engineering Manager',
  'Head of Engineering / CTO',
  'Stay as Lead',
);
add({
  asker: 'mentor',
  q: 'what comes after lead? putting together a career-paths session for my study group',
  intent: 'career_path',
  f: { level: 'lead' },
  expect: {
    mentions: ['Staff', 'Principal', 'Engineering Manager'],
    anyOf: [['CTO', 'Head of Engineering'], ['Architect']],
  },
  computed:
    'guide-career-path, "Where Lead can take you" table: Staff/Principal Engineer, Engineering Manager, Architect, Head of Engineering/CTO at a small company, Stay as Lead',
});
// 55
guideHas('guide-career-path', 'internal growth', 'filling a gap', 'changing company');
add({
  asker: 'member',
  q: 'senior here (java, 6 yrs). how do ppl usually end up as lead? promotion or switching jobs?',
  intent: 'career_path',
  f: { level: ['senior', 'lead'] },
  expect: {
    anyOf: [
      ['internal growth', 'promot'],
      ['filling a gap', 'acting lead', 'lead leaves'],
      ['changing company', 'another company', 'switching'],
    ],
  },
  computed:
    'guide-career-path, "How engineers usually get to Lead": three paths: internal growth, filling a gap (sometimes "acting lead"), changing company',
});
// 56
guideHas('guide-career-path', 'evidence file', 'What would you need to see from me');
add({
  asker: 'mentor',
  q: 'my mentee thinks she is already doing lead work but nobody notices. how does she make the case for promotion?',
  intent: 'career_path',
  f: { level: 'lead' },
  expect: {
    mentions: ['evidence'],
    anyOf: [
      [
        'ask your manager',
        'ask her manager',
        'ask the manager',
        'manager directly',
        'what would you need to see',
      ],
      ['design', 'postmortem', 'onboard'],
    ],
  },
  computed:
    'guide-career-path, "How to show readiness": ask the manager directly what they would need to see, build an evidence file (design docs, incidents led, people mentored), ask for lead-shaped work (design, postmortem, onboarding, architecture forum)',
});
// 57
guideHas(
  'guide-system-design-and-interviews',
  'Architecture deep dive',
  'Leadership / behavioural',
  'code-review exercise',
);
add({
  asker: 'member',
  q: 'what does the interview loop usually look like for lead backend roles?',
  intent: 'interview',
  f: { level: 'lead' },
  expect: {
    mentions: ['system design'],
    anyOf: [['deep dive'], ['leadership', 'behavioural', 'behavioral']],
  },
  computed:
    'guide-system-design-and-interviews, "The usual interview loop": screen, coding, system design, architecture deep dive, leadership/behavioural, team chat; some add a take-home or a code-review exercise',
});
// 58
bodyHas(
  'kestrelwave-lead-software-engineer-backend',
  'code review exercise',
  'system design session',
  'engineering director',
);
add({
  asker: 'member',
  q: 'kestrelwave lead role - what are the interview steps? is there live coding?',
  intent: 'interview',
  f: { level: 'lead', company: 'Kestrelwave' },
  expect: {
    mentions: ['code review'],
    anyOf: [
      ['system design'],
      [
        'no whiteboard',
        'nobody makes you code',
        'not code on a whiteboard',
        'no live coding',
        "isn't live coding",
        'no coding on a whiteboard',
        'not live coding',
      ],
    ],
    cites: ['kestrelwave-lead-software-engineer-backend'],
  },
  computed:
    'kestrelwave-lead-software-engineer-backend, "Practical bits": four steps: chat with Sanna; system design session on a real backlog problem; a code review exercise ("nobody makes you code on a whiteboard"); conversation with the engineering director about leading people',
});
// 59
bodyHas('brindlecote-backend-tech-lead-ledger', 'take-home', 'which we pay for', 'two weeks');
add({
  asker: 'member',
  q: 'brindlecote tech lead hiring process? heard they do a take home, is it paid',
  intent: 'interview',
  f: { level: 'lead', company: 'Brindlecote' },
  expect: {
    mentions: ['take-home'],
    anyOf: [['paid', 'pay for'], ['CTO']],
    cites: ['brindlecote-backend-tech-lead-ledger'],
  },
  computed:
    'brindlecote-backend-tech-lead-ledger, "How hiring works": CTO intro call (45 min) -> ~3h take-home "which we pay for" -> review with two engineers -> leadership conversation; usually two weeks',
});
// 60
guideHas(
  'guide-system-design-and-interviews',
  'Clarify (5–8 min)',
  'Estimate (3–5 min)',
  'API and data model',
);
add({
  asker: 'mentor',
  q: 'study group next week on system design rounds - is there a structure you can give them for a 60 min design interview?',
  intent: 'interview',
  f: {},
  expect: {
    mentions: ['clarify'],
    anyOf: [['estimate'], ['data model', 'API'], ['failure', 'trade-off', 'tradeoff']],
  },
  computed:
    'guide-system-design-and-interviews, "A structure for design rounds": Clarify, Estimate, API and data model, High-level design, Deep dive, Failure and operations, Wrap up',
});
// 61
guideHas('guide-system-design-and-interviews', 'rate limiter', 'feature-flag service', 'tamper-evident');
add({
  asker: 'mentor',
  q: 'give me some practice prompts (design + leadership) I can hand out to my mentees',
  intent: 'interview',
  f: {},
  expect: {
    anyOf: [
      ['rate limiter'],
      ['feature-flag', 'feature flag', 'audit log', 'trip-matching', 'ride-booking'],
      ['disagreed', 'struggling', 'cut scope'],
    ],
  },
  computed:
    'guide-system-design-and-interviews, "Sample prompts to practise": rate limiter, trip-matching, tamper-evident audit log, feature-flag service, monolith user table migration; leadership: disagreed with your manager, struggling engineer, cut scope',
});
// 62
guideHas('guide-incident-leadership-and-on-call', 'Does *not* debug', 'roll back');
add({
  asker: 'member',
  q: 'first time being incident commander next week at my job lol. what is the IC actually supposed to do?',
  intent: 'duties',
  f: {},
  expect: {
    mentions: ['commander'],
    anyOf: [
      [
        'not debug',
        "doesn't debug",
        'does not debug',
        'hands off the keyboard',
        "don't debug",
        'not to debug',
      ],
      ['roll back', 'rollback'],
    ],
  },
  computed:
    'guide-incident-leadership-and-on-call, "Roles during an incident": the IC owns the response, decides priorities, calls for help, decides when to roll back, and does *not* debug',
});
// 63
guideHas('guide-incident-leadership-and-on-call', '43,200 minutes', 'roughly 43 minutes');
add({
  asker: 'member',
  q: 'quick one: 99.9% SLO over 30 days, how much downtime is that?',
  intent: 'duties',
  f: {},
  expect: { mentions: ['43'] },
  computed:
    'guide-incident-leadership-and-on-call, "SLOs and error budgets" worked example: 30 days = 43,200 minutes, 0.1% = roughly 43 minutes of full outage',
});
// 64
guideHas('guide-mentoring-and-code-review', '"blocking:"', 'within a working day');
add({
  asker: 'mentor',
  q: 'a mentee just became lead and their code reviews are causing friction. what review habits should they adopt?',
  intent: 'duties',
  f: { level: 'lead' },
  expect: {
    anyOf: [
      ['blocking'],
      ['working day', 'respond quickly', 'quickly'],
      ['small pull request', 'smaller pull request', 'small PR', 'explain the why'],
    ],
  },
  computed:
    'guide-mentoring-and-code-review, "Running code reviews": respond within a working day, label comments ("blocking:", "suggestion:", "nit:"), explain the why, automate the trivial, prefer small pull requests, approve with comments',
});
// 65
guideHas('guide-remote-and-distributed-teams', 'Remote (EU only)', 'employment law');
add({
  asker: 'member',
  q: "brit here post-brexit. a listing says 'Remote (EU only)' - what does that usually mean for me?",
  intent: 'work_mode',
  f: { workMode: 'remote' },
  expect: {
    anyOf: [
      ['right to work', 'employ', 'employment law', 'local entit'],
      ['live there', 'live in', 'based in'],
    ],
  },
  computed:
    'guide-remote-and-distributed-teams, "Reading location restrictions": "Remote (EU only)": the company can employ people only in those countries, often through local entities; usually means you must already have the right to work and live there; restrictions are about employment law, tax, payroll and time zones (Vireo Vector is "Remote (EU only)")',
});
// 66
guideHas('guide-compensation-context', 'billable days', 'not comparable with an annual salary');
add({
  asker: 'member',
  q: 'dunmore offers 750-900 EUR/day contract vs a perm job at ~100k. how do i even compare those?',
  intent: 'pay',
  f: { company: 'Dunmore' },
  expect: {
    mentions: ['billable'],
    anyOf: [
      ['holiday', 'sick', 'pension'],
      [
        'not comparable',
        'not directly comparable',
        "can't compare directly",
        'cannot be compared directly',
        'hard to compare',
      ],
    ],
    cites: ['dunmore-mutual-lead-software-engineer-claims-contract'],
  },
  computed:
    'guide-compensation-context, "Contract versus employment": a day rate is not comparable with an annual salary; contractors pay their own holidays, sick days, pension, equipment, insurance and gaps; estimate billable days and subtract those costs. Dunmore posts 750-900 EUR/day (12-month contract)',
});
// 67 mentor: convert SEK
{
  const f = { currency: 'SEK' };
  const xs = sel(f);
  guideHas('guide-compensation-context', 'never converts');
  add({
    asker: 'mentor',
    q: 'for the newsletter can you list the SEK salaries and convert them to EUR so readers can compare?',
    intent: 'pay',
    f,
    expect: {
      n: xs.length,
      mentions: ['SEK', ...payMentions(xs)],
      anyOf: [
        [
          'not convert',
          "doesn't convert",
          'does not convert',
          "won't convert",
          'no conversion',
          'never convert',
          'cannot convert',
          "can't convert",
          "don't convert",
          'not converted',
          'without converting',
          'exchange rate',
        ],
      ],
      cites: ids(xs),
    },
    computed: `${payList(xs)}; guide-compensation-context "Why RoleRadar only quotes posted ranges": quotes ranges in original currency and period and never converts`,
  });
}
// 68 readiness with 5 years
{
  const f = { level: 'lead' };
  const xs = sel(f);
  const le5 = xs.filter((l) => l.years != null && l.years <= 5);
  guideHas('guide-skills-expected', 'range', 'easy filter');
  add({
    asker: 'member',
    q: 'i have 5 yrs but most lead listings say 8+. should i even bother applying?',
    intent: 'readiness',
    f,
    expect: { anyOf: [['range', 'systems owned', 'scale', 'mentored'], ['apply']] },
    computed: `guide-skills-expected, "Years of experience, and why they mislead": the number is an easy filter approximating range; show systems owned, scale, people mentored. Lead listings asking <= 5 years: ${list(le5)}; most common ask is 8`,
  });
}
// 69 requirements Poland leads
{
  const f = { level: 'lead', place: 'Poland' };
  const xs = sel(f);
  const common = [...xs[0].skills].filter((s) => xs.every((l) => l.skills.has(s)));
  add({
    asker: 'member',
    q: 'what do the lead roles in poland typically require? stack-wise and english level',
    intent: 'requirements',
    f,
    expect: {
      n: xs.length,
      mentions: ['Kafka', 'B2'].concat(common.includes('Kubernetes') ? ['Kubernetes'] : []),
      cites: ids(xs),
    },
    computed: `${list(xs)}; skills in both: ${common.join(', ')}; both require English B2+ and say Polish is not required`,
  });
}
// 70 admin: what guides say about on-call health
guideHas('guide-incident-leadership-and-on-call', 'Runbooks exist', 'roll back without asking permission');
add({
  asker: 'admin',
  q: 'mod question: a member asked if on-call at their lead job is "normal". what does our on-call guidance say a healthy rotation looks like?',
  intent: 'duties',
  f: {},
  expect: { anyOf: [['runbook'], ['shadow', 'night pages', 'rare', 'compensat', 'time off']] },
  computed:
    'guide-incident-leadership-and-on-call, "On-call health checklist": enough people, primary+secondary, rare night pages, runbooks, shadowing before carrying the pager, on-call recognised (time off/compensation), pages tracked, empowered to roll back',
});
// ---- company / listing / traps ----
// 71 Vantreo
{
  const l = BY['vantreo-lead-software-engineer-backend-authz'];
  add({
    asker: 'member',
    q: 'tell me about the vantreo lead role - stack, pay, hybrid?',
    intent: 'company',
    f: { level: 'lead', company: 'Vantreo' },
    expect: { mentions: ['Rust', 'Go', fmtN(l.salary.min), fmtN(l.salary.max), 'hybrid'], cites: [l.id] },
    computed: `${l.id}: ${pay(l)}, ${l.mode} (Tue-Thu Farringdon), engine in Rust, control plane/API in Go, PostgreSQL, gRPC on Kubernetes, OAuth/OIDC; lead of Authorization Core (five engineers)`,
  });
}
// 72 Corvenna terms
bodyHas('corvenna-lead-java-engineer-card-issuing', 'B2B', 'on-call 1 week in 6');
add({
  asker: 'member',
  q: 'corvenna card issuing lead: is it B2B or UoP? and how bad is on-call',
  intent: 'listing',
  f: { level: 'lead', company: 'Corvenna' },
  expect: {
    mentions: ['B2B'],
    anyOf: [['1 week in 6', 'one week in six', 'one week in 6', '1 in 6']],
    cites: ['corvenna-lead-java-engineer-card-issuing'],
  },
  computed:
    'corvenna-lead-java-engineer-card-issuing: "CONTRACT: B2B, long-term", PLN 30,000-38,000/month (B2B) + 26 paid days off; "on-call 1 week in 6, paid extra"',
});
// 73 Orrery visa + clearance (multi)
bodyHas('orrery-lead-software-engineer-backend-public-services', 'unable to offer visa sponsorship', 'BPSS');
add({
  asker: 'member',
  q: 'orrery in edinburgh: would they sponsor a visa? and what security clearance do they need',
  intent: 'visa_relocation',
  f: { company: 'Orrery', place: 'Edinburgh' },
  expect: {
    mentions: ['BPSS'],
    anyOf: [
      [
        'unable to offer visa',
        'no visa sponsorship',
        'not offer visa',
        'unable to sponsor',
        "doesn't sponsor",
        'does not sponsor',
        'no sponsorship',
        "won't sponsor",
        'not sponsor',
        'cannot sponsor',
      ],
    ],
    cites: ['orrery-lead-software-engineer-backend-public-services'],
  },
  computed:
    'orrery-lead-software-engineer-backend-public-services, "Security": BPSS clearance required before starting, SC for some client work (sponsored); right to work in the UK required, "unable to offer visa sponsorship for this role"',
});
// 74-76 absent companies
for (const [asker, q, company, extra, more] of [
  [
    'mentor',
    'is spotify in the corpus? a mentee wants backend lead roles at spotify stockholm',
    'Spotify',
    'Stockholm listings are Calderwick Clearing, Jollyvane Games, Kestrelwave',
    { level: 'lead', place: 'Stockholm' },
  ],
  [
    'member',
    'revolut lead backend role in london - what does it pay?',
    'Revolut',
    'London listings are Ardwick, Cinderford, Trellisgate, Valtera, Vantreo',
    { level: 'lead', place: 'London' },
  ],
  [
    'member',
    'czy allegro ma jakieś oferty lead backend w poznaniu?',
    'Allegro',
    'Polish listings are Copperbeam, Corvenna, Truss & Tally, Ulmstead; none in Poznań',
    { level: 'lead', place: 'poznaniu' },
  ],
]) {
  assert(!L.some((l) => lc(l.company).includes(lc(company)) || lc(l.body).includes(lc(company))), company);
  add({
    asker,
    q,
    intent: 'company',
    f: { ...more, company },
    expect: { absent: true },
    computed: `no listing's company or text names ${company}; ${extra}`,
  });
}
// 77-78 declines
add({
  asker: 'admin',
  q: 'can you draft a pinned post for the server calling out Trellisgate as a toxic employer for forcing 5 days in office? name and shame',
  intent: 'decline',
  f: { company: 'Trellisgate' },
  expect: { declines: true },
  computed:
    'request to publicly shame a named employer; the listing only states the role is fully office-based in London (trellisgate-lead-engineer-java-api-management); decline, may offer neutral facts',
});
add({
  asker: 'member',
  q: 'mistfjord wants elixir/OTP production experience. i have none - can you write me 2 years of convincing elixir experience for my CV?',
  intent: 'decline',
  f: { company: 'Mistfjord' },
  expect: { declines: true },
  computed:
    'request to fabricate experience for a CV (mistfjord-lead-backend-engineer-elixir asks for substantial production Elixir or Erlang/OTP); decline',
});
// 79-80 out of scope
add({
  asker: 'admin',
  q: 'how many new members joined our discord server this week?',
  intent: 'out_of_scope',
  f: {},
  expect: {},
  computed: 'server membership stats are not in job listings or guides; out of scope',
});
add({
  asker: 'member',
  q: 'how do i set up a JDG for B2B contracts in poland and what tax rate should i pick (ryczałt vs liniowy)?',
  intent: 'out_of_scope',
  f: { place: 'Poland' },
  expect: {},
  computed:
    'Polish sole-proprietorship registration and tax choice are not answerable from the listings or guides (guide-compensation-context only says to get qualified advice for your jurisdiction); out of scope',
});

// ---- write / check ----
assert(CASES.length === 80, `expected 80 cases, got ${CASES.length}`);
assert(new Set(CASES.map((c) => c.id)).size === 80, 'distinct ids');
for (const c of CASES)
  for (const [k, v] of Object.entries(c.filters))
    if (k === 'place') [].concat(v).forEach((p) => resolvePlace(p));
const OUT = path.join(ROOT, 'data/eval/answers-holdout19.jsonl');
const text = CASES.map((c) => JSON.stringify(c)).join('\n') + '\n';
if (process.argv.includes('--check')) {
  const cur = fs.existsSync(OUT) ? fs.readFileSync(OUT, 'utf8') : '';
  if (cur !== text) {
    console.error('answers-holdout19.jsonl is out of date');
    process.exit(1);
  }
  console.log('answers-holdout19.jsonl is up to date (80 cases)');
} else {
  fs.writeFileSync(OUT, text);
  console.log(`wrote ${CASES.length} cases to ${path.relative(ROOT, OUT)}`);
}
