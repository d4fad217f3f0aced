import { listingsOf, titleWordHits } from './corpus-index.js';
import {
  DUTIES,
  DUTIES_ASKED,
  escapeRegExp,
  INTERVIEW,
  JOB_TERMS,
  PAY,
  VISA,
  YEARS,
  YEARS_ASKED,
} from './cues.js';
import type { AnswerPlan, Aspect, JobTerm, PlannerDeps } from './types.js';

// Title words every kind of listing shares: they name no one listing.
const GENERIC_TITLE_WORDS = new Set(
  'lead leads backend back-end engineer engineers engineering senior sr staff principal software developer dev manager tech technical team the and of for a an in at with contract contractor role job position'.split(
    ' ',
  ),
);

/** A title's own words: those no kind of listing shares. */
const ownTitleWords = (title: string): string[] =>
  (title.toLowerCase().match(/[\p{L}\p{N}+#]+/gu) ?? []).filter(
    (w) => w.length > 1 && !GENERIC_TITLE_WORDS.has(w),
  );

/**
 * A listing named by its title's own words: with its company ("sorrelbyte's rust api gateway lead
 * role"), at least two of them and a word for a role; without ("the Core Banking lead role"), "the …
 * role" and at least two that no other listing's title shares as fully. The listing naming most.
 */
export function listingByTitleWords(
  q: string,
  company: string | undefined,
  listings: PlannerDeps['listings'],
): PlannerDeps['listings'][number] | undefined {
  const role = company
    ? /\b(?:listing|posting|role|job|position|opening|gig|vacancy|ad|contract)\b/i
    : /\bthe\b[^?]{0,60}\b(?:listing|posting|role|job|position|opening|vacancy)\b/i;
  if (!role.test(q)) return undefined;
  const lower = q.toLowerCase();
  let best: { l: PlannerDeps['listings'][number]; hits: number } | undefined;
  let tie = false;
  // Only the listings sharing two title words with the question (`titleWordHits`), in order.
  for (const { l, hits } of titleWordHits(lower, listings, ownTitleWords, 2)) {
    if (company && l.company !== company) continue;
    if (best && hits === best.hits) tie = true;
    if (!best || hits > best.hits) {
      best = { l, hits };
      tie = false;
    }
  }
  return company || !tie ? best?.l : undefined;
}

/** The job term a question names (equity, on-call, a four-day week…), if any. */
function termOf(q: string): JobTerm | undefined {
  // A listing id ("xisto-contract-lead-…") names a listing, not a term.
  const words = q.replace(/\b[a-z0-9]+(?:-[a-z0-9]+){2,}\b/gi, ' ');
  const named = JOB_TERMS.filter(([re]) => re.test(words)).map(([, term]) => term);
  // "employee or contractor? and how much leave?": contract and part-time are the employment
  // aspect, so another term named beside them is the term asked.
  return named.find((term) => term !== 'contract' && term !== 'part-time') ?? named[0];
}

// How one is engaged, asked of a company's listing ("can I do it W-2 or does it have to be C2C?",
// "which one is the contract"): its employment, never a cut of its listings.
export const ENGAGED_AS =
  /\b(?:w-?2|c2c|corp[- ]to[- ]corp|1099|which (?:one|of (?:them|the two|those|these)|role|listing|job|position)\s+(?:is|are)\s+(?:the |a )?contract)\b/i;

// What a member asks about one company or listing, each with the words that ask it. A term
// (equity, on-call…) is its own aspect; "contract" and "day rate" are employment and pay.
const ASPECT_WORDS: Array<[Aspect, RegExp]> = [
  [
    'interview',
    /\b(?:interview\w*|selection|recruitment|hiring (?:process|steps|stages)|(?:process|steps|stages|rounds) (?:to get|for|of)|how (?:do|does|will|would) they (?:hire|select|assess|screen)|assessment|take[- ]?home|assignment|coding (?:test|round|challenge)|(?:design|system design|architecture|technical|tech|hr|final|onsite|on-site|leadership|behaviou?ral) (?:round|stage|screen)s?|loop|how (?:do|does) (?:i|you|one) (?:get (?:in|hired)|apply))\b/i,
  ],
  [
    'language',
    /\b(?:(?:spoken )?languages? (?:do|does|is|are|of|at work|spoken)|speak\w*|fluen\w*|bilingual|japanese|german|deutsch|english|spanish|french|polish|portuguese|dutch|italian|swedish|norwegian|danish|finnish|mandarin|chinese|cantonese|korean|hindi|arabic|turkish|czech|ukrainian|russian|greek|hebrew|jlpt|cefr)\b/i,
  ],
  [
    'duration',
    /\b(?:how long|duration|length|how many months|long[- ]term|short[- ]term|extension|extend\w*|renew\w*|end date|start date|when (?:does|do|would|will|can) (?:it|the \w+|they|i|you) start|fixed[- ]term)\b/i,
  ],
  [
    'employment',
    new RegExp(
      `\\b(?:b2b|uop|umowa|employment (?:type|contract|status)|employee|employed|perm(?:anent)?|freelanc\\w*|ir35|full[- ]time|part[- ]time|contractor|contract or|or (?:a )?contract|(?:is it|is this|is the \\w+) (?:a )?contract)\\b|${ENGAGED_AS.source}`,
      'i',
    ),
  ],
  [
    'pay',
    /\b(?:salar(?:y|ies)|pay(?:s|ing)?|paid|compensation|comp|earn\w*|money|day ?rates?|rates?|make(?=\s*(?:[?!.]|$|in |per |a year|annually))|how much (?:do|does|is|are|will|would|can)(?! (?:\w+ ){0,3}(?:code|coding|travel))|tc|ctc|lpa|ote|base|wage|(?:[A-Z]{3}|pay|salary) (?:range|band)s?)\b|[$€£]\s?\d/i,
  ],
  ['visa', VISA],
  [
    'years',
    // "why does Gula want 10+ years?": the years said as asked (YEARS_ASKED) are asked too.
    new RegExp(
      `\\b(?:how many (?:yrs|yoe|years)|years? of (?:experience|exp)|yoe|how much experience|experience (?:do|does|is) (?:i|you|it|they)|(?:years|experience) (?:asked|required|needed))\\b|${YEARS_ASKED.source}`,
      'i',
    ),
  ],
  [
    'work_mode',
    /\b(?:remote\w*|hybrid|on-?site|in[- ]office|office|wfh|work(?:ing)? from (?:home|anywhere)|location|located|where|based|time ?zones?|commut\w*|(?:have|need|got) to (?:be|live|move) (?:in|to)|must (?:i )?(?:be|live) in|(?:eu|europe|european|us|uk|emea|apac|latam|americas|nordics?|dach|in[- ]country)[- ]only|(?:open|restricted|limited) to (?:the )?(?:eu|europe|us|uk|people|candidates|residents)|anywhere|worldwide|eligib\w*)\b|\b(?:work|live|living|based|do it|apply|job|role|position|gig) from (?:the )?\p{L}[\p{L}-]+(?=\s*(?:[?!.,]|$))|\bwhile (?:living|based|residing|staying) in\b/iu,
  ],
  // The share of the time spent coding ("how much of the time is actual coding?", "how much do
  // leads still code there"): what the role does, at its place among the aspects asked.
  ['duties', DUTIES_ASKED],
  [
    'team',
    /\b(?:(?:team|squad|pod|group) (?:size|like|structure)|how (?:big|large|small) is (?:the|their|my|your) (?:team|squad|pod|group|tribe|crew)|size of the (?:team|squad|pod|group)|report(?:s|ing)? (?:in)?to|who (?:do|would|will) (?:i|you|they) report|manage (?:a team|people|how many)|culture|(?:what(?:'s|’s| is)|how(?:'s|’s| is)) (?:it )?like (?:working|to work)|(?:like|about) (?:working|to work) (?:at|for|there)|(?:how|what)(?:'s|’s| is)? the team|about the team|team (?:vibe|dynamic\w*)|vibe|work(?:ing)? environment)\b/i,
  ],
  // "what are they hiring for (and what do they pay)?": the role itself, its overview, beside any
  // other aspect asked.
  ['overview', /\b(?:hiring for|(?:looking|want(?:ing)?|trying) to hire|recruiting for)\b/i],
  [
    'skills',
    // "what's their stack", "what does their backend run on", "what is it built with".
    /\b(?:stack|skills?|tech(?:nolog\w*)?(?! lead)|(?:programming )?languages? (?:do they|they) use|frameworks?|tools?|use|require\w*|need|must[- ]haves?|ask(?:s|ed)? for|looking for|qualif\w*|runs? on|running on|built (?:on|with|in)|written in)\b/i,
  ],
];

// Words of work mode or place that name the listing, not ask about it: "the remote lead role",
// "mistfjord elixir lead (copenhagen/remote):", "(berlin, hybrid)"; a bracket that asks ("(remote?)",
// "(or is it hybrid)") stays.
const LISTING_MODE =
  /\bremote (?:lead|senior|backend)\b|\((?![^)]*\b(?:is|are|can|could|do|does|how|what|will|would|must|need|any|or)\b)[^()?]{1,40}\)/gi;

export function setAspects(plan: AnswerPlan, q: string): void {
  plan.aspects = aspectsOf(q);
  plan.aspect = plan.aspects[0];
  if (plan.aspects.includes('terms')) plan.term = termOf(q);
}

/** The aspects asked about one company or listing, in the order the question asks them. */
export function aspectsOf(q: string): Aspect[] {
  const found: Array<{ aspect: Aspect; at: number }> = [];
  const seen = (a: Aspect) => found.some((f) => f.aspect === a);
  // "do i need japanese": a spoken language needed is the language aspect, not skills.
  const language = ASPECT_WORDS.find(([a]) => a === 'language')![1].exec(q);
  for (const [aspect, re] of ASPECT_WORDS) {
    const m = re.exec(aspect === 'work_mode' ? q.replace(LISTING_MODE, ' ') : q);
    if (!m) continue;
    if (aspect === 'skills' && language && /^(?:need|require\w*|must[- ]haves?|use)$/i.test(m[0])) continue;
    // "day rate + how long": the rate is pay; "how long" is not years of experience.
    if (aspect === 'years' && seen('duration')) continue;
    found.push({ aspect, at: m.index });
  }
  const term = termOf(q);
  if (term && term !== 'contract' && term !== 'part-time') {
    const m = JOB_TERMS.find(([, t]) => t === term)![0].exec(q);
    found.push({ aspect: 'terms', at: m?.index ?? q.length });
  }
  // Duties last among the rest: "what would I do" is asked rarely beside anything else.
  if (!found.length && DUTIES.test(q)) found.push({ aspect: 'duties', at: 0 });
  found.sort((a, b) => a.at - b.at);
  const out = [...new Set(found.map((f) => f.aspect))];
  // "the pay and the stack", "is it remote and what's the salary": at most four answered.
  return out.length ? out.slice(0, 4) : ['overview'];
}

// Words that end a phrase naming one listing ("the Kiwaku lead game server post").
const LISTING_HEADS = new Set(
  'post posting listing ad advert role job position opening gig contract vacancy one opportunity lead'.split(
    ' ',
  ),
);
const LISTING_DESCRIPTORS = new Set(
  'tech technical team backend back-end software engineer engineering senior staff principal lead remote contract contractor freelance new open'.split(
    ' ',
  ),
);

/**
 * One listing of a named company, named by a phrase around the company's name: "the Kiwaku lead game
 * server post", "vesselworks elixir contract", "sorrelbyte's rust api gateway lead role", "the lead
 * game server job at Kiwaku". The phrase holds at least one word that describes the listing (a word
 * of its title or a level) before a word for a listing; "the Ohmwise role" names the company only.
 */
export function listingNamedWith(
  q: string,
  company: { company: string; asked: string },
  listings: PlannerDeps['listings'],
): PlannerDeps['listings'][number] | undefined {
  const own = listingsOf(company.company, listings);
  if (!own.length) return undefined;
  const words = (text: string): string[] =>
    text.toLowerCase().match(/[\p{L}\p{N}+#]+(?:[.-][\p{L}\p{N}+#]+)*/gu) ?? [];
  // Title words and their parts ("node.js" is "node" too).
  const parts = (text: string) => words(text).flatMap((w) => [w, ...w.split(/[.-]/).filter(Boolean)]);
  const allowed = new Set([
    ...LISTING_DESCRIPTORS,
    ...own.flatMap((l) => parts(l.title)),
    ...parts(company.company),
  ]);
  const at = q.toLowerCase().indexOf(company.asked.toLowerCase());
  if (at < 0) return undefined;
  // The words after the name, up to a mark that ends the phrase.
  const after = q
    .slice(at + company.asked.length)
    .replace(/^(?:'s|’s)/, '')
    .split(/[?!:;,—–]|\s-\s|\.(?:\s|$)|\(/)[0]!;
  let descriptors: string[] = [];
  let named = false;
  const titleWords = new Set(own.flatMap((l) => parts(l.title)));
  for (const w of words(after)) {
    // "the openwell telehealth contract": a head word its title has names the listing alone.
    if (LISTING_HEADS.has(w) && (descriptors.length || (titleWords.has(w) && !/^(?:lead|one)$/.test(w)))) {
      named = true;
      break;
    }
    if (!allowed.has(w)) break;
    descriptors.push(w);
  }
  if (!named) {
    // "the lead game server job at Kiwaku": the phrase before "at/from/with <name>".
    const before = q
      .slice(0, at)
      .split(/[?!:;,—–]|\s-\s|\.(?:\s|$)/)
      .at(-1)!;
    const m = /((?:[\p{L}\p{N}+#.-]+\s+){1,6})([\p{L}]+)\s+(?:at|from|with|by|@)\s*$/iu.exec(before);
    if (m && LISTING_HEADS.has(m[2]!.toLowerCase())) {
      const ds = words(m[1]!).filter((w) => !/^(?:the|a|an|this|that|your|their)$/.test(w));
      const tail = [...ds].reverse();
      const run: string[] = [];
      for (const w of tail) {
        if (!allowed.has(w)) break;
        run.push(w);
      }
      if (run.length) {
        named = true;
        descriptors = run;
      }
    }
  }
  if (!named) return undefined;
  if (own.length === 1) return own[0];
  // Several listings: the one whose title (or place) the phrase and question name most, if unique.
  const lower = q.toLowerCase();
  const shared = (w: string) => own.every((o) => words(o.title).includes(w));
  const scored = own
    .map((l) => ({
      l,
      hits: [...new Set(words(l.title))].filter(
        (w) =>
          !shared(w) &&
          w.length > 1 &&
          (descriptors.includes(w) || new RegExp(`\\b${escapeRegExp(w)}\\b`).test(lower)),
      ).length,
    }))
    .sort((a, b) => b.hits - a.hits);
  return scored[0]!.hits > (scored[1]?.hits ?? 0) ? scored[0]!.l : undefined;
}

/** The one aspect a question asks most plainly (deciding whether a company question is a job term). */
export function aspectOf(q: string): Aspect {
  // "is there equity at X", "how bad is the on-call at X": the term, not the pay or the overview.
  if (termOf(q) && !/\b(?:salary|salaries|pay|paid|comp|compensation|rate)\b/i.test(q)) return 'terms';
  if (PAY.test(q)) return 'pay';
  if (VISA.test(q)) return 'visa';
  if (INTERVIEW.test(q)) return 'interview';
  if (YEARS.test(q)) return 'years';
  if (/\b(?:remote|hybrid|on-?site|office|wfh|work from home|location|where|based)\b/i.test(q))
    return 'work_mode';
  if (/\b(?:stack|skills?|tech|technolog\w*|languages?|use|require\w*|need|ask for|looking for)\b/i.test(q))
    return 'skills';
  if (DUTIES.test(q)) return 'duties';
  return 'overview';
}
