// Helpers for holdout15-answer-keys.mjs (see the conventions block at the top of that file).
// Node built-ins only. Reads data/ relative to the holdout15 folder.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const rd = (p) => fs.readFileSync(path.join(ROOT, p), 'utf8');

// ---------- tiny YAML flow-mapping reader (the taxonomy uses one `- { … }` per line) ----------
function splitTop(s, sep = ',') {
  const out = [];
  let depth = 0,
    cur = '';
  for (const ch of s) {
    if (ch === '[' || ch === '{') depth++;
    if (ch === ']' || ch === '}') depth--;
    if (ch === sep && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur);
  return out.map((x) => x.trim());
}
function val(v) {
  v = v.trim();
  if (v.startsWith('[')) return splitTop(v.slice(1, -1)).filter(Boolean).map(val);
  if (v === 'true') return true;
  if (v === 'false') return false;
  return v.replace(/^["']|["']$/g, '');
}
export function flowMap(line) {
  const body = line
    .trim()
    .replace(/^-\s*\{/, '')
    .replace(/\}\s*$/, '');
  const o = {};
  for (const part of splitTop(body)) {
    const i = part.indexOf(':');
    o[part.slice(0, i).trim()] = val(part.slice(i + 1));
  }
  return o;
}
const flowLines = (txt) =>
  txt
    .split('\n')
    .filter((l) => /^\s*-\s*\{/.test(l))
    .map(flowMap);

// ---------- listings ----------
export function loadListings() {
  const dir = path.join(ROOT, 'data/listings');
  const key = {};
  for (const f of fs.readdirSync(path.join(ROOT, 'data/eval/extraction-key')).sort())
    for (const l of rd('data/eval/extraction-key/' + f).split('\n'))
      if (l.trim()) {
        const o = JSON.parse(l);
        key[o.id] = o;
      }
  const ind = JSON.parse(rd('data/eval/industry-key.json'));
  const out = [];
  for (const f of fs
    .readdirSync(dir)
    .filter((x) => x.endsWith('.md'))
    .sort()) {
    const t = fs.readFileSync(path.join(dir, f), 'utf8');
    const m = t.match(/^---\n([\s\S]*?)\n---\n?([\s\S]*)$/);
    const fm = {};
    for (const l of m[1].split('\n')) {
      const i = l.indexOf(':');
      if (i > 0)
        fm[l.slice(0, i).trim()] = l
          .slice(i + 1)
          .trim()
          .replace(/^"(.*)"$/, '$1');
    }
    const id = f.replace(/\.md$/, '');
    const k = key[id];
    if (!k) throw new Error('no extraction key for ' + id);
    out.push({
      id,
      ...fm,
      body: m[2],
      text: t,
      level: k.seniority,
      remote: k.remote,
      yearsMin: k.yearsMin,
      salary: k.salary,
      rawSkills: k.skills,
      industries: ind[id] || [],
    });
  }
  return out;
}

// ---------- skills ----------
const norm = (s) =>
  s
    .toLowerCase()
    .replace(/[-/_]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
export function loadSkills() {
  const entries = flowLines(rd('data/taxonomy/skills.yaml'));
  const byKey = new Map();
  for (const e of entries) {
    for (const a of [e.name, ...(e.aliases || []), ...(e.exact || [])])
      if (!byKey.has(norm(a))) byKey.set(norm(a), e.name);
  }
  const implies = new Map(entries.map((e) => [e.name, e.implies || []]));
  const canon = (s) => byKey.get(norm(s)) || s.trim();
  const expand = (names) => {
    const set = new Set(names);
    let grew = true;
    while (grew) {
      grew = false;
      for (const n of [...set])
        for (const i of implies.get(n) || [])
          if (!set.has(i)) {
            set.add(i);
            grew = true;
          }
    }
    return set;
  };
  return { canon, expand, entries };
}

// ---------- industries ----------
export function loadIndustries() {
  const txt = rd('data/taxonomy/industries.yaml');
  const parent = {};
  let cur = null;
  for (const l of txt.split('\n')) {
    let m = l.match(/^- id:\s*(\S+)/);
    if (m) {
      cur = m[1];
      parent[cur] = null;
      continue;
    }
    m = l.match(/^\s+parent:\s*(\S+)/);
    if (m && cur) parent[cur] = m[1];
  }
  return parent;
}

// ---------- places ----------
// Standard UTC offsets (hours, no daylight saving) used only for time-zone-only remote scopes.
const UTC = {
  'United States': -6,
  Canada: -5,
  Mexico: -6,
  Brazil: -3,
  Argentina: -3,
  Colombia: -5,
  Chile: -4,
  Peru: -5,
  Uruguay: -3,
  'United Kingdom': 0,
  Ireland: 0,
  Portugal: 0,
  Iceland: 0,
  Germany: 1,
  Netherlands: 1,
  Belgium: 1,
  Luxembourg: 1,
  France: 1,
  Spain: 1,
  Italy: 1,
  Switzerland: 1,
  Austria: 1,
  Poland: 1,
  'Czech Republic': 1,
  Slovakia: 1,
  Hungary: 1,
  Sweden: 1,
  Norway: 1,
  Denmark: 1,
  Serbia: 1,
  Croatia: 1,
  Slovenia: 1,
  Romania: 2,
  Ukraine: 2,
  Finland: 2,
  Estonia: 2,
  Lithuania: 2,
  Latvia: 2,
  Greece: 2,
  Bulgaria: 2,
  Turkey: 3,
  Israel: 2,
  'United Arab Emirates': 4,
  'Saudi Arabia': 3,
  Qatar: 3,
  Kuwait: 3,
  Bahrain: 3,
  Oman: 4,
  Egypt: 2,
  Morocco: 1,
  Nigeria: 1,
  Kenya: 3,
  'South Africa': 2,
  Ghana: 0,
  Rwanda: 2,
  India: 5.5,
  Pakistan: 5,
  Singapore: 8,
  Malaysia: 8,
  Indonesia: 7,
  Vietnam: 7,
  Thailand: 7,
  Philippines: 8,
  Japan: 9,
  'South Korea': 9,
  China: 8,
  'Hong Kong': 8,
  Taiwan: 8,
  Australia: 10,
  'New Zealand': 12,
};

export function loadPlaces() {
  const countries = flowLines(rd('data/taxonomy/locations.yaml'));
  const pn = rd('data/taxonomy/place-names.yaml');
  const groups = flowLines(pn.split('\ncountries:')[0].split('\ngroups:')[1] || '');
  const names = new Map(); // lowercase name -> {type, country, city?}
  const add = (k, v) => {
    k = k.toLowerCase();
    if (!names.has(k)) names.set(k, v);
  };
  for (const c of countries) {
    add(c.country, { type: 'country', country: c.country });
    for (const a of c.aliases || []) add(a, { type: 'country', country: c.country });
    for (const city of c.cities || []) add(city, { type: 'city', country: c.country, city });
  }
  const spell = pn
    .split('\ngroups:')[0]
    .split('\n')
    .filter((l) => /^\s*-\s*\[/.test(l))
    .map((l) => val(l.trim().slice(1).trim()));
  for (const list of spell)
    for (const s of list) {
      const n = names.get(s.toLowerCase());
      if (n) names.set(s.toLowerCase(), { ...n, city: list[0] });
      else add(s, { type: 'city', city: list[0], country: names.get(list[0])?.country });
    }
  const byCountry = new Map(countries.map((c) => [c.country, c]));
  const regionCountries = (r) => countries.filter((c) => c.region === r).map((c) => c.country);
  const groupSet = (g) => new Set(g.countries ? g.countries : g.regions.flatMap(regionCountries));
  const sets = new Map();
  for (const g of groups) {
    const s = groupSet(g);
    for (const a of [g.group, g.label, ...(g.aliases || [])]) sets.set(a.toLowerCase(), s);
  }
  const all = new Set(countries.map((c) => c.country));
  const regionNames = {
    europe: 'europe',
    'north america': 'north-america',
    'latin america': 'latin-america',
    latam: 'latin-america',
    'asia-pacific': 'asia-pacific',
    'asia pacific': 'asia-pacific',
    apac: 'asia-pacific',
    'middle east': 'middle-east',
    africa: 'africa',
  };
  for (const [k, r] of Object.entries(regionNames)) sets.set(k, new Set(regionCountries(r)));
  sets.set('eu', new Set(countries.filter((c) => c.eu).map((c) => c.country)));
  for (const w of ['worldwide', 'anywhere', 'global']) sets.set(w, all);
  const US_SUB = new Set(byCountry.get('United States').subdivisions),
    CA_SUB = new Set(byCountry.get('Canada').subdivisions);

  // resolve one free-text token list to countries/cities
  function findPlaces(text) {
    const found = { countries: new Set(), cities: new Set() };
    const low = text.toLowerCase();
    for (const [k, v] of names) {
      const esc = k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const re = new RegExp('(^|[^\\p{L}])(' + esc + ')(?=$|[^\\p{L}])', 'iu');
      let hit;
      if (k.length <= 2 || k.includes('.') || (v.type === 'country' && k.length <= 3)) {
        const m = text.match(re);
        hit = m && m[2] === m[2].toUpperCase();
      } else hit = re.test(low);
      if (hit) {
        found.countries.add(v.country);
        if (v.type === 'city') found.cities.add(v.city);
      }
    }
    for (const m of text.matchAll(/,\s*([A-Z]{2})\b/g)) {
      if (CA_SUB.has(m[1]) && !US_SUB.has(m[1])) found.countries.add('Canada');
      else if (US_SUB.has(m[1]) && !found.countries.has('Canada')) found.countries.add('United States');
    }
    return found;
  }
  function scopeOf(inner) {
    // inner text of Remote (…): named places before any time-zone clause; tz window if given
    let tz = null;
    const t = inner.replace(/−/g, '-').replace(/–/g, '-');
    let m = t.match(/UTC\s*([+-]\d+)?\s*to\s*UTC\s*([+-]\d+)/i);
    if (m) tz = [Number(m[1] || 0), Number(m[2])];
    else if ((m = t.match(/UTC\s*±\s*(\d+)/i))) tz = [-Number(m[1]), Number(m[1])];
    else if ((m = t.match(/CET\s*±\s*(\d+)/i))) tz = [1 - Number(m[1]), 1 + Number(m[1])];
    else if ((m = t.match(/UTC\s*([+-]\d+)\s*±\s*(\d+)/i)))
      tz = [Number(m[1]) - Number(m[2]), Number(m[1]) + Number(m[2])];
    else if (/EU time zones/i.test(t)) return { named: new Set(), tz: [0, 2] };
    else if (/Americas time zones/i.test(t)) tz = null;
    const named = new Set();
    const head = t.split(/[,—]/)[0];
    for (const tok of head
      .split(/\s*(?:\/|\bor\b|\band\b)\s*/i)
      .map((x) => x.replace(/\bonly\b|\btime zones\b/gi, '').trim())
      .filter(Boolean)) {
      const k = tok.toLowerCase();
      if (sets.has(k)) sets.get(k).forEach((c) => named.add(c));
      else findPlaces(tok).countries.forEach((c) => named.add(c));
    }
    if (/americas time zones/i.test(t)) sets.get('americas').forEach((c) => named.add(c));
    return { named, tz };
  }
  function parseLocation(loc) {
    const segs = [];
    for (const raw of loc
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean)) {
      const rm = raw.match(/^Remote\s*\(([^)]*)\)/i);
      if (rm) {
        const s = scopeOf(rm[1]);
        segs.push({ kind: 'remote', raw, ...s, countries: new Set(), cities: new Set() });
        continue;
      }
      const f = findPlaces(raw.replace(/\((?:hybrid|on-?site|remote)[^)]*\)/gi, ''));
      if (/\(remote\)/i.test(raw))
        segs.push({
          kind: 'remote',
          raw,
          named: new Set(f.countries),
          tz: null,
          countries: new Set(),
          cities: new Set(),
        });
      else segs.push({ kind: 'office', raw, ...f });
    }
    return segs;
  }
  // resolve a query place (city, country, region, group) to {cities?, countries}
  function resolve(q) {
    const k = q.toLowerCase();
    if (sets.has(k)) return { countries: sets.get(k) };
    const n = names.get(k);
    if (!n) throw new Error('unknown place ' + q);
    if (n.type === 'country') return { countries: new Set([n.country]) };
    return { city: n.city, countries: new Set([n.country]) };
  }
  const inWindow = (country, tz) =>
    tz && UTC[country] !== undefined && UTC[country] >= tz[0] && UTC[country] <= tz[1];
  // strict: an office in the place, or a remote scope that names the place or a part of it (Remote (Poland) for Poland)
  // inclusive: strict, or a remote scope that covers the place (Remote (Europe)/(EMEA)/(worldwide) for Poland, or a
  //            time-zone-only window containing the place's standard offset)
  function match(listing, q, mode = 'strict') {
    const P = resolve(q);
    for (const s of listing.segs) {
      if (s.kind === 'office') {
        if (P.city ? s.cities.has(P.city) : [...s.countries].some((c) => P.countries.has(c))) return true;
        continue;
      }
      const named = [...s.named];
      if (named.length && named.every((c) => P.countries.has(c))) return true; // scope inside the place
      if (mode === 'inclusive') {
        if (named.some((c) => P.countries.has(c))) return true;
        if (!named.length && s.tz && [...P.countries].some((c) => inWindow(c, s.tz))) return true;
      }
    }
    return false;
  }
  // "can I do this remotely from <country>": a remote segment whose named scope contains the country (strict), or
  // also a time-zone-only window containing it (inclusive). Named scope with an extra tz clause: the named part decides.
  function remoteFrom(listing, country, mode = 'strict') {
    for (const s of listing.segs) {
      if (s.kind !== 'remote') continue;
      if (s.named.size) {
        if (s.named.has(country)) return true;
      } else if (mode === 'inclusive' && inWindow(country, s.tz)) return true;
    }
    return false;
  }
  return { parseLocation, match, remoteFrom, resolve, byCountry };
}

// ---------- numbers ----------
export const median = (xs) => {
  const a = [...xs].sort((x, y) => x - y);
  const n = a.length;
  if (!n) return null;
  return n % 2 ? a[(n - 1) / 2] : (a[n / 2 - 1] + a[n / 2]) / 2;
};
export const pct = (a, b) => Math.round((100 * a) / b) + '%';
