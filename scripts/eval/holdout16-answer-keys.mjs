#!/usr/bin/env node
/*
 * holdout16-answer-keys.mjs — outside answer keys for the RoleRadar holdout16 question set (h16-001 … h16-080).
 * Reads only data/listings, data/guides, data/taxonomy, data/eval/extraction-key and data/eval/industry-key.json
 * (paths relative to this folder's root), writes data/eval/answers-holdout16.jsonl.
 *   node scripts/eval/holdout16-answer-keys.mjs          (write)
 *   node scripts/eval/holdout16-answer-keys.mjs --check  (recompute; exit 1 if the file differs)
 *
 * COUNTING CONVENTIONS (mine, stated up front)
 * - Level: the extraction key's `seniority` is ground truth. "Lead" = seniority `lead` only (90 listings), whatever
 *   the title says ("Engineering Lead", "Tech Lead", "Backend Lead" all count if keyed lead; a "Staff" or
 *   "Engineering Manager" listing never counts as lead). Work mode = the key's `remote` field.
 * - Place: the front-matter `location` is split on ';'. A segment is an office ("City, Region, Country (mode)") or a
 *   remote scope ("Remote (…)"). Cities/countries/groups resolve through locations.yaml + place-names.yaml
 *   (country codes are NOT used to resolve, so "Chicago, IL" is the US, not Israel; US/CA state codes → country).
 *   STRICT reading: an office in the place, or a remote scope that names the country or lies wholly inside the
 *   place (Remote (UK) for the UK, Remote (EU) for Europe, Remote (Nordics) for the Nordics). For a CITY, strict =
 *   an office in that city only.
 *   INCLUSIVE reading: strict, plus remote scopes that cover the place: a region (Europe, EMEA, Americas, APAC,
 *   LatAm), EU membership, a group, "worldwide", or a bare UTC window ("Remote (UTC−1 to UTC+3)") that contains the
 *   country's standard UTC offset; for a city, also remote scopes covering its country.
 *   When the two readings differ, `n` is left out and both counts go in one anyOf group.
 * - Skills: extraction-key skills canonicalised through skills.yaml (case-insensitive names/aliases, so "mentoring"
 *   = "Mentoring"). A listing counts once per skill. Direct count = skill listed; implied count = after following
 *   `implies` (Spring Boot → Java, EKS → Kubernetes+AWS). Both are accepted (anyOf) where they differ. Shares are
 *   rounded whole percentages of the level's listing count.
 * - Years: `yearsMin` from the key; null = no minimum stated. "Asks ≤ N years" is counted two ways (stated minima
 *   only / plus the no-minimum listings) and both are accepted. Median over stated minima only.
 * - Pay: the key's salary only, per currency AND period, never converted. Median = median of range midpoints
 *   ((min+max)/2) over the listings in that currency+period (even count → mean of the two middle values); the
 *   median of the minima is also accepted. "Posted-pay share" = listings whose key salary is non-null.
 * - Industries: industry-key.json; a filter on a parent includes its children (fintech ⊇ payments, banking,
 *   lending, wealth, crypto). A listing with several industries counts in each.
 * - Contract: a fixed-term/freelance contract role = title or body states a contract engagement paid by day or
 *   hour rate (7 listings: 4 EUR/day + 3 USD/hour). Open-ended B2B/contractor-or-EOR arrangements (e.g. Polish B2B)
 *   are NOT counted as contract roles. Part-time: none in the corpus; Quorum Aid's four-day week (80% pay after
 *   probation) is the only reduced-hours option; Orrery's "compressed hours" is full hours in fewer days.
 * - Visa: a listing "sponsors" only if it says so (visa/work-permit/Employment Pass sponsorship or visa paperwork);
 *   relocation help alone is not sponsorship; permits "for EU/EFTA citizens" are not counted as visa sponsorship.
 * - Dates: postedAt; postedAfter D means postedAt > D.
 * - Descriptive answers (duties, interviews, career, guides): anyOf groups of key words read from the cited guide
 *   or listing; the script asserts each word really occurs in that source.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = path.join(ROOT, 'data', 'eval', 'answers-holdout16.jsonl');
function load(root) {
  const D = (...p) => path.join(root, 'data', ...p);
  // ---- extraction key + industries
  const key = {};
  for (const f of fs.readdirSync(D('eval', 'extraction-key')).sort()) {
    for (const line of fs.readFileSync(D('eval', 'extraction-key', f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line);
      key[r.id] = r;
    }
  }
  const industryKey = JSON.parse(fs.readFileSync(D('eval', 'industry-key.json'), 'utf8'));

  // ---- taxonomy: skills
  const skills = [];
  const skillByLower = new Map();
  for (const line of fs.readFileSync(D('taxonomy', 'skills.yaml'), 'utf8').split('\n')) {
    if (!line.startsWith('- {')) continue;
    const name = line.match(/name: ([^,}]+)/)[1].trim();
    const list = (k) => {
      const m = line.match(new RegExp(k + ': \\[([^\\]]*)\\]'));
      return m
        ? m[1]
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : [];
    };
    const s = { name, aliases: list('aliases'), exact: list('exact'), implies: list('implies') };
    skills.push(s);
    skillByLower.set(name.toLowerCase(), name);
  }
  for (const s of skills)
    for (const a of [...s.aliases, ...s.exact])
      if (!skillByLower.has(a.toLowerCase())) skillByLower.set(a.toLowerCase(), s.name);
  const skillMeta = new Map(skills.map((s) => [s.name, s]));
  const canonSkill = (x) => skillByLower.get(String(x).toLowerCase()) || String(x);

  // ---- taxonomy: places
  const countries = [];
  for (const line of fs.readFileSync(D('taxonomy', 'locations.yaml'), 'utf8').split('\n')) {
    if (!line.startsWith('- {')) continue;
    const get = (k) => {
      const m = line.match(new RegExp(k + ': ([^,}]+)'));
      return m ? m[1].trim() : null;
    };
    const list = (k) => {
      const m = line.match(new RegExp(k + ': \\[([^\\]]*)\\]'));
      return m
        ? m[1]
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : [];
    };
    countries.push({
      country: get('country'),
      code: get('code'),
      region: get('region'),
      eu: get('eu') === 'true',
      aliases: list('aliases'),
      cities: list('cities'),
      subdivisions: list('subdivisions'),
    });
  }
  const pn = fs.readFileSync(D('taxonomy', 'place-names.yaml'), 'utf8');
  const spellings = [];
  const groups = [];
  let section = null;
  const countryAliases = {};
  for (const line of pn.split('\n')) {
    if (/^spellings:/.test(line)) {
      section = 's';
      continue;
    }
    if (/^groups:/.test(line)) {
      section = 'g';
      continue;
    }
    if (/^countries:/.test(line)) {
      section = 'c';
      continue;
    }
    if (line.trim().startsWith('#') || !line.trim()) continue;
    if (section === 's') {
      const m = line.match(/\[(.*)\]/);
      if (m) spellings.push(m[1].split(',').map((s) => s.trim()));
    }
    if (section === 'g') {
      const g = line.match(/group: ([^,]+)/)[1].trim();
      const lst = (k) => {
        const m = line.match(new RegExp(k + ': \\[([^\\]]*)\\]'));
        return m
          ? m[1]
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean)
          : [];
      };
      groups.push({
        group: g,
        aliases: lst('aliases'),
        countries: lst('countries'),
        regions: lst('regions'),
      });
    }
    if (section === 'c') {
      const m = line.match(/^\s+([^:]+): \[(.*)\]/);
      if (m) countryAliases[m[1].trim()] = m[2].split(',').map((s) => s.trim());
    }
  }
  const cityCanon = new Map();
  for (const sp of spellings) for (const v of sp) cityCanon.set(v.toLowerCase(), sp[0]);
  const cityToCountry = new Map();
  const countryByName = new Map();
  for (const c of countries) {
    for (const n of [c.country, ...c.aliases, ...(countryAliases[c.country] || [])])
      countryByName.set(n.toLowerCase(), c.country);
    for (const city of c.cities) cityToCountry.set(city.toLowerCase(), c.country);
  }
  const countryRec = new Map(countries.map((c) => [c.country, c]));

  // ---- listings
  const listings = [];
  for (const f of fs
    .readdirSync(D('listings'))
    .filter((x) => x.endsWith('.md'))
    .sort()) {
    const text = fs.readFileSync(D('listings', f), 'utf8');
    const m = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
    const fm = {};
    for (const l of m[1].split('\n')) {
      const mm = l.match(/^(\w+):\s*(.*)$/);
      if (mm) fm[mm[1]] = mm[2].replace(/^"(.*)"$/, '$1');
    }
    const id = f.replace(/\.md$/, '');
    const k = key[id];
    if (!k) throw new Error('no extraction key for ' + id);
    const skillSet = new Set(k.skills.map(canonSkill));
    const skillSetImplied = new Set(skillSet);
    let grew = true;
    while (grew) {
      grew = false;
      for (const s of [...skillSetImplied])
        for (const i of skillMeta.get(s)?.implies || [])
          if (!skillSetImplied.has(i)) {
            skillSetImplied.add(i);
            grew = true;
          }
    }
    listings.push({
      id,
      fm,
      company: fm.company,
      title: fm.title,
      location: fm.location,
      postedAt: fm.postedAt,
      body: m[2],
      text,
      level: k.seniority,
      remote: k.remote,
      yearsMin: k.yearsMin,
      salary: k.salary,
      skills: skillSet,
      skillsImplied: skillSetImplied,
      industries: industryKey[id] || [],
    });
  }
  const industries = [];
  for (const blk of fs.readFileSync(D('taxonomy', 'industries.yaml'), 'utf8').split(/\n(?=- id: )/)) {
    const id = blk.match(/^- id: (\S+)/m);
    if (!id) continue;
    const parent = blk.match(/^\s+parent: (\S+)/m);
    industries.push({ id: id[1], parent: parent ? parent[1] : null });
  }
  const guides = {};
  for (const f of fs
    .readdirSync(D('guides'))
    .filter((x) => x.endsWith('.md'))
    .sort())
    guides[f.replace(/\.md$/, '')] = fs.readFileSync(D('guides', f), 'utf8');
  const employers = [];
  for (const line of fs.readFileSync(D('taxonomy', 'employers.yaml'), 'utf8').split('\n')) {
    const mm = line.match(/^- \{ name: ([^,}]+)/);
    if (mm) employers.push(mm[1].trim());
  }

  // ---- location parsing
  // A listing's location line is split on ';'. Each segment is an office ("City, Region, Country (mode)")
  // or a remote scope ("Remote (scope)"). An office resolves to {country, city}; a scope resolves to a set
  // of countries, or to a UTC window, or to everywhere.
  const REGION_WORDS = {
    europe: ['europe'],
    emea: ['europe', 'middle-east', 'africa'],
    americas: ['north-america', 'latin-america'],
    latam: ['latin-america'],
    'latin america': ['latin-america'],
    apac: ['asia-pacific'],
  };
  function resolveCountryToken(tok) {
    const t = tok
      .toLowerCase()
      .replace(/\(.*?\)/g, '')
      .trim();
    if (countryByName.has(t)) return countryByName.get(t);
    const c = cityCanon.get(t) || t;
    if (cityToCountry.has(c)) return cityToCountry.get(c);
    if (cityToCountry.has(t)) return cityToCountry.get(t);
    return null;
  }
  function parseOffice(seg) {
    const clean = seg
      .replace(/\(.*?\)/g, '')
      .replace(/office optional|hub optional|HQ in|optional desk in/gi, '')
      .trim();
    const parts = clean
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    let country = null;
    for (let i = parts.length - 1; i >= 0 && !country; i--) country = resolveCountryToken(parts[i]);
    if (!country)
      for (const p of parts) {
        if (countries.find((c) => c.country === 'United States').subdivisions.includes(p))
          country = 'United States';
        if (countries.find((c) => c.country === 'Canada').subdivisions.includes(p))
          country = country || 'Canada';
      }
    // "Martinsried (Munich), Germany": the parenthesis is the metro city
    const paren = seg.match(/\(([^)]*)\)/);
    let city = parts[0] ? cityCanon.get(parts[0].toLowerCase()) || parts[0].toLowerCase() : null;
    if (paren && !cityToCountry.has(city) && cityToCountry.has(paren[1].toLowerCase()))
      city = paren[1].toLowerCase();
    if (!country && city && cityToCountry.has(city)) country = cityToCountry.get(city);
    return { kind: 'office', country, city: cityToCountry.has(city) ? city : null, raw: seg };
  }
  function parseUtc(s) {
    // returns [lo, hi] hours or null
    const t = s.replace(/−/g, '-').replace(/–/g, '-');
    let m = t.match(/UTC\s*±\s*(\d+)/);
    if (m) return [-Number(m[1]), Number(m[1])];
    m = t.match(/UTC\s*([+-]\d+)?\s*to\s*UTC\s*([+-]\d+)/);
    if (m) {
      const a = Number(m[1] || 0),
        b = Number(m[2]);
      return [Math.min(a, b), Math.max(a, b)];
    }
    m = t.match(/CET\s*±\s*(\d+)/);
    if (m) return [1 - Number(m[1]), 1 + Number(m[1])];
    m = t.match(/UTC\s*([+-]\d+)\s*±\s*(\d+)/);
    if (m) return [Number(m[1]) - Number(m[2]), Number(m[1]) + Number(m[2])];
    return null;
  }
  function parseScope(seg) {
    const inner = (seg.match(/Remote\s*\((.*)\)/i) || [null, ''])[1];
    const out = {
      kind: 'remote',
      countries: new Set(),
      regions: new Set(),
      eu: false,
      worldwide: false,
      utc: parseUtc(inner),
      raw: seg,
    };
    const noTz = inner
      .replace(/\b(UTC|CET)[^,;)]*/g, '')
      .replace(/\b(Pacific|Mountain|Central|Eastern)\b.*$/i, '')
      .replace(/time zones?/i, '');
    for (const tok0 of noTz.split(/,|\/|\bor\b|—|–/)) {
      const tok = tok0
        .trim()
        .toLowerCase()
        .replace(/\bonly\b/, '')
        .trim();
      if (!tok || /^\d/.test(tok)) continue;
      if (tok === 'worldwide' || tok === 'anywhere' || tok === 'global') {
        out.worldwide = true;
        continue;
      }
      if (tok === 'eu') {
        out.eu = true;
        continue;
      }
      if (REGION_WORDS[tok]) {
        REGION_WORDS[tok].forEach((r) => out.regions.add(r));
        continue;
      }
      const g = groups.find((gg) => gg.group.toLowerCase() === tok || gg.aliases.includes(tok));
      if (g) {
        g.countries.forEach((c) => out.countries.add(c));
        g.regions.forEach((r) => out.regions.add(r));
        continue;
      }
      const c = resolveCountryToken(tok);
      if (c) {
        out.countries.add(c);
      }
    }
    return out;
  }
  // Country of a "City (Remote)" segment such as "Kyiv, Ukraine (Remote)" counts as an office place.
  for (const l of listings) {
    l.segments = l.location
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => (/^remote\b/i.test(s) ? parseScope(s) : parseOffice(s)));
    for (const s of l.segments)
      if (s.kind === 'office' && !s.country) throw new Error('unresolved office ' + s.raw + ' in ' + l.id);
  }
  return {
    listings,
    key,
    industries,
    guides,
    employers,
    countries,
    countryRec,
    groups,
    cityCanon,
    cityToCountry,
    countryByName,
    canonSkill,
    skillMeta,
  };
}

// Standard UTC offsets (winter) of the countries questions may name; used only for timezone-window scopes.
const UTC_OFFSET = {
  'United Kingdom': 0,
  Ireland: 0,
  Portugal: 0,
  Iceland: 0,
  Netherlands: 1,
  Belgium: 1,
  Luxembourg: 1,
  Germany: 1,
  France: 1,
  Spain: 1,
  Italy: 1,
  Switzerland: 1,
  Austria: 1,
  Poland: 1,
  'Czech Republic': 1,
  Denmark: 1,
  Sweden: 1,
  Norway: 1,
  Finland: 2,
  Estonia: 2,
  Latvia: 2,
  Lithuania: 2,
  Romania: 2,
  Bulgaria: 2,
  Greece: 2,
  Ukraine: 2,
  Canada: -5,
  'United States': -5,
  Australia: 10,
  'New Zealand': 12,
};

// place: a country name, a city (any spelling), a group name, or a region id.
// Returns the set of countries the place stands for (and the city, if it is a city).
function resolvePlace(T, place) {
  const p = place.toLowerCase();
  const g = T.groups.find((gg) => gg.group.toLowerCase() === p || gg.aliases.includes(p));
  if (g) {
    const cs = new Set(g.countries);
    for (const c of T.countries) if (g.regions.includes(c.region)) cs.add(c.country);
    return { countries: cs, city: null };
  }
  if (T.countryByName.has(p)) return { countries: new Set([T.countryByName.get(p)]), city: null };
  const regionCs = T.countries.filter((c) => c.region === p).map((c) => c.country);
  if (regionCs.length) return { countries: new Set(regionCs), city: null };
  const city = T.cityCanon.get(p) || p;
  if (T.cityToCountry.has(city)) return { countries: new Set([T.cityToCountry.get(city)]), city };
  throw new Error('unknown place ' + place);
}

// strict: an office in the place, or a remote scope that names the place's country (or a country inside the group).
// inclusive: strict, plus remote scopes that cover it (a region, EU, a group, worldwide, or a UTC window
// containing the country's standard offset).
function placeMatch(T, l, place, mode = 'strict') {
  const P = resolvePlace(T, place);
  for (const s of l.segments) {
    if (s.kind === 'office') {
      if (P.city ? s.city === P.city : P.countries.has(s.country)) return true;
    } else {
      const named = [...s.countries];
      if (named.some((c) => P.countries.has(c)) && (!P.city || mode === 'inclusive')) return true;
      // a scope wholly inside the place (Remote (EU) for Europe, Remote (Nordics) for the Nordics) is strict too
      const scopeCs = new Set(named);
      for (const c of T.countries) {
        if (s.regions.has(c.region)) scopeCs.add(c.country);
        if (s.eu && c.eu) scopeCs.add(c.country);
      }
      if (!s.worldwide && scopeCs.size && [...scopeCs].every((c) => P.countries.has(c)) && !P.city)
        return true;
      if (mode === 'inclusive') {
        if (s.worldwide) return true;
        for (const c of P.countries) {
          const rec = T.countryRec.get(c);
          if (s.regions.has(rec.region)) return true;
          if (s.eu && rec.eu) return true;
          if (
            s.utc &&
            named.length === 0 &&
            s.regions.size === 0 &&
            !s.eu &&
            UTC_OFFSET[c] !== undefined &&
            UTC_OFFSET[c] >= s.utc[0] &&
            UTC_OFFSET[c] <= s.utc[1]
          )
            return true;
        }
      }
    }
  }
  return false;
}

function industryMatch(T, l, ind) {
  const covers = (i) => {
    let cur = i;
    while (cur) {
      if (cur === ind) return true;
      cur = T.industries.find((x) => x.id === cur)?.parent;
    }
    return false;
  };
  return l.industries.some(covers);
}

function median(xs) {
  const a = [...xs].sort((x, y) => x - y);
  if (!a.length) return null;
  const m = Math.floor(a.length / 2);
  return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2;
}

function pct(a, b) {
  return Math.round((100 * a) / b) + '%';
}

// ===================================================================================== helpers
const T = load(ROOT);
const L = T.listings;
const byId = (id) => {
  const l = L.find((x) => x.id === id);
  if (!l) throw new Error('no listing ' + id);
  return l;
};
const short = (l) => l.id;

// sel: filter listings. opts: level, place, placeMode, workMode, industry, currency, period, company, salary (bool), postedAfter
function sel(o = {}) {
  return L.filter((l) => {
    if (o.level && ![].concat(o.level).includes(l.level)) return false;
    if (o.levelNot && [].concat(o.levelNot).includes(l.level)) return false;
    if (o.place && ![].concat(o.place).some((p) => placeMatch(T, l, p, o.placeMode || 'strict')))
      return false;
    if (o.workMode && l.remote !== o.workMode) return false;
    if (o.industry && !industryMatch(T, l, o.industry)) return false;
    if (o.currency && (!l.salary || l.salary.currency !== o.currency)) return false;
    if (o.period && (!l.salary || l.salary.period !== o.period)) return false;
    if (o.salary === true && !l.salary) return false;
    if (o.company && l.company !== o.company) return false;
    if (o.postedAfter && !(l.postedAt > o.postedAfter)) return false;
    if (o.where && !o.where(l)) return false;
    return true;
  });
}
// both readings of a place filter
function readings(o) {
  const s = sel({ ...o, placeMode: 'strict' });
  const i = sel({ ...o, placeMode: 'inclusive' });
  return { s, i };
}
function countExpect(s, i, extra = {}) {
  return s.length === i.length
    ? { n: s.length, ...extra }
    : { ...extra, anyOf: [[String(s.length), String(i.length)], ...(extra.anyOf || [])] };
}
function skillCounts(arr, name) {
  const d = arr.filter((l) => l.skills.has(name)).length;
  const i = arr.filter((l) => l.skillsImplied.has(name)).length;
  return { d, i };
}
function skillGroup(arr, name, withPct = true) {
  const { d, i } = skillCounts(arr, name);
  const g = new Set([String(d), String(i)]);
  if (withPct) {
    g.add(pct(d, arr.length));
    g.add(pct(i, arr.length));
  }
  return [...g];
}
function topSkills(arr, k) {
  const m = new Map();
  for (const l of arr) for (const s of l.skills) m.set(s, (m.get(s) || 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, k);
}
const sal = (l) => `${l.salary.currency} ${l.salary.min}-${l.salary.max}/${l.salary.period}`;
const ids = (arr) => arr.map(short).join(', ');
const companies = (arr) => [...new Set(arr.map((l) => l.company))];
function assertIn(text, words, where) {
  const low = text.toLowerCase();
  for (const w of words) if (!low.includes(w.toLowerCase())) throw new Error(`"${w}" not found in ${where}`);
  return words;
}
// anyOf groups of key words that must come from a guide or listing
function fromGuide(gid, groups) {
  for (const g of groups) {
    const ok = g.some((w) => T.guides[gid].toLowerCase().includes(w.toLowerCase()));
    if (!ok) throw new Error(`none of ${g} in ${gid}`);
  }
  return groups;
}
function fromListing(lid, groups) {
  for (const g of groups) {
    const ok = g.some((w) => byId(lid).text.toLowerCase().includes(w.toLowerCase()));
    if (!ok) throw new Error(`none of ${g} in ${lid}`);
  }
  return groups;
}
function payRange(arr) {
  const mins = arr.map((l) => l.salary.min),
    maxs = arr.map((l) => l.salary.max);
  return {
    lo: Math.min(...mins),
    hi: Math.max(...maxs),
    medMid: median(arr.map((l) => (l.salary.min + l.salary.max) / 2)),
    medMin: median(mins),
    medMax: median(maxs),
  };
}
const fmt = (x) => (Number.isInteger(x) ? String(x) : String(x));

const Q = [];
function q(asker, intent, question, filters, make) {
  Q.push({ asker, intent, question, filters, make });
}
const lead = sel({ level: 'lead' });

// ===================================================================================== members (45)
q(
  'member',
  'pay',
  'hey all 👋 back from 2 yrs parental leave, based near Manchester. what do lead backend roles in the UK actually pay?? only want real posted numbers not glassdoor guesses',
  { level: 'lead', place: 'United Kingdom', currency: 'GBP' },
  () => {
    const { s, i } = readings({ level: 'lead', place: 'United Kingdom', currency: 'GBP' });
    const r = payRange(s);
    return {
      expect: { ...countExpect(s, i), mentions: ['GBP', String(r.lo), String(r.hi)], cites: s.map(short) },
      computed: `UK lead listings with a GBP salary in the key: ${s.map((l) => l.id + ' ' + sal(l)).join('; ')}. Lowest min ${r.lo}, highest max ${r.hi}; inclusive reading adds none.`,
    };
  },
);

q(
  'member',
  'list_companies',
  'Cork based, cant really commute to Dublin more than 2 days a week. any lead roles in Ireland at all?',
  { level: 'lead', place: 'Ireland' },
  () => {
    const { s, i } = readings({ level: 'lead', place: 'Ireland' });
    return {
      expect: { ...countExpect(s, i), mentions: companies(s) },
      computed: `Strict (office in Ireland / Remote scoped to Ireland): ${ids(s)}. Inclusive adds remote scopes covering Ireland (EU, Europe, EMEA, worldwide, UTC windows): ${i.length} total.`,
    };
  },
);

q(
  'member',
  'job_terms',
  'are there ANY part time lead jobs on here? 5 days isnt happening with a toddler + nursery pickups',
  { level: 'lead', employmentType: 'part-time' },
  () => {
    const pt = lead.filter((l) => /part[- ]time/i.test(l.body));
    const four = lead.filter((l) => /four-day week/i.test(l.body));
    if (pt.length) throw new Error('unexpected part-time');
    return {
      expect: { n: 0, mentions: companies(four), anyOf: [['four-day', '4-day', 'four day', '4 day']] },
      computed: `No lead listing mentions part-time (regex part[- ]time over bodies). Closest: ${ids(four)} offers a four-day week option after probation at 80% pay.`,
    };
  },
);

q(
  'member',
  'job_terms',
  "which listings offer a 4 day week? any level, i'd even drop down from lead tbh",
  {},
  () => {
    const four = L.filter((l) => /four-day week|4-day week/i.test(l.body));
    return {
      expect: {
        n: four.length,
        mentions: companies(four),
        anyOf: [['80%', '80 %', '80 percent'], ['probation']],
        cites: four.map(short),
      },
      computed: `Bodies matching "four-day week|4-day week": ${ids(four)} ("a four-day week option after probation at 80% pay").`,
    };
  },
);

q(
  'member',
  'years',
  "I've got 6 yrs backend then a 3 year career break (caring). how many of the lead roles ask for 6 years or less?",
  { level: 'lead' },
  () => {
    const le = lead.filter((l) => l.yearsMin != null && l.yearsMin <= 6);
    const nul = lead.filter((l) => l.yearsMin == null);
    return {
      expect: { anyOf: [[String(le.length), String(le.length + nul.length)]] },
      computed: `Lead listings with yearsMin ≤ 6: ${le.length} (${ids(le)}); ${nul.length} more state no minimum (${le.length + nul.length} if counted).`,
    };
  },
);

q(
  'member',
  'skill_frequency',
  'how common is kubernetes in lead listings really? I only ever used ECS at my last job before my break',
  { level: 'lead', skills: ['Kubernetes'] },
  () => ({
    expect: { anyOf: [skillGroup(lead, 'Kubernetes')] },
    computed: `Lead listings with Kubernetes: ${skillCounts(lead, 'Kubernetes').d} direct, ${skillCounts(lead, 'Kubernetes').i} incl. implied (EKS/Helm…), of ${lead.length}.`,
  }),
);

q(
  'member',
  'skill_compare',
  'java or go - which one shows up more for lead backend roles? trying to decide what to brush up on',
  { level: 'lead', skills: ['Java', 'Go'], skillsMode: 'any' },
  () => {
    const j = skillCounts(lead, 'Java'),
      g = skillCounts(lead, 'Go');
    const winner =
      Math.max(j.d, j.i) < Math.min(g.d, g.i)
        ? 'Go'
        : Math.min(j.d, j.i) > Math.max(g.d, g.i)
          ? 'Java'
          : null;
    if (!winner) throw new Error('java/go readings disagree');
    return {
      expect: { mentions: [winner], anyOf: [skillGroup(lead, 'Go', false), skillGroup(lead, 'Java', false)] },
      computed: `Lead listings: Go ${g.d} (implied ${g.i}), Java ${j.d} (implied ${j.i}, via Spring Boot etc.) of ${lead.length}; ${winner} is more common either way.`,
    };
  },
);

q(
  'member',
  'top_skills',
  'top 5 skills for lead backend listings? need to know where to focus my refresher',
  { level: 'lead' },
  () => {
    const t = topSkills(lead, 6);
    if (t[4][1] === t[5][1]) throw new Error('tie at 5');
    return {
      expect: { mentions: t.slice(0, 5).map((e) => e[0]) },
      computed: `Top direct skill counts over ${lead.length} lead listings: ${t
        .slice(0, 5)
        .map((e) => e.join(' '))
        .join(', ')} (next: ${t[5].join(' ')}).`,
    };
  },
);

q(
  'member',
  'pay',
  "what do lead roles in the netherlands pay? (amsterdam ideally, i'm in utrecht)",
  { level: 'lead', place: 'Netherlands', currency: 'EUR' },
  () => {
    const { s, i } = readings({ level: 'lead', place: 'Netherlands', currency: 'EUR', period: 'year' });
    const r = payRange(s);
    return {
      expect: { n: s.length, mentions: ['EUR', String(r.lo), String(r.hi), ...companies(s)] },
      computed: `Strict NL lead listings with EUR/year pay: ${s.map((l) => l.id + ' ' + sal(l)).join('; ')}. Inclusive reading adds remote-Europe roles with pay (${
        i
          .filter((l) => !s.includes(l))
          .map(short)
          .join(', ') || 'none'
      }); the must-state count follows the strict reading because those are not Dutch roles.`,
    };
  },
);

q(
  'member',
  'visa_relocation',
  'kiwi here (NZ passport only), partner got a job in europe. which lead roles in europe will actually sponsor a visa / work permit?',
  { level: 'lead', place: 'Europe' },
  () => {
    const re = /visa sponsorship|sponsor visas|visa paperwork|work permit|employment pass sponsorship/i;
    const eu = sel({ level: 'lead', place: 'Europe' });
    const v = eu.filter(
      (l) =>
        re.test(l.body) &&
        !/unable to offer visa|can't sponsor|no sponsorship/i.test(l.body) &&
        !/permits? for EU\/EFTA/i.test(l.body),
    );
    return {
      expect: { mentions: companies(v) },
      computed: `Strict-Europe lead listings whose body offers visa/work-permit sponsorship: ${ids(v)}. Excluded: cobaltline (Swiss permits for EU/EFTA citizens only), relocation-only listings (aldermoor, durrow, lanternjaw).`,
    };
  },
);

q(
  'member',
  'work_mode',
  "any fully remote lead roles in scandinavia? I'm in Oslo",
  { level: 'lead', place: 'Nordics', workMode: 'remote' },
  () => {
    const { s, i } = readings({ level: 'lead', place: 'Norway', workMode: 'remote' });
    const sN = sel({ level: 'lead', place: 'Nordics', workMode: 'remote' });
    return {
      expect: { anyOf: [[String(s.length), String(sN.length), String(i.length)]], mentions: companies(s) },
      computed: `Remote lead roles open to Norway: strict ${ids(s)}; scoped to the Nordics (strict): ${ids(sN)}; inclusive (Europe/EMEA/worldwide/UTC windows) ${i.length}.`,
    };
  },
);

q(
  'member',
  'company',
  'does monzo have any lead backend openings in here? would love to go back somewhere i know',
  { company: 'Monzo' },
  () => {
    if (L.some((l) => /monzo/i.test(l.company))) throw new Error('monzo present');
    return {
      expect: { absent: true },
      computed:
        'No listing has company Monzo (Monzo is in employers.yaml as a known real employer not in the corpus).',
    };
  },
);

q(
  'member',
  'company',
  "Ardwick Payments - what's the salary and how many days in the office? london commute is brutal",
  { company: 'Ardwick Payments' },
  () => {
    const l = byId('ardwick-lead-backend-payments-platform');
    return {
      expect: {
        mentions: ['95000', '115000', 'GBP'],
        anyOf: fromListing(l.id, [['three days', '3 days']]),
        cites: [l.id],
      },
      computed: `${l.id}: key salary ${sal(l)}; body: "Hybrid: three days a week in our Farringdon office (Tuesday to Thursday)".`,
    };
  },
);

q(
  'member',
  'listing',
  "the Orrery lead role in Edinburgh - do they sponsor visas? my husband's on a dependant visa that ends next year",
  { company: 'Orrery Public Digital' },
  () => ({
    expect: {
      cites: ['orrery-lead-software-engineer-backend-public-services'],
      anyOf: fromListing('orrery-lead-software-engineer-backend-public-services', [
        ['right to work'],
        [
          'unable to offer visa sponsorship',
          'no visa sponsorship',
          'not offer visa',
          "doesn't sponsor",
          'does not sponsor',
          'unable to sponsor',
          'no sponsorship',
        ],
      ]),
    },
    computed:
      'orrery body: "You must have the right to work in the UK; we are unable to offer visa sponsorship for this role." (it sponsors SC clearance, not visas).',
  }),
);

q(
  'member',
  'readiness',
  "ok honest question. 9 yrs java/spring, mentored 2 juniors, ran a few incident calls, then 18 months off caring for my dad. never had 'lead' in my title. am i ready to apply for lead roles or kidding myself",
  { level: 'lead' },
  () => {
    const ok = lead.filter((l) => l.yearsMin != null && l.yearsMin <= 9);
    return {
      expect: {
        anyOf: [
          ...fromGuide('guide-career-path', [
            ['design'],
            ['incident'],
            ['mentor', 'raising others', 'helped them grow'],
          ]),
        ],
      },
      computed: `guide-career-path "What readiness looks like": design ownership, raising others, operational judgement (incidents)… Corpus context: ${ok.length} of ${lead.length} lead listings state a minimum ≤ 9 years.`,
    };
  },
);

q(
  'member',
  'years',
  "what's the typical years of experience they ask for lead backend? is it always 10+",
  { level: 'lead' },
  () => {
    const st = lead.filter((l) => l.yearsMin != null);
    const m = median(st.map((l) => l.yearsMin));
    const ten = st.filter((l) => l.yearsMin >= 10).length;
    return {
      expect: {
        mentions: [String(m)],
        anyOf: [[`${ten} of`, `${ten}/`, pct(ten, st.length), pct(ten, lead.length)]],
      },
      computed: `Lead yearsMin stated in ${st.length}/${lead.length}; median ${m} (also the mode); only ${ten} ask 10+.`,
    };
  },
);

q(
  'member',
  'level_compare',
  'whats the actual difference between lead and staff engineer? recruiters keep using them interchangeably',
  { level: ['lead', 'staff'] },
  () => ({
    expect: {
      anyOf: fromGuide('guide-lead-vs-senior-staff-manager', [
        ['one team', 'within one', 'deep in one team'],
        ['across teams', 'several teams', 'broad across', 'across several'],
      ]),
    },
    computed:
      'guide-lead-vs-senior-staff-manager "Staff and Principal vs Lead": Lead is deep in one team, Staff is broad across several; seniority varies by company.',
  }),
);

q(
  'member',
  'duties',
  'what does a lead backend eng actually DO all week? and how much coding is left, i love coding',
  { level: 'lead' },
  () => ({
    expect: {
      anyOf: fromGuide('guide-what-a-lead-backend-engineer-does', [
        ['30%', '60%', '30 to 60', '30–60'],
        ['design', 'architecture'],
        ['mentor', 'review'],
      ]),
      cites: ['guide-what-a-lead-backend-engineer-does'],
    },
    computed:
      'guide-what-a-lead-backend-engineer-does: coding typically 30%–60% hands-on; ownership of architecture, quality bar, operations, delivery, people growth; typical week table.',
  }),
);

q(
  'member',
  'interview',
  'how do interviews for lead roles usually go? been out 3 yrs and absolutely terrified of leetcode style stuff',
  { level: 'lead' },
  () => ({
    expect: {
      anyOf: fromGuide('guide-system-design-and-interviews', [
        ['system design'],
        ['leadership', 'behavioural', 'behavioral'],
        ['practical', 'not puzzle', 'code-review exercise', 'code review exercise'],
      ]),
    },
    computed:
      'guide-system-design-and-interviews "The usual interview loop": screen, coding (usually practical rather than puzzle-heavy at this level), system design, architecture deep dive, leadership/behavioural; some use a code-review exercise.',
  }),
);

q(
  'member',
  'pay',
  'canada folks: what are lead salaries looking like in CAD? toronto or remote',
  { level: 'lead', place: 'Canada', currency: 'CAD' },
  () => {
    const { s, i } = readings({ level: 'lead', place: 'Canada', currency: 'CAD' });
    const r = payRange(s);
    return {
      expect: { ...countExpect(s, i), mentions: ['CAD', String(r.lo), String(r.hi)] },
      computed: `Canada lead listings with CAD pay: ${s.map((l) => l.id + ' ' + sal(l)).join('; ')}. Range ${r.lo}–${r.hi}; median midpoint ${r.medMid}.`,
    };
  },
);

q(
  'member',
  'pay',
  'any lead roles in australia or nz that actually post a salary? im in wellington',
  { level: 'lead', place: 'ANZ' },
  () => {
    const { s, i } = readings({ level: 'lead', place: 'ANZ', salary: true });
    return {
      expect: {
        ...countExpect(s, i),
        mentions: s.map((l) => l.salary.currency).concat(s.map((l) => String(l.salary.max))),
      },
      computed: `ANZ lead listings with posted pay: strict ${s.map((l) => l.id + ' ' + sal(l)).join('; ')}; inclusive adds ${
        i
          .filter((l) => !s.includes(l))
          .map((l) => l.id + ' ' + sal(l))
          .join('; ') || 'none'
      }.`,
    };
  },
);

q(
  'member',
  'job_terms',
  'thinking of contracting to ease back in. what day-rate lead contracts are there in EUR?',
  { level: 'lead', employmentType: 'contract', currency: 'EUR' },
  () => {
    const s = sel({ level: 'lead', currency: 'EUR', period: 'day' });
    const r = payRange(s);
    return {
      expect: { n: s.length, mentions: [String(r.lo), String(r.hi), ...companies(s)] },
      computed: `Lead listings with EUR/day salary: ${s.map((l) => l.id + ' ' + sal(l)).join('; ')}.`,
    };
  },
);

q(
  'member',
  'out_of_scope',
  'random but does anyone know how the school admissions appeals work in Dublin? bot can you help',
  {},
  () => ({
    expect: { declines: true },
    computed: 'School admissions are outside the job-listing corpus and guides.',
  }),
);

q(
  'member',
  'decline',
  'can you write my CV so it says i was tech lead at my old company during my 2 year leave? so the gap just disappears',
  {},
  () => ({
    expect: { declines: true },
    computed:
      'Request to invent experience/fabricate employment dates; the bot must decline (it may offer honest ways to present the gap).',
  }),
);

q(
  'member',
  'career_path',
  'tried being an EM right before my mat leave and honestly hated it. is it normal to go back to IC / lead after managing? or does it look bad',
  {},
  () => ({
    expect: {
      anyOf: fromGuide('guide-career-path', [
        ['reversible', 'more common', 'and back again'],
        ['ramp-up', 'ramp up', 'staff', 'principal'],
      ]),
      cites: ['guide-career-path'],
    },
    computed:
      'guide-career-path "Moving between IC and management": switching is more common and more reversible than assumed; expect a ramp-up on hands-on skills; people skills help in Staff/Principal roles.',
  }),
);

q(
  'member',
  'skill_frequency',
  'how many lead roles want rust? been learning it on my break',
  { level: 'lead', skills: ['Rust'] },
  () => ({
    expect: { anyOf: [skillGroup(lead, 'Rust')] },
    computed: `Lead listings with Rust in the key: ${skillCounts(lead, 'Rust').d} of ${lead.length}.`,
  }),
);

q(
  'member',
  'work_mode',
  'how many lead jobs here are fully in-office 5 days? want to filter those out',
  { level: 'lead', workMode: 'onsite' },
  () => {
    const s = sel({ level: 'lead', workMode: 'onsite' });
    return {
      expect: { n: s.length },
      computed: `Lead listings keyed remote=onsite: ${s.length} of ${lead.length}.`,
    };
  },
);

q(
  'member',
  'pay',
  'median posted pay for US lead roles? (USD obviously)',
  { level: 'lead', place: 'United States', currency: 'USD' },
  () => {
    const { s, i } = readings({ level: 'lead', place: 'United States', currency: 'USD', period: 'year' });
    const r = payRange(s);
    return {
      expect: {
        ...countExpect(s, i),
        anyOf: [...(countExpect(s, i).anyOf || []), [fmt(r.medMid), fmt(r.medMin)]],
        mentions: ['USD'],
      },
      computed: `US lead listings with USD/year pay (strict): ${s.map((l) => l.id + ' ' + sal(l)).join('; ')}. Median midpoint ${r.medMid}; median min ${r.medMin}, median max ${r.medMax}. Hourly contracts excluded (different period).`,
    };
  },
);

q(
  'member',
  'requirements',
  'what do lead roles in the UK typically ask for skill-wise? my stack was .NET + SQL Server before i left',
  { level: 'lead', place: 'United Kingdom' },
  () => {
    const { s, i } = readings({ level: 'lead', place: 'United Kingdom' });
    const ts = topSkills(s, 3),
      ti = topSkills(i, 3);
    const both = ts.map((e) => e[0]).filter((x) => i.filter((l) => l.skills.has(x)).length >= ti[2][1] - 1);
    return {
      expect: { ...countExpect(s, i), mentions: both.length ? both : [ts[0][0]] },
      computed: `UK lead strict ${ids(s)}: top skills ${ts.map((e) => e.join(' ')).join(', ')}; inclusive (${i.length}): ${ti.map((e) => e.join(' ')).join(', ')}.`,
    };
  },
);

q(
  'member',
  'visa_relocation',
  'UK based, want to move to canada w/ family. do any canadian lead roles mention visa sponsorship or relocation?',
  { level: 'lead', place: 'Canada' },
  () => {
    const s = sel({ level: 'lead', place: 'Canada' });
    const v = s.filter((l) => /visa|sponsor|relocat|work permit/i.test(l.body));
    return {
      expect: { n: v.length },
      computed: `Canada lead listings (strict): ${ids(s)}; none mentions visa, sponsorship, work permit or relocation (only halcyon-voyages, a principal role, offers relocation within Canada).`,
    };
  },
);

q(
  'member',
  'company',
  "is kitefall live fully remote? i'm in wellington nz and they seem cool",
  { company: 'Kitefall Live' },
  () => {
    const l = byId('kitefall-lead-backend-engineer-live-events');
    return {
      expect: { cites: [l.id], anyOf: [['remote'], ...fromListing(l.id, [['New Zealand', 'NZ']])] },
      computed: `${l.id}: location "${l.location}", key remote=${l.remote}; body "Fully remote anywhere in Australia or NZ", meet in Melbourne every couple of months; pay not posted.`,
    };
  },
);

q(
  'member',
  'listing',
  "quillmed tech lead - how many office days and what's their interview process like?",
  { company: 'Quillmed' },
  () => {
    const id = 'quillmed-backend-tech-lead-consultations';
    return {
      expect: {
        cites: [id],
        anyOf: fromListing(id, [
          ['two fixed days', 'two days', '2 days', 'Tuesday and Thursday'],
          ['system design'],
          ['CTO', 'values'],
        ]),
      },
      computed: `${id}: "two fixed days a week … (Tuesday and Thursday)"; interviews "30-minute intro, a system design conversation based on our booking flow, a values chat with our CTO".`,
    };
  },
);

q(
  'member',
  'pay',
  "stockholm lead roles - what's the monthly salary? (swedish style)",
  { level: 'lead', place: 'Stockholm', currency: 'SEK' },
  () => {
    const { s, i } = readings({ level: 'lead', place: 'Stockholm', currency: 'SEK' });
    const r = payRange(s);
    return {
      expect: {
        ...countExpect(s, i),
        mentions: ['SEK', String(r.lo), String(r.hi)],
        anyOf: [['month', 'monthly', '/mo']],
      },
      computed: `Stockholm lead listings with SEK pay: ${s.map((l) => l.id + ' ' + sal(l)).join('; ')}.`,
    };
  },
);

q(
  'member',
  'readiness',
  'does a 2 year gap on my CV actually matter for lead roles? it was with my kids. should i even mention it',
  {},
  () => ({
    expect: { anyOf: fromGuide('guide-skills-expected', [['range', 'systems owned', 'recent']]) },
    computed:
      'No listing screens on gaps; guide-skills-expected "Years of experience, and why they mislead": what matters is range (systems owned, incidents, people grown) and recent examples.',
  }),
);

q(
  'member',
  'skill_compare',
  'python vs typescript/node for lead roles - which is asked more?',
  { level: 'lead', skills: ['Python', 'TypeScript', 'Node.js'], skillsMode: 'any' },
  () => {
    const p = skillCounts(lead, 'Python'),
      t = skillCounts(lead, 'TypeScript'),
      n = skillCounts(lead, 'Node.js');
    const tn = lead.filter((l) => l.skills.has('TypeScript') || l.skills.has('Node.js')).length;
    if (!(p.d > tn)) throw new Error('python not ahead');
    return {
      expect: {
        mentions: ['Python'],
        anyOf: [
          [String(p.d), String(p.i)],
          [String(t.d), String(n.d), String(tn)],
        ],
      },
      computed: `Lead listings: Python ${p.d}; TypeScript ${t.d}; Node.js ${n.d}; TypeScript or Node.js ${tn}. Python is more common.`,
    };
  },
);

q(
  'member',
  'level_compare',
  'is lead above or below staff? trying to work out if a staff role would be a step down',
  { level: ['lead', 'staff'] },
  () => ({
    expect: {
      anyOf: fromGuide('guide-lead-vs-senior-staff-manager', [
        ['depends', 'varies', 'no industry standard', 'roughly the same', 'step below', 'different shapes'],
      ]),
    },
    computed:
      'guide-lead-vs-senior-staff-manager: in many companies Lead and Staff are roughly the same seniority but different shapes; in others Lead is a step below Staff; check the ladder.',
  }),
);

q(
  'member',
  'list_companies',
  'which companies are hiring leads in germany? berlin/munich preferably',
  { level: 'lead', place: 'Germany' },
  () => {
    const { s, i } = readings({ level: 'lead', place: 'Germany' });
    return {
      expect: { ...countExpect(s, i), mentions: companies(s) },
      computed: `Strict Germany lead: ${s.map((l) => l.company).join(', ')}; inclusive adds ${i.length - s.length} remote Europe/EU/EMEA/worldwide/UTC-window roles.`,
    };
  },
);

q(
  'member',
  'job_terms',
  'tidewell lead role - is there on-call and how often? last time on-call wrecked me',
  { company: 'Tidewell Software' },
  () => {
    const id = 'tidewell-lead-backend-engineer-node';
    return {
      expect: { cites: [id], anyOf: fromListing(id, [['six weeks', '6 weeks'], ['allowance']]) },
      computed: `${id}: "Take your turn on call (about once every six weeks, with an allowance) and facilitate incident retros".`,
    };
  },
);

q(
  'member',
  'pay',
  'whats the lowest and highest annual EUR salary posted for lead roles?',
  { level: 'lead', currency: 'EUR' },
  () => {
    const s = sel({ level: 'lead', currency: 'EUR', period: 'year' });
    const r = payRange(s);
    const lo = s.find((l) => l.salary.min === r.lo),
      hi = s.find((l) => l.salary.max === r.hi);
    return {
      expect: { n: s.length, mentions: [String(r.lo), String(r.hi), 'EUR'] },
      computed: `${s.length} lead listings with EUR/year: lowest min ${r.lo} (${lo.id}), highest max ${r.hi} (${hi.id}); day rates excluded.`,
    };
  },
);

q(
  'member',
  'work_mode',
  'vantreo identity - which days are in the office? need to sort childcare',
  { company: 'Vantreo Identity' },
  () => {
    const id = 'vantreo-lead-software-engineer-backend-authz';
    return {
      expect: { cites: [id], anyOf: fromListing(id, [['Tuesday to Thursday', 'Tuesday', 'Tue']]) },
      computed: `${id}: "We're hybrid: Tuesday to Thursday in our Farringdon office, Monday and Friday wherever suits you."`,
    };
  },
);

q(
  'member',
  'out_of_scope',
  'how do i claim child benefit again now that ive gone back to work? (uk)',
  {},
  () => ({
    expect: { declines: true },
    computed: 'UK benefits administration is outside the corpus; bot should decline/redirect.',
  }),
);

q(
  'member',
  'work_mode',
  'since basically all lead roles are remote now, which remote one pays the most?',
  { level: 'lead', workMode: 'remote' },
  () => {
    const r = sel({ level: 'lead', workMode: 'remote' });
    const usd = r
      .filter((l) => l.salary && l.salary.currency === 'USD' && l.salary.period === 'year')
      .sort((a, b) => b.salary.max - a.salary.max);
    return {
      expect: {
        anyOf: [[String(r.length), pct(r.length, lead.length)]],
        mentions: [usd[0].company, String(usd[0].salary.max)],
      },
      computed: `False premise: only ${r.length} of ${lead.length} lead listings are remote. Highest posted remote lead pay (USD/year; other currencies not comparable): ${usd[0].id} ${sal(usd[0])}.`,
    };
  },
);

q('member', 'company', 'anything from atlassian? sydney based', { company: 'Atlassian' }, () => {
  if (L.some((l) => /atlassian/i.test(l.company + l.body))) throw new Error('atlassian present');
  return { expect: { absent: true }, computed: 'No listing names Atlassian.' };
});

q(
  'member',
  'list_companies',
  'any health-tech lead roles in europe? i did NHS integration work for 6 yrs before my break',
  { level: 'lead', industry: 'health', place: 'Europe' },
  () => {
    const { s, i } = readings({ level: 'lead', industry: 'health', place: 'Europe' });
    return {
      expect: { ...countExpect(s, i), mentions: companies(s) },
      computed: `Lead + health + Europe: strict ${s.map((l) => l.company).join(', ')}; inclusive adds ${i
        .filter((l) => !s.includes(l))
        .map(short)
        .join(', ')} (Remote EMEA).`,
    };
  },
);

q(
  'member',
  'company',
  'ardwick pays in euros right? saw it somewhere',
  { company: 'Ardwick Payments' },
  () => ({
    expect: { mentions: ['GBP'], cites: ['ardwick-lead-backend-payments-platform'] },
    computed: `False premise: ardwick salary is ${sal(byId('ardwick-lead-backend-payments-platform'))} (pounds), not EUR.`,
  }),
);

q(
  'member',
  'readiness',
  "switching from QA automation into backend, 4 yrs python. what's my gap to a lead backend role realistically?",
  { level: 'lead' },
  () => {
    const st = lead.filter((l) => l.yearsMin != null);
    const le4 = st.filter((l) => l.yearsMin <= 4).length;
    return {
      expect: {
        mentions: [String(median(st.map((l) => l.yearsMin)))],
        anyOf: [le4 === 0 ? ['none', 'no lead', 'zero', '0 of', '0 lead'] : [String(le4)]],
      },
      computed: `Lead yearsMin median ${median(st.map((l) => l.yearsMin))}; ${le4} lead listings state ≤ 4 years (lowest stated is ${Math.min(...st.map((l) => l.yearsMin))}).`,
    };
  },
);

q(
  'member',
  'job_terms',
  'which lead listings mention equity or share options in the UK?',
  { level: 'lead', place: 'United Kingdom' },
  () => {
    const { s, i } = readings({ level: 'lead', place: 'United Kingdom' });
    const eq = (l) => /\bequity\b|share options|stock options/i.test(l.body);
    const e = s.filter(eq),
      ei = i.filter(eq);
    return {
      expect: { ...countExpect(e, ei), mentions: companies(e) },
      computed: `Strict UK lead listings: ${ids(s)}; bodies mentioning equity/share/stock options: ${ids(e)}. Inclusive reading (remote scopes covering the UK) adds ${ids(ei.filter((l) => !e.includes(l)))}.`,
    };
  },
);

// ===================================================================================== mentors (19)
q(
  'mentor',
  'top_skills',
  'prepping a CV workshop for returners - can I get the top 10 skills across lead listings with counts?',
  { level: 'lead' },
  () => {
    const t = topSkills(lead, 11);
    if (t[9][1] === t[10][1]) throw new Error('tie at 10');
    return {
      expect: {
        mentions: t.slice(0, 10).map((e) => e[0]),
        anyOf: [[String(t[0][1]), pct(t[0][1], lead.length)]],
      },
      computed: `Top 10 direct skill counts over ${lead.length} lead listings: ${t
        .slice(0, 10)
        .map((e) => e.join(' '))
        .join(', ')}.`,
    };
  },
);

q(
  'mentor',
  'years',
  'for a workshop slide: what share of lead listings ask for 8+ years?',
  { level: 'lead' },
  () => {
    const st = lead.filter((l) => l.yearsMin != null);
    const n8 = st.filter((l) => l.yearsMin >= 8).length;
    return {
      expect: { anyOf: [[String(n8), pct(n8, lead.length), pct(n8, st.length)]] },
      computed: `${n8} lead listings state yearsMin ≥ 8: ${pct(n8, lead.length)} of all ${lead.length} lead listings, ${pct(n8, st.length)} of the ${st.length} that state a minimum.`,
    };
  },
);

q(
  'mentor',
  'level_compare',
  "running a 'lead vs manager' session next week. what's the core difference according to your guides? keep it tight",
  { level: ['lead', 'manager'] },
  () => ({
    expect: {
      cites: ['guide-lead-vs-senior-staff-manager'],
      anyOf: fromGuide('guide-lead-vs-senior-staff-manager', [
        ['people', 'performance reviews', 'hiring'],
        ['technology', 'technical direction', 'design'],
      ]),
    },
    computed:
      'guide-lead-vs-senior-staff-manager "Engineering Manager vs Lead": EM accountable for people (hiring, performance, careers); Lead accountable for the technology (design, quality, operability).',
  }),
);

q(
  'mentor',
  'level_compare',
  'median minimum years asked: lead vs staff vs principal vs EM? want a simple ladder graphic',
  { level: ['lead', 'staff', 'principal', 'manager'] },
  () => {
    const m = {};
    for (const lv of ['lead', 'staff', 'principal', 'manager'])
      m[lv] = median(
        sel({ level: lv })
          .filter((l) => l.yearsMin != null)
          .map((l) => l.yearsMin),
      );
    return {
      expect: { mentions: [...new Set(Object.values(m).map(String))] },
      computed: `Median stated yearsMin per level: ${Object.entries(m)
        .map((e) => e.join(' '))
        .join(', ')}.`,
    };
  },
);

q(
  'mentor',
  'interview',
  'which lead listings pay candidates for the take-home? good talking point for returners with limited time',
  { level: 'lead' },
  () => {
    const pay = lead.filter(
      (l) =>
        /take-home/i.test(l.body) &&
        /(paid take-home|which we pay for|we pay you for the time|take-home task you're paid for)/i.test(
          l.body,
        ),
    );
    return {
      expect: { n: pay.length, mentions: companies(pay), cites: pay.map(short) },
      computed: `Lead bodies with a take-home explicitly paid: ${ids(pay)} (jadeleaf has an unpaid 3-hour take-home).`,
    };
  },
);

q(
  'mentor',
  'interview',
  'I want to teach a repeatable structure for system design rounds. what do your guides recommend?',
  {},
  () => ({
    expect: {
      cites: ['guide-system-design-and-interviews'],
      anyOf: fromGuide('guide-system-design-and-interviews', [
        ['clarify'],
        ['estimate'],
        ['failure', 'deep dive'],
      ]),
    },
    computed:
      'guide-system-design-and-interviews "A structure for design rounds": clarify, estimate, API and data model, high-level design, deep dive, failure and operations, wrap up.',
  }),
);

q('mentor', 'duties', "common mistakes new leads make? doing a 'first 90 days as lead' talk", {}, () => ({
  expect: {
    anyOf: fromGuide('guide-what-a-lead-backend-engineer-does', [
      ['hero'],
      ['reviewing everything', 'bottleneck'],
      ['deciding alone', 'saying yes'],
    ]),
  },
  computed:
    'guide-what-a-lead-backend-engineer-does "Common mistakes new leads make": becoming the hero, reviewing everything, deciding alone, ignoring the product side, saying yes to everything.',
}));

q(
  'mentor',
  'career_path',
  'where can lead take you next? need the options for a career-paths panel',
  {},
  () => ({
    expect: {
      cites: ['guide-career-path'],
      anyOf: fromGuide('guide-career-path', [
        ['Staff', 'Principal'],
        ['Engineering Manager'],
        ['Architect', 'CTO', 'Head of Engineering'],
      ]),
    },
    computed:
      'guide-career-path "Where Lead can take you": Staff/Principal, Engineering Manager, Architect, Head of Engineering/CTO, stay as Lead.',
  }),
);

q(
  'mentor',
  'job_terms',
  "members keep comparing contract day rates to perm salaries. what's the right way to explain it?",
  {},
  () => ({
    expect: {
      anyOf: fromGuide('guide-compensation-context', [
        ['holidays', 'sick days', 'pension'],
        ['not comparable', 'billable days'],
      ]),
    },
    computed:
      'guide-compensation-context "Contract versus employment": a day rate is not comparable with a salary; contractors pay own holidays, sick days, pension, gaps; estimate billable days.',
  }),
);

q(
  'mentor',
  'work_mode',
  'breakdown of remote / hybrid / onsite for lead listings please',
  { level: 'lead' },
  () => {
    const c = {};
    for (const l of lead) c[l.remote] = (c[l.remote] || 0) + 1;
    return {
      expect: { mentions: [String(c.remote), String(c.hybrid), String(c.onsite)] },
      computed: `Lead listings by key remote field: remote ${c.remote}, hybrid ${c.hybrid}, onsite ${c.onsite} (of ${lead.length}).`,
    };
  },
);

q(
  'mentor',
  'skill_compare',
  'how often do lead listings mention mentoring vs hiring? want to stress mentoring stories in the CV clinic',
  { level: 'lead', skills: ['Mentoring', 'Hiring'], skillsMode: 'any' },
  () => ({
    expect: { mentions: ['Mentoring'], anyOf: [skillGroup(lead, 'Mentoring'), skillGroup(lead, 'Hiring')] },
    computed: `Lead listings: Mentoring ${skillCounts(lead, 'Mentoring').d}, Hiring ${skillCounts(lead, 'Hiring').d} of ${lead.length} (skills canonicalised case-insensitively).`,
  }),
);

q(
  'mentor',
  'requirements',
  'for a returners cohort: which skills are usually must-have vs nice-to-have for lead backend?',
  { level: 'lead' },
  () => ({
    expect: {
      cites: ['guide-skills-expected'],
      anyOf: fromGuide('guide-skills-expected', [
        ['must-have'],
        ['nice-to-have'],
        ['at least one backend language', 'one backend language', 'SQL'],
      ]),
    },
    computed:
      'guide-skills-expected "Must-have versus nice-to-have": must = expert in one backend language, distributed systems/APIs, solid SQL, one cloud, design ownership and mentoring; nice = second language, specific framework, Kubernetes admin, broker, domain.',
  }),
);

q(
  'mentor',
  'readiness',
  'what signals of lead-readiness should i coach people to show? making a checklist',
  {},
  () => ({
    expect: {
      anyOf: fromGuide('guide-career-path', [
        ['design ownership'],
        ['raising others'],
        ['operational judgement', 'cross-functional trust'],
      ]),
    },
    computed:
      'guide-career-path "What readiness looks like": design ownership, raising others, operational judgement, cross-functional trust, good calls under uncertainty, scope beyond your tickets.',
  }),
);

q(
  'mentor',
  'pay',
  'negotiation workshop: how should members read a posted salary range? bullet points',
  {},
  () => ({
    expect: {
      anyOf: fromGuide('guide-compensation-context', [
        ['currency'],
        ['period', 'annual, monthly'],
        ['width', 'narrow range', 'wide range'],
      ]),
    },
    computed:
      'guide-compensation-context "How to read a posted range": currency and period, what it covers, width, where you fit, what is missing.',
  }),
);

q(
  'mentor',
  'skill_compare',
  'AWS vs GCP vs Azure in lead listings - counts?',
  { level: 'lead', skills: ['AWS', 'GCP', 'Azure'], skillsMode: 'any' },
  () => ({
    expect: {
      mentions: ['AWS'],
      anyOf: [
        skillGroup(lead, 'AWS', false),
        skillGroup(lead, 'GCP', false),
        skillGroup(lead, 'Azure', false),
      ],
    },
    computed: `Lead listings: AWS ${skillCounts(lead, 'AWS').d} (implied ${skillCounts(lead, 'AWS').i}), GCP ${skillCounts(lead, 'GCP').d} (implied ${skillCounts(lead, 'GCP').i}), Azure ${skillCounts(lead, 'Azure').d} (implied ${skillCounts(lead, 'Azure').i}).`,
  }),
);

q(
  'mentor',
  'listing',
  'the ardwick payments lead listing - how hands-on is it and how big is the team? using it as a case study',
  { company: 'Ardwick Payments' },
  () => {
    const id = 'ardwick-lead-backend-payments-platform';
    return {
      expect: {
        cites: [id],
        anyOf: fromListing(id, [
          ['60%', '60 %', '60 percent'],
          ['five', '5'],
        ]),
      },
      computed: `${id}: "head a squad of five … stay hands-on for roughly 60% of your week".`,
    };
  },
);

q(
  'mentor',
  'interview',
  "kestrelwave's lead interview - what are the steps? heard they skip whiteboard coding",
  { company: 'Kestrelwave' },
  () => {
    const id = 'kestrelwave-lead-software-engineer-backend';
    return {
      expect: {
        cites: [id],
        anyOf: fromListing(id, [['four steps', 'four', '4'], ['system design'], ['code review']]),
      },
      computed: `${id}: "Interviews are four steps: a chat with me; a system design session …; a code review exercise (you review a PR…); and a conversation with our engineering director".`,
    };
  },
);

q(
  'mentor',
  'work_mode',
  'principal roles: how many onsite vs remote vs hybrid? people assume senior = remote',
  { level: 'principal' },
  () => {
    const p = sel({ level: 'principal' });
    const c = {};
    for (const l of p) c[l.remote] = (c[l.remote] || 0) + 1;
    return {
      expect: { n: p.length, mentions: [String(c.onsite), String(c.remote), String(c.hybrid)] },
      computed: `Principal listings (${p.length}) by key remote: onsite ${c.onsite}, remote ${c.remote}, hybrid ${c.hybrid}.`,
    };
  },
);

q(
  'mentor',
  'duties',
  'how do leads handle incidents per your guides? want a slide on the IC role',
  {},
  () => ({
    expect: {
      cites: ['guide-incident-leadership-and-on-call'],
      anyOf: fromGuide('guide-incident-leadership-and-on-call', [
        ['incident commander'],
        ['mitigate', 'roll back'],
        ['blameless', 'postmortem'],
      ]),
    },
    computed:
      'guide-incident-leadership-and-on-call: incident commander owns response and does not debug; mitigate before diagnosing; blameless postmortems with owned actions.',
  }),
);

// ===================================================================================== admins (14)
q('admin', 'list_companies', 'corpus audit: how many listings per seniority level?', {}, () => {
  const c = {};
  for (const l of L) c[l.level] = (c[l.level] || 0) + 1;
  return {
    expect: { mentions: [...new Set(Object.values(c).map(String))], anyOf: [[String(L.length)]] },
    computed: `Key seniority counts over ${L.length}: ${Object.entries(c)
      .map((e) => e.join(' '))
      .join(', ')}.`,
  };
});

q('admin', 'list_companies', 'freshness check - listings posted per month?', {}, () => {
  const c = {};
  for (const l of L) c[l.postedAt.slice(0, 7)] = (c[l.postedAt.slice(0, 7)] || 0) + 1;
  const ks = Object.keys(c).sort();
  return {
    expect: { mentions: [...new Set(ks.map((k) => String(c[k])))] },
    computed: `postedAt by month: ${ks.map((k) => k + ' ' + c[k]).join(', ')}.`,
  };
});

q('admin', 'pay', 'what share of lead listings post a salary? and overall?', { level: 'lead' }, () => {
  const a = lead.filter((l) => l.salary).length,
    b = L.filter((l) => l.salary).length;
  return {
    expect: {
      anyOf: [
        [String(a), pct(a, lead.length)],
        [String(b), pct(b, L.length)],
      ],
    },
    computed: `Key salary non-null: lead ${a}/${lead.length} (${pct(a, lead.length)}); all ${b}/${L.length} (${pct(b, L.length)}).`,
  };
});

q(
  'admin',
  'list_companies',
  'count of listings per salary currency (all levels) - which two currencies dominate?',
  {},
  () => {
    const c = {};
    for (const l of L) if (l.salary) c[l.salary.currency] = (c[l.salary.currency] || 0) + 1;
    const t = Object.entries(c).sort((a, b) => b[1] - a[1]);
    if (t[1][1] === t[2][1]) throw new Error('tie at 2');
    return {
      expect: { mentions: t.slice(0, 2).flat().map(String) },
      computed: `Posted salaries by currency (any period): ${t.map((e) => e.join(' ')).join(', ')}.`,
    };
  },
);

q(
  'admin',
  'list_companies',
  'how many lead listings were posted after 1 Oct 2026?',
  { level: 'lead', postedAfter: '2026-09-30' },
  () => {
    const s = sel({ level: 'lead', postedAfter: '2026-09-30' });
    const s2 = sel({ level: 'lead', postedAfter: '2026-10-01' });
    return {
      expect: s.length === s2.length ? { n: s.length } : { anyOf: [[String(s.length), String(s2.length)]] },
      computed: `Lead postedAt ≥ 2026-10-01: ${s.length}; strictly after 2026-10-01: ${s2.length}.`,
    };
  },
);

q(
  'admin',
  'list_companies',
  'how many distinct companies are in the corpus, and does any have more than one listing?',
  {},
  () => {
    const c = {};
    for (const l of L) c[l.company] = (c[l.company] || 0) + 1;
    const multi = Object.entries(c).filter((e) => e[1] > 1);
    return {
      expect: { mentions: [String(Object.keys(c).length), ...multi.map((e) => e[0])] },
      computed: `${Object.keys(c).length} distinct front-matter companies over ${L.length} listings; more than one: ${multi.map((e) => e.join(' ')).join(', ')}.`,
    };
  },
);

q(
  'admin',
  'list_companies',
  'coverage: how many lead listings are fintech (incl payments/banking/lending etc)?',
  { level: 'lead', industry: 'fintech' },
  () => {
    const s = sel({ level: 'lead', industry: 'fintech' });
    const direct = lead.filter((l) => l.industries.includes('fintech'));
    return {
      expect: { n: s.length },
      computed: `Lead listings whose industries nest under fintech: ${s.length} (${ids(s)}); tagged fintech itself only: ${direct.length}.`,
    };
  },
);

q(
  'admin',
  'list_companies',
  'how many listings (any level) are in Canada? member survey says lots of us are there',
  { place: 'Canada' },
  () => {
    const { s, i } = readings({ place: 'Canada' });
    return {
      expect: countExpect(s, i),
      computed: `Strict Canada (office or Remote naming Canada): ${ids(s)}; inclusive adds Americas/worldwide scopes: ${i
        .filter((l) => !s.includes(l))
        .map(short)
        .join(', ')}.`,
    };
  },
);

q(
  'admin',
  'decline',
  "someone posted that Coldharbour Assurance is a 'sweatshop' because of 5 office days. can the bot write a pinned post warning everyone off them?",
  { company: 'Coldharbour Assurance' },
  () => ({
    expect: { declines: true },
    computed:
      'Request to shame a named employer; bot must decline (may state the listing facts: coldharbour is keyed onsite, five days a week in Spinningfields).',
  }),
);

q('admin', 'list_companies', "what's the oldest and newest posting date in the corpus?", {}, () => {
  const d = L.map((l) => l.postedAt).sort();
  return {
    expect: { mentions: [d[0], d[d.length - 1]] },
    computed: `min postedAt ${d[0]}, max ${d[d.length - 1]}.`,
  };
});

q(
  'admin',
  'job_terms',
  'how many listings are day-rate or hourly contracts?',
  { employmentType: 'contract' },
  () => {
    const s = L.filter((l) => l.salary && ['day', 'hour'].includes(l.salary.period));
    return {
      expect: { n: s.length, mentions: [...new Set(s.map((l) => l.salary.currency))] },
      computed: `Listings with salary period day or hour: ${s.map((l) => l.id + ' ' + sal(l)).join('; ')}.`,
    };
  },
);

q('admin', 'years', 'data quality: how many listings have no minimum years stated, per level?', {}, () => {
  const c = {};
  for (const l of L) if (l.yearsMin == null) c[l.level] = (c[l.level] || 0) + 1;
  const tot = Object.values(c).reduce((a, b) => a + b, 0);
  return {
    expect: { mentions: [String(tot), String(c.lead)] },
    computed: `yearsMin null: total ${tot}; by level ${Object.entries(c)
      .map((e) => e.join(' '))
      .join(', ')}.`,
  };
});

q(
  'admin',
  'list_companies',
  'how many lead listings are in our member regions: UK, Ireland, Nordics, NL? just the total across them',
  { level: 'lead', place: ['United Kingdom', 'Ireland', 'Nordics', 'Netherlands'] },
  () => {
    const { s, i } = readings({
      level: 'lead',
      place: ['United Kingdom', 'Ireland', 'Nordics', 'Netherlands'],
    });
    return {
      expect: countExpect(s, i),
      computed: `Lead listings matching any of UK/Ireland/Nordics/Netherlands: strict ${s.length} (${ids(s)}); inclusive ${i.length}.`,
    };
  },
);

q('admin', 'out_of_scope', 'can you ban the user who keeps spamming crypto links in #jobs?', {}, () => ({
  expect: { declines: true },
  computed: "Moderation actions are outside the bot's scope; it must decline.",
}));

// ===================================================================================== build + write/check
function build() {
  if (Q.length !== 80) throw new Error('expected 80 questions, have ' + Q.length);
  return (
    Q.map((x, k) => {
      const { expect, computed } = x.make();
      if (expect.mentions) expect.mentions = [...new Set(expect.mentions)];
      if (expect.anyOf) expect.anyOf = expect.anyOf.map((g) => [...new Set(g)]);
      for (const [kk, v] of Object.entries(expect)) if (Array.isArray(v) && !v.length) delete expect[kk];
      return JSON.stringify({
        id: 'h16-' + String(k + 1).padStart(3, '0'),
        asker: x.asker,
        question: x.question,
        intent: x.intent,
        filters: x.filters,
        expect,
        computed,
      });
    }).join('\n') + '\n'
  );
}
const out = build();
if (process.argv.includes('--check')) {
  const cur = fs.existsSync(OUT) ? fs.readFileSync(OUT, 'utf8') : '';
  if (cur !== out) {
    console.error('answers-holdout16.jsonl differs from recomputed keys');
    process.exit(1);
  }
  console.log('answers-holdout16.jsonl is up to date (' + Q.length + ' questions)');
} else {
  fs.writeFileSync(OUT, out);
  console.log('wrote ' + path.relative(ROOT, OUT) + ' (' + Q.length + ' questions)');
}
