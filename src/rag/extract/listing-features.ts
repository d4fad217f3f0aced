/**
 * Features of a role that members ask listings for by description ("which lead roles have a
 * take-home?", "any roles where on-call is business hours only?"), each with how a question asks
 * for it and how a listing's sentence states it. The answer engine reads the asked ones into the
 * plan and finds, over every selected listing, those whose own text states the feature.
 */

export interface ListingFeature {
  /** Stable id, also the stored kind's name (`feature: ID`). */
  id: string;
  /** How the answer names it ("a take-home exercise"). */
  label: string;
  /** How a member asks for it. */
  asked: RegExp;
  /** How a listing's sentence states it. */
  states: RegExp;
  /** A sentence stating it must also match this (the interview, the on-call rota…). */
  context?: RegExp;
  /** A sentence matching this does not state it ("no take-home"). */
  denies?: RegExp;
  /**
   * Asked only when the listings are to be named ("which roles mention mentoring?"), not counted
   * ("how many ask for mentoring?" is the skill's share): a feature that is also a skill.
   */
  namedOnly?: boolean;
  /** The skill the feature also is ("Mentoring"): not a filter when the feature is asked. */
  skill?: string;
  /**
   * Words that only frame the question about it ("how much of the week", "the listings that say a
   * number"): never what the member wants a listing to say of it.
   */
  frame?: RegExp;
}

// A sentence about the listing's own hiring process ("Interviews: …", "our process is …").
const HIRING =
  /\binterview\w*|\btrial (?:task|project|assignment)\b|\b(?:exercise|assignment|round|session|process|stages?|steps?|loop|screen|walkthrough)\b|\b(?:intro|recruiter|screening|first) call\b|→|\bwe (?:ask|send|give)\b/i;
// A sentence about being paged or on call ("on-call rota", "incident rotation", "night pages").
const ON_CALL = /\bon[- ]?call\b|\bpag(?:er|es?|ing)\b|\b(?:incident|support) rot(?:a|ation)\b|\brota\b/i;

export const LISTING_FEATURES: readonly ListingFeature[] = [
  {
    id: 'take-home',
    label: 'a take-home exercise',
    // "take-home", "takehome assignment", "a home assignment", "an at-home task".
    asked:
      /\btake[- ]?homes?\b|\b(?:at[- ])?home (?:assignments?|exercises?|tasks?|tests?|projects?)\b|\btrial (?:tasks?|projects?|assignments?)\b/i,
    // "a paid trial task (about 4 hours)" is one too.
    states:
      /\btake[- ]?homes?\b|\b(?:at[- ])?home (?:assignment|exercise|task|test|project)\b|\btrial (?:task|project|assignment)\b/i,
    context: HIRING,
    // "no take-home", "we don't do take-homes".
    // "no take-home", "we don't do take-homes", "take-home pay".
    denies:
      /\b(?:no|never|without|(?:don['’]?t|do not) (?:do|set|give|send))\s+(?:an? )?(?:paid )?take[- ]?homes?\b|\btake[- ]?home (?:pay|salary|income)\b/i,
  },
  {
    id: 'code-review-exercise',
    label: 'a code review exercise',
    // "code review exercise", "a PR review round", "review a pull request in the interview".
    asked:
      /\bcode[- ]review (?:exercises?|interviews?|rounds?|tasks?|sessions?|tests?)\b|\b(?:PR|pull[- ]request) review (?:exercises?|rounds?|interviews?)\b|\breview(?:ing)? (?:an? )?(?:PR|pull request)s?\b[^?]{0,30}\binterview/i,
    // "Code review (60 min): a day in advance we send you a pull request…".
    states:
      /\bcode[- ]review (?:exercise|session|round|task|interview)\b|\bcode[- ]review\b[^.]{0,80}\b(?:pull requests?|PRs?)\b|\b(?:exercise|session|interview|round)\b[^.]{0,30}\breview\w*\b[^.]{0,40}\b(?:PRs?|pull requests?)\b|\b(?:live|paired) review of\b[^.]{0,30}\b(?:PR|pull request)\b/i,
    context: HIRING,
  },
  {
    id: 'pair-programming',
    label: 'a pairing session in the interviews',
    // "pair programming interview", "a pairing round", "pairing exercise".
    asked: /\bpair(?:ing|ed)?[- ]?(?:programming )?(?:interviews?|rounds?|sessions?|exercises?)\b/i,
    states: /\bpair(?:ing|ed)?[- ]?(?:programming )?(?:interview|round|session|exercise)\b/i,
    context: HIRING,
  },
  {
    id: 'live-coding',
    label: 'a live coding round',
    // "live coding", "a live-coding round".
    asked: /\blive[- ]?coding\b/i,
    states: /\blive[- ]?coding\b|\bcode (?:live|on a whiteboard)\b/i,
    context: HIRING,
    denies:
      /\b(?:no|nobody makes you|never|without)\b[^.]{0,20}\b(?:live[- ]?coding|code (?:live|on a whiteboard))/i,
  },
  {
    id: 'no-puzzles',
    label: 'no whiteboard or puzzle coding',
    // "no whiteboard", "without leetcode", "no algorithm puzzles".
    asked:
      /\b(?:no|without|skip\w*|avoid\w*)\s+(?:[\w-]+\s+){0,2}?(?:whiteboard\w*|leet[- ]?code|puzzles?|algorithm\w*|brain[- ]?teasers?)\b/i,
    states:
      /\b(?:no|not?|never|nobody makes you|without|zero)\s+(?:[\w-]+\s+){0,3}?(?:whiteboard\w*|leet[- ]?code|hacker[- ]?rank|puzzles?|algorithm\w*|brain[- ]?teasers?)\b/i,
    context: HIRING,
  },
  {
    id: 'on-call-limited',
    label: 'on-call in business hours only, or none',
    // "on-call business hours only", "no on-call", "no night pages", "no out-of-hours on-call".
    asked:
      /\b(?:business|office|working|daytime|day ?time) hours?\b[^?]{0,40}\bon[- ]?call\b|\bon[- ]?call\b[^?]{0,40}\b(?:business|office|working|daytime) hours\b|\b(?:no|without|zero)\s+(?:[\w-]+\s+)?(?:on[- ]?call|pager|night pages|pages at night|after[- ]hours|out[- ]of[- ]hours)\b|\bon[- ]?call[- ]free\b/i,
    states:
      /\bno (?:after[- ]hours|out[- ]of[- ]hours|night(?:time)?|weekend|overnight)\b|\bno nights\b|\bbusiness hours only\b|\bno on[- ]?call\b|\bnot (?:on[- ]?call|part of the (?:on[- ]?call|pager))|\bon[- ]?call\b[^.]{0,25}\b(?:weekdays? only|business hours|office hours|daytime only|working hours only)\b/i,
    context: ON_CALL,
  },
  {
    id: 'on-call-24-7',
    label: 'round-the-clock (24/7) or out-of-hours on-call',
    // "24/7 on-call", "round-the-clock pager", "on call nights and weekends".
    asked:
      /\b24\/7\b|\b24x7\b|\baround[- ]the[- ]clock\b|\bround[- ]the[- ]clock\b|\bnights? and weekends?\b/i,
    states:
      /\b24\/7\b|\b24x7\b|\b(?:a)?round[- ]the[- ]clock\b|\bnights? and weekends?\b|\bout[- ]of[- ]hours\b/i,
    context: ON_CALL,
    // "No out-of-hours on-call except during launch windows", "no nights and weekends".
    denies: /\b(?:no|never|without)\s+(?:\w+\s+)?(?:out[- ]of[- ]hours|24\/7|nights?)\b/i,
  },
  {
    id: 'mentoring',
    label: 'mentoring or growing engineers',
    namedOnly: true,
    skill: 'Mentoring',
    // "mention mentoring", "growing engineers as a core part", "coaching junior devs"; not the
    // asker's own work ("I coach people toward leadership; which skills…").
    asked:
      /(?<!\b(?:i|we|i'm|im|i am|she|he|they) (?:\w+ )?)(?:\bmentor(?:ing|s|ship)?\b|\b(?:grow(?:ing)?|develop(?:ing)?|coach(?:ing)?) (?:(?:the|other|junior|new|more) )?(?:engineers|people|developers|devs|juniors|the team)\b)/i,
    states:
      /\bmentor\w*|\bcoach(?:ing|es)?\b|\bgrow(?:ing|th of)? (?:\w+ ){0,3}(?:engineers|people|developers|juniors)\b|\bcareer (?:growth|development|conversations)\b|\bdevelop(?:ing)? (?:\w+ ){0,2}engineers\b/i,
  },
  {
    id: 'coding-share',
    label: 'how much of the job is hands-on coding',
    // "most time hands-on coding", "what share of time is coding", "how much do leads code".
    asked:
      /\bhands[- ]on (?:coding|code)\b|\bcoding (?:share|time|percentage|split)\b|\b(?:time|percent|share) (?:spent )?(?:in|on|writing) code\b|\bhow much (?:\w+ ){0,2}code\b/i,
    // "stay hands-on for roughly 60% of your week", "about half your time coding" state it too.
    states:
      /\b\d{1,3}\s*(?:[–-]\s*\d{1,3}\s*)?%[^.]{0,40}\b(?:code|coding|hands[- ]on)\b|\b(?:code|coding)\b[^.]{0,30}\b\d{1,3}\s*%|\bhands[- ]on\b[^.]{0,40}\b(?:code|coding|commits?|writing)\b|\bhands[- ]on\b[^.]{0,30}\b\d{1,3}\s*%|\b(?:most|half|majority|a third|two thirds) (?:of )?(?:your|the|their) (?:time|week)\b[^.]{0,30}\b(?:code|coding)\b|\bstill (?:write|writes|writing) code\b/i,
    frame:
      /^(?:week|weeks|day|days|time|number|numbers|figure|figures|percent|percentage|share|split|say|said|much|lead|leads)$/,
  },
  {
    id: 'leading-experience',
    label: 'experience leading a team',
    namedOnly: true,
    // "which roles ask for experience leading a team?", "roles that want you to have led a team".
    asked: /\bexperience (?:of )?leading\b|\b(?:have|having) (?:already )?led (?:a )?teams?\b/i,
    states:
      /\b(?:experience|track record|history|background)\b[^.]{0,40}\b(?:leading|led|as a (?:tech |team )?lead|team[- ]lead(?:er)?)\b|\b(?:you(?:'ve|’ve| have)|have|having) (?:already )?(?:led|been a (?:tech |team )?lead)\b|\b\d+\+? years?\b[^.]{0,30}\b(?:leading|as a (?:tech |team )?lead|in a lead)\b/i,
  },
];

// A question asking for the listings themselves ("which roles…", "are there roles where…",
// "any listings with…", "roles that offer…", "how many roles have…", "list the jobs…").
const LISTINGS_ASKED =
  /\bwhich\b|\bwhat (?:roles?|jobs?|listings?|companies|positions?|openings?)\b|\bare there\b|\bis there (?:an?y? )?(?:\w+ ){0,2}(?:roles?|jobs?|listings?|compan(?:y|ies)|positions?|openings?)\b|\bany (?:\w+ ){0,2}(?:roles?|jobs?|listings?|companies|openings?|positions?)\b|\b(?:roles?|jobs?|listings?|companies|positions?|openings?) (?:that|which|where|with)\b|\bhow many\b|\b(?:list|name|show)\b[^?]{0,20}\b(?:roles?|jobs?|listings?|companies)\b|\bwho (?:has|have|does|do|offers?|uses?)\b/i;

// The listings to be named, not only counted ("which roles…", "list the jobs…", "name them").
const LISTINGS_NAMED =
  /\bwhich\b|\bwhat (?:roles?|jobs?|listings?|companies|positions?|openings?)\b|\b(?:list|name|show)\b[^?]{0,20}\b(?:roles?|jobs?|listings?|companies|them)\b/i;

// A feature named after these is the one the member wants to avoid ("a take-home instead of live
// coding", "rather than a whiteboard"): not asked for.
const AVOIDED = /\b(?:instead of|rather than|in place of|over|not|vs\.?|versus)\s+(?:an? |the )?$/i;

/**
 * The features a question asks listings for, in the order asked; empty when the question asks for
 * no listings by a feature ("what is a take-home like?" asks none).
 */
export function featuresAsked(q: string): string[] {
  if (!LISTINGS_ASKED.test(q)) return [];
  const named = LISTINGS_NAMED.test(q);
  const found: Array<{ id: string; at: number }> = [];
  for (const f of LISTING_FEATURES) {
    const m = f.asked.exec(q);
    if (!m || (f.namedOnly && !named)) continue;
    if (AVOIDED.test(q.slice(Math.max(0, m.index - 20), m.index))) continue;
    found.push({ id: f.id, at: m.index });
  }
  // "no whiteboard" and "live coding" asked together: the denial is the one asked.
  const ids = found.sort((a, b) => a.at - b.at).map((f) => f.id);
  return ids.includes('no-puzzles') ? ids.filter((id) => id !== 'live-coding') : ids;
}

// The last text split: at publish each feature kind (and the interview kind) splits the same
// listing's text, one listing after another (`givenColumns`): split once, not once per kind.
let lastClauses: { text: string; clauses: readonly string[] } | undefined;

/**
 * A listing text's sentences and short clauses, as written (markdown, bullets and table pipes
 * removed): a feature is often stated in a few words ("No after-hours on-call."). The last text's
 * are kept and returned again for the same text: never to be modified (frozen).
 */
export function clausesOf(text: string): readonly string[] {
  if (lastClauses?.text === text) return lastClauses.clauses;
  const clauses = Object.freeze(splitClauses(text));
  lastClauses = { text, clauses };
  return clauses;
}

/** `clausesOf` without keeping anything: the text split again. */
export function splitClauses(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const body = line
      .trim()
      .replace(/^(?:[-*•]|\d+[.)])\s+/, '')
      .replace(/[*_|]+/g, ' ')
      // "3 a.m.", "e.g.", "approx.": no sentence ends there.
      .replace(/\b(?:e\.g|i\.e|vs|approx|ca)\.|\b[ap]\.m\./gi, (m) => m.replace(/\./g, '\u2024'));
    if (!body || /^#/.test(body)) continue;
    for (const s of body.match(/[^.!?]+(?:[.!?]+["”’)]?|$)/g) ?? []) {
      const t = s
        .replace(/\u2024/g, '.')
        .replace(/\s+/g, ' ')
        .trim();
      if (t.length >= 8) out.push(t);
    }
  }
  return out;
}

/** The sentences among `sentences` that state a feature, as written. */
export function featureStated(feature: ListingFeature, sentences: readonly string[]): string[] {
  return sentences.filter(
    (s) =>
      feature.states.test(s) && (!feature.context || feature.context.test(s)) && !feature.denies?.test(s),
  );
}

export function featureById(id: string): ListingFeature | undefined {
  return LISTING_FEATURES.find((f) => f.id === id);
}
