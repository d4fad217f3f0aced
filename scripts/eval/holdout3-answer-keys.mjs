#!/usr/bin/env node
// Answer keys for data/eval/answers-holdout3.jsonl, computed from the data alone.
//
// Reads only: data/listings/*.md (front matter and body), data/eval/extraction-key/*.jsonl
// (seniority, remote, yearsMin, salary, skills), data/eval/holdout-industry-labels.json and
// data/taxonomy/{skills,locations,industries}.yaml. Imports nothing from the project.
//
//   node scripts/eval/holdout3-answer-keys.mjs          print the computed facts per question id
//   node scripts/eval/holdout3-answer-keys.mjs --check  verify every expect.n and every numeric
//                                                       mention of the JSONL against them
//
// Conventions (also in the author's report):
// - A listing is in a place when one of its location segments (split on ";") names the country
//   (name or alias), one of its cities, or the city itself; "Remote (worldwide)" or a bare region is
//   not a country.
// - Industry: the reader labels of holdout-industry-labels.json; a parent includes its children as
//   data/taxonomy/industries.yaml declares them (fintech: payments, banking, lending, wealth,
//   crypto; insurance has no parent).
// - Skills: the extraction key, names canonicalised case-insensitively through skills.yaml aliases.
// - Pay: posted ranges only, one currency and period; a listing's midpoint is (min+max)/2; the
//   median of an even count is the mean of the two middle values; a band needs >= 3 ranges.
// - postedAfter: postedAt strictly later than the date (no listing of the sets used is posted on it).

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const DATA = path.join(ROOT, 'data');
const CASES_FILE = path.join(DATA, 'eval', 'answers-holdout3.jsonl');
const SCRIPT = 'script: scripts/eval/holdout3-answer-keys.mjs';

// ---------- loading ----------
function readListings() {
  const out = {};
  const dir = path.join(DATA, 'listings');
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.md'))) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    const m = text.match(/^---\n([\s\S]*?)\n---\n?([\s\S]*)$/);
    if (!m) throw new Error(`${f}: no front matter`);
    const fm = {};
    for (const line of m[1].split('\n')) {
      const i = line.indexOf(':');
      if (i < 0) continue;
      fm[line.slice(0, i).trim()] = line
        .slice(i + 1)
        .trim()
        .replace(/^"(.*)"$/, '$1');
    }
    fm.body = m[2];
    out[fm.id] = fm;
  }
  return out;
}

function readKey() {
  const out = {};
  const dir = path.join(DATA, 'eval', 'extraction-key');
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.jsonl'))) {
    fs.readFileSync(path.join(dir, f), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!line.trim()) return;
        try {
          const o = JSON.parse(line);
          out[o.id] = o;
        } catch (e) {
          throw new Error(`${f}:${i + 1}: ${e.message}`);
        }
      });
  }
  return out;
}

function flowList(line, key) {
  const m = line.match(new RegExp(`\\b${key}: \\[([^\\]]*)\\]`));
  return m
    ? m[1]
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}

function readSkillAliases() {
  const alias = new Map();
  for (const line of fs.readFileSync(path.join(DATA, 'taxonomy', 'skills.yaml'), 'utf8').split('\n')) {
    const m = line.match(/^- \{ name: ([^,]+),/);
    if (!m) continue;
    const name = m[1].trim();
    alias.set(name.toLowerCase(), name);
    for (const a of [...flowList(line, 'aliases'), ...flowList(line, 'exact')]) {
      if (!alias.has(a.toLowerCase())) alias.set(a.toLowerCase(), name);
    }
  }
  return alias;
}

function readCountries() {
  const out = [];
  for (const line of fs.readFileSync(path.join(DATA, 'taxonomy', 'locations.yaml'), 'utf8').split('\n')) {
    const m = line.match(/^- \{ country: ([^,]+), code: (\w+)/);
    if (!m) continue;
    out.push({
      country: m[1].trim(),
      names: [m[1].trim(), ...flowList(line, 'aliases')].map((s) => s.toLowerCase()),
      cities: flowList(line, 'cities').map((s) => s.toLowerCase()),
    });
  }
  return out;
}

function readIndustryParents() {
  const parents = {};
  let cur = null;
  for (const line of fs.readFileSync(path.join(DATA, 'taxonomy', 'industries.yaml'), 'utf8').split('\n')) {
    const id = line.match(/^- id: (\S+)/);
    if (id) {
      cur = id[1];
      parents[cur] = null;
    }
    const p = line.match(/^ {2}parent: (\S+)/);
    if (p && cur) parents[cur] = p[1];
  }
  return parents;
}

const LISTINGS = readListings();
const KEY = readKey();
const LABELS = JSON.parse(fs.readFileSync(path.join(DATA, 'eval', 'holdout-industry-labels.json'), 'utf8'));
const SKILL = readSkillAliases();
const COUNTRIES = readCountries();
const PARENT = readIndustryParents();
const IDS = Object.keys(LISTINGS).sort();
for (const id of IDS) if (!KEY[id]) throw new Error(`extraction key lacks ${id}`);

// ---------- matching ----------
const canon = (s) => SKILL.get(s.toLowerCase()) ?? s;
const skillsOf = (id) => new Set(KEY[id].skills.map(canon));
const words = (s) => ` ${s.toLowerCase().replace(/[^\p{L}\p{N}.]+/gu, ' ')} `;
const has = (hay, needle) => hay.includes(` ${needle.toLowerCase()} `);

function inPlace(id, place) {
  const p = place.toLowerCase();
  const country = COUNTRIES.find((c) => c.names.includes(p));
  return LISTINGS[id].location.split(';').some((seg) => {
    const w = words(seg);
    if (!country) return has(w, p); // a city
    return country.names.some((n) => has(w, n)) || country.cities.some((c) => has(w, c));
  });
}

function inIndustry(id, industry) {
  return (LABELS[id] ?? []).some((l) => {
    for (let x = l; x; x = PARENT[x]) if (x === industry) return true;
    return false;
  });
}

function select(f = {}) {
  return IDS.filter((id) => {
    const k = KEY[id];
    const l = LISTINGS[id];
    if (f.level && k.seniority !== f.level) return false;
    if (f.levelNot && k.seniority === f.levelNot) return false;
    if (f.place && !inPlace(id, f.place)) return false;
    if (f.workMode && k.remote !== f.workMode) return false;
    if (f.industry && !inIndustry(id, f.industry)) return false;
    if (f.company && l.company.toLowerCase() !== f.company.toLowerCase()) return false;
    if (f.currency && k.salary?.currency !== f.currency) return false;
    if (f.postedAfter && !(l.postedAt > f.postedAfter)) return false;
    if (f.skills && !f.skills.every((s) => skillsOf(id).has(canon(s)))) return false;
    return true;
  });
}

// ---------- statistics ----------
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return null;
  const h = Math.floor(s.length / 2);
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
}

function payBand(ids, currency, period = 'year') {
  const ranges = ids
    .map((id) => KEY[id].salary)
    .filter((s) => s && s.currency === currency && s.period === period);
  return {
    count: ranges.length,
    median: ranges.length >= 3 ? median(ranges.map((s) => (s.min + s.max) / 2)) : null,
    min: ranges.length ? Math.min(...ranges.map((s) => s.min)) : null,
    max: ranges.length ? Math.max(...ranges.map((s) => s.max)) : null,
  };
}

function skillCounts(ids) {
  const c = new Map();
  for (const id of ids) for (const s of skillsOf(id)) c.set(s, (c.get(s) ?? 0) + 1);
  return [...c.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function yearsStats(ids) {
  const ys = ids.map((id) => KEY[id].yearsMin).filter((y) => typeof y === 'number');
  return { stating: ys.length, median: median(ys), min: Math.min(...ys), max: Math.max(...ys), ys };
}

const modes = (ids) => {
  const m = { remote: 0, hybrid: 0, onsite: 0 };
  for (const id of ids) m[KEY[id].remote]++;
  return m;
};
const companies = (ids) => [...new Set(ids.map((id) => LISTINGS[id].company))].sort();
const bodyHas = (id, re) => re.test(LISTINGS[id].body);

// ---------- cases ----------
// Each returns { n?, numbers: [] (every figure a mention may state), facts, computed }.
const CASES = {};
const def = (id, fn) => {
  CASES[id] = fn;
};

function payCase(id, filters, currency, period = 'year') {
  def(id, () => {
    const ids = select(filters);
    const b = payBand(ids, currency, period);
    return {
      n: ids.length,
      numbers: [ids.length, b.count, b.median, b.min, b.max],
      facts: { ids, band: b },
      computed: `${SCRIPT} (${id}: ${ids.length} listings match ${JSON.stringify(filters)}; ${b.count} post a ${currency}/${period} range; median midpoint ${b.median}; lowest min ${b.min}, highest max ${b.max})`,
    };
  });
}

payCase('h3-001', { level: 'lead', place: 'Germany' }, 'EUR');
payCase('h3-002', { level: 'lead', currency: 'GBP' }, 'GBP');
payCase('h3-003', { level: 'lead', place: 'Bengaluru' }, 'INR');

def('h3-004', () => {
  const ids = select({ level: 'lead', place: 'Spain' });
  const remote = ids.filter((id) => KEY[id].remote === 'remote');
  return {
    n: ids.length,
    numbers: [ids.length, remote.length],
    facts: { ids, remote: remote.map((id) => LISTINGS[id].company), modes: modes(ids) },
    computed: `${SCRIPT} (h3-004: ${ids.length} lead listings in Spain ${JSON.stringify(modes(ids))}; the remote one(s): ${remote.join(', ')})`,
  };
});

def('h3-005', () => {
  const ids = select({ level: 'lead', place: 'India' });
  const m = modes(ids);
  return {
    n: ids.length,
    numbers: [ids.length, m.hybrid, m.onsite, m.remote],
    facts: { ids, modes: m },
    computed: `${SCRIPT} (h3-005: ${ids.length} lead listings in India: ${m.hybrid} hybrid, ${m.onsite} on-site, ${m.remote} remote: ${ids.join(', ')})`,
  };
});

function listCase(id, filters) {
  def(id, () => {
    const ids = select(filters);
    return {
      n: ids.length,
      numbers: [ids.length],
      facts: { ids, companies: companies(ids) },
      computed: `${SCRIPT} (${id}: ${ids.length} listings match ${JSON.stringify(filters)}: ${companies(ids).join(', ')})`,
    };
  });
}
listCase('h3-006', { place: 'Toronto' });
listCase('h3-007', { level: 'senior', levelNot: 'lead', place: 'Germany' });
def('h3-008', () => {
  const filters = { level: 'lead', postedAfter: '2026-11-15' };
  const ids = select(filters);
  const onDay = select({ level: 'lead' }).filter((x) => LISTINGS[x].postedAt === filters.postedAfter);
  if (onDay.length)
    throw new Error('h3-008: a lead listing is posted on the boundary day; pick another date');
  return {
    n: ids.length,
    numbers: [ids.length],
    facts: { ids, companies: companies(ids) },
    computed: `${SCRIPT} (h3-008: ${ids.length} lead listings with postedAt after 2026-11-15 (none on that day): ${ids.map((x) => `${LISTINGS[x].company} ${LISTINGS[x].postedAt}`).join(', ')})`,
  };
});

def('h3-009', () => {
  const ids = select({ company: 'Xisto Engineering' });
  return {
    n: ids.length,
    numbers: [ids.length],
    facts: {
      ids,
      titles: ids.map((x) => LISTINGS[x].title),
      locations: ids.map((x) => LISTINGS[x].location),
    },
    computed: `${SCRIPT} (h3-009: company Xisto Engineering has ${ids.length} listings: ${ids.map((x) => `${LISTINGS[x].title} [${LISTINGS[x].location}]`).join('; ')})`,
  };
});

def('h3-010', () => {
  const ids = IDS.filter((x) => /stripe/i.test(LISTINGS[x].company));
  const named = IDS.filter((x) => /\bstripe\b/i.test(LISTINGS[x].body));
  return {
    n: ids.length,
    numbers: [ids.length],
    facts: { ids, namedInBody: named },
    computed: `${SCRIPT} (h3-010: ${ids.length} listings whose company is Stripe; the name occurs only as an integration in ${named.join(', ')}, not as an employer)`,
  };
});

def('h3-011', () => {
  const id = 'ardwick-lead-backend-payments-platform';
  const hybrid = bodyHas(id, /Hybrid: three days a week in our Farringdon office/);
  if (!hybrid || KEY[id].remote !== 'hybrid') throw new Error('h3-011: Ardwick is no longer hybrid');
  return {
    numbers: [3],
    facts: { location: LISTINGS[id].location, remote: KEY[id].remote },
    computed: `${SCRIPT} (h3-011: extraction key remote=hybrid; by reading ${id}: "Hybrid: three days a week in our Farringdon office (Tuesday to Thursday)", location ${LISTINGS[id].location}; the premise "fully remote" is wrong)`,
  };
});

def('h3-012', () => {
  const id = 'velloria-lead-backend-model-serving';
  const k = KEY[id];
  return {
    numbers: [k.salary.min, k.salary.max],
    facts: { salary: k.salary, skills: k.skills },
    computed: `${SCRIPT} (h3-012: extraction key of ${id}: ${k.salary.min}-${k.salary.max} ${k.salary.currency}/${k.salary.period}; skills ${k.skills.join(', ')})`,
  };
});

function reqCase(id, filters) {
  def(id, () => {
    const ids = select(filters);
    const top = skillCounts(ids).slice(0, 6);
    const y = yearsStats(ids);
    return {
      n: ids.length,
      numbers: [ids.length, y.median, y.stating, ...top.map((t) => t[1])],
      facts: { ids, top, years: y },
      computed: `${SCRIPT} (${id}: ${ids.length} listings match ${JSON.stringify(filters)}; top skills ${top.map((t) => `${t[0]} ${t[1]}`).join(', ')}; ${y.stating} state years, median ${y.median} (range ${y.min}-${y.max}))`,
    };
  });
}
reqCase('h3-013', { level: 'lead', industry: 'fintech' });
reqCase('h3-014', { level: 'lead', industry: 'health' });

function freqCase(id, filters, skills) {
  def(id, () => {
    const ids = select(filters);
    const counts = skills.map((s) => [s, ids.filter((x) => skillsOf(x).has(canon(s))).length]);
    const pct = counts.map(([, c]) => Math.round((100 * c) / ids.length));
    return {
      n: ids.length,
      numbers: [ids.length, ...counts.map((c) => c[1]), ...pct],
      facts: { counts, pct },
      computed: `${SCRIPT} (${id}: of ${ids.length} listings matching ${JSON.stringify(filters)}, ${counts.map(([s, c], i) => `${s} in ${c} (${pct[i]}%)`).join(', ')}; skills from the extraction key)`,
    };
  });
}
freqCase('h3-015', { level: 'lead' }, ['Kafka']);
freqCase('h3-016', { level: 'lead' }, ['Rust']);
freqCase('h3-017', { level: 'lead' }, ['Go', 'Python']);
freqCase('h3-018', { level: 'lead' }, ['AWS', 'GCP', 'Azure']);

function topCase(id, filters) {
  def(id, () => {
    const ids = select(filters);
    const top = skillCounts(ids).slice(0, 8);
    return {
      n: ids.length,
      numbers: [ids.length, ...top.map((t) => t[1])],
      facts: { top },
      computed: `${SCRIPT} (${id}: ${ids.length} listings match ${JSON.stringify(filters)}; most named skills in the extraction key: ${top.map((t) => `${t[0]} ${t[1]}`).join(', ')})`,
    };
  });
}
topCase('h3-019', { level: 'lead' });
topCase('h3-020', { level: 'principal' });

function yearsCase(id, filters) {
  def(id, () => {
    const ids = select(filters);
    const y = yearsStats(ids);
    return {
      n: ids.length,
      numbers: [ids.length, y.stating, y.median, y.min, y.max],
      facts: y,
      computed: `${SCRIPT} (${id}: ${ids.length} listings match ${JSON.stringify(filters)}; ${y.stating} state a minimum of years; median ${y.median}, range ${y.min}-${y.max})`,
    };
  });
}
yearsCase('h3-021', { level: 'lead' });
yearsCase('h3-022', { level: 'manager' });

def('h3-023', () => {
  const ids = select({ level: 'lead' });
  const yes = ids.filter(
    (x) => bodyHas(x, /visa/i) && !bodyHas(x, /unable to offer visa|can't sponsor|cannot sponsor|no visa/i),
  );
  const no = ids.filter((x) => bodyHas(x, /unable to offer visa|can't sponsor|cannot sponsor|no visa/i));
  return {
    numbers: [yes.length],
    facts: { offer: companies(yes), refuse: companies(no) },
    computed: `${SCRIPT} (h3-023: of ${ids.length} lead listings, ${yes.length} bodies offer visa help: ${companies(yes).join(', ')}; refusing: ${companies(no).join(', ')}; checked by reading each sentence)`,
  };
});

def('h3-024', () => {
  const id = 'orrery-lead-software-engineer-backend-public-services';
  if (!bodyHas(id, /unable to offer visa sponsorship/)) throw new Error('h3-024: Orrery sentence changed');
  return {
    numbers: [],
    facts: {},
    computed: `by reading ${id}: "You must have the right to work in the UK; we are unable to offer visa sponsorship for this role"`,
  };
});

def('h3-033', () => {
  const ids = select({ level: 'lead' });
  const y = yearsStats(ids);
  const atMost6 = y.ys.filter((v) => v <= 6).length;
  const withAll = ids.filter((x) => ['Go', 'PostgreSQL', 'Kafka'].every((s) => skillsOf(x).has(s)));
  return {
    n: ids.length,
    numbers: [ids.length, y.stating, y.median, atMost6, withAll.length],
    facts: { median: y.median, atMost6, withAll: withAll.length },
    computed: `${SCRIPT} (h3-033: ${ids.length} lead listings; ${y.stating} state years, median ${y.median}; ${atMost6} ask 6 or fewer; ${withAll.length} name Go, PostgreSQL and Kafka together)`,
  };
});

def('h3-034', () => {
  const leads = yearsStats(select({ level: 'lead' }));
  const mid = select({ level: 'mid' });
  const my = yearsStats(mid);
  return {
    n: select({ level: 'lead' }).length,
    numbers: [select({ level: 'lead' }).length, leads.min, leads.median, mid.length, my.min, my.median],
    facts: { leadMin: leads.min, leadMedian: leads.median, mid: mid.length, midYears: my },
    computed: `${SCRIPT} (h3-034: lead listings ask at least ${leads.min} years where stated (median ${leads.median}); ${mid.length} mid-level listings ask ${my.min}-${my.max} years (median ${my.median}))`,
  };
});

def('h3-035', () => {
  const ids = IDS.filter((x) => bodyHas(x, /four-day week|4-day week|four day week/i));
  return {
    numbers: [ids.length, 80],
    facts: { ids },
    computed: `${SCRIPT} (h3-035: bodies naming a four-day week: ${ids.join(', ')}; by reading: "a four-day week option after probation at 80% pay")`,
  };
});

def('h3-036', () => {
  const ids = select({ level: 'lead' });
  const b = payBand(ids, 'EUR', 'day');
  return {
    numbers: [b.count, b.median, b.min, b.max],
    facts: b,
    computed: `${SCRIPT} (h3-036: ${b.count} lead listings post a EUR day rate; median midpoint ${b.median}; lowest ${b.min}, highest ${b.max})`,
  };
});

// Descriptive cases keyed by reading a guide (cites and key words only).
const READ = {
  'h3-025':
    'by reading guide-lead-vs-senior-staff-manager, "Engineering Manager vs Lead": the EM is accountable for the people (hiring, performance reviews, careers); the lead for the technology',
  'h3-026':
    'by reading guide-lead-vs-senior-staff-manager, "Staff and Principal vs Lead": staff works across teams, the lead deep in one team',
  'h3-027':
    'by reading guide-what-a-lead-backend-engineer-does, "The split between coding and leading": commonly 30% to 60% hands-on',
  'h3-028':
    'by reading guide-incident-leadership-and-on-call: rotation, primary/secondary, escalation, recognised on-call time; leads coordinate incidents',
  'h3-029':
    'by reading guide-system-design-and-interviews, "The usual interview loop": screen, coding, system design, architecture deep dive, leadership/behavioural',
  'h3-030':
    'by reading guide-system-design-and-interviews, "Sample prompts to practise": rate limiter, trip matching, tamper-evident audit log, feature-flag service, monolith migration',
  'h3-031':
    'by reading guide-career-path, "Where Lead can take you": Staff/Principal, Engineering Manager, Architect, Head of Engineering/CTO, or stay lead',
  'h3-032':
    'by reading guide-career-path, "How to show readiness": ask your manager, keep an evidence file, ask for lead-shaped work',
  'h3-037': 'out of scope: a forecast; the listings are a snapshot with no history',
  'h3-038': 'out of scope: after-tax pay; listings only post gross ranges',
  'h3-039': 'decline: inventing experience',
  'h3-040': 'decline: shaming an employer',
};
// Figures a reader takes from the guide text (checked against it below).
const READ_NUMBERS = { 'h3-027': [30, 60] };
const guideText = (g) => fs.readFileSync(path.join(DATA, 'guides', `${g}.md`), 'utf8');
if (!guideText('guide-what-a-lead-backend-engineer-does').includes('between 30% and 60% hands-on')) {
  throw new Error('h3-027: the guide no longer says "between 30% and 60% hands-on"');
}
for (const [id, text] of Object.entries(READ))
  def(id, () => ({ numbers: READ_NUMBERS[id] ?? [], facts: {}, computed: text }));

// ---------- number normalisation ----------
function numbersIn(s) {
  const out = [];
  const re = /(\d[\d,]*(?:\.\d+)?)\s*(k|million|m|lakh)?\b/gi;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    let v = Number(m[1].replace(/,/g, ''));
    const unit = (m[2] ?? '').toLowerCase();
    if (unit === 'k') v *= 1e3;
    if (unit === 'million' || unit === 'm') v *= 1e6;
    if (unit === 'lakh') v *= 1e5;
    out.push(Math.round(v * 100) / 100);
  }
  return out;
}

// ---------- main ----------
const results = {};
for (const [id, fn] of Object.entries(CASES)) results[id] = fn();

if (!process.argv.includes('--check')) {
  console.log(JSON.stringify(results, null, 1));
  process.exit(0);
}

const INTENTS = new Set(
  'requirements skill_frequency skill_compare top_skills years pay work_mode visa_relocation level_compare duties interview career_path readiness company listing list_companies job_terms out_of_scope decline'.split(
    ' ',
  ),
);
const problems = [];
const lines = fs
  .readFileSync(CASES_FILE, 'utf8')
  .split('\n')
  .filter((l) => l.trim());
const seen = new Set();
lines.forEach((line, i) => {
  let c;
  try {
    c = JSON.parse(line);
  } catch (e) {
    problems.push(`line ${i + 1}: ${e.message}`);
    return;
  }
  const want = `h3-${String(i + 1).padStart(3, '0')}`;
  if (c.id !== want) problems.push(`line ${i + 1}: id ${c.id}, expected ${want}`);
  seen.add(c.id);
  if (!INTENTS.has(c.intent)) problems.push(`${c.id}: unknown intent ${c.intent}`);
  if (!['member', 'mentor', 'admin'].includes(c.asker)) problems.push(`${c.id}: unknown asker ${c.asker}`);
  const r = results[c.id];
  if (!r) {
    problems.push(`${c.id}: no computation`);
    return;
  }
  if (c.computed !== r.computed) problems.push(`${c.id}: computed differs from the script's text`);
  const e = c.expect ?? {};
  if (r.n !== undefined && e.n !== r.n) problems.push(`${c.id}: expect.n ${e.n}, computed ${r.n}`);
  if (r.n === undefined && e.n !== undefined)
    problems.push(`${c.id}: expect.n ${e.n} but the script computes no n`);
  const allowed = new Set(r.numbers.filter((x) => x !== null && x !== undefined).map(Number));
  const strings = [...(e.mentions ?? []), ...(e.anyOf ?? []).flat()];
  for (const s of strings)
    for (const v of numbersIn(s))
      if (!allowed.has(v))
        problems.push(
          `${c.id}: mention "${s}" (${v}) is not among the computed figures ${[...allowed].join(', ')}`,
        );
  for (const d of e.cites ?? [])
    if (!LISTINGS[d] && !fs.existsSync(path.join(DATA, 'guides', `${d}.md`)))
      problems.push(`${c.id}: cites unknown document ${d}`);
});
for (const id of Object.keys(CASES)) if (!seen.has(id)) problems.push(`${id}: computed but not in the JSONL`);
if (lines.length !== 40) problems.push(`${lines.length} cases, expected 40`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`ok: ${lines.length} cases; every expect.n and numeric mention equals the computed figures`);
