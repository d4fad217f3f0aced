// Shared by the answer-key scripts: the corpus as a careful reader took it (listing front matter,
// data/eval/extraction-key, data/eval/industry-key.json) and what each kind of question expects.
// Imports nothing from src/, so the engine never grades itself.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const listingsDir = path.join(root, 'data/listings');
const keyDir = path.join(root, 'data/eval/extraction-key');

// --- The corpus as a careful reader took it.
const front = (text) => {
  const m = /^---\n([\s\S]*?)\n---/.exec(text);
  const out = {};
  for (const line of (m?.[1] ?? '').split('\n')) {
    const kv = /^(\w+):\s*(.*)$/.exec(line);
    if (kv) out[kv[1]] = kv[2].replace(/^["']|["']$/g, '');
  }
  return out;
};
const listings = new Map();
for (const f of fs.readdirSync(listingsDir).filter((f) => f.endsWith('.md'))) {
  const text = fs.readFileSync(path.join(listingsDir, f), 'utf8');
  const fm = front(text);
  listings.set(fm.id, { ...fm, body: text.slice(text.indexOf('---', 3) + 3) });
}
for (const f of fs.readdirSync(keyDir).filter((f) => f.endsWith('.jsonl')))
  for (const line of fs.readFileSync(path.join(keyDir, f), 'utf8').split('\n').filter(Boolean)) {
    const k = JSON.parse(line);
    Object.assign(listings.get(k.id), { key: k });
  }
// Industries as a careful reader labelled them (data/eval/industry-key.json); a parent matches its children.
export const industryKey = JSON.parse(
  fs.readFileSync(path.join(root, 'data/eval/industry-key.json'), 'utf8'),
);
const PARENT = {
  payments: 'fintech',
  banking: 'fintech',
  lending: 'fintech',
  wealth: 'fintech',
  crypto: 'fintech',
};
export const inIndustry = (l, id) => (industryKey[l.id] ?? []).some((i) => i === id || PARENT[i] === id);
export const all = [...listings.values()].filter((l) => l.key);

// --- Places, by the words of the location line.
const US_STATES =
  /,\s*(?:NY|CA|WA|IL|TX|MA|CT|MI|CO|GA|OR|PA|NC|MN|VA|FL|AZ|UT|DC)\b|\bUS\b|United States|\bUSA\b/;
const EUROPE =
  /\b(?:Germany|UK|United Kingdom|Ireland|France|Spain|Portugal|Italy|Netherlands|Belgium|Switzerland|Austria|Sweden|Norway|Denmark|Finland|Estonia|Latvia|Lithuania|Poland|Czech|Romania|Greece|Hungary|Croatia|EU|Europe|EMEA|Nordics)\b/;
export const PLACES = {
  berlin: (loc) => /\bBerlin\b/.test(loc),
  london: (loc) => /\bLondon\b/.test(loc),
  munich: (loc) => /\bMunich\b/.test(loc),
  singapore: (loc) => /\bSingapore\b/.test(loc),
  toronto: (loc) => /\bToronto\b/.test(loc),
  germany: (loc) => /\bGermany\b/.test(loc),
  uk: (loc) => /\bUK\b|United Kingdom/.test(loc),
  canada: (loc) => /\bCanada\b|,\s*(?:ON|BC|QC|AB)\b/.test(loc),
  india: (loc) => /\bIndia\b/.test(loc),
  us: (loc) => US_STATES.test(loc),
  usa: (loc) => US_STATES.test(loc),
  europe: (loc) => EUROPE.test(loc),
  sweden: (loc) => /\bSweden\b/.test(loc),
  netherlands: (loc) => /\bNetherlands\b/.test(loc),
  spain: (loc) => /\bSpain\b/.test(loc),
  switzerland: (loc) => /\bSwitzerland\b/.test(loc),
  australia: (loc) => /\bAustralia\b/.test(loc),
};

const SKILL_ALIASES = {
  golang: 'go',
  postgres: 'postgresql',
  k8s: 'kubernetes',
  node: 'node.js',
  nodejs: 'node.js',
};
export const canon = (s) => SKILL_ALIASES[s.toLowerCase()] ?? s.toLowerCase();
export const hasSkill = (l, s) => l.key.skills.some((k) => canon(k) === canon(s));

export const isContract = (l) => /contract/.test(l.id) || ['day', 'hour'].includes(l.key.salary?.period);

/** The listings a filter set selects, by the key and the front matter. */
export function select(filters, drop = []) {
  return all.filter((l) => {
    const f = Object.fromEntries(Object.entries(filters).filter(([k]) => !drop.includes(k)));
    if (f.level && l.key.seniority !== f.level) return false;
    if (f.levelNot && l.key.seniority === f.levelNot) return false;
    if (f.workMode && l.key.remote !== f.workMode) return false;
    if (f.skills?.length) {
      const any = f.skillsMode === 'any';
      const ok = any ? f.skills.some((s) => hasSkill(l, s)) : f.skills.every((s) => hasSkill(l, s));
      if (!ok) return false;
    }
    if (f.place && !PLACES[f.place.toLowerCase()](l.location)) return false;
    if (f.industry && !inIndustry(l, f.industry)) return false;
    if (f.company && !l.company.toLowerCase().includes(f.company.toLowerCase())) return false;
    if (f.currency && l.key.salary?.currency !== f.currency) return false;
    // Contract: the listing says so in its id and title, and posts a day or hourly rate.
    if (f.employmentType === 'contract' && !isContract(l)) return false;
    if (f.employmentType === 'permanent' && isContract(l)) return false;
    if (f.postedAfter && !(l.postedAt >= f.postedAfter)) return false;
    return true;
  });
}

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  if (!s.length) return null;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

// --- What each kind of question expects, computed.
export const MEASURE = {
  pool: (q) => ({ n: select(q.filters).length }),
  skills: (q) => {
    const pool = select(q.filters, ['skills', 'skillsMode']);
    return {
      n: pool.length,
      mentions: q.filters.skills.map((s) => `${pool.filter((l) => hasSkill(l, s)).length} of ${pool.length}`),
    };
  },
  compare: (q) => {
    const pool = select(q.filters, ['skills', 'skillsMode']);
    const counts = q.filters.skills.map((s) => [s, pool.filter((l) => hasSkill(l, s)).length]);
    const winner = [...counts].sort((a, b) => b[1] - a[1])[0][0];
    return {
      n: pool.length,
      mentions: [...counts.map(([, c]) => `${c} of ${pool.length}`), `**${winner}** is more common`],
    };
  },
  top: (q) => {
    const pool = select(q.filters);
    const tally = new Map();
    for (const l of pool)
      for (const s of new Set(l.key.skills.map(canon))) tally.set(s, (tally.get(s) ?? 0) + 1);
    const soft =
      /^(?:mentoring|code review|hiring|incident management|system design|communication|stakeholder management|people management|technical leadership)$/;
    const top = [...tally].filter(([s]) => !soft.test(s)).sort((a, b) => b[1] - a[1]);
    // The first two, when clearly ahead of the third (a tie at the cut is no fact).
    const sure = top.slice(0, 2).filter(([, c]) => c > (top[2]?.[1] ?? 0));
    return { n: pool.length, mentions: sure.map(([s]) => s) };
  },
  years: (q) => {
    const pool = select(q.filters);
    const m = median(pool.filter((l) => l.key.yearsMin != null).map((l) => l.key.yearsMin));
    return { n: pool.length, mentions: m === null ? [] : [`${m}+ years`] };
  },
  pay: (q) => {
    const pool = select(q.filters);
    const groups = new Map();
    for (const l of pool)
      if (l.key.salary) {
        const k = `${l.key.salary.currency}|${l.key.salary.period}`;
        groups.set(k, [...(groups.get(k) ?? []), (l.key.salary.min + l.key.salary.max) / 2]);
      }
    const mentions = [];
    for (const [k, mids] of groups)
      if (mids.length >= 3) mentions.push(String(Math.round(median(mids))), k.split('|')[0]);
    return { n: pool.length, mentions: [...new Set(mentions)] };
  },
  modes: (q) => {
    const pool = select(q.filters, ['workMode']);
    return {
      n: pool.length,
      mentions: ['remote', 'hybrid', 'onsite'].map(
        (m) => `${pool.filter((l) => l.key.remote === m).length} of ${pool.length}`,
      ),
    };
  },
  companies: (q) => {
    const pool = select(q.filters);
    const names = [...new Set(pool.map((l) => l.company))];
    const outside = all.find(
      (l) => !names.includes(l.company) && l.key.seniority === (q.filters.level ?? 'lead'),
    );
    return { n: pool.length, mentions: names.slice(0, 6), notMentions: outside ? [outside.company] : [] };
  },
  none: () => ({}),
};

/** Computes each question's expected facts and writes the set as JSON lines to data/eval/FILE. */
export function writeSet(Q, file) {
  const lines = Q.map((q) => {
    const computedFacts = MEASURE[q.measure](q);
    const expect = { ...computedFacts, ...q.extra };
    if (computedFacts.mentions && q.extra.mentions)
      expect.mentions = [...computedFacts.mentions, ...q.extra.mentions];
    for (const k of Object.keys(expect))
      if (Array.isArray(expect[k]) && expect[k].length === 0) delete expect[k];
    const filters = { ...q.filters };
    if (filters.skills?.length === 1) delete filters.skillsMode;
    return JSON.stringify({
      id: q.id,
      asker: q.asker,
      question: q.question,
      intent: q.intent,
      filters,
      expect,
      computed:
        q.computed ??
        (q.measure === 'none'
          ? 'by reading: the guides and listings cited'
          : `script: scripts/eval/${q.script ?? 'answer-keys.mjs'}`),
    });
  });
  fs.writeFileSync(path.join(root, 'data/eval', file), `${lines.join('\n')}\n`);
  console.log(`wrote ${lines.length} questions to data/eval/${file}`);
}
