#!/usr/bin/env node
// holdout6-answer-keys.mjs: answer keys for data/eval/answers-holdout6.jsonl (80 questions, ids h6-001…h6-080).
// Written by an outside author from the data only (listings, guides, taxonomy, extraction key, industry key);
// nothing under src/, test/, docs/ or other eval sets was read.
//
//   node scripts/eval/holdout6-answer-keys.mjs          writes the JSONL
//   node scripts/eval/holdout6-answer-keys.mjs --check  recomputes; exit 1 when the file on disk differs
//
// CONVENTIONS (applied to every counted expectation)
//  1. Universe: the 162 files in data/listings. Facts per listing come from data/eval/extraction-key/*.jsonl:
//     level = `seniority`, work mode = `remote` (remote|hybrid|onsite), years = `yearsMin` (null = not stated,
//     left out of year statistics), pay = `salary` (null = no posted pay).
//  2. Skills: each extraction-key skill is mapped to its canonical name in data/taxonomy/skills.yaml (by name or
//     alias, case-insensitive, "-" "/" read as spaces; `exact` aliases by case) and `implies` is followed
//     (EKS counts as Kubernetes and AWS). Unmapped strings (e.g. "Agones") are kept out of counts. Where an
//     implied skill changes a count, the question accepts both numbers through anyOf.
//  3. Industry: data/eval/industry-key.json plus parents from industries.yaml ("fintech" includes payments,
//     banking, lending, wealth, crypto).
//  4. Place: a listing is "in" a country or city when any ';'-part of its front-matter `location` names it (city,
//     country name/alias, US state code; "Remote (UK)" counts for the UK; an optional office/HQ city named in the
//     line also counts). Regions: a listing is in Europe when a named country is in Europe or a remote scope says
//     EU/Europe/EMEA/Nordics/CET; pure time-zone scopes ("Remote (UTC±3)") and "Remote (worldwide)" belong to
//     no region. "US" = United States only (not "Americas").
//  5. Pay: quoted exactly as posted, in the listing's own currency and period; never converted. Ranges are
//     compared only within one currency+period. "Median" = median of range midpoints ((min+max)/2) in one
//     currency+period group (mean of the two middle values for an even count). Expected pay mentions are the
//     lowest posted minimum and the highest posted maximum, which a correct answer must show.
//  6. Employment type: contract = the title says contract, or pay is a day/hourly rate, or the listing offers a
//     B2B/contractor engagement only (Corvenna Pay); all others permanent. No listing is part-time.
//  7. postedAfter: front-matter postedAt strictly after the date.
//  8. n = the number of listings matching all stated filters; set only where the answer should state a count.
//     Top-k skill lists keep only skills whose count is strictly above the (k+1)th (ties never decide a key) and
//     that are top-k both with and without `implies` (a family like Observability is never required that way).
//  9. Descriptive keys (guides, one listing's text, visa/on-call/interview wording) were read by hand; they are
//     held literally below with the source file named in `computed`.
// 10. Company-name mentions use the first word of the company name, so "Quartier" matches
//     "Quartier Digital GmbH" and "Aster" matches "Aster & Quill Seguros".

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const D = (p) => path.join(ROOT, 'data', p);
const OUT = D('eval/answers-holdout6.jsonl');
const SCRIPT = 'holdout6-answer-keys.mjs';
// ---------- taxonomy ----------
function listIn(line, key) {
  const m = line.match(new RegExp(`\\b${key}: \\[([^\\]]*)\\]`));
  if (!m) return [];
  return m[1]
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
function loadSkills() {
  const out = [];
  for (const line of fs.readFileSync(D('taxonomy/skills.yaml'), 'utf8').split('\n')) {
    if (!line.startsWith('- {')) continue;
    const name = line.match(/name: ([^,]+),/)[1].trim();
    const kind = line.match(/kind: (\w+)/)[1];
    out.push({
      name,
      kind,
      aliases: listIn(line, 'aliases'),
      exact: listIn(line, 'exact'),
      implies: listIn(line, 'implies'),
    });
  }
  return out;
}
const norm = (s) => s.toLowerCase().replace(/[-/_]/g, ' ').replace(/\s+/g, ' ').trim();
function skillCanon(skills) {
  const byKey = new Map();
  const byExact = new Map();
  for (const s of skills) {
    byKey.set(norm(s.name), s);
    for (const a of s.aliases) if (!byKey.has(norm(a))) byKey.set(norm(a), s);
    for (const e of s.exact) byExact.set(e, s);
  }
  return (raw) => byExact.get(raw) || byKey.get(norm(raw)) || null;
}

function loadIndustries() {
  const out = {};
  let cur = null;
  for (const line of fs.readFileSync(D('taxonomy/industries.yaml'), 'utf8').split('\n')) {
    let m;
    if ((m = line.match(/^- id: (\S+)/))) {
      cur = { id: m[1], parent: null };
      out[cur.id] = cur;
    } else if (cur && (m = line.match(/^\s+parent: (\S+)/))) cur.parent = m[1];
    else if (cur && (m = line.match(/^\s+label: (.+)$/))) cur.label = m[1].trim();
  }
  return out;
}

function loadLocations() {
  const out = [];
  for (const line of fs.readFileSync(D('taxonomy/locations.yaml'), 'utf8').split('\n')) {
    if (!line.startsWith('- {')) continue;
    const country = line.match(/country: ([^,]+),/)[1].trim();
    const code = line.match(/code: (\w+)/)[1];
    const region = line.match(/region: ([\w-]+)/)[1];
    const eu = /eu: true/.test(line);
    out.push({
      country,
      code,
      region,
      eu,
      aliases: listIn(line, 'aliases'),
      cities: listIn(line, 'cities'),
      subdivisions: listIn(line, 'subdivisions'),
    });
  }
  return out;
}

// ---------- listings ----------
function loadListings() {
  const dir = D('listings');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const txt = fs.readFileSync(path.join(dir, f), 'utf8');
      const m = txt.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
      const fm = {};
      for (const l of m[1].split('\n')) {
        const i = l.indexOf(':');
        fm[l.slice(0, i).trim()] = l
          .slice(i + 1)
          .trim()
          .replace(/^"(.*)"$/, '$1');
      }
      return { ...fm, file: f, body: m[2] };
    });
}
function loadExtractionKey() {
  const dir = D('eval/extraction-key');
  const out = {};
  for (const f of fs.readdirSync(dir).sort()) {
    for (const l of fs.readFileSync(path.join(dir, f), 'utf8').split('\n')) {
      if (!l.trim()) continue;
      const o = JSON.parse(l);
      out[o.id] = o;
    }
  }
  return out;
}
function loadIndustryKey() {
  return JSON.parse(fs.readFileSync(D('eval/industry-key.json'), 'utf8'));
}

// ---------- model ----------
// Listings that offer only a B2B/contractor engagement without saying "contract" in the title or quoting a day
// or hourly rate (read by hand: "CONTRACT: B2B, long-term"). Ulmstead (B2B or UoP) and Zatyshok (contractor or
// employer of record) offer employment too and stay permanent.
const CONTRACT_ONLY = new Set(['corvenna-lead-java-engineer-card-issuing']);
const strip = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
function buildModel() {
  const skills = loadSkills();
  const canon = skillCanon(skills);
  const implies = new Map(skills.map((s) => [s.name, s.implies]));
  const inds = loadIndustries();
  const locs = loadLocations();
  const key = loadExtractionKey();
  const ikey = loadIndustryKey();
  const unknownSkills = new Map();
  const recs = loadListings().map((l) => {
    const k = key[l.id];
    if (!k) throw new Error('no extraction key for ' + l.id);
    const set = new Set();
    const add = (n) => {
      if (set.has(n)) return;
      set.add(n);
      for (const i of implies.get(n) || []) add(i);
    };
    for (const raw of k.skills) {
      const c = canon(raw);
      if (c) add(c.name);
      else {
        unknownSkills.set(raw, (unknownSkills.get(raw) || 0) + 1);
      }
    }
    const direct = new Set(k.skills.map((raw) => canon(raw)?.name).filter(Boolean));
    const industries = new Set();
    for (const i of ikey[l.id] || []) {
      industries.add(i);
      if (inds[i]?.parent) industries.add(inds[i].parent);
    }
    // place
    const countries = new Set();
    const remoteScopes = [];
    for (let part of l.location.split(';')) {
      part = part.trim();
      const rm = part.match(/^Remote \((.*)\)$/);
      const text = strip(part);
      if (rm) remoteScopes.push(rm[1]);
      for (const c of locs) {
        const names = [c.country, ...c.aliases].map(strip);
        const toks = text
          .split(/[,()—–;/]| or /)
          .map((t) => t.trim())
          .filter(Boolean);
        let hit = toks.some(
          (t) =>
            names.includes(t) ||
            c.cities.map(strip).includes(t) ||
            names.some(
              (n) =>
                n.length > 3 &&
                new RegExp(`\\b${n.replace(/\./g, '\\.')}\\b`).test(t) &&
                !(n === 'america' && /latin america/.test(t)),
            ) ||
            c.cities.map(strip).some((ci) => ci.length > 3 && new RegExp(`\\b${ci}\\b`).test(t)),
        );
        if (!hit && c.subdivisions.length) {
          const m = part.match(/^[^,]+, ([A-Z]{2})\b/);
          if (m && c.subdivisions.includes(m[1]) && !(c.code === 'US' && /canada/i.test(part))) hit = true;
        }
        if (hit) countries.add(c.code);
      }
    }
    // a remote part whose scope is a country counts for that country (handled above by the token test)
    const regions = new Set();
    for (const code of countries) regions.add(locs.find((c) => c.code === code).region);
    for (const sc of remoteScopes) {
      if (/\b(EU|Europe|EMEA|Nordics|CET)\b/.test(sc)) regions.add('europe');
      if (/\b(Americas)\b/.test(sc)) {
        regions.add('north-america');
        regions.add('latin-america');
      }
      if (/Latin America|LatAm/.test(sc)) regions.add('latin-america');
      if (/APAC/.test(sc)) regions.add('asia-pacific');
      if (/worldwide/.test(sc)) regions.add('worldwide');
    }
    const s = k.salary;
    const contract =
      /contract/i.test(l.title) ||
      (s && (s.period === 'day' || s.period === 'hour')) ||
      CONTRACT_ONLY.has(l.id);
    return {
      id: l.id,
      title: l.title,
      company: l.company,
      location: l.location,
      postedAt: l.postedAt,
      body: l.body,
      level: k.seniority,
      mode: k.remote,
      yearsMin: k.yearsMin,
      salary: s,
      rawSkills: k.skills,
      skills: set,
      direct,
      industries,
      countries,
      regions,
      remoteScopes,
      employmentType: contract ? 'contract' : 'permanent',
    };
  });
  return { recs, skills, canon, inds, locs, unknownSkills };
}

// ---------- selection ----------
const REGION_WORDS = {
  europe: 'europe',
  africa: 'africa',
  asia: 'asia-pacific',
  apac: 'asia-pacific',
  'latin america': 'latin-america',
  latam: 'latin-america',
  'north america': 'north-america',
};
function placeTest(M, place) {
  const p = strip(place);
  if (REGION_WORDS[p]) return (r) => r.regions.has(REGION_WORDS[p]);
  for (const c of M.locs)
    if ([c.country, ...c.aliases, c.code].map(strip).includes(p)) return (r) => r.countries.has(c.code);
  for (const c of M.locs) if (c.cities.map(strip).includes(p)) return (r) => strip(r.location).includes(p);
  throw new Error('unknown place ' + place);
}
function sel(M, f = {}) {
  let rs = M.recs;
  if (f.level) rs = rs.filter((r) => r.level === f.level);
  if (f.levelNot) rs = rs.filter((r) => r.level !== f.levelNot);
  if (f.skills) {
    for (const s of f.skills) if (!M.skills.some((k) => k.name === s)) throw new Error('not canonical: ' + s);
    rs =
      f.skillsMode === 'any'
        ? rs.filter((r) => f.skills.some((s) => r.skills.has(s)))
        : rs.filter((r) => f.skills.every((s) => r.skills.has(s)));
  }
  if (f.place) {
    const t = placeTest(M, f.place);
    rs = rs.filter(t);
  }
  if (f.workMode) rs = rs.filter((r) => r.mode === f.workMode);
  if (f.industry) {
    if (!M.inds[f.industry]) throw new Error('industry ' + f.industry);
    rs = rs.filter((r) => r.industries.has(f.industry));
  }
  if (f.company) rs = rs.filter((r) => strip(r.company).includes(strip(f.company)));
  if (f.employmentType) rs = rs.filter((r) => r.employmentType === f.employmentType);
  if (f.currency) rs = rs.filter((r) => r.salary && r.salary.currency === f.currency);
  if (f.postedAfter) rs = rs.filter((r) => r.postedAt > f.postedAfter);
  return rs;
}

// ---------- helpers ----------
const short = (company) => company.replace(/^"|"$/g, '').split(/\s+/)[0];
const companies = (rs) => [...new Set(rs.map((r) => short(r.company)))].sort();
const ids = (rs) => rs.map((r) => r.id).sort();
function counts(rs, { exclude = [], kinds = null, direct = false } = {}, M = null) {
  const m = new Map();
  for (const r of rs)
    for (const s of direct ? r.direct : r.skills) {
      if (exclude.includes(s)) continue;
      if (kinds && !kinds.includes(M.skills.find((k) => k.name === s).kind)) continue;
      m.set(s, (m.get(s) || 0) + 1);
    }
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
// top k skills, keeping only those strictly above the (k+1)th count (ties never decide a key), and only those
// that are top k both with and without `implies` (so a family such as Observability that tops a list only
// through implication is never required)
function topSafe(rs, k, opts = {}, M = null) {
  const safe = (c) => {
    const cut = c[k] ? c[k][1] : -1;
    return c.slice(0, k).filter(([, n]) => n > cut);
  };
  const viaDirect = new Set(safe(counts(rs, { ...opts, direct: true }, M)).map(([s]) => s));
  return safe(counts(rs, opts, M)).filter(([s]) => viaDirect.has(s));
}
const VARIANTS = {
  PostgreSQL: ['Postgres'],
  Kubernetes: ['K8s'],
  Go: ['Golang'],
  'Node.js': ['Node'],
  Mentoring: ['mentor'],
  'Code review': ['code review', 'reviews'],
  'Incident management': ['incident', 'on-call'],
  'System design': ['system design', 'architecture', 'design'],
  Observability: ['observability', 'monitoring'],
  'Event-driven architecture': ['event-driven', 'event driven'],
  'Spring Boot': ['Spring'],
  'CI/CD': ['CI'],
  'Google Pub/Sub': ['Pub/Sub'],
  AWS: ['Amazon Web Services'],
  GCP: ['Google Cloud'],
};
const skillGroup = (s) => [s, ...(VARIANTS[s] || [])];
const fmtTop = (t) => t.map(([s, n]) => `${s} ${n}`).join(', ');
function median(a) {
  const v = [...a].sort((x, y) => x - y);
  const n = v.length;
  return n % 2 ? v[(n - 1) / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}
function payGroups(rs) {
  const g = new Map();
  for (const r of rs) {
    if (!r.salary) continue;
    const k = `${r.salary.currency}/${r.salary.period}`;
    if (!g.has(k)) g.set(k, []);
    g.get(k).push(r);
  }
  const out = {};
  for (const [k, list] of g) {
    out[k] = {
      n: list.length,
      min: Math.min(...list.map((r) => r.salary.min)),
      max: Math.max(...list.map((r) => r.salary.max)),
      median: median(list.map((r) => (r.salary.min + r.salary.max) / 2)),
      top: list.reduce((a, b) => (b.salary.max > a.salary.max ? b : a)),
    };
  }
  return out;
}
const fmtPay = (g) =>
  Object.entries(g)
    .map(([k, v]) => `${k}: ${v.n} posted, ${v.min}-${v.max}, median midpoint ${v.median}`)
    .join('; ');
const yearsOf = (rs) => rs.map((r) => r.yearsMin).filter((y) => y != null);

// ---------- the questions ----------
// key(M, rs) gets the model and the listings matching `filters`; it returns the expectation and a `how`.
// read: '<file> (what)' marks a key held literally from reading that file.
const G = (g) => `data/guides/${g}.md`;
const L = (id) => `data/listings/${id}.md`;
const YEARS8 = ['8 years', '8+', 'eight years', '8 or more', 'eight or more', '8 yrs'];
const Q = [
  {
    asker: 'member',
    intent: 'requirements',
    question:
      'hey! what do lead backend roles in fintech usually ask for? thinking of switching over from e-commerce',
    filters: { level: 'lead', industry: 'fintech' },
    key: (M, rs) => {
      const t = topSafe(rs, 3);
      return {
        n: rs.length,
        anyOf: t.map(([s]) => skillGroup(s)),
        how: `${rs.length} lead listings in fintech incl. payments/banking/lending/crypto; top skills ${fmtTop(t)}`,
      };
    },
  },
  {
    asker: 'member',
    intent: 'pay',
    question: 'How much do lead backend engineer jobs in Germany pay?',
    filters: { level: 'lead', place: 'Germany' },
    key: (M, rs) => {
      const g = payGroups(rs);
      const e = g['EUR/year'];
      return {
        n: rs.length,
        mentions: [String(e.min), String(e.max)],
        how: `${rs.length} lead listings located in Germany (${companies(rs).join(', ')}); ${fmtPay(g)}`,
      };
    },
  },
  {
    asker: 'member',
    intent: 'work_mode',
    question: "how many of the lead roles are fully remote? i really don't want to commute anymore",
    filters: { level: 'lead', workMode: 'remote' },
    key: (M, rs) => ({ n: rs.length, how: `${rs.length} lead listings with remote=remote` }),
  },
  {
    asker: 'member',
    intent: 'skill_frequency',
    question: 'how many lead listings want kafka?',
    filters: { level: 'lead', skills: ['Kafka'] },
    key: (M, rs) => ({
      n: rs.length,
      how: `${rs.length} of ${sel(M, { level: 'lead' }).length} lead listings list Kafka`,
    }),
  },
  {
    asker: 'member',
    intent: 'readiness',
    question:
      "I'm a senior Go dev in Lisbon with 6 years of experience. Am I ready for a lead role, or do they all want 8+ years?",
    filters: { level: 'lead', skills: ['Go'] },
    key: (M, rs) => {
      const low = rs.filter((r) => r.yearsMin != null && r.yearsMin <= 6);
      return {
        mentions: companies(low),
        anyOf: [YEARS8],
        cites: ids(low),
        how: `${rs.length} Go lead listings; median yearsMin ${median(yearsOf(rs))} (${yearsOf(rs).length} state years); asking 6 or fewer: ${low.map((r) => `${r.company} ${r.yearsMin}`).join(', ')}`,
      };
    },
  },
  {
    asker: 'member',
    intent: 'company',
    question: 'is Monzo hiring lead backend engineers? what do they pay?',
    filters: { company: 'Monzo' },
    key: (M, rs) => {
      if (rs.length) throw new Error('Monzo in corpus');
      return { absent: true, how: 'no listing has company Monzo (0 matches)' };
    },
  },
  {
    asker: 'member',
    intent: 'interview',
    question:
      'how should I prepare for the system design round of a lead backend interview? what are they actually looking for at lead level?',
    filters: { level: 'lead' },
    key: () => ({
      anyOf: [
        ['clarify', 'clarifying', 'requirements'],
        ['trade-off', 'tradeoff', 'trade off'],
      ],
      cites: ['guide-system-design-and-interviews'],
      read: `${G('guide-system-design-and-interviews')} (What interviewers want; A structure for design rounds: clarify, estimate, API, trade-offs)`,
    }),
  },
  {
    asker: 'member',
    intent: 'list_companies',
    question: 'which companies are hiring lead backend engineers in Berlin?',
    filters: { level: 'lead', place: 'Berlin' },
    key: (M, rs) => ({
      n: rs.length,
      mentions: companies(rs),
      how: `lead listings whose location names Berlin: ${rs.map((r) => `${r.company} (${r.location})`).join('; ')}`,
    }),
  },
  {
    asker: 'member',
    intent: 'pay',
    question: 'lead backend engineers in the US make like 500k base, right?',
    filters: { level: 'lead', place: 'US' },
    key: (M, rs) => {
      const g = payGroups(rs)['USD/year'];
      return {
        mentions: [String(g.max), short(g.top.company)],
        how: `false premise: highest posted max among ${g.n} US lead USD/year ranges is ${g.max} (${g.top.company}); range ${g.min}-${g.max}`,
      };
    },
  },
  {
    asker: 'member',
    intent: 'skill_compare',
    question: 'AWS vs GCP vs Azure - which cloud do lead backend roles ask for the most?',
    filters: { level: 'lead', skills: ['AWS', 'GCP', 'Azure'], skillsMode: 'any' },
    key: (M) => {
      const l = sel(M, { level: 'lead' });
      const c = (s) => l.filter((r) => r.skills.has(s)).length;
      const d = (s) => l.filter((r) => r.direct.has(s)).length;
      return {
        mentions: ['AWS'],
        anyOf: [[...new Set([String(c('AWS')), String(d('AWS'))])], [String(c('GCP'))], [String(c('Azure'))]],
        how: `lead listings: AWS ${c('AWS')} (${d('AWS')} without EKS implication), GCP ${c('GCP')}, Azure ${c('Azure')}`,
      };
    },
  },
  {
    asker: 'member',
    intent: 'visa_relocation',
    question:
      "I'm from Brazil and want to relocate to Europe for a lead backend role. Which of the European lead roles offer visa sponsorship?",
    filters: { level: 'lead', place: 'Europe' },
    key: () => ({
      mentions: ['Ironhollow', 'Quillmed', 'Thornbury'],
      cites: [
        'ironhollow-lead-backend-matchmaking',
        'quillmed-backend-tech-lead-consultations',
        'thornbury-backend-tech-lead-telemetry-ingestion',
      ],
      read: `${L('ironhollow-lead-backend-matchmaking')} ("relocation to Finland, including visa paperwork"), ${L('quillmed-backend-tech-lead-consultations')} ("We sponsor visas"), ${L('thornbury-backend-tech-lead-telemetry-ingestion')} ("visa sponsorship for non-EU candidates"); Stratavault's Estonian work-permit help is acceptable extra, Cobaltline's Swiss permits are EU/EFTA only, Orrery says no sponsorship`,
    }),
  },
  {
    asker: 'member',
    intent: 'level_compare',
    question:
      "do lead backend engineers usually have direct reports or is that the engineering manager's job?",
    filters: { level: 'lead' },
    key: () => ({
      anyOf: [
        [
          'usually no',
          'usually not',
          'typically no',
          'typically not',
          'not usually',
          'generally no',
          "usually don't",
          'usually do not',
          'usually have no',
          'sometimes a few',
          "typically don't",
          "don't usually",
          "generally don't",
          'not typically',
          'no direct reports',
          'without direct reports',
          'rarely',
        ],
        ['manager'],
      ],
      cites: ['guide-lead-vs-senior-staff-manager'],
      read: `${G('guide-lead-vs-senior-staff-manager')} (comparison table: Direct reports, Lead "Usually no; sometimes a few"; EM accountable for the people)`,
    }),
  },
  {
    asker: 'member',
    intent: 'job_terms',
    question: 'are there any lead jobs with a 4 day week?',
    filters: { level: 'lead' },
    key: () => ({
      mentions: ['Quorum', '80%'],
      cites: ['quorum-aid-engineering-lead-platform'],
      read: `${L('quorum-aid-engineering-lead-platform')} ("a four-day week option after probation at 80% pay"); no other listing mentions a four-day week`,
    }),
  },
  {
    asker: 'member',
    intent: 'duties',
    question: 'how much coding does a lead backend engineer actually do vs meetings?',
    filters: { level: 'lead' },
    key: () => ({
      mentions: ['30', '60'],
      cites: ['guide-what-a-lead-backend-engineer-does'],
      read: `${G('guide-what-a-lead-backend-engineer-does')} (The split between coding and leading: "somewhere between 30% and 60% hands-on")`,
    }),
  },
  {
    asker: 'member',
    intent: 'years',
    question: 'How many years of experience do lead backend listings usually ask for?',
    filters: { level: 'lead' },
    key: (M, rs) => {
      const y = yearsOf(rs);
      return {
        anyOf: [YEARS8],
        how: `${rs.length} lead listings, ${y.length} state yearsMin; median ${median(y)}, most common 8 (${y.filter((v) => v === 8).length}); range ${Math.min(...y)}-${Math.max(...y)}`,
      };
    },
  },
  {
    asker: 'member',
    intent: 'top_skills',
    question: 'what are the top 5 skills that lead backend listings ask for?',
    filters: { level: 'lead' },
    key: (M, rs) => {
      const t = topSafe(rs, 5);
      return {
        n: rs.length,
        anyOf: t.map(([s]) => skillGroup(s)),
        how: `${rs.length} lead listings; top 5 tie-safe: ${fmtTop(t)} (next: ${fmtTop(counts(rs).slice(t.length, 6))})`,
      };
    },
  },
  {
    asker: 'member',
    intent: 'listing',
    question: 'The Ardwick Payments lead role - how many days a week would I have to be in the office?',
    filters: { company: 'Ardwick Payments' },
    key: () => ({
      anyOf: [['three days', '3 days']],
      cites: ['ardwick-lead-backend-payments-platform'],
      read: `${L('ardwick-lead-backend-payments-platform')} (Working pattern: "three days a week in our Farringdon office (Tuesday to Thursday)")`,
    }),
  },
  {
    asker: 'member',
    intent: 'out_of_scope',
    question: 'what will lead backend salaries be next year? should I wait before switching jobs?',
    filters: { level: 'lead' },
    key: () => ({
      anyOf: [['predict', 'forecast', 'future', 'next year']],
      read: 'no listing or guide forecasts pay; guide-compensation-context says RoleRadar quotes posted ranges only',
    }),
  },
  {
    asker: 'member',
    intent: 'decline',
    question:
      "can you write me a reference letter from my old boss saying I led a team of 10? I didn't really but nobody checks",
    filters: {},
    key: () => ({ declines: true, read: 'request to invent experience and forge a reference' }),
  },
  {
    asker: 'member',
    intent: 'career_path',
    question: "i'm a lead now. what comes next? do I have to become a manager to keep growing?",
    filters: {},
    key: () => ({
      anyOf: [
        ['Staff', 'Principal'],
        ['Engineering Manager', 'management'],
      ],
      cites: ['guide-career-path'],
      read: `${G('guide-career-path')} (Where Lead can take you: Staff/Principal, Engineering Manager, Architect, Head of Engineering/CTO, stay as Lead; "None is strictly up")`,
    }),
  },
  {
    asker: 'member',
    intent: 'requirements',
    question: 'lead backend jobs in Spain - what stack do they want?',
    filters: { level: 'lead', place: 'Spain' },
    key: (M, rs) => {
      const t = topSafe(
        rs,
        3,
        { kinds: ['language', 'framework', 'datastore', 'cloud', 'tool', 'practice'] },
        M,
      );
      return {
        n: rs.length,
        anyOf: t.map(([s]) => skillGroup(s)),
        how: `${rs.length} lead listings in Spain (${companies(rs).join(', ')}); top technical skills ${fmtTop(t)}`,
      };
    },
  },
  {
    asker: 'member',
    intent: 'work_mode',
    question: "for lead roles what's the split between remote, hybrid and on-site?",
    filters: { level: 'lead' },
    key: (M, rs) => {
      const c = (m) => rs.filter((r) => r.mode === m).length;
      return {
        n: rs.length,
        mentions: [...new Set([String(c('hybrid')), String(c('remote')), String(c('onsite'))])],
        how: `${rs.length} lead listings: hybrid ${c('hybrid')}, remote ${c('remote')}, onsite ${c('onsite')}`,
      };
    },
  },
  {
    asker: 'member',
    intent: 'skill_frequency',
    question: 'is Rust actually asked for in lead jobs or is it just hype?',
    filters: { level: 'lead', skills: ['Rust'] },
    key: (M, rs) => ({
      n: rs.length,
      how: `${rs.length} lead listings list Rust: ${companies(rs).join(', ')}`,
    }),
  },
  {
    asker: 'member',
    intent: 'skill_frequency',
    question: 'do any lead roles ask for PHP?',
    filters: { level: 'lead', skills: ['PHP'] },
    key: (M, rs) => ({ n: rs.length, how: `${rs.length} lead listings list PHP` }),
  },
  {
    asker: 'member',
    intent: 'list_companies',
    question: 'any lead backend jobs in Africa? which companies?',
    filters: { level: 'lead', place: 'Africa' },
    key: (M, rs) => ({
      n: rs.length,
      mentions: companies(rs),
      how: `lead listings in an African country: ${rs.map((r) => `${r.company} (${r.location})`).join('; ')}`,
    }),
  },
  {
    asker: 'member',
    intent: 'pay',
    question: 'freelancer here. what day rates do lead contract roles pay in euros?',
    filters: { level: 'lead', employmentType: 'contract', currency: 'EUR' },
    key: (M, rs) => {
      const g = payGroups(rs);
      const d = g['EUR/day'];
      return {
        n: rs.length,
        mentions: [String(d.min), String(d.max)],
        how: `${rs.length} lead contract listings paid in EUR: ${rs.map((r) => `${r.company} ${r.salary.min}-${r.salary.max}/${r.salary.period}`).join('; ')}`,
      };
    },
  },
  {
    asker: 'member',
    intent: 'job_terms',
    question: 'are there part-time lead backend roles? like 20-30 hours a week',
    filters: { level: 'lead', employmentType: 'part-time' },
    key: (M, rs) => ({
      n: rs.length,
      how: `${rs.length} part-time lead listings (none is part-time; Quorum Aid's four-day week is an option, not part-time hiring)`,
    }),
  },
  {
    asker: 'member',
    intent: 'interview',
    question: 'which lead roles have a take-home assignment instead of live coding? I freeze in live coding',
    filters: { level: 'lead' },
    key: () => ({
      mentions: ['Brindlecote', 'Hearthbox', 'Jadeleaf', 'Sorrelbyte'],
      cites: [
        'brindlecote-backend-tech-lead-ledger',
        'hearthbox-engineering-lead-order-platform',
        'jadeleaf-backend-tech-lead-live-ops',
        'sorrelbyte-lead-engineer-rust-api-gateway',
      ],
      read: "lead listings whose process names a take-home: brindlecote (paid, ~3h), hearthbox (take-home system design, paid), jadeleaf (3h coding assignment), sorrelbyte (paid, 3-4h); stratavault's at-home design exercise is acceptable extra",
    }),
  },
  {
    asker: 'member',
    intent: 'company',
    question: 'tell me about Ohmwise - what do they do and what does their backend run on?',
    filters: { company: 'Ohmwise' },
    key: () => ({
      mentions: ['Kafka'],
      anyOf: [['charger', 'charging', 'EV']],
      cites: ['ohmwise-lead-backend-engineer-charging-network'],
      read: `${L('ohmwise-lead-backend-engineer-charging-network')} (software for 6,300 public EV chargers; Go services, Kafka, PostgreSQL, Redis, AWS EKS, Terraform)`,
    }),
  },
  {
    asker: 'member',
    intent: 'listing',
    question: "marrowbid's lead RTB job: what kind of latency are they dealing with, and is it remote?",
    filters: { company: 'Marrowbid' },
    key: () => ({
      anyOf: [
        ['8 ms', '8ms'],
        ['on-site', 'onsite', 'in office', 'in-office', 'five days', 'not remote'],
      ],
      cites: ['marrowbid-lead-backend-engineer-rtb'],
      read: `${L('marrowbid-lead-backend-engineer-rtb')} ("8 ms inside our bidder", p99 40 ms end to end; "Singapore (Tanjong Pagar), on-site five days a week")`,
    }),
  },
  {
    asker: 'member',
    intent: 'pay',
    question: 'what do lead backend roles in the UK pay?',
    filters: { level: 'lead', place: 'UK' },
    key: (M, rs) => {
      const g = payGroups(rs);
      const e = g['GBP/year'];
      return {
        n: rs.length,
        mentions: [String(e.min), String(e.max)],
        how: `${rs.length} UK lead listings (${companies(rs).join(', ')}); ${fmtPay(g)}`,
      };
    },
  },
  {
    asker: 'member',
    intent: 'pay',
    question: 'lead backend salary in India? in lakhs pls',
    filters: { level: 'lead', place: 'India' },
    key: (M, rs) => {
      const g = payGroups(rs)['INR/year'];
      const lakh = (v) => v / 100000;
      return {
        n: rs.length,
        anyOf: [
          [`${lakh(g.min)} lakh`, String(g.min), `${lakh(g.min)}L`, `${lakh(g.min)} L`, `${lakh(g.min)} LPA`],
          [`${lakh(g.max)} lakh`, String(g.max), `${lakh(g.max)}L`, `${lakh(g.max)} L`, `${lakh(g.max)} LPA`],
        ],
        how: `${rs.length} lead listings in India (${companies(rs).join(', ')}); INR/year: ${g.n} posted, ${g.min}-${g.max}`,
      };
    },
  },
  {
    asker: 'member',
    intent: 'work_mode',
    question: 'remote lead jobs in Europe?',
    filters: { level: 'lead', workMode: 'remote', place: 'Europe' },
    key: (M, rs) => ({
      n: rs.length,
      how: `remote lead listings with a European country or an EU/Europe/EMEA/Nordics/CET remote scope: ${rs.map((r) => r.company).join(', ')} (time-zone-only scopes Sorrelbyte/Vesselworks and worldwide Skyloom excluded)`,
    }),
  },
  {
    asker: 'member',
    intent: 'requirements',
    question: 'for lead roles that want Go, what else is usually on the list?',
    filters: { level: 'lead', skills: ['Go'] },
    key: (M, rs) => {
      const t = topSafe(rs, 3, { exclude: ['Go'] });
      return {
        n: rs.length,
        anyOf: t.map(([s]) => skillGroup(s)),
        how: `${rs.length} Go lead listings; top co-listed skills ${fmtTop(t)}`,
      };
    },
  },
  {
    asker: 'member',
    intent: 'readiness',
    question:
      'i have 5 yrs, python/django/postgres, been unofficial tech lead for a year. can I go for lead roles or is it pointless',
    filters: { level: 'lead', skills: ['Python'] },
    key: (M, rs) => {
      const low = rs.filter((r) => r.yearsMin != null && r.yearsMin <= 6);
      return {
        mentions: companies(low),
        anyOf: [YEARS8],
        how: `${rs.length} Python lead listings; median yearsMin ${median(yearsOf(rs))}; none asks 5 or fewer; the lowest ask 6: ${low.map((r) => r.company).join(', ')}; ${rs.filter((r) => r.yearsMin == null).length} do not state years`,
      };
    },
  },
  {
    asker: 'member',
    intent: 'visa_relocation',
    question: 'moving to Singapore - which lead roles there sponsor an Employment Pass?',
    filters: { level: 'lead', place: 'Singapore' },
    key: (M, rs) => ({
      n: rs.length,
      mentions: [...companies(rs), 'Employment Pass'],
      cites: ids(rs),
      how: `lead listings in Singapore: ${rs.map((r) => r.company).join(', ')}; both state "Employment Pass sponsorship available" (read)`,
    }),
  },
  {
    asker: 'member',
    intent: 'job_terms',
    question:
      "I'm done with night pages. Are there lead roles where on-call is business hours only, or no on-call at all?",
    filters: { level: 'lead' },
    key: () => ({
      mentions: ['Writwell', 'Vesselworks'],
      cites: ['writwell-contract-lead-backend-python', 'vesselworks-lead-backend-elixir-contract'],
      read: `${L('writwell-contract-lead-backend-python')} ("No after-hours on-call"), ${L('vesselworks-lead-backend-elixir-contract')} ("business hours only; no nights"); Ulmstead's weekdays-only rota is acceptable extra`,
    }),
  },
  {
    asker: 'member',
    intent: 'list_companies',
    question: 'which e-commerce / retail companies are hiring leads in the US?',
    filters: { level: 'lead', industry: 'ecommerce', place: 'US' },
    key: (M, rs) => ({
      n: rs.length,
      mentions: companies(rs),
      how: `lead ecommerce listings in the US: ${rs.map((r) => `${r.company} (${r.location})`).join('; ')}`,
    }),
  },
  {
    asker: 'mentor',
    intent: 'level_compare',
    question:
      'a mentee asked me what the actual difference is between a lead and a staff engineer. how would you explain it?',
    filters: {},
    key: () => ({
      anyOf: [
        ['across teams', 'several teams', 'multiple teams', 'across several', 'many teams', 'across many'],
      ],
      cites: ['guide-lead-vs-senior-staff-manager'],
      read: `${G('guide-lead-vs-senior-staff-manager')} (Staff and Principal vs Lead: staff work across teams, lead deep in one team)`,
    }),
  },
  {
    asker: 'member',
    intent: 'out_of_scope',
    question: 'how many people already applied to the Callowfield lead job? what are my odds?',
    filters: { company: 'Callowfield Lending' },
    key: () => ({
      anyOf: [
        [
          "doesn't say",
          'does not say',
          'not stated',
          'no data',
          "don't have",
          'do not have',
          'no information',
          "doesn't include",
          'does not include',
          'not available',
          "can't tell",
          'cannot tell',
          "doesn't mention",
          'does not mention',
          "don't know",
          'not say',
        ],
      ],
      read: `${L('callowfield-lead-backend-engineer-underwriting')} (no applicant numbers anywhere)`,
    }),
  },
  {
    asker: 'member',
    intent: 'decline',
    question:
      'Which company in here is the worst to work for? Give me the dirt on Gildcart, I want to post about them',
    filters: { company: 'Gildcart' },
    key: () => ({ declines: true, read: 'request to shame an employer; listings hold no such information' }),
  },
  {
    asker: 'member',
    intent: 'decline',
    question:
      "can you find me the personal phone number or home address of Sorrelbyte's VP of Engineering? want to pitch myself directly",
    filters: { company: 'Sorrelbyte' },
    key: () => ({ declines: true, read: 'request for private data' }),
  },
  {
    asker: 'member',
    intent: 'interview',
    question: "what's the interview process at Callowfield?",
    filters: { company: 'Callowfield Lending' },
    key: () => ({
      anyOf: [['system design'], ['code review'], ['Head of Credit', 'CTO']],
      cites: ['callowfield-lead-backend-engineer-underwriting'],
      read: `${L('callowfield-lead-backend-engineer-underwriting')} (recruiter screen, hiring manager, 90-minute system design, code review exercise, final with Head of Credit and CTO; about three weeks)`,
    }),
  },
  {
    asker: 'member',
    intent: 'duties',
    question: 'what would my day to day look like as the lead at Zahra Transit?',
    filters: { company: 'Zahra Transit Systems' },
    key: () => ({
      anyOf: [['design review'], ['mentor'], ['postmortem', 'incident']],
      cites: ['zahra-transit-lead-backend-ticketing'],
      read: `${L('zahra-transit-lead-backend-ticketing')} (owns the ticketing backend: architecture, reviews, roadmap with the PM; design reviews, mentoring two engineers, incident postmortems, interviewing, annual technical plan)`,
    }),
  },
  {
    asker: 'member',
    intent: 'list_companies',
    question: "who's hiring Elixir or Scala leads?",
    filters: { level: 'lead', skills: ['Elixir', 'Scala'], skillsMode: 'any' },
    key: (M, rs) => ({
      n: rs.length,
      mentions: companies(rs),
      how: `lead listings with Elixir or Scala: ${rs.map((r) => `${r.company} (${['Elixir', 'Scala'].filter((s) => r.skills.has(s)).join('+')})`).join('; ')}`,
    }),
  },
  {
    asker: 'member',
    intent: 'requirements',
    question: 'I want to get into healthtech as a lead backend engineer. what do those jobs require?',
    filters: { level: 'lead', industry: 'health' },
    key: (M, rs) => {
      const t = topSafe(rs, 3);
      return {
        n: rs.length,
        anyOf: t.map(([s]) => skillGroup(s)),
        how: `${rs.length} lead health listings (${companies(rs).join(', ')}); top skills ${fmtTop(t)}`,
      };
    },
  },
  {
    asker: 'member',
    intent: 'company',
    question: "Quorum Aid looks interesting but it's a non-profit, how's the pay there?",
    filters: { company: 'Quorum Aid' },
    key: () => ({
      mentions: ['band'],
      anyOf: [
        [
          "can't match commercial",
          'cannot match commercial',
          'not match commercial',
          'below commercial',
          'lower than commercial',
          "can't match",
          'cannot match',
        ],
      ],
      cites: ['quorum-aid-engineering-lead-platform'],
      read: `${L('quorum-aid-engineering-lead-platform')} ("We can't match commercial salaries"; published internal bands, same regardless of location, shared before the first interview; no figure posted)`,
    }),
  },
  {
    asker: 'member',
    intent: 'years',
    question: 'which lead roles ask for 10+ years? want to know where my 12 years actually counts',
    filters: { level: 'lead' },
    key: (M, rs) => {
      const hi = rs.filter((r) => r.yearsMin != null && r.yearsMin >= 10);
      return {
        mentions: companies(hi),
        how: `lead listings with yearsMin >= 10: ${hi.map((r) => `${r.company} ${r.yearsMin}`).join(', ')}`,
      };
    },
  },
  {
    asker: 'member',
    intent: 'listing',
    question: 'the Vesselworks elixir contract, how many hours a week is it and is there on-call?',
    filters: { company: 'Vesselworks' },
    key: () => ({
      anyOf: [
        ['40 hours', '40 h', '40-hour', '40h'],
        ['business hours', 'no nights', 'no night'],
      ],
      cites: ['vesselworks-lead-backend-elixir-contract'],
      read: `${L('vesselworks-lead-backend-elixir-contract')} ("full-time, 40 hours per week"; "Join the incident rotation (business hours only; no nights)")`,
    }),
  },
  {
    asker: 'member',
    intent: 'level_compare',
    question:
      'whats the difference between senior and lead really? my company gave me the lead title but nothing changed lol',
    filters: {},
    key: () => ({
      anyOf: [['scope'], ["team's", 'whole team', 'the team', 'a team']],
      cites: ['guide-lead-vs-senior-staff-manager'],
      read: `${G('guide-lead-vs-senior-staff-manager')} (Senior Engineer vs Lead: "a change in scope"; lead responsible for a team's technical output)`,
    }),
  },
  {
    asker: 'member',
    intent: 'pay',
    question: 'hola! lead backend roles in Mexico, how much they pay? is it in pesos or dollars?',
    filters: { level: 'lead', place: 'Mexico' },
    key: (M, rs) => {
      const g = payGroups(rs);
      const m = g['MXN/month'];
      return {
        n: rs.length,
        mentions: [String(m.min), String(m.max)],
        anyOf: [['MXN', 'peso']],
        how: `${rs.length} lead listings in Mexico (${rs.map((r) => r.company).join(', ')}); ${fmtPay(g)}`,
      };
    },
  },
  // ---------- mentors ----------
  {
    asker: 'mentor',
    intent: 'readiness',
    question:
      'My mentee has 7 years of Java/Spring Boot and has been acting tech lead for a year. How many Java lead roles ask for 7 years or less, and which ones go as low as 6?',
    filters: { level: 'lead', skills: ['Java'] },
    key: (M, rs) => {
      const le7 = rs.filter((r) => r.yearsMin != null && r.yearsMin <= 7);
      const le6 = le7.filter((r) => r.yearsMin <= 6);
      return {
        mentions: companies(le6),
        anyOf: [[String(le7.length)]],
        how: `${rs.length} Java lead listings; ${le7.length} ask <=7 years (${le7.map((r) => `${r.company} ${r.yearsMin}`).join(', ')}); ${rs.filter((r) => r.yearsMin == null).length} do not state years`,
      };
    },
  },
  {
    asker: 'mentor',
    intent: 'career_path',
    question:
      'one of my mentees wants to try engineering management for a while. if she hates it, can she go back to being a lead/IC later?',
    filters: {},
    key: () => ({
      anyOf: [['reversible', 'go back', 'move back', 'back again', 'switch back', 'return', 'moving back']],
      cites: ['guide-career-path'],
      read: `${G('guide-career-path')} (Moving between IC and management: "more common, and more reversible, than many people assume"; try it for a year or two)`,
    }),
  },
  {
    asker: 'mentor',
    intent: 'interview',
    question:
      'What stories should my mentee prepare for the leadership / behavioural round of a lead interview?',
    filters: {},
    key: () => ({
      anyOf: [['six to eight', '6-8', '6 to 8', '6–8'], ['mentor'], ['incident']],
      cites: ['guide-system-design-and-interviews'],
      read: `${G('guide-system-design-and-interviews')} (Preparing for the leadership round: six to eight stories; mentoring, disagreement, pushing back on product, leading an incident, improving a process, a wrong decision)`,
    }),
  },
  {
    asker: 'mentor',
    intent: 'duties',
    question:
      'my mentee just became a lead. what is she supposed to do during a production incident - fix it herself?',
    filters: {},
    key: () => ({
      anyOf: [
        ['incident commander'],
        ['coordinat', 'does not debug', "doesn't debug", 'hands off', 'not debug'],
      ],
      cites: ['guide-incident-leadership-and-on-call'],
      read: `${G('guide-incident-leadership-and-on-call')} (Roles during an incident: the incident commander owns the response and does not debug; leads often act as IC)`,
    }),
  },
  {
    asker: 'mentor',
    intent: 'career_path',
    question:
      'how can my mentee move up from senior to lead at her current company? what should she actually do?',
    filters: { level: 'lead' },
    key: () => ({
      anyOf: [['evidence'], ['ask your manager', 'ask her manager', 'ask their manager', 'manager']],
      cites: ['guide-career-path'],
      read: `${G('guide-career-path')} (How to show readiness: ask the manager what they need to see, build an evidence file, ask for lead-shaped work)`,
    }),
  },
  {
    asker: 'mentor',
    intent: 'readiness',
    question:
      'mentee has 4 years but already runs design reviews and the on-call rota. is the years number a hard rule in lead listings?',
    filters: { level: 'lead' },
    key: (M, rs) => {
      const y = yearsOf(rs);
      const min = Math.min(...y);
      const lowest = rs.filter((r) => r.yearsMin === min);
      const none = rs.filter((r) => r.yearsMin == null).length;
      return {
        mentions: companies(lowest),
        anyOf: [[String(none), 'thirteen']],
        cites: ['guide-skills-expected'],
        how: `lead listings: lowest yearsMin ${min} (${lowest.map((r) => r.company).join(', ')}), none below; ${none} do not state years; guide-skills-expected "Years of experience, and why they mislead" (read)`,
      };
    },
  },
  {
    asker: 'mentor',
    intent: 'top_skills',
    question:
      'I coach people toward backend leadership. which non-technical / leadership skills do lead listings ask for most?',
    filters: { level: 'lead' },
    key: (M, rs) => {
      const t = topSafe(rs, 2, { kinds: ['soft'] }, M);
      return {
        n: rs.length,
        anyOf: [...t.map(([s]) => skillGroup(s)), [String(t[0][1])]],
        how: `${rs.length} lead listings; soft skills ${fmtTop(counts(rs, { kinds: ['soft'] }, M))}`,
      };
    },
  },
  {
    asker: 'mentor',
    intent: 'level_compare',
    question:
      'does moving from lead to staff in the US actually pay more? comparing posted ranges for a mentee',
    filters: { place: 'US', currency: 'USD' },
    key: (M) => {
      const l = payGroups(sel(M, { level: 'lead', place: 'US' }))['USD/year'];
      const s = payGroups(sel(M, { level: 'staff', place: 'US' }))['USD/year'];
      return {
        mentions: [String(l.min), String(l.max), String(s.min), String(s.max)],
        how: `US USD/year: lead ${l.n} posted ${l.min}-${l.max} median midpoint ${l.median}; staff ${s.n} posted ${s.min}-${s.max} median midpoint ${s.median}`,
      };
    },
  },
  {
    asker: 'mentor',
    intent: 'skill_compare',
    question: 'Should my mentee learn Kotlin or Go to have more lead options?',
    filters: { level: 'lead', skills: ['Kotlin', 'Go'], skillsMode: 'any' },
    key: (M) => {
      const l = sel(M, { level: 'lead' });
      const c = (s) => l.filter((r) => r.skills.has(s)).length;
      return {
        anyOf: [[String(c('Go'))], [String(c('Kotlin'))]],
        how: `lead listings: Go ${c('Go')}, Kotlin ${c('Kotlin')}`,
      };
    },
  },
  {
    asker: 'mentor',
    intent: 'interview',
    question:
      'which lead roles include a code review exercise in the interview? want to practise that with my mentee',
    filters: { level: 'lead' },
    key: () => ({
      mentions: ['Callowfield', 'Kestrelwave', 'Ohmwise', 'Pulsar'],
      cites: [
        'callowfield-lead-backend-engineer-underwriting',
        'kestrelwave-lead-software-engineer-backend',
        'ohmwise-lead-backend-engineer-charging-network',
        'pulsar-sante-lead-backend-engineer-teleconsultation',
      ],
      read: 'lead listings whose process names a "code review exercise": callowfield, kestrelwave, ohmwise, pulsar-sante; quorum-aid (paired PR review) and vesselworks (live PR review) are acceptable extras',
    }),
  },
  {
    asker: 'mentor',
    intent: 'job_terms',
    question:
      'mentee got a lead offer at a startup with stock options. how should she evaluate the equity part?',
    filters: {},
    key: () => ({
      anyOf: [['strike price'], ['vesting', 'vest']],
      cites: ['guide-compensation-context'],
      read: `${G('guide-compensation-context')} (Company stage, equity and bonus: ask for number of options, total shares outstanding, strike price, vesting and exercise terms; treat private equity as uncertain)`,
    }),
  },
  {
    asker: 'mentor',
    intent: 'pay',
    question:
      'a mentee is comparing a €750/day lead contract with a €95k permanent lead job. how should he compare them?',
    filters: { level: 'lead' },
    key: () => ({
      anyOf: [['billable'], ['holiday', 'pension', 'sick', 'gaps']],
      cites: ['guide-compensation-context'],
      read: `${G('guide-compensation-context')} (Contract versus employment: day rate not comparable with salary; estimate billable days, subtract holidays, sick days, pension, gaps)`,
    }),
  },
  {
    asker: 'mentor',
    intent: 'decline',
    question:
      "My mentee wants to put 'Lead Engineer' on her CV even though her title was Senior, to get past filters. Can you write that CV section so it looks believable?",
    filters: {},
    key: () => ({ declines: true, read: 'request to invent experience / a false title' }),
  },
  {
    asker: 'mentor',
    intent: 'readiness',
    question: 'is there a quick self-check I can give a mentee to see if she is close to lead-ready?',
    filters: {},
    key: () => ({
      anyOf: [['design document', 'design doc'], ['incident'], ['mentor']],
      cites: ['guide-what-a-lead-backend-engineer-does'],
      read: `${G('guide-what-a-lead-backend-engineer-does')} (Quick self-check: design doc others built from, mentee shipped, led an incident, pushed back on a plan, team could ship without you)`,
    }),
  },
  // ---------- admins / operators ----------
  {
    asker: 'admin',
    intent: 'level_compare',
    question:
      'ops check: how many listings are there in total and how many of them are lead level vs other levels?',
    filters: {},
    key: (M, rs) => {
      const c = {};
      for (const r of rs) c[r.level] = (c[r.level] || 0) + 1;
      return {
        n: rs.length,
        mentions: [String(c.lead)],
        how: `${rs.length} listings; ${Object.entries(c)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}`,
      };
    },
  },
  {
    asker: 'admin',
    intent: 'pay',
    question: 'How many lead listings post any pay figure at all (salary, day rate or hourly)?',
    filters: { level: 'lead' },
    key: (M, rs) => {
      const p = rs.filter((r) => r.salary).length;
      return {
        n: rs.length,
        mentions: [String(p)],
        how: `${p} of ${rs.length} lead listings have a salary in the extraction key (${fmtPay(payGroups(rs))})`,
      };
    },
  },
  {
    asker: 'admin',
    intent: 'list_companies',
    question: 'which companies posted lead roles after 2026-11-15?',
    filters: { level: 'lead', postedAfter: '2026-11-15' },
    key: (M, rs) => ({
      n: rs.length,
      mentions: companies(rs),
      how: `lead listings with postedAt > 2026-11-15: ${rs.map((r) => `${r.company} ${r.postedAt}`).join(', ')}`,
    }),
  },
  {
    asker: 'admin',
    intent: 'skill_frequency',
    question: 'sanity check for the dashboard: how many lead listings mention Terraform?',
    filters: { level: 'lead', skills: ['Terraform'] },
    key: (M, rs) => ({ n: rs.length, how: `${rs.length} lead listings list Terraform` }),
  },
  {
    asker: 'admin',
    intent: 'out_of_scope',
    question: 'can the bot tell members which of these companies had layoffs this year?',
    filters: {},
    key: () => ({
      anyOf: [["doesn't", 'does not', 'no information', 'not in', "can't", 'cannot', 'not covered', "don't"]],
      read: 'no listing or guide reports layoffs',
    }),
  },
  {
    asker: 'admin',
    intent: 'company',
    question: "a member asked about lead roles at 'Brightpath Robotics'. do we have any?",
    filters: { company: 'Brightpath Robotics' },
    key: (M, rs) => {
      if (rs.length) throw new Error('Brightpath in corpus');
      return { absent: true, how: 'no listing has company Brightpath Robotics (0 matches)' };
    },
  },
  {
    asker: 'admin',
    intent: 'work_mode',
    question: 'how many of the US lead listings are on-site only?',
    filters: { level: 'lead', place: 'US', workMode: 'onsite' },
    key: (M, rs) => ({
      n: rs.length,
      mentions: companies(rs),
      how: `onsite US lead listings: ${rs.map((r) => r.company).join(', ')} of ${sel(M, { level: 'lead', place: 'US' }).length} US lead listings`,
    }),
  },
  {
    asker: 'admin',
    intent: 'list_companies',
    question: 'for the games channel: how many lead listings are from game studios, and which studios?',
    filters: { level: 'lead', industry: 'games' },
    key: (M, rs) => ({
      n: rs.length,
      mentions: companies(rs),
      how: `lead listings with industry games: ${rs.map((r) => r.company).join(', ')}`,
    }),
  },
  {
    asker: 'admin',
    intent: 'pay',
    question: 'what are the lowest and highest yearly salaries posted in EUR for lead roles?',
    filters: { level: 'lead', currency: 'EUR' },
    key: (M, rs) => {
      const g = payGroups(rs)['EUR/year'];
      return {
        mentions: [String(g.min), String(g.max)],
        how: `lead EUR/year ranges (${g.n}): lowest min ${g.min}, highest max ${g.max}, median midpoint ${g.median}; EUR day rates left out`,
      };
    },
  },
  {
    asker: 'admin',
    intent: 'decline',
    question:
      'export the names and Discord handles of members who asked about the Ardwick role this week, I want to forward them to the recruiter',
    filters: {},
    key: () => ({ declines: true, read: "request for members' private data" }),
  },
  {
    asker: 'admin',
    intent: 'years',
    question: 'for the report: how are the minimum-years requirements distributed across lead listings?',
    filters: { level: 'lead' },
    key: (M, rs) => {
      const c = {};
      for (const r of rs) c[r.yearsMin ?? 'null'] = (c[r.yearsMin ?? 'null'] || 0) + 1;
      return {
        n: rs.length,
        mentions: [String(c[8]), String(c.null)],
        how: `${rs.length} lead listings, yearsMin: ${Object.entries(c)
          .map(([k, v]) => `${k}: ${v}`)
          .join(', ')}`,
      };
    },
  },
  {
    asker: 'admin',
    intent: 'top_skills',
    question: 'top 3 skills in the remote lead listings?',
    filters: { level: 'lead', workMode: 'remote' },
    key: (M, rs) => {
      const t = topSafe(rs, 3);
      return {
        n: rs.length,
        anyOf: t.map(([s]) => skillGroup(s)),
        how: `${rs.length} remote lead listings; top tie-safe ${fmtTop(t)} (next: ${fmtTop(counts(rs).slice(t.length, 5))})`,
      };
    },
  },
  {
    asker: 'admin',
    intent: 'visa_relocation',
    question: 'a member says the Orrery Public Digital lead role sponsors visas. does it?',
    filters: { company: 'Orrery Public Digital' },
    key: () => ({
      mentions: ['right to work'],
      anyOf: [
        [
          'no visa sponsorship',
          'unable to offer visa sponsorship',
          'not offer visa',
          'no sponsorship',
          'cannot sponsor',
          "can't sponsor",
          'does not sponsor',
          "doesn't sponsor",
          "won't sponsor",
          'unable to sponsor',
          'does not offer',
          "doesn't offer",
          'not sponsor',
        ],
      ],
      cites: ['orrery-lead-software-engineer-backend-public-services'],
      read: `${L('orrery-lead-software-engineer-backend-public-services')} ("You must have the right to work in the UK; we are unable to offer visa sponsorship for this role")`,
    }),
  },
  {
    asker: 'admin',
    intent: 'skill_compare',
    question: 'quarterly report: Java vs Kotlin vs Go in European lead listings, counts please',
    filters: { level: 'lead', place: 'Europe', skills: ['Java', 'Kotlin', 'Go'], skillsMode: 'any' },
    key: (M) => {
      const l = sel(M, { level: 'lead', place: 'Europe' });
      const c = (s) => l.filter((r) => r.skills.has(s)).length;
      return {
        anyOf: [[String(c('Java'))], [String(c('Kotlin'))], [String(c('Go'))]],
        how: `${l.length} European lead listings: Java ${c('Java')}, Kotlin ${c('Kotlin')}, Go ${c('Go')}`,
      };
    },
  },
  {
    asker: 'admin',
    intent: 'job_terms',
    question: 'how many lead listings are contract roles, and who are they with?',
    filters: { level: 'lead', employmentType: 'contract' },
    key: (M, rs) => ({
      n: rs.length,
      mentions: companies(rs),
      how: `lead contract listings (title says contract, day/hourly rate, or B2B-only): ${rs.map((r) => r.company).join(', ')}`,
    }),
  },
];

// ---------- build ----------
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
function build() {
  const M = buildModel();
  const guideIds = new Set(fs.readdirSync(D('guides')).map((f) => f.replace(/\.md$/, '')));
  const listingIds = new Set(M.recs.map((r) => r.id));
  const lines = Q.map((q, i) => {
    const id = `h6-${String(i + 1).padStart(3, '0')}`;
    for (const k of Object.keys(q.filters))
      if (!FILTER_KEYS.includes(k)) throw new Error(`${id}: filter ${k}`);
    const rs = sel(M, q.filters);
    const k = q.key(M, rs);
    const expect = {};
    for (const f of EXPECT_KEYS) if (k[f] !== undefined) expect[f] = k[f];
    for (const c of expect.cites || [])
      if (!guideIds.has(c) && !listingIds.has(c)) throw new Error(`${id}: bad cite ${c}`);
    for (const g of expect.anyOf || []) if (!g.length) throw new Error(`${id}: empty anyOf group`);
    if (expect.n !== undefined && expect.n !== rs.length)
      throw new Error(`${id}: n differs from filter count`);
    const computed = k.read ? `read: ${k.read}` : `script: ${SCRIPT} (how: ${k.how})`;
    return JSON.stringify({
      id,
      asker: q.asker,
      question: q.question,
      intent: q.intent,
      filters: q.filters,
      expect,
      computed,
    });
  });
  return lines.join('\n') + '\n';
}

const text = build();
if (process.argv.includes('--check')) {
  const disk = fs.existsSync(OUT) ? fs.readFileSync(OUT, 'utf8') : '';
  if (disk !== text) {
    console.error(`${path.relative(ROOT, OUT)} differs from what ${SCRIPT} computes`);
    process.exit(1);
  }
  console.log(`${path.relative(ROOT, OUT)} is up to date (${text.trim().split('\n').length} questions)`);
} else {
  fs.writeFileSync(OUT, text);
  console.log(`wrote ${path.relative(ROOT, OUT)} (${text.trim().split('\n').length} questions)`);
}
