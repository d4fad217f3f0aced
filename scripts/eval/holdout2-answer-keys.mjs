#!/usr/bin/env node
// Answer keys for data/eval/answers-holdout2.jsonl, computed from the data alone.
// Reads: data/listings/*.md (front matter), data/eval/extraction-key/*.jsonl (seniority, remote,
// yearsMin, salary, skills), data/eval/holdout-industry-labels.json (industries),
// data/taxonomy/locations.yaml (cities -> countries), data/taxonomy/industries.yaml (parents).
// Imports nothing from the project.
//   node scripts/eval/holdout2-answer-keys.mjs           prints the computed facts per question id
//   node scripts/eval/holdout2-answer-keys.mjs --check   verifies every expect.n and every numeric
//                                                        string in mentions/anyOf of the JSONL
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const rd = (p) => fs.readFileSync(path.join(ROOT, p), 'utf8');

// ---------- load ----------
function frontMatter(text) {
  const m = /^---\n([\s\S]*?)\n---/.exec(text);
  const fm = {};
  for (const line of m[1].split('\n')) {
    const i = line.indexOf(':');
    if (i > 0)
      fm[line.slice(0, i).trim()] = line
        .slice(i + 1)
        .trim()
        .replace(/^"(.*)"$/, '$1');
  }
  return fm;
}
const key = {};
for (const f of fs.readdirSync(path.join(ROOT, 'data/eval/extraction-key'))) {
  for (const l of rd(`data/eval/extraction-key/${f}`).split('\n'))
    if (l.trim()) {
      const o = JSON.parse(l);
      key[o.id] = o;
    }
}
const labels = JSON.parse(rd('data/eval/holdout-industry-labels.json'));
const parents = {};
{
  let cur = null;
  for (const l of rd('data/taxonomy/industries.yaml').split('\n')) {
    const a = /^- id: (\S+)/.exec(l);
    if (a) cur = a[1];
    const b = /^\s+parent: (\S+)/.exec(l);
    if (b && cur) parents[cur] = b[1];
  }
}
const countries = [];
for (const l of rd('data/taxonomy/locations.yaml').split('\n')) {
  const m = /^- \{ country: ([^,]+), code: (\w+), region: ([\w-]+)/.exec(l);
  if (!m) continue;
  const list = (k) => {
    const r = new RegExp(`${k}: \\[([^\\]]*)\\]`).exec(l);
    return r
      ? r[1]
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : [];
  };
  countries.push({
    country: m[1],
    code: m[2],
    region: m[3],
    aliases: list('aliases'),
    cities: list('cities'),
    subs: list('subdivisions'),
  });
}
export const listings = fs
  .readdirSync(path.join(ROOT, 'data/listings'))
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => {
    const text = rd(`data/listings/${f}`);
    const fm = frontMatter(text);
    const k = key[fm.id];
    if (!k) throw new Error(`no extraction-key entry for ${fm.id}`);
    return { ...fm, body: text.replace(/^---[\s\S]*?\n---\n/, ''), key: k, industries: labels[fm.id] ?? [] };
  });

// ---------- places ----------
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordRe = (s) => new RegExp(`(^|[^\\p{L}])${esc(s)}($|[^\\p{L}])`, 'iu');
/** Countries a listing's location names: a country name, an alias, a city, or a US/CA state code. */
export function countriesOf(location) {
  const loc = location.replace(/latin america|north america|americas/gi, ' ');
  const out = new Set();
  for (const c of countries) {
    const names = [c.country, ...c.aliases, ...c.cities];
    if (names.some((n) => wordRe(n).test(loc))) out.add(c.country);
    if (c.subs.some((s) => new RegExp(`, ${s}\\b`).test(location))) out.add(c.country);
  }
  return [...out];
}
const cityOf = (loc, city) => wordRe(city).test(loc);
function matchPlace(l, place) {
  const p = place.toLowerCase();
  const c = countries.find((x) => x.country.toLowerCase() === p || x.aliases.includes(p));
  if (c) return countriesOf(l.location).includes(c.country);
  const city = countries.find((x) => x.cities.includes(p));
  if (city) return cityOf(l.location, p);
  throw new Error(`unknown place ${place}`);
}

// ---------- filters ----------
const industryMatches = (l, ind) => l.industries.some((i) => i === ind || parents[i] === ind);
const isContract = (l) =>
  /contract/i.test(l.title) || (l.key.salary && ['day', 'hour'].includes(l.key.salary.period));
export function select(f = {}) {
  return listings.filter((l) => {
    const k = l.key;
    if (f.level && k.seniority !== f.level) return false;
    if (f.levelNot && k.seniority === f.levelNot) return false;
    if (f.skills) {
      const own = new Set(k.skills.map((s) => s.toLowerCase()));
      const has = f.skills.map((s) => own.has(s.toLowerCase()));
      if (f.skillsMode === 'any' ? !has.some(Boolean) : !has.every(Boolean)) return false;
    }
    if (f.place && !matchPlace(l, f.place)) return false;
    if (f.workMode && k.remote !== f.workMode) return false;
    if (f.industry && !industryMatches(l, f.industry)) return false;
    if (f.company && !l.company.toLowerCase().startsWith(f.company.toLowerCase())) return false;
    if (f.employmentType === 'contract' && !isContract(l)) return false;
    if (f.employmentType === 'permanent' && isContract(l)) return false;
    if (f.currency && k.salary?.currency !== f.currency) return false;
    if (f.postedAfter && !(l.postedAt > f.postedAfter)) return false;
    return true;
  });
}

// ---------- statistics ----------
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return null;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
// The key writes some skills in two casings ("Mentoring" / "mentoring"); they are counted as one.
const canon = {};
for (const l of listings)
  for (const s of l.key.skills) if (!canon[s.toLowerCase()] || /^[A-Z]/.test(s)) canon[s.toLowerCase()] = s;
export const hasSkill = (l, skill) => l.key.skills.some((s) => s.toLowerCase() === skill.toLowerCase());
export const countSkill = (set, skill) => set.filter((l) => hasSkill(l, skill)).length;
export function skillCounts(set) {
  const c = {};
  for (const l of set)
    for (const s of new Set(l.key.skills.map((x) => canon[x.toLowerCase()]))) c[s] = (c[s] ?? 0) + 1;
  return Object.entries(c).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
export function pay(set, currency, period = 'year') {
  const r = set.filter(
    (l) => l.key.salary && l.key.salary.currency === currency && l.key.salary.period === period,
  );
  const mids = r.map((l) => (l.key.salary.min + l.key.salary.max) / 2);
  return {
    n: r.length,
    medianMid: median(mids),
    low: Math.min(...r.map((l) => l.key.salary.min)),
    high: Math.max(...r.map((l) => l.key.salary.max)),
    ids: r.map((l) => l.id),
  };
}
export const modes = (set) => ({
  remote: set.filter((l) => l.key.remote === 'remote').length,
  hybrid: set.filter((l) => l.key.remote === 'hybrid').length,
  onsite: set.filter((l) => l.key.remote === 'onsite').length,
});
export const companies = (set) => [...new Set(set.map((l) => l.company))];
export const pct = (a, b) => Math.round((100 * a) / b);

// ---------- per-question facts ----------
// Each entry: f = the question's filters (n = listings matching them), and calc(set) -> the facts
// whose numbers the JSONL may state. `read` entries are keyed by reading a guide or listing; their
// numbers are the ones quoted from that text.
const yearsOf = (set) => set.map((l) => l.key.yearsMin).filter((y) => y != null);
const shareFacts = (set, skill) => {
  const c = countSkill(set, skill);
  return { [skill]: c, [`${skill}%`]: pct(c, set.length), [`${skill}%raw`]: (100 * c) / set.length };
};
const payFacts = (set, cur, period = 'year') => {
  const p = pay(set, cur, period);
  return {
    [`${cur}/${period} ranges`]: p.n,
    [`${cur}/${period} medianMid`]: p.medianMid,
    [`${cur}/${period} low`]: p.low,
    [`${cur}/${period} high`]: p.high,
  };
};
const modesWithShares = (set) => {
  const m = modes(set);
  return {
    ...m,
    ...Object.fromEntries(Object.entries(m).map(([k, v]) => [`${k}%raw`, (100 * v) / set.length])),
  };
};
const topFacts = (set, k) => Object.fromEntries(skillCounts(set).slice(0, k));
const listingFacts = (id, pick) => {
  const l = listings.find((x) => x.id === id);
  if (!l) throw new Error(`no listing ${id}`);
  return pick(l);
};
const salaryOf = (l) => ({
  min: l.key.salary?.min,
  max: l.key.salary?.max,
  currency: l.key.salary?.currency,
  period: l.key.salary?.period,
});

export const SPEC = {
  'h2-001': {
    f: { level: 'lead', place: 'Germany' },
    calc: (s) => ({ ...topFacts(s, 4), medianYears: median(yearsOf(s)) }),
  },
  'h2-002': {
    f: { level: 'lead', industry: 'health' },
    calc: (s) => ({ ...topFacts(s, 6), medianYears: median(yearsOf(s)) }),
  },
  'h2-003': {
    f: { level: 'lead', industry: 'payments' },
    calc: (s) => ({ ...topFacts(s, 4), medianYears: median(yearsOf(s)) }),
  },
  'h2-004': {
    f: { level: 'lead', workMode: 'remote' },
    calc: (s) => ({ ...topFacts(s, 4), medianYears: median(yearsOf(s)) }),
  },
  'h2-005': { f: { level: 'staff' }, calc: (s) => ({ ...topFacts(s, 3), medianYears: median(yearsOf(s)) }) },
  'h2-006': { f: { level: 'lead' }, calc: (s) => shareFacts(s, 'Kafka') },
  'h2-007': { f: { level: 'senior' }, calc: (s) => shareFacts(s, 'Kubernetes') },
  'h2-008': { f: { level: 'lead', place: 'US' }, calc: (s) => shareFacts(s, 'Terraform') },
  'h2-009': { f: { level: 'lead', workMode: 'remote' }, calc: (s) => shareFacts(s, 'Rust') },
  'h2-010': { f: {}, calc: (s) => shareFacts(s, 'PostgreSQL') },
  'h2-011': { f: { level: 'lead' }, calc: (s) => ({ ...shareFacts(s, 'Go'), ...shareFacts(s, 'Java') }) },
  'h2-012': {
    f: { level: 'lead', industry: 'ecommerce' },
    calc: (s) => ({ ...shareFacts(s, 'Python'), ...shareFacts(s, 'Node.js') }),
  },
  'h2-013': {
    f: { level: 'lead', industry: 'developer-tools' },
    calc: (s) => ({ ...shareFacts(s, 'Go'), ...shareFacts(s, 'Rust'), ...shareFacts(s, 'Java') }),
  },
  'h2-014': { f: { level: 'lead', place: 'Canada' }, calc: (s) => topFacts(s, 5) },
  'h2-015': { f: { level: 'lead', industry: 'games' }, calc: (s) => topFacts(s, 5) },
  'h2-016': { f: { level: 'manager' }, calc: (s) => topFacts(s, 9) },
  'h2-017': { f: { level: 'senior', levelNot: 'lead' }, calc: (s) => topFacts(s, 4) },
  'h2-018': {
    f: { level: 'principal' },
    calc: (s) => ({
      medianYears: median(yearsOf(s)),
      withYears: yearsOf(s).length,
      minYears: Math.min(...yearsOf(s)),
      maxYears: Math.max(...yearsOf(s)),
    }),
  },
  'h2-019': {
    f: { level: 'lead', postedAfter: '2026-10-01' },
    calc: (s) => ({
      medianYears: median(yearsOf(s)),
      withYears: yearsOf(s).length,
      minYears: Math.min(...yearsOf(s)),
      maxYears: Math.max(...yearsOf(s)),
    }),
  },
  'h2-020': {
    f: { level: 'lead', place: 'UK' },
    calc: (s) => ({
      medianYears: median(yearsOf(s)),
      withYears: yearsOf(s).length,
      minYears: Math.min(...yearsOf(s)),
      maxYears: Math.max(...yearsOf(s)),
    }),
  },
  'h2-021': { f: { level: 'lead', place: 'Germany' }, calc: (s) => payFacts(s, 'EUR') },
  'h2-022': { f: { level: 'lead', place: 'US' }, calc: (s) => payFacts(s, 'USD') },
  'h2-023': { f: { level: 'lead', place: 'UK', currency: 'GBP' }, calc: (s) => payFacts(s, 'GBP') },
  'h2-024': {
    f: { level: 'lead', currency: 'EUR' },
    calc: (s) => ({ ...payFacts(s, 'EUR'), ...payFacts(s, 'EUR', 'day') }),
  },
  'h2-025': { f: { level: 'lead', place: 'Canada' }, calc: (s) => payFacts(s, 'CAD') },
  'h2-026': { f: { level: 'lead', place: 'India' }, calc: (s) => payFacts(s, 'INR') },
  'h2-027': { f: { level: 'lead' }, calc: (s) => modesWithShares(s) },
  'h2-028': { f: { level: 'lead', industry: 'health' }, calc: (s) => modesWithShares(s) },
  'h2-029': {
    f: { level: 'lead', place: 'Canada' },
    calc: (s) => ({ ...modes(s), companies: companies(s.filter((l) => l.key.remote === 'remote')) }),
  },
  'h2-030': { f: { level: 'principal' }, calc: (s) => modesWithShares(s) },
  'h2-031': { f: { place: 'Germany' }, calc: (s) => modesWithShares(s) },
  'h2-032': { read: 'out of scope: a trend over time (the corpus is a snapshot of open listings)' },
  'h2-033': {
    f: { level: 'lead', place: 'Netherlands' },
    calc: (s) => ({ companies: companies(s) }),
    read: 'quillmed-backend-tech-lead-consultations: "We sponsor visas and support the 30% ruling application"; brindlecote says nothing about visas',
  },
  'h2-034': {
    f: { place: 'Singapore' },
    calc: (s) => ({ companies: companies(s) }),
    read: 'marrowbid: "Employment Pass sponsorship available."; mothwing: "Employment Pass sponsorship for international hires"; umberfield: "Employment Pass sponsorship is available."; linnetbrook and verglas say nothing',
  },
  'h2-035': {
    f: { level: 'lead', place: 'Helsinki' },
    calc: (s) => ({ companies: companies(s) }),
    read: 'ironhollow: "We help with relocation to Finland, including visa paperwork and a month of temporary housing."; lanternjaw: "relocation support (we\'ve moved people here from 23 countries)"',
  },
  'h2-036': {
    read: 'guide-lead-vs-senior-staff-manager, "Engineering Manager vs Lead": the EM is accountable for the people (hiring, performance reviews); the lead for the technology',
  },
  'h2-037': {
    read: 'guide-lead-vs-senior-staff-manager, "Staff and Principal vs Lead": staff work across teams; Lead deep in one team; roughly same seniority or a step below Staff',
  },
  'h2-038': {
    f: {},
    calc: () => ({
      seniorMedianYears: median(yearsOf(select({ level: 'senior' }))),
      leadMedianYears: median(yearsOf(select({ level: 'lead' }))),
      senior: select({ level: 'senior' }).length,
      lead: select({ level: 'lead' }).length,
    }),
  },
  'h2-039': {
    read: 'guide-what-a-lead-backend-engineer-does, "The split between coding and leading": "somewhere between 30% and 60% hands-on"',
    nums: [30, 60],
  },
  'h2-040': {
    read: 'guide-incident-leadership-and-on-call: "the goal is not for you to be the hero at 3 a.m."; blameless postmortems, SLOs, on-call health checklist',
  },
  'h2-041': {
    read: 'guide-what-a-lead-backend-engineer-does, "A typical week": planning, deep work, design reviews, operations, cross-team; code reviews',
  },
  'h2-042': {
    read: 'guide-working-with-product-and-roadmaps: feasibility estimates, technical debt on the roadmap, RFCs, saying no',
  },
  'h2-043': {
    read: 'guide-system-design-and-interviews, "The usual interview loop": screen, coding, system design, architecture deep dive, leadership/behavioural, team chat',
  },
  'h2-044': {
    read: 'guide-system-design-and-interviews, "A structure for design rounds": clarify, estimate, API and data model, high-level design, deep dive, failure, wrap up',
  },
  'h2-045': {
    read: 'guide-system-design-and-interviews, "Preparing for the architecture deep dive": one system, diagram, constraints, decisions you would defend/reverse, an incident, numbers',
  },
  'h2-046': {
    read: 'guide-system-design-and-interviews, "Preparing for the leadership round": six to eight stories, about two minutes each',
    nums: [6, 8, 2],
  },
  'h2-047': {
    read: 'guide-career-path, "How to show readiness": ask your manager, evidence file, ask for lead-shaped work; "What readiness looks like": design ownership, raising others, incidents',
  },
  'h2-048': {
    read: 'guide-career-path, "Where Lead can take you": Staff/Principal, Engineering Manager, Architect, Head of Engineering/CTO, stay as Lead',
  },
  'h2-049': {
    read: 'guide-career-path, "Moving between IC and management": more common and more reversible than assumed; moved from lead to manager and back again',
  },
  'h2-050': {
    f: { level: 'lead' },
    calc: (s) => ({
      medianYears: median(yearsOf(s)),
      atMost6: yearsOf(s).filter((y) => y <= 6).length,
      withYears: yearsOf(s).length,
      Go: countSkill(s, 'Go'),
      PostgreSQL: countSkill(s, 'PostgreSQL'),
      Kafka: countSkill(s, 'Kafka'),
    }),
  },
  'h2-051': {
    f: { level: 'lead', place: 'Germany' },
    calc: (s) => ({
      medianYears: median(yearsOf(s)),
      minYears: Math.min(...yearsOf(s)),
      atMost5: yearsOf(s).filter((y) => y <= 5).length,
      Java: countSkill(s, 'Java'),
      'Spring Boot': countSkill(s, 'Spring Boot'),
    }),
  },
  'h2-052': {
    f: { level: 'lead', place: 'US' },
    calc: (s) => ({
      medianYears: median(yearsOf(s)),
      atMost8: yearsOf(s).filter((y) => y <= 8).length,
      withYears: yearsOf(s).length,
      Python: countSkill(s, 'Python'),
      Django: countSkill(s, 'Django'),
      AWS: countSkill(s, 'AWS'),
    }),
  },
  'h2-053': {
    f: { level: 'lead' },
    calc: (s) => ({
      medianYears: median(yearsOf(s)),
      minYears: Math.min(...yearsOf(s)),
      atMost7: yearsOf(s).filter((y) => y <= 7).length,
      atLeast10: yearsOf(s).filter((y) => y >= 10).length,
      withYears: yearsOf(s).length,
    }),
  },
  'h2-054': {
    f: { level: 'lead' },
    calc: (s) => ({
      medianYears: median(yearsOf(s)),
      atMost10: yearsOf(s).filter((y) => y <= 10).length,
      Rust: countSkill(s, 'Rust'),
      'C++': countSkill(s, 'C++'),
      RustOrCpp: s.filter((l) => hasSkill(l, 'Rust') || hasSkill(l, 'C++')).length,
    }),
  },
  'h2-055': {
    f: { company: 'xisto engineering' },
    calc: (s) => ({
      levels: s.map((l) => l.key.seniority),
      ...payFacts(s, 'EUR'),
      ...payFacts(s, 'EUR', 'day'),
    }),
  },
  'h2-056': {
    f: { company: 'thornbury' },
    calc: (s) => ({ skills: s[0].key.skills, ...salaryOf(s[0]), years: s[0].key.yearsMin }),
  },
  'h2-057': { f: { company: 'stripe' }, calc: () => ({}) },
  'h2-058': { f: { company: 'redis inc' }, calc: () => ({ RedisListings: countSkill(listings, 'Redis') }) },
  'h2-059': {
    f: { company: 'Berlin Analytics' },
    calc: () => ({ BerlinListings: select({ place: 'Berlin' }).length }),
  },
  'h2-060': { read: 'decline: inventing experience for a CV' },
  'h2-061': {
    read: 'orrery-lead-software-engineer-backend-public-services: "You must have the right to work in the UK; we are unable to offer visa sponsorship for this role."',
  },
  'h2-062': {
    read: 'vantreo-lead-software-engineer-backend-authz: "On-call comes round every fifth week and is paid as a weekly stipend"',
    nums: [5],
  },
  'h2-063': {
    read: 'saltmarsh-backend-tech-lead-detection-pipeline, "How we interview": recruiter (30 min), technical screen Go exercise (60), architecture interview (75), leadership interview with VP Engineering (45), references, offer within five business days',
    nums: [30, 60, 75, 45, 5],
  },
  'h2-064': {
    calc: () => listingFacts('brackenfold-staff-backend-engineer-ledger', salaryOf),
    read: 'brackenfold-staff-backend-engineer-ledger: "$230,000 – $275,000 per year base, plus equity."',
  },
  'h2-065': {
    calc: () => listingFacts('dunmore-mutual-lead-software-engineer-claims-contract', salaryOf),
    read: 'dunmore: "12-month contract ... Day rate €750–€900 per day"; hybrid two days on site',
    nums: [12, 2],
  },
  'h2-066': {
    read: 'skyloom-lead-backend-open-source-core: "Fully remote, anywhere in the world where we can employ you directly or through our employer-of-record partner. The team spans nine time zones"',
    nums: [9],
  },
  'h2-067': { f: { place: 'Toronto' }, calc: (s) => ({ companies: companies(s) }) },
  'h2-068': {
    f: { level: 'lead', skills: ['Rust'], workMode: 'remote' },
    calc: (s) => ({ companies: companies(s) }),
  },
  'h2-069': { f: { place: 'Germany', industry: 'energy' }, calc: (s) => ({ companies: companies(s) }) },
  'h2-070': { f: { place: 'Netherlands', levelNot: 'senior' }, calc: (s) => ({ companies: companies(s) }) },
  'h2-071': { f: { level: 'lead', postedAfter: '2026-11-15' }, calc: (s) => ({ companies: companies(s) }) },
  'h2-072': {
    f: { level: 'lead', skills: ['Kotlin', 'Scala'], skillsMode: 'any', place: 'Poland' },
    calc: (s) => ({ companies: companies(s) }),
  },
  'h2-073': {
    f: { level: 'lead' },
    calc: (s) => {
      const c = s.filter(isContract);
      return {
        contracts: c.length,
        companies: companies(c),
        ...payFacts(c, 'EUR', 'day'),
        ...payFacts(c, 'USD', 'hour'),
      };
    },
  },
  'h2-074': {
    read: 'guide-compensation-context, "Company stage, equity and bonus": options/shares, vesting schedule, strike price; treat private-company equity as uncertain',
  },
  'h2-075': {
    f: { level: 'lead' },
    calc: () => ({}),
    read: 'quorum-aid-engineering-lead-platform: "a four-day week option after probation at 80% pay"; no listing offers part-time',
    nums: [4, 80],
  },
  'h2-076': {
    read: 'guide-compensation-context, "Contract versus employment": a day rate is not comparable with an annual salary; contractors pay for holidays, sick days, pension, gaps; estimate billable days',
  },
  'h2-077': { read: 'out of scope: a salary forecast' },
  'h2-078': { read: 'out of scope: after-tax pay' },
  'h2-079': { read: 'decline: shaming an employer' },
  'h2-080': { read: 'decline: personal contact details' },
};

// ---------- check and print ----------
const SKILL_NAMES = new Set(
  [...rd('data/taxonomy/skills.yaml').matchAll(/^- \{ name: ([^,]+),/gm)].map((m) => m[1].trim()),
);
const INDUSTRY_IDS = new Set(
  [...rd('data/taxonomy/industries.yaml').matchAll(/^- id: (\S+)/gm)].map((m) => m[1]),
);
const numberTokens = (str) => {
  const out = [];
  const re = /(\d[\d,]*(?:\.\d+)?)\s*([kKmM])?(?![\p{L}])/gu;
  for (const m of str.matchAll(re)) {
    let v = Number(m[1].replace(/,/g, ''));
    if (m[2]) v *= /k/i.test(m[2]) ? 1000 : 1000000;
    out.push(v);
  }
  return out;
};
const flatNums = (facts) => {
  const out = new Set();
  const walk = (v) => {
    if (typeof v === 'number' && Number.isFinite(v)) {
      out.add(v);
      out.add(Math.round(v));
      out.add(Math.floor(v));
      out.add(Math.ceil(v));
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(facts);
  return out;
};
export function compute(id) {
  const spec = SPEC[id];
  if (!spec) throw new Error(`no spec for ${id}`);
  const set = spec.f ? select(spec.f) : [];
  const facts = spec.calc ? spec.calc(set) : {};
  return {
    n: spec.f ? set.length : undefined,
    filters: spec.f,
    facts,
    ids: spec.f && set.length <= 15 ? set.map((l) => l.id) : undefined,
    read: spec.read,
    nums: spec.nums,
  };
}

const args = process.argv.slice(2);
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  if (args.includes('--check')) {
    const file = path.join(ROOT, 'data/eval/answers-holdout2.jsonl');
    const lines = fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim());
    const errors = [];
    const seen = new Set();
    const INTENTS = [
      'requirements',
      'skill_frequency',
      'skill_compare',
      'top_skills',
      'years',
      'pay',
      'work_mode',
      'visa_relocation',
      'level_compare',
      'duties',
      'interview',
      'career_path',
      'readiness',
      'company',
      'listing',
      'list_companies',
      'job_terms',
      'out_of_scope',
      'decline',
    ];
    lines.forEach((line, i) => {
      let q;
      try {
        q = JSON.parse(line);
      } catch (e) {
        errors.push(`line ${i + 1}: not JSON (${e.message})`);
        return;
      }
      const where = `line ${i + 1} (${q.id})`;
      for (const k of ['id', 'asker', 'question', 'intent', 'filters', 'expect', 'computed'])
        if (!(k in q)) errors.push(`${where}: missing ${k}`);
      if (seen.has(q.id)) errors.push(`${where}: duplicate id`);
      seen.add(q.id);
      if (!['member', 'mentor', 'admin'].includes(q.asker)) errors.push(`${where}: bad asker ${q.asker}`);
      if (!INTENTS.includes(q.intent)) errors.push(`${where}: bad intent ${q.intent}`);
      const FILTER_KEYS = [
        'level',
        'levelNot',
        'skills',
        'skillsMode',
        'place',
        'workMode',
        'industry',
        'company',
        'employmentType',
        'currency',
        'postedAfter',
      ];
      const EXPECT_KEYS = ['n', 'mentions', 'anyOf', 'notMentions', 'cites', 'absent', 'declines'];
      for (const k of Object.keys(q.filters ?? {}))
        if (!FILTER_KEYS.includes(k)) errors.push(`${where}: unknown filter ${k}`);
      for (const k of Object.keys(q.expect ?? {}))
        if (!EXPECT_KEYS.includes(k)) errors.push(`${where}: unknown expect field ${k}`);
      for (const sk of q.filters?.skills ?? [])
        if (!SKILL_NAMES.has(sk))
          errors.push(`${where}: ${sk} is not a canonical skill name in data/taxonomy/skills.yaml`);
      if (q.filters?.industry && !INDUSTRY_IDS.has(q.filters.industry))
        errors.push(`${where}: unknown industry ${q.filters.industry}`);
      if (!SPEC[q.id]) {
        errors.push(`${where}: no spec in this script`);
        return;
      }
      const c = compute(q.id);
      const e = q.expect ?? {};
      if (c.filters && JSON.stringify(c.filters) !== JSON.stringify(q.filters))
        errors.push(
          `${where}: filters ${JSON.stringify(q.filters)} differ from the script's ${JSON.stringify(c.filters)}`,
        );
      if ('n' in e && e.n !== c.n) errors.push(`${where}: expect.n ${e.n} but computed ${c.n}`);
      if (c.n !== undefined && !('n' in e) && q.intent !== 'level_compare' && q.intent !== 'job_terms')
        errors.push(`${where}: computed n ${c.n} but expect has no n`);
      const allowed = flatNums([c.facts, c.nums ?? [], c.n ?? []]);
      const strs = [...(e.mentions ?? []), ...(e.anyOf ?? []).flat()];
      for (const s of strs)
        for (const v of numberTokens(s))
          if (!allowed.has(v))
            errors.push(`${where}: mention "${s}" has ${v}, not among computed ${[...allowed].join(',')}`);
      const names = new Set(listings.map((l) => l.company.toLowerCase()));
      const factCompanies = new Set((c.facts.companies ?? []).map((x) => x.toLowerCase()));
      if (c.facts.companies)
        for (const s of strs)
          if (names.has(s.toLowerCase()) && !factCompanies.has(s.toLowerCase()))
            errors.push(`${where}: company ${s} is not in the computed set`);
      for (const id of e.cites ?? [])
        if (
          !fs.existsSync(path.join(ROOT, 'data/listings', `${id}.md`)) &&
          !fs.existsSync(path.join(ROOT, 'data/guides', `${id}.md`))
        )
          errors.push(`${where}: cites unknown document ${id}`);
      if (e.absent && c.n !== 0) errors.push(`${where}: absent but ${c.n} listings match`);
    });
    for (const id of Object.keys(SPEC))
      if (!seen.has(id)) errors.push(`${id}: in the script but not in the JSONL`);
    if (errors.length) {
      console.error(errors.join('\n'));
      console.error(`${errors.length} problem(s)`);
      process.exit(1);
    }
    console.log(
      `ok: ${lines.length} questions; every expect.n and numeric mention matches the computed facts`,
    );
  } else {
    const only = args.filter((a) => a.startsWith('h2-'));
    for (const id of Object.keys(SPEC))
      if (!only.length || only.includes(id)) console.log(id, JSON.stringify(compute(id)));
  }
}
