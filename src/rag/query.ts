import fs from 'node:fs';
import { distance } from 'fastest-levenshtein';
import { stemmer } from 'stemmer';
import { z } from 'zod';
import { parseYamlText, yamlCache } from '../config/yaml-file.js';
import { EVERYDAY_WORDS } from './everyday-words.js';
import type { IndustryTaxonomy } from './extract/industry.js';
import type { Gazetteer, Region } from './extract/locations.js';
import { SENIORITY_LEVELS, type Seniority } from './extract/seniority.js';
import type { EmploymentType, RemotePolicy } from './extract/work-terms.js';
import { type SkillTaxonomy, tokenize } from './taxonomy.js';

const conceptSchema = z.object({
  phrases: z.array(z.string().min(1)).min(1),
  expand: z.array(z.string()).default([]),
  remote: z.enum(['remote', 'hybrid', 'onsite']).optional(),
  seniority: z.enum(SENIORITY_LEVELS).optional(),
  employment: z.enum(['full-time', 'part-time', 'contract', 'internship', 'temporary']).optional(),
  /** The member wants listings that state their pay. */
  salaryPosted: z.boolean().optional(),
});
export type QueryConcept = z.infer<typeof conceptSchema>;

export function loadQueryConcepts(file: string, cacheDir?: string): QueryConcept[] {
  const text = fs.readFileSync(file, 'utf8');
  const parsed = z.array(conceptSchema).safeParse(parseYamlText(text, {}, yamlCache(cacheDir, file)));
  if (!parsed.success) throw new Error(`Invalid query concepts ${file}:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** What RoleRadar reads out of a member's question before searching. */
export interface QueryPlan {
  /** The question, tidied. */
  text: string;
  /** Words for full-text search: the question's own words, typo corrections and concept expansions. */
  terms: string[];
  /**
   * The question's own words among `terms` (everything the member typed but small function words):
   * rewriting only adds to them, and full-text search always keeps them.
   */
  typed?: string[];
  /** Canonical skills named (by alias, or misspelled). */
  skills: string[];
  /** Skills among `skills` that only a named skill implies ("SQS" implies AWS): not named themselves. */
  impliedSkills?: string[];
  corrections: Array<{ from: string; to: string }>;
  remote?: Exclude<RemotePolicy, 'unknown'>;
  seniority?: Seniority;
  employment?: EmploymentType;
  countries: string[];
  regions: Region[];
  minSalary?: { amount: number; currency?: string };
  /** Pay must be posted ("jobs that post a salary"), optionally in this currency ("in pounds"). */
  salaryPosted?: { currency?: string };
}

// Words that introduce another person before a level: "where an EM …", "reporting to the CTO".
const THIRD_PARTY =
  /\b(?:where|with|alongside|under|report(?:s|ing)? (?:in)?to|work(?:ing)? for)\s+(?:an?|the|your|our|my|their)\s*$/;

// Small words and question scaffolding that carry nothing for retrieval.
const STOP = new Set(
  `a an and are as at be by can do does for from has have how i if in into is it its me my of on or our so that the their them there these they this to us was we were what when where which who will with you your any all some find show give looking look want need needs something someone somewhere please tell about like good great best nice kind sort type mostly also just really very ideally preferably maybe around near based`.split(
    /\s+/,
  ),
);
// Words every listing of the embedded corpus shares ("backend engineer role"): they stay in the
// full-text query as the member typed them (on a corpus of other jobs they tell roles apart), and
// BM25 gives them the little weight a word in most listings has.
const ROLE_WORDS = new Set(
  `role roles job jobs position positions opening openings place places company companies work working backend back end engineer engineers engineering developer dev software`.split(
    /\s+/,
  ),
);

const CURRENCY_WORDS: Record<string, string> = {
  $: 'USD',
  usd: 'USD',
  dollars: 'USD',
  '€': 'EUR',
  eur: 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  '£': 'GBP',
  gbp: 'GBP',
  pounds: 'GBP',
  chf: 'CHF',
  cad: 'CAD',
  aud: 'AUD',
  sek: 'SEK',
  inr: 'INR',
  sgd: 'SGD',
  pln: 'PLN',
  brl: 'BRL',
  jpy: 'JPY',
  '¥': 'JPY',
  '₹': 'INR',
};
const SALARY =
  /(?:over|above|at least|more than|min(?:imum)?|from|>=?|paying|pays|pay|salary|comp)?\s*([$€£¥₹])?\s*(\d{2,3}(?:[.,]\d{3})?|\d{1,3}(?:\.\d)?)\s*(k|K|000)?\s*(\+)?\s*(usd|eur|gbp|chf|cad|aud|sek|inr|sgd|pln|brl|jpy|dollars|euros?|pounds)?\b/g;

// Spring the season, not the framework: "in spring", "next spring", "spring 2027", "this spring".
const SEASON_SPRING =
  /\b(?:(?:in|by|until|till|before|after|during|over|from|this|next|last|early|late|mid|come)\s+(?:the\s+)?spring\b(?![- ]?(?:boot|framework|mvc|cloud|webflux|data|security|batch|integration|core)\b)|spring\s+(?:20\d\d|term|semester|break|time)\b)/gi;

export interface QueryDeps {
  taxonomy: SkillTaxonomy;
  gazetteer: Gazetteer;
  concepts: QueryConcept[];
  /** Industries and domains, for filters that name one ("fintech" takes payments listings too). */
  industries?: IndustryTaxonomy;
  /** Stemmed terms present in the corpus index: a word outside it may be a typo. */
  vocabulary: ReadonlySet<string>;
}

/** Maps a member's wording onto the corpus's: skills by alias or typo, everyday phrases by concept, places, pay. */
export function understandQuery(raw: string, deps: QueryDeps): QueryPlan {
  const text = raw.normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, 500);
  const lower = ` ${text.toLowerCase()} `;
  const plan: QueryPlan = { text, terms: [], skills: [], corrections: [], countries: [], regions: [] };
  const terms = new Set<string>();

  const skills = readSkills(text, lower, deps.taxonomy);
  const matchedPhrases = readConcepts(lower, deps.concepts, plan, terms);
  readLevel(lower, deps.concepts, plan, terms);
  readCurrencyWord(lower, plan);
  const placeText = readPlaces(text, lower, deps.gazetteer, plan);
  readMinSalary(text, plan);
  const typed = readTypedWords(text, placeText, deps, plan, terms, skills);

  for (const s of skills.all) for (const t of tokenize(s)) terms.add(t.lower);
  plan.terms = [...terms];
  plan.typed = [...typed];
  plan.skills = [...skills.all].filter((s) => !isBroadSkill(s, matchedPhrases));
  const onlyImplied = plan.skills.filter((s) => skills.implied.has(s) && !skills.named.has(s));
  if (onlyImplied.length) plan.impliedSkills = onlyImplied;
  return plan;
}

/** The skills a question names, in the order found: `named` by the member, `implied` by a named one. */
interface SkillsRead {
  all: Set<string>;
  named: Set<string>;
  implied: Set<string>;
}

/** Skills named by any alias ("k8s", "golang", "RoR"), in lower case, and "go" the language. */
function readSkills(text: string, lower: string, taxonomy: SkillTaxonomy): SkillsRead {
  const read: SkillsRead = { all: new Set(), named: new Set(), implied: new Set() };
  // "in spring", "next spring" is the season.
  const skillText = text.replace(SEASON_SPRING, (m) => m.replace(/spring/i, 'springtime'));
  for (const m of taxonomy.matchTokens(tokenize(skillText))) {
    read.all.add(m.skill);
    (m.implied ? read.implied : read.named).add(m.skill);
  }
  // Members type languages and frameworks in lower case ("something with rust", "a node lead"):
  // the names the taxonomy matches only capitalised in listings count in a question.
  for (const word of words(skillText)) {
    const skill = lowerCaseNames(taxonomy).get(word);
    if (skill) {
      read.all.add(skill);
      read.named.add(skill);
    }
  }
  // Lower-case "go" in a query is usually the language ("go developer", "golang or go").
  if (/\bgo\b/.test(lower) && !/\b(?:to|will|can|let's|lets) go\b|\bgo (?:to|live|with)\b/.test(lower)) {
    read.all.add('Go');
    read.named.add('Go');
  }
  return read;
}

/**
 * Everyday phrases → concepts (remote work, leading a team, relocation, industries…): their
 * expansions go into `terms`, their remote, employment and posted-pay wishes into the plan.
 * A phrase right after "not"/"no"/"non-" is not wanted. Returns the phrases matched.
 */
function readConcepts(
  lower: string,
  concepts: QueryConcept[],
  plan: QueryPlan,
  terms: Set<string>,
): string[] {
  const matchedPhrases: string[] = [];
  for (const concept of concepts) {
    if (concept.seniority) continue;
    const hit = conceptHit(lower, concept);
    if (!hit || hit.negated) continue;
    matchedPhrases.push(hit.phrase);
    for (const e of concept.expand) terms.add(e);
    if (concept.remote && !plan.remote) plan.remote = concept.remote;
    if (concept.employment && !plan.employment) plan.employment = concept.employment;
    if (concept.salaryPosted) plan.salaryPosted = {};
  }
  return matchedPhrases;
}

/** Where a concept's first phrase stands in the question, and whether "not"/"no"/"non-" precedes it. */
function conceptHit(
  lower: string,
  concept: QueryConcept,
): { phrase: string; at: number; negated: boolean } | undefined {
  const m = phrasePattern(concept).exec(lower);
  if (!m) return undefined;
  const at = m.index;
  const negated = /(?:\bnot|\bno|non-?|\bnot yet)\s*\(?\s*$/.test(lower.slice(Math.max(0, at - 12), at + 1));
  return { phrase: m[1]!, at, negated };
}

// Of several levels named, the most specific wins: mid/staff/principal/manager over senior and lead.
const LEVEL_SPECIFICITY: Record<Seniority, number> = {
  junior: 5,
  mid: 5,
  staff: 4,
  principal: 4,
  manager: 3,
  senior: 2,
  lead: 1,
};

/**
 * The level wanted, from the concepts that carry one ("senior (not lead)" is senior), with its
 * expansions added to `terms`.
 */
function readLevel(lower: string, concepts: QueryConcept[], plan: QueryPlan, terms: Set<string>): void {
  const levels: Array<{ level: Seniority; at: number }> = [];
  for (const concept of concepts) {
    if (!concept.seniority) continue;
    const hit = conceptHit(lower, concept);
    if (!hit || hit.negated) continue;
    // "tech lead where an EM handles the people side", "reporting to the head of engineering":
    // a level that names someone else in the team is context, not the level wanted.
    const someoneElse = THIRD_PARTY.test(lower.slice(Math.max(0, hit.at - 30), hit.at + 1));
    if (!someoneElse) levels.push({ level: concept.seniority, at: hit.at });
  }
  const level = levels.sort(
    (a, b) => LEVEL_SPECIFICITY[b.level] - LEVEL_SPECIFICITY[a.level] || a.at - b.at,
  )[0];
  if (!level) return;
  plan.seniority = level.level;
  for (const e of concepts.find((c) => c.seniority === level.level)?.expand ?? []) terms.add(e);
}

/** "in pounds", "EUR": the member wants pay posted in that currency. */
function readCurrencyWord(lower: string, plan: QueryPlan): void {
  const currencyWord =
    /\bin (pounds|gbp|euros?|eur|dollars|usd|chf|francs|rupees|inr)\b|\b(gbp|eur|usd|chf)\b/.exec(lower);
  if (!currencyWord) return;
  const code =
    CURRENCY_WORDS[(currencyWord[1] ?? currencyWord[2] ?? '').replace(/^euro$/, 'euros')] ??
    { francs: 'CHF', rupees: 'INR' }[currencyWord[1] ?? ''];
  if (code) plan.salaryPosted = { currency: code };
}

/**
 * Places into `plan.countries` and `plan.regions`: region words first ("Europe", "LATAM", "Latin
 * America"; a region of several words is taken out of the text so its last word is not read as a
 * country: "Latin America" is not the US), then countries and cities through the gazetteer.
 * Returns the text with those multi-word regions taken out.
 */
function readPlaces(text: string, lower: string, gazetteer: Gazetteer, plan: QueryPlan): string {
  const addCountry = (country: string) => {
    if (!plan.countries.includes(country)) plan.countries.push(country);
  };
  let placeText = text;
  for (const [pattern, region] of MULTI_WORD_REGIONS) {
    const masked = placeText.replace(pattern, ' ');
    if (masked === placeText) continue;
    if (!plan.regions.includes(region)) plan.regions.push(region);
    placeText = masked;
  }
  for (const place of gazetteer.parse(placeText.replace(/[?!.]/g, ' ')))
    if (place.country) addCountry(place.country);
  for (const word of words(placeText)) {
    const country = gazetteer.country(word);
    if (country && word.length > 2) addCountry(country.country);
    const region = regionWord(word);
    if (region && !plan.regions.includes(region)) plan.regions.push(region);
  }
  // Two-letter codes only in capitals ("US"): "us" is a pronoun; "uk" and "usa" are safe in any case.
  for (const code of [
    ...(text.match(/\b(?:US|NL|DE)\b/g) ?? []),
    ...(lower.match(/\b(?:usa|uk|uae)\b/g) ?? []),
  ]) {
    const country = gazetteer.country(code);
    if (country) addCountry(country.country);
  }
  for (const city of gazetteer.cityMentions(placeText)) addCountry(city.country);
  return placeText;
}

/** Pay: "over 120k", "€100k+", "at least 150000 USD" (the last amount named wins). */
function readMinSalary(text: string, plan: QueryPlan): void {
  for (const m of text.matchAll(SALARY)) {
    const [whole, symbol, number, scale, plus, code] = m;
    if (!number) continue;
    const hasSignal =
      Boolean(symbol || scale || plus || code) ||
      /over|above|least|more than|min|paying|pay|salary|comp|from/i.test(whole);
    if (!hasSignal) continue;
    let amount = Number(number.replace(/[.,](?=\d{3}\b)/g, ''));
    if (scale?.toLowerCase() === 'k') amount *= 1000;
    else if (scale === '000') amount *= 1000;
    if (amount < 10_000) continue;
    const currency = CURRENCY_WORDS[(symbol ?? code ?? '').toLowerCase()];
    plan.minSalary = currency ? { amount, currency } : { amount };
  }
}

/**
 * The question's own words into `terms`, and corrections for the ones the corpus has never seen:
 * a misspelled skill (into `skills`), country or city (into the plan's countries), or another
 * word of the corpus. Returns the words typed.
 */
function readTypedWords(
  text: string,
  placeText: string,
  deps: QueryDeps,
  plan: QueryPlan,
  terms: Set<string>,
  skills: SkillsRead,
): Set<string> {
  const placeWords = new Set(words(placeText));
  const typed = new Set<string>();
  for (const word of words(text)) {
    if (STOP.has(word) || /^\d/.test(word) || word.length < 2) continue;
    terms.add(word);
    typed.add(word);
    if (ROLE_WORDS.has(word)) continue;
    if (
      word.length < 4 ||
      deps.vocabulary.has(stemmer(word)) ||
      deps.vocabulary.has(word) ||
      conceptWords(deps.concepts).has(word)
    )
      continue;
    // A named group of places ("the Gulf", "Nordics") is no misspelt skill ("Gulf" is not Gulp).
    if (deps.gazetteer.group(word)) continue;
    // A common English word is what it says ("promo packet" is no Packer, "consult" no Consul).
    const skill = EVERYDAY_WORDS.has(word) ? undefined : closestSkill(word, deps.taxonomy);
    if (skill) {
      skills.all.add(skill.skill);
      skills.named.add(skill.skill);
      plan.corrections.push({ from: word, to: skill.alias });
      terms.add(skill.alias);
      continue;
    }
    // A word of a region name already read ("america" in "Latin America") is no misspelled country.
    const country =
      word.length >= 5 && placeWords.has(word) ? closestCountry(word, deps.gazetteer) : undefined;
    if (country) {
      plan.corrections.push({ from: word, to: country });
      if (!plan.countries.includes(country)) plan.countries.push(country);
      continue;
    }
    const fixed = closestTerm(word, deps.vocabulary);
    if (fixed) {
      plan.corrections.push({ from: word, to: fixed });
      terms.add(fixed);
      // A misspelled city ("stokholm") is a place once corrected.
      if (placeWords.has(word))
        for (const city of deps.gazetteer.cityMentions(fixed))
          if (!plan.countries.includes(city.country)) plan.countries.push(city.country);
    }
  }
  return typed;
}

// Concept words that are also taxonomy aliases ("mentoring", "on call") stay concepts: they
// describe the role, and listings rarely list them as a requirement to match strictly.
function isBroadSkill(skill: string, phrases: string[]): boolean {
  const broad = [
    'Technical leadership',
    'Mentoring',
    'Incident management',
    'Hiring',
    'Code review',
    'Communication',
    'Stakeholder management',
    'Roadmap planning',
    'People management',
    'API design',
    'Scalability',
    'Security',
    'Testing',
    'SQL',
    'Git',
    'Linux',
  ];
  return broad.includes(skill) || (phrases.length > 0 && skill === 'Payments');
}

// The words of the concept phrases are known words, never typos to correct ("chill" is not "Chile").
const conceptWordCache = new WeakMap<QueryConcept[], Set<string>>();
function conceptWords(concepts: QueryConcept[]): Set<string> {
  let known = conceptWordCache.get(concepts);
  if (!known) {
    known = new Set(concepts.flatMap((c) => c.phrases.flatMap((p) => words(p))));
    conceptWordCache.set(concepts, known);
  }
  return known;
}

// Languages, runtimes and frameworks whose name is also an everyday word ("Rust", "Node", "Rails",
// "Swift", "Spring") match listings only capitalised; in a question, lower case is the skill.
// Go has its own rule above (the verb); REST, Oracle or Helm stay capitalised only.
const LOWER_CASE_CATEGORIES = new Set(['language', 'runtime', 'framework']);
const lowerCaseCache = new WeakMap<SkillTaxonomy, Map<string, string>>();
function lowerCaseNames(taxonomy: SkillTaxonomy): Map<string, string> {
  let names = lowerCaseCache.get(taxonomy);
  if (!names) {
    names = new Map();
    for (const [name, def] of taxonomy.skills)
      if (name !== 'Go' && LOWER_CASE_CATEGORIES.has(def.category))
        for (const exact of def.exact) if (!exact.includes(' ')) names.set(exact.toLowerCase(), name);
    lowerCaseCache.set(taxonomy, names);
  }
  return names;
}

function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .match(/[\p{L}\p{N}][\p{L}\p{N}+#.'-]*/gu)
      ?.map((w) => w.replace(/[.'-]+$/, '')) ?? []
  );
}

// Compiled once per concept, all its phrases in one alternation (the leftmost match is the first
// phrase in the question): one regular expression per concept instead of one per phrase.
const compiled = new WeakMap<QueryConcept, RegExp>();
function phrasePattern(concept: QueryConcept): RegExp {
  let pattern = compiled.get(concept);
  if (!pattern) {
    // A space or a hyphen in a phrase matches either, or nothing: "office based" is also
    // "office-based", "on call" also "on-call" and "oncall".
    const phrases = [...concept.phrases]
      .sort((a, b) => b.length - a.length)
      .map((p) => escapeRegExp(p).replace(/(?:\s|\\?-)+/g, '[\\s-]?'));
    pattern = new RegExp(`(?:^|[^\\p{L}\\p{N}])(${phrases.join('|')})(?:$|[^\\p{L}\\p{N}])`, 'iu');
    compiled.set(concept, pattern);
  }
  return pattern;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const REGION_WORDS: Record<string, Region> = {
  europe: 'europe',
  european: 'europe',
  eu: 'europe',
  emea: 'europe',
  cet: 'europe',
  latam: 'latin-america',
  'latin america': 'latin-america',
  'south america': 'latin-america',
  apac: 'asia-pacific',
  asia: 'asia-pacific',
  oceania: 'asia-pacific',
  anz: 'asia-pacific',
  africa: 'africa',
  'middle east': 'middle-east',
  mena: 'middle-east',
  gcc: 'middle-east',
  'north america': 'north-america',
  'central america': 'latin-america',
  americas: 'north-america',
};

// Region names of several words, matched on the whole question (the word loop sees one word at a time).
const MULTI_WORD_REGIONS: Array<[RegExp, Region]> = Object.entries(REGION_WORDS)
  .filter(([phrase]) => phrase.includes(' '))
  .map(([phrase, region]) => [new RegExp(`\\b${phrase.replace(' ', '[\\s-]+')}\\b`, 'giu'), region]);

function regionWord(word: string): Region | undefined {
  return REGION_WORDS[word];
}

/** The taxonomy alias nearest a misspelled word ("kubernates" → kubernetes), if close enough. */
/** How many edits a typed word may be from a skill's name to be read as it. */
export function correctionLimit(word: string): number {
  return word.length >= 7 ? 2 : 1;
}

function closestSkill(word: string, taxonomy: SkillTaxonomy): { skill: string; alias: string } | undefined {
  let best: { skill: string; alias: string; d: number } | undefined;
  const limit = correctionLimit(word);
  for (const [name, def] of taxonomy.skills) {
    for (const alias of [name, ...def.aliases]) {
      const a = alias.toLowerCase();
      if (a.includes(' ') || a.length < 4 || Math.abs(a.length - word.length) > limit) continue;
      const d = damerau(word, a);
      if (d <= limit && (!best || d < best.d)) best = { skill: name, alias: a, d };
    }
  }
  return best;
}

function closestCountry(word: string, gazetteer: Gazetteer): string | undefined {
  const limit = word.length >= 7 ? 2 : 1;
  let best: { country: string; d: number } | undefined;
  for (const name of gazetteer.countryNames()) {
    // A misspelt country keeps its first letter ("germny", "chille"); an everyday word one letter
    // off a country ("woman", Oman) is no place.
    if (Math.abs(name.length - word.length) > limit || name[0] !== word[0]) continue;
    const d = damerau(word, name);
    if (d <= limit && (!best || d < best.d)) best = { country: gazetteer.country(name)!.country, d };
  }
  return best?.country;
}

/**
 * A vocabulary's terms by their first letter, in the vocabulary's order: a misspelt word is only
 * compared with the terms starting as it does (made once per vocabulary, which grows with the
 * corpus: tens of thousands of terms at 100,000 listings).
 */
const byFirstLetter = new WeakMap<ReadonlySet<string>, Map<string, string[]>>();
function termsStartingAs(vocabulary: ReadonlySet<string>, first: string): string[] {
  let index = byFirstLetter.get(vocabulary);
  if (!index) {
    index = new Map();
    for (const term of vocabulary) {
      const list = index.get(term[0] ?? '') ?? [];
      if (!list.length) index.set(term[0] ?? '', list);
      list.push(term);
    }
    byFirstLetter.set(vocabulary, index);
  }
  return index.get(first) ?? [];
}

function closestTerm(word: string, vocabulary: ReadonlySet<string>): string | undefined {
  const stem = stemmer(word);
  const limit = stem.length >= 7 ? 2 : 1;
  let best: { term: string; d: number } | undefined;
  for (const term of termsStartingAs(vocabulary, stem[0] ?? '')) {
    if (Math.abs(term.length - stem.length) > limit || term[0] !== stem[0]) continue;
    const d = distance(stem, term);
    if (d <= limit && (!best || d < best.d)) best = { term, d };
  }
  return best?.term;
}

/** Levenshtein distance that counts a swap of neighbours ("pyhton") as one edit. */
export function damerau(a: string, b: string): number {
  const d = distance(a, b);
  if (d < 2 || a.length !== b.length) return d;
  for (let i = 0; i + 1 < a.length; i++) {
    if (
      a[i] !== b[i] &&
      a[i] === b[i + 1] &&
      a[i + 1] === b[i] &&
      a.slice(i + 2) === b.slice(i + 2) &&
      a.slice(0, i) === b.slice(0, i)
    )
      return 1;
  }
  return d;
}
