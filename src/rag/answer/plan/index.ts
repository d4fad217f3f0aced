/**
 * The question planner: a member's question becomes a typed plan (what is asked, the filters it
 * states, what to measure) before anything is retrieved or counted. The modules of this folder:
 * `types` (the plan), `cues` (the words that signal intents), `filters` (skills, levels, currency,
 * dates), `places`, `companies`, `listing` (one listing and its aspects), `intent` (the
 * descriptive and honesty intents), `aggregate` (the counted intents) and `parts` (multi-part
 * questions).
 */
import type { QueryPlan } from '../../query.js';
import {
  type AggregateCues,
  BESIDES,
  decideAggregate,
  MODE_SPLIT,
  SIDE_MEASURE,
  SIDES,
  WHO_POSTS,
} from './aggregate.js';
import { companyNamed, industryNamed, unknownCompany } from './companies.js';
import {
  ATTACK_WORDS,
  CAREER,
  CONTACT_ASK,
  CONTRACT_VS_PERMANENT,
  CV_ADD,
  CV_WRITE,
  DECLINE_CONTACT,
  DECLINE_FABRICATE,
  DECLINE_SHAME,
  DUTIES_ASKED,
  DUTY_ASK,
  escapeRegExp,
  FABRICATE_OBJECT,
  HISTORY,
  INTERVIEW,
  LEVEL_COMPARE,
  LEVEL_DIFFERENCE,
  LEVEL_WORD,
  LIST_COMPANIES,
  levelOf,
  levelsNamed,
  NOT_HAD,
  OFF_TOPIC_HINTS,
  ON_CALL_DUTY,
  ON_TOPIC,
  OUTAGE,
  PAY,
  PLACE_LIST,
  PUBLIC_VENUE,
  READINESS,
  SAYS_UNTRUE,
  SOCIAL,
  UNANSWERABLE,
  VISA,
  WRITE_FOR_PUBLIC,
  YEARS,
} from './cues.js';
import {
  BROAD_SKILLS,
  CHAT_WORDS,
  cueSpelling,
  currencyOf,
  jobTerm,
  postedAfter,
  postedStrictlyAfter,
  premiseAmount,
  termsAsked,
  WORD_SKILLS,
  yearsBound,
} from './filters.js';
import { termOrVisaOnly } from './intent.js';
import { listingByTitleWords, listingNamedWith, setAspects } from './listing.js';
import { AGGREGATE_PARTS } from './parts.js';
import { correctedPlace, namedPlace, placeByAdjective, placeText } from './places.js';
import type { AnswerFilters, AnswerPlan, Intent, PlanLevel, PlannerDeps, ResolvedPlace } from './types.js';

export { companyNamed, industryNamed } from './companies.js';
export { levelsNamed, weighsContract } from './cues.js';
export { cueSpelling, termsAsked, yearsBound } from './filters.js';
export { aspectsOf, listingNamedWith } from './listing.js';
export { resolvePlace } from './places.js';
export * from './types.js';

export function planQuestion(question: string, understood: QueryPlan, deps: PlannerDeps): AnswerPlan {
  const q = cueSpelling(question.trim());
  const lower = q.toLowerCase();
  const filters: AnswerFilters = {};
  const plan: AnswerPlan = { question: question.trim(), intent: 'requirements', filters, measure: '' };

  // A greeting or thanks and nothing else asks for no figures: a friendly line, outside the listings.
  const social = SOCIAL.exec(q);
  if (social) {
    plan.intent = 'out_of_scope';
    plan.measure = 'nothing: a greeting';
    plan.greeting = social[1] ? 'thanks' : 'hello';
    return plan;
  }

  // --- Requests to refuse come first, whatever else the question says. The company named stays as
  // the filter it states (nothing is counted under it).
  const declined = (reason: NonNullable<AnswerPlan['declineReason']>, measure: string): AnswerPlan => {
    plan.intent = 'decline';
    plan.declineReason = reason;
    plan.measure = measure;
    const named = companyNamed(q, deps.listings)?.asked ?? unknownCompany(q, deps, [...understood.skills]);
    if (named) filters.company = named;
    // Invented experience: the skills it is of, and the roles it is for, stay stated too ("3 years
    // of kubernetes … the tech lead roles all filter on it").
    if (reason === 'fabricate') {
      const roles = new RegExp(
        `\\b(${LEVEL_WORD})s? (?:\\w+ )?(?:roles?|jobs?|positions?|listings?|openings?)\\b`,
        'i',
      ).exec(q);
      const level = roles ? levelOf(roles[1]!) : undefined;
      if (level) filters.level = level;
      const implied = new Set(understood.impliedSkills ?? []);
      const skills = understood.skills.filter((s) => !implied.has(s));
      if (skills.length) filters.skills = skills;
    }
    return plan;
  };
  if (WRITE_FOR_PUBLIC.test(q) && ATTACK_WORDS.test(q))
    return declined('shame', 'nothing: a request to shame an employer');
  if (
    DECLINE_SHAME.test(q) &&
    (/\b(?:compan\w*|employer|them|they|it|\w+'s|recruiter|team|manager|[A-Z]\w+)\b/.test(q) ||
      PUBLIC_VENUE.test(q) ||
      companyNamed(q, deps.listings) !== undefined)
  ) {
    return declined('shame', 'nothing: a request to shame an employer');
  }
  if (
    DECLINE_CONTACT.test(q) &&
    CONTACT_ASK.test(q) &&
    /\b(?:hiring manager|recruiter|ceo|cto|founder|manager|lead|engineer|employee|someone|somebody|person|people|everyone|everybody|who|hr|[a-z]+'s)\b/i.test(
      q,
    )
  ) {
    return declined('contact', "nothing: a request for someone's personal contact details");
  }
  if (
    (DECLINE_FABRICATE.test(q) && FABRICATE_OBJECT.test(q)) ||
    ((CV_ADD.test(q) || CV_WRITE.test(q)) && (NOT_HAD.test(q) || SAYS_UNTRUE.test(q)))
  ) {
    return declined('fabricate', 'nothing: a request to invent experience');
  }

  // --- Filters the question states.
  // "SQS" implies AWS for search; a question about SQS is not about AWS.
  const implied = new Set(understood.impliedSkills ?? []);
  let skills = understood.skills.filter((s) => !implied.has(s));
  // "go into management", "go to a startup": the verb, not the language (unless capitalised).
  if (
    skills.includes('Go') &&
    !/\bGo\b|\bgolang\b/.test(q) &&
    !/\bgo\b(?! (?:into|in|to|for|through|back|ahead|up|down|from|with|about|on|after|beyond|further|the|a|an|ic|remote)\b)/i.test(
      q,
    )
  )
    skills = skills.filter((s) => s !== 'Go');
  if (!skills.includes('Go') && /\b(?:or|and|vs\.?|versus) go\b|\bgo (?:or|vs\.?|versus)\b/i.test(q))
    skills.push('Go');
  // Chat words are never misspelt skills ("perm" is permanent, not Perl).
  const chatWord = new Set(
    understood.corrections.filter((c) => CHAT_WORDS.has(c.from.toLowerCase())).map((c) => c.to.toLowerCase()),
  );
  skills = skills.filter((s) => !chatWord.has(s.toLowerCase()));
  // Skills that are everyday words count only as written ("Less", "Express"), never "pay less".
  skills = skills.filter((s) => !WORD_SKILLS.has(s) || new RegExp(`\\b${s}\\b`).test(q));
  // One-letter languages typed in lower case are chat shorthand ("wat r the top skills"), not R or C.
  skills = skills.filter((s) => s.length > 1 || new RegExp(`\\b${s}\\b`).test(q));
  // Broad practices the search layer leaves out count when a question counts them ("how many lead
  // jobs mention mentoring?").
  if (
    /\b(?:how (?:many|common|often)|what share|percentage|mention\w*|ask(?:s|ed)? for|requir\w*)\b/i.test(q)
  )
    for (const [re, name] of BROAD_SKILLS) if (re.test(q) && !skills.includes(name)) skills.push(name);
  // "how senior do you have to be": a degree, not the senior level.
  const levels = levelsNamed(q.replace(/\bhow senior\b/gi, 'how'));
  const negated = new RegExp(
    `\\b(?:not|no|non-?|excluding|except|other than|but not|without|isn'?t|aren'?t)\\s*(?:an?\\s+|the\\s+)?(${LEVEL_WORD})s?\\b`,
    'i',
  ).exec(q);
  const notLevel = negated ? levelOf(negated[1]!) : undefined;
  const move = new RegExp(
    `\\b(?:from )?(?:an? |the )?(${LEVEL_WORD})(?: (?:engineer|developer|dev|role|level|ic))?s?(?: (?:back )?(?:to|into|towards) | ?(?:-+>|→|=>|⇒|>) ?)(?:an? |the )?(?:ic |individual contributor )?(${LEVEL_WORD})`,
    'i',
  ).exec(q);
  const toLevel = new RegExp(
    `\\b(?:become|becoming|get to|getting to|move (?:up )?to|moving (?:up )?to|promoted to|promotion to|step up to|reach|into|to|for|get|land|getting|landing) (?:an? |the )?(?:ic |individual contributor )?(${LEVEL_WORD})\\b`,
    'i',
  ).exec(q);
  let level: PlanLevel | undefined;
  if (move) {
    plan.fromLevel = levelOf(move[1]!);
    level = levelOf(move[2]!);
  } else {
    // "I've been mid-level for a while … senior roles": the member's own level is no target when
    // another is named.
    const own = new RegExp(
      `\\b(?:i'?ve been|i have been|i'?m|i am|im|i was|currently|been)\\s+(?:an? |a )?(${LEVEL_WORD})\\b`,
      'i',
    ).exec(q);
    const ownLevel = own ? levelOf(own[1]!) : undefined;
    const named = levels.filter((l) => l !== notLevel);
    const candidates = ownLevel && named.length > 1 ? named.filter((l) => l !== ownLevel) : named;
    // "do i HAVE to become a manager": whether that step is required, not the level aimed at.
    const obliged =
      toLevel !== null &&
      /\b(?:have|has|need|needs|forced|required|got|must)(?: to)?\s+(?:\w+\s+)?$/i.test(
        q.slice(0, toLevel.index),
      );
    if (
      toLevel &&
      !obliged &&
      /career|move|promot|become|step|get to|reach|transition|ready|qualif|land|get an? |could i|can i|apply|realistic|shot/i.test(
        q,
      )
    ) {
      level = levelOf(toLevel[1]!);
      const current = new RegExp(`\\b(?:i'?m|i am|as) (?:an? |the )?(${LEVEL_WORD})\\b`, 'i').exec(q);
      if (current) plan.fromLevel = levelOf(current[1]!);
    } else if (candidates.length === 1) level = candidates[0];
    else if (candidates.length > 1) {
      // "senior backend roles, not lead": the first; "lead or staff": the first named is the focus.
      level = candidates[0];
    }
  }
  if (level) filters.level = level;
  if (notLevel) filters.levelNot = notLevel;
  // "after lead, staff or EM?", "what comes after being a tech lead": the member is a lead already.
  if (
    !plan.fromLevel &&
    (/\b(?:after|beyond|past|above|from|once (?:you'?re|i'?m) an?|(?:next|the) (?:step|level|move)s? (?:after|from|for|as)|after (?:\w+ ){0,3}as) (?:being )?(?:an? |the )?(?:tech |team )?lead\b/i.test(
      q,
    ) ||
      (/\b(?:i'?m|i am|as) (?:an? |the )?(?:tech |team )?lead\b/i.test(q) &&
        (level === undefined || level === 'lead')))
  )
    plan.fromLevel = 'lead';

  const where = placeText(q);
  const place =
    namedPlace(where, deps.gazetteer) ??
    placeByAdjective(where, deps.gazetteer) ??
    correctedPlace(understood, deps.gazetteer, where);
  if (place) {
    filters.place = place.name;
    plan.place = place;
  }
  // "…and are they remote?": work mode asked about, not a filter.
  const modeAsked =
    /\b(?:are|is) (?:they|it|these|those|the (?:roles?|jobs?|positions?)|most of them)(?: \w+)? (?:remote|hybrid|on-?site|in[- ]office)\b|\b(?:remote|hybrid|on-?site) or (?:not|hybrid|on-?site|remote|in[- ]office)\b/i.test(
      q,
    );
  if (modeAsked) plan.also = ['work_mode'];
  if (understood.remote && !modeAsked) filters.workMode = understood.remote;
  else if (!modeAsked && /\bremotely\b/i.test(q)) filters.workMode = 'remote';
  else if (/\bin[- ]office\b|\bon[- ]?site\b|\boffice[- ]based\b/i.test(q)) filters.workMode = 'onsite';
  const company = companyNamed(q, deps.listings);
  // A company's own name ("Aldermoor Bank") says nothing about the industry asked for.
  const industry = industryNamed(
    company
      ? q
          .replace(new RegExp(escapeRegExp(company.company), 'i'), ' ')
          // "aldermoor bank": the rest of the company's own name, however it is typed.
          .replace(
            new RegExp(
              `${escapeRegExp(company.asked)}(?:\\s+(?:${company.company
                .toLowerCase()
                .split(/\s+/)
                .map(escapeRegExp)
                .join('|')}))+`,
              'i',
            ),
            ' ',
          )
          .replace(new RegExp(`${escapeRegExp(company.asked)}(?:\\s+[A-Z][\\w&.-]*)*`), ' ')
      : q,
    deps.industries,
  );
  if (industry) filters.industry = industry;
  if (company) filters.company = company.asked;
  if (/\bpart[- ]time\b/i.test(q)) filters.employmentType = 'part-time';
  else if (
    /\b(?:contract(?:or)?s?|freelanc\w*|day[- ]rate|b2b)\b/i.test(q) &&
    !/\bsmart contracts?\b/i.test(q)
  )
    filters.employmentType = 'contract';
  else if (/\b(?:permanent|full[- ]time employ\w*|perm)\b/i.test(q)) filters.employmentType = 'permanent';
  // A currency named is the pay currency asked for ("GBP pls", "any US-dollar contract roles?").
  const currency = currencyOf(q);
  if (currency) filters.currency = currency;
  const after = postedAfter(q, deps.referenceDate);
  if (after) filters.postedAfter = after;
  if (after && postedStrictlyAfter(q)) plan.postedStrictly = true;

  // --- The intent.
  const term = jobTerm(q);
  const byPhrase = company ? listingNamedWith(q, company, deps.listings) : undefined;
  const listing =
    deps.listings.find((l) => lower.includes(l.id)) ??
    byPhrase ??
    (company
      ? (deps.listings.find(
          (l) =>
            l.company === company.company &&
            lower.includes(
              l.title
                .toLowerCase()
                .replace(/\s*[–—-]\s*.*/, '')
                .slice(0, 60),
            ) &&
            /\b(?:listing|posting|role|job|position|opening)\b/i.test(q) &&
            deps.listings.filter((x) => x.company === company.company).length > 1,
        ) ?? listingByTitleWords(q, company.company, deps.listings))
      : listingByTitleWords(q, undefined, deps.listings));
  // "anything remote for seniors?": the same, with a work mode, level or skill in place of a place.
  const placeList =
    (place !== undefined ||
      ((understood.remote !== undefined || level !== undefined || skills.length > 0) &&
        /^\W*(?:(?:yo|hey|ok|so|pls)\W+)*(?:any(?:thing)?|anyone|who)\b(?! (?:know|knows|seen|heard|tried|think))/i.test(
          q,
        ) &&
        !/\b(?:advice|tips?|help|ideas?|thoughts?|recommend\w*|experience)\b/i.test(q))) &&
    PLACE_LIST.test(q.replace(/^\W*(?:(?:yo|hey|ok|so|pls)\W+)*/i, '')) &&
    !/\b(?:skills?|stack|tech\w*|languages?|tools?|require\w*|need\w*|years|yoe|pay|salar\w*)\b/i.test(q);
  const onTopic =
    company !== undefined ||
    placeList ||
    skills.length > 0 ||
    levels.length > 0 ||
    understood.seniority !== undefined ||
    understood.remote !== undefined ||
    ON_TOPIC.test(q);
  const missingCompany = company ? undefined : unknownCompany(q, deps, skills);
  const askedAboutCompany = missingCompany !== undefined && !OFF_TOPIC_HINTS.test(q);
  // A word the search layer typo-corrected into a skill, asked about as a company, is the company.
  if (missingCompany) {
    // "Is Deutsche Bank hiring": the industry word belongs to the name.
    if (
      filters.industry &&
      !industryNamed(q.replace(new RegExp(escapeRegExp(missingCompany), 'i'), ' '), deps.industries)
    )
      delete filters.industry;
    const from = missingCompany.toLowerCase();
    const corrected = new Set(
      understood.corrections.filter((c) => c.from.toLowerCase() === from).map((c) => c.to.toLowerCase()),
    );
    // The correction names an alias ("mongo"); the skill is its canonical name ("MongoDB").
    for (const alias of [...corrected])
      for (const s of deps.skillsIn?.(alias) ?? []) corrected.add(s.toLowerCase());
    skills = skills.filter((s) => !corrected.has(s.toLowerCase()));
    // "redis inc", "Berlin Analytics": a skill or place inside the name is the name's.
    if (/\s/.test(missingCompany)) {
      const inName = (word: string) => new RegExp(`\\b${escapeRegExp(word)}\\b`, 'i').test(missingCompany);
      const named = new Set(deps.skillsIn?.(missingCompany) ?? []);
      skills = skills.filter((s) => !inName(s) && !named.has(s));
      if (filters.place && inName(filters.place)) {
        delete filters.place;
        delete plan.place;
      }
    }
  }
  const premise = premiseAmount(q);
  // "lead roles in the netherlands: remote or hybrid mostly?": the split asked, not the list.
  const splitAsked = MODE_SPLIT.test(q) && !/^\W*(?:any|are there|is there|list|show)\b/i.test(q);
  const asksList = LIST_COMPANIES.test(q) || (placeList && !splitAsked) || WHO_POSTS.test(q);
  const cues: AggregateCues = { skills, levels, notLevel, term, premise, asksList };
  // "how common is terraform in senior vs lead postings": one skill's share on each level named.
  // "kafka: berlin vs london": a place on each side of the comparison word.
  const sideWord = SIDES.exec(q);
  const [left, right] = sideWord
    ? [q.slice(0, sideWord.index), q.slice(sideWord.index + sideWord[0].length)]
    : ['', ''];
  const placeSides = sideWord
    ? [namedPlace(placeText(left), deps.gazetteer), namedPlace(placeText(right), deps.gazetteer)]
    : [];
  const twoPlaces =
    placeSides.length === 2 &&
    placeSides[0] !== undefined &&
    placeSides[1] !== undefined &&
    placeSides[0].name.toLowerCase() !== placeSides[1].name.toLowerCase();
  const skillSides =
    skills.length >= 1 &&
    !move &&
    (levels.filter((l) => l !== notLevel).length >= 2 || twoPlaces) &&
    SIDES.test(q) &&
    SIDE_MEASURE.test(q) &&
    !PAY.test(q) &&
    !YEARS.test(q) &&
    !BESIDES.test(q) &&
    !DUTIES_ASKED.test(q) &&
    !INTERVIEW.test(q);

  let readinessTarget: string[] | undefined;
  let readinessOwn: string[] = [];
  const set = (intent: Intent, measure: string) => {
    plan.intent = intent;
    plan.measure = measure;
  };

  if (
    (!onTopic && !askedAboutCompany) ||
    OFF_TOPIC_HINTS.test(q) ||
    UNANSWERABLE.test(q) ||
    (HISTORY.test(q) && !/\b(?:posted|listed)\b/i.test(q))
  ) {
    set('out_of_scope', 'nothing the listings state');
    if (HISTORY.test(q)) plan.history = true;
  } else if (
    listing &&
    (byPhrase ||
      /\b(?:listing|posting|post|ad|advert|role|job|position|opening|this|gig|contract|vacancy)\b/i.test(
        q,
      )) &&
    listing.id
  ) {
    set('listing', 'one listing');
    plan.listingId = listing.id;
    setAspects(plan, q);
  } else if (company && !missingCompany && termOrVisaOnly(q)) {
    // "does Velloria give equity?", "does Aldermoor sponsor visas?": the term asked, at them.
    decideAggregate(q, plan, cues);
  } else if ((company || missingCompany) && !LIST_COMPANIES.test(q)) {
    set('company', 'one company');
    setAspects(plan, q);
    if (missingCompany) {
      // Named as asked; said as the employer spells itself ("deutsche bank" → Deutsche Bank).
      const known = deps.employers?.find((e) => e.names.includes(missingCompany.toLowerCase()));
      plan.unknownCompany = known?.name ?? missingCompany;
      // Its skills say which alternatives to offer ("does Stripe hire Go leads?").
      if (skills.length) plan.topicSkills = skills;
      filters.company = missingCompany;
      if (known?.industry) plan.unknownIndustry = known.industry;
    }
  } else if (
    (move ? 2 : levels.filter((l) => l !== notLevel).length) >= 2 &&
    LEVEL_DIFFERENCE.test(q) &&
    !skillSides &&
    !PAY.test(q)
  ) {
    set('level_compare', 'levels side by side: years, people management, mentoring, design');
    const named = levels.filter((l) => l !== notLevel);
    plan.compare = move && plan.fromLevel && level ? [plan.fromLevel, level] : named;
    delete filters.level;
  } else if (DUTIES_ASKED.test(q) || ((OUTAGE.test(q) || ON_CALL_DUTY.test(q)) && DUTY_ASK.test(q))) {
    set('duties', 'what the role does day to day, from the guides and listings');
  } else if (
    READINESS.test(q) &&
    yearsBound(q).atMost === undefined &&
    !INTERVIEW.test(q) &&
    // "staff or management after 3 years as a lead?": a choice of path, not a readiness check.
    !/\b(?:staff|principal|manager|management|em|ic)\b[^?]{0,25}\bor\b[^?]{0,25}\b(?:staff|principal|manager|management|em|ic)\b/i.test(
      q,
    ) &&
    // "been senior 4 yrs, how do i get promoted": the way there, unless readiness itself is asked.
    (!/\bhow (?:do|can|should|would|could) (?:i|you|one)\b|\bhow to\b|\bwhat (?:should|do|can) i (?:focus|work|learn|do|improve|build)\b/i.test(
      q,
    ) ||
      /\b(?:ready|enough|qualif\w*|chance|shot)\b/i.test(q)) &&
    // The member, or the one they speak for ("Mentee profile: 10 years, strong C++ …").
    (/\b(?:i|i'm|im|me|my|mentee|my friend|profile|candidate)\b/i.test(q) ||
      /\b(?:is|are) \d+\+? ?(?:years|yrs|yoe)\b[^?]*\benough\b/i.test(q) ||
      /^\W*\d{1,2}\+? ?(?:years|yrs|yoe)\b/i.test(q)) &&
    /\b(?:ready|enough|qualif|chance|shot|apply\w*|land|meet|(?:is|it'?s|that'?s) (?:that |it |this )?(?:even |really )?(?:realistic|feasible|doable|a stretch)|\d+\+? ?(?:years|yrs|yoe))\b/i.test(
      q,
    ) &&
    !PAY.test(q.replace(/\bmake\b/gi, ''))
  ) {
    set('readiness', 'years and skills against what matching listings ask');
    // The member's own years ("i have 7") before years the listings are said to want ("10+ years").
    const years =
      /\b(?:i have|i've got|ive got|i got|i've|ive|with|i'm at|im at|profile:?)\s+(\d{1,2})\b(?!\s*\+)/i.exec(
        q,
      ) ?? /(\d{1,2})(?:\+)?\s*(?:years|yrs|yoe|y\/o)/i.exec(q);
    if (years) plan.years = Number(years[1]);
    // "good enough for go lead roles": a skill in the role aimed at is a filter, not the member's.
    const aim =
      /\b(?:for|to|into|get|land|apply (?:for|to)|at)\s+(?:an? |the |some |any )?((?:[\w.+#/-]+\s+){1,4}?)(?:roles?|jobs?|positions?|openings?|listings?|gigs?)\b/i.exec(
        q,
      );
    if (aim && deps.skillsIn) {
      const aimed = deps.skillsIn(aim[1]!).filter((s) => skills.includes(s));
      if (aimed.length) {
        readinessTarget = aimed;
        const own = deps.skillsIn(q.slice(0, aim.index) + q.slice(aim.index + aim[0].length));
        readinessOwn = skills.filter((s) => own.includes(s));
      }
    }
  } else if (CAREER.test(q) && !PAY.test(q)) {
    set('career_path', 'how engineers move up, from the guides and listings');
  } else if (INTERVIEW.test(q) && !/\bhiring (?:engineers|people)\b/i.test(q)) {
    set('interview', 'interview stages and preparation, from the guides and listings');
  } else if (
    CONTRACT_VS_PERMANENT.test(q) &&
    // "how do contract rates compare to perm": the pay itself, compared.
    !/\b(?:rates?|pay|paid|salar(?:y|ies)|earn\w*|money|comp|tc)\b/i.test(
      q.replace(/\bday[- ]rates?\b/gi, ''),
    )
  ) {
    // "a contract at €800/day against a permanent offer at €100k": how the two kinds of work compare
    // (holiday, pension, billable days), not a pay table; the member's own offers are no filters.
    set('job_terms', 'listings that state contract');
    plan.term = 'contract';
    delete filters.employmentType;
    delete filters.currency;
  } else if (
    premise &&
    (PAY.test(q) ||
      /\b(?:normal|realistic|typical|reasonable|true|right|fair|enough|too (?:high|low)|lowball\w*)\b/i.test(
        q,
      ))
  ) {
    set('pay', 'posted pay ranges per currency and period');
    plan.premise = premise;
  } else if (
    // "how common is terraform in senior vs lead postings", "do staff roles ask for k8s more than
    // lead ones": the skill's share on each side, not the levels' general differences.
    skillSides
  ) {
    set('skill_frequency', 'share of listings naming the skill, on each side compared');
    if (levels.filter((l) => l !== notLevel).length >= 2) {
      plan.compare = levels.filter((l) => l !== notLevel);
      delete filters.level;
    } else {
      plan.comparePlaces = placeSides as ResolvedPlace[];
      delete filters.place;
      delete plan.place;
    }
  } else if (
    LEVEL_COMPARE.test(q) &&
    (levels.length >= 2 || /manag|reports|people/i.test(q)) &&
    !PAY.test(q) &&
    !(skills.length >= 2)
  ) {
    set('level_compare', 'levels side by side: years, people management, mentoring, design');
    const compared = levels.filter((l) => l !== notLevel);
    plan.compare =
      compared.length >= 2
        ? compared
        : ([compared[0] ?? 'lead', 'manager'].filter((v, i, a) => a.indexOf(v) === i) as PlanLevel[]);
    if (plan.compare.length < 2) plan.compare = ['lead', 'manager'];
    delete filters.level;
  } else {
    decideAggregate(q, plan, cues);
  }

  // Skills: a filter in aggregate intents; what is measured in skill questions; the member's own in
  // readiness; in descriptive answers and about one company or listing, a topic, not a filter.
  const skillsAreFilters = ![
    'readiness',
    'out_of_scope',
    'interview',
    'duties',
    'career_path',
    'level_compare',
    'company',
    'listing',
  ].includes(plan.intent);
  if (plan.intent === 'readiness' && skills.length) {
    plan.haveSkills = readinessTarget ? readinessOwn : skills;
    if (!plan.haveSkills.length) delete plan.haveSkills;
    if (readinessTarget) filters.skills = readinessTarget;
    if (readinessTarget && readinessTarget.length > 1) filters.skillsMode = 'all';
  }
  if (skills.length && skillsAreFilters) {
    filters.skills = skills;
    // "Go or Rust", "rust jobs pay more than go jobs": either one, not both at once.
    const any =
      (/\b(?:or|either|any of)\b/i.test(q) &&
        !/\band\b/i.test(q.replace(/\b(?:and|or) (?:remote|hybrid)\b/gi, ''))) ||
      /\b(?:than|vs\.?|versus|compared? (?:to|with))\b/i.test(q);
    if (skills.length > 1) filters.skillsMode = any || plan.intent === 'skill_compare' ? 'any' : 'all';
  }
  // Out of scope: nothing is counted, but the filters the question states stay stated (its skills
  // are the topic the one snapshot can speak to).
  if (plan.intent === 'out_of_scope' && skills.length) plan.topicSkills = skills;
  // A question off the topic of jobs altogether ("best pizza in rome") states no job filter.
  if (plan.intent === 'out_of_scope' && ((!onTopic && !askedAboutCompany) || OFF_TOPIC_HINTS.test(q)))
    for (const key of Object.keys(filters) as Array<keyof AnswerFilters>) delete filters[key];
  // One listing is its own selection: only the company it was named by stays (as asked; a listing
  // named by its id names no company).
  if (plan.intent === 'listing')
    for (const key of Object.keys(filters) as Array<keyof AnswerFilters>)
      if (key !== 'company' || lower.includes(plan.listingId ?? '\u0000')) delete filters[key];
  // What is asked about one company or listing is no filter on it: "is it onsite", "remote from
  // krakow", "b2b or contract", "paid in euros".
  if (plan.intent === 'company' || plan.intent === 'listing') {
    // Its aspects answer "…and is it remote?" from its own listing.
    delete plan.also;
    const asked = new Set(plan.aspects ?? []);
    if (asked.has('work_mode')) {
      delete filters.workMode;
      delete filters.place;
    }
    if (asked.has('employment')) delete filters.employmentType;
    if (asked.has('pay')) delete filters.currency;
  }
  if (plan.intent === 'job_terms') {
    if (plan.term === 'contract' && filters.employmentType === 'contract') delete filters.employmentType;
    // "any four-day week or part-time hours?": part-time is asked about, not a filter.
    if (termsAsked(q).includes('part-time') && filters.employmentType === 'part-time')
      delete filters.employmentType;
  }
  // A second question after the first ("lead pay in berlin? and how many yoe do they want"): its
  // figures too, under the same filters.
  const rest = /\?\s*\S|;|\balso\b|\bplus\b|,?\s+and (?=(?:what|how|are|is|do|does|which|any)\b)/i.exec(q);
  if (rest && AGGREGATE_PARTS.has(plan.intent)) {
    const second = q.slice(rest.index + 1);
    const parts: Array<[Intent, boolean]> = [
      ['pay', PAY.test(second) && !/\bpay attention\b/i.test(second)],
      ['years', YEARS.test(second)],
      ['visa_relocation', VISA.test(second)],
    ];
    for (const [part, asked] of parts)
      if (asked && part !== plan.intent && !plan.also?.includes(part))
        plan.also = [...(plan.also ?? []), part];
  }
  return plan;
}
