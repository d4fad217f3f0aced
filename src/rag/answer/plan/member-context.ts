import { LEVEL_WORD, READINESS } from './cues.js';

/**
 * The member's own context: where they come from, what they have done, where they are based and
 * whom they speak for ("coming from a plain java shop", "i've done a lot of MQTT", "bengaluru based
 * here", "relocating from Kenya", "for our toronto members"). Whatever kind of entity such a span
 * holds (a skill, a place, an industry, an employer), it says who is asking, not what the roles
 * must be: the filters are read from the question without these spans, and an entity stays a
 * filter only when the question names it again outside them.
 */

// Where the member comes from, said as a change ("switching over from e-commerce", "coming from a
// plain java shop", "relocating from Kenya", "my background is in insurance"), up to three words
// and never past a joining word ("from e-commerce to fintech" keeps fintech).
export const MEMBER_PAST =
  /\b(?:(?:switch|mov|com|transition|pivot|chang|jump|get|getting|relocat|emigrat)\w*\s+(?:over\s+|away\s+|careers?\s+|industries\s+|out\s+)?from|(?:my|her|his|their) background (?:is |was )?in|after (?:\w+ ){1,2}(?:years?|yrs) in)\s+(?:an?\s+|the\s+)?(?:(?!(?:to|into|and|or|but|so|for|in|at|now|what|which|how|where)\b)[\w#+./-]+\s+){0,2}(?!(?:to|into|and|or|but|so|for|in|at|now|what|which|how|where)\b)[\w#+./-]+/gi;

// What the member has done, up to the end of the clause or a turn ("i've done a lot of MQTT and IoT
// ingestion, does that count", "I've worked with Kafka for years", "i've done java … but haven't
// used terraform": the part after "but" is what they lack, read by readiness).
const MEMBER_DONE =
  /\b(?:i'?ve|i have|i had|i|she'?s|he'?s|she has|he has|they'?ve|(?:my|our) mentee (?:has|'s))\s+(?:(?:mostly|mainly|only|also|already|actually)\s+)?(?:done|did|used|worked (?:with|on|in)|built|shipped|written|been (?:doing|using|writing|building|working (?:with|on|in)))\s+(?:(?!\b(?:but|though|although|however|yet|except|whereas)\b)(?:[^.?!,;]|\.(?=[\w#+]))){1,60}/gi;

// Years of something the member has, said as a tag ("10 yrs dotnet here", "7 years of golang
// myself"): the skill is theirs, not asked.
const MEMBER_YEARS_TAG =
  /\b\d{1,2}\+?\s*(?:years?|yrs?|yoe)\s+(?:of\s+)?[\w#+./-]+(?:\s+[\w#+./-]+)?\s+(?:here|myself|on my side|under my belt)\b/gi;

// Where the member is based, said as a tag ("bengaluru based here", "Berlin-based myself", "i'm
// lagos based", "indian passport, hyderabad based"), never a company's ("Berlin-based companies").
const MEMBER_BASED =
  /(?:^|[.!?;,]\s*|\b(?:i'?m|im|i am|we'?re|we are)\s+)[\p{L}-]+(?:\s+[\p{L}-]+)?[- ]based(?:\s+(?:here|myself|atm|now|currently|btw))?(?!\s+(?:[\w-]+\s+){0,2}?(?:compan\w*|startups?|roles?|jobs?|listings?|teams?|employers?|firms?|openings?|positions?|gigs?|postings?|vacanc\w*)\b)/giu;

// The people the member speaks for, by where they are ("for our toronto/vancouver members", "the
// lagos folks in the server", "folks in our india chapter"): the audience, not the place asked.
// (Also a list of them in brackets: "(Nigeria, Kenya, SA, Egypt members)", "(lagos + nairobi folks too)".)
const MEMBER_AUDIENCE =
  /\b(?:our|the|my)\s+(?:[\p{L}-]+(?:\s*\/\s*|\s+and\s+|\s+))?[\p{L}-]+\s+(?:members|folks|people|community|crowd|mentees|readers|channel members|chapters?|meetups?|cohorts?|circles?)\b|\((?:\s*(?:for\s+)?(?:our\s+|the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s*(?:,|\/|\+|&|and)\s*){1,8}[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:members|folks|people|community|crowd|mentees|readers)\b[^()]{0,20}\)/giu;

// The member introduced by their work as a tag, with an aside of their years and town ("java/kotlin
// dev here (6 yrs, lisbon)", "python eng here, 5 yrs"): their skills, years and place, not the roles'.
// ("Rust dev from Valencia, dreaming of Tokyo.": the same, opening the question with where they are from.)
const MEMBER_ROLE_TAG =
  /\b(?:[\w#+./-]+\s+){1,2}(?:devs?|developers?|engineers?|engs?|programmers?|swes?)(?:\s+(?:in|from|based in|out of)\s+[\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]*)?)?\s+here\b(?:\s*\([^)]{0,60}\)|,\s*\d{1,2}\+?\s*(?:years?|yrs?|yoe)\b)?|^\W*(?:[\w#+./-]+\s+){1,2}(?:dev|developer|engineer|eng|programmer|swe)\s+from\s+[\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?/giu;

// Years and what they were spent on ("8 yrs in go", "7 years of python", "9 yrs in java/kotlin").
const YEARS_SPENT = String.raw`\d{1,2}\+?\s*(?:years?|yrs?|yoe)(?:\s+(?:exp(?:erience)?\s+)?(?:in|of|with|doing)\s+[\w#+.-]+(?:\s*(?:\/|\+|,|and|&)\s*[\w#+.-]+){0,3})?`;

// The member describing themselves by their work ("i'm a unity/c# dev wanting to move server side",
// "im a backend dev … with 8 yrs"): the skills and years are theirs; where they live is read by
// plan/places.ts (alone, it is the place asked).
const MEMBER_SELF = new RegExp(
  String.raw`\b(?:i'?m|im|i am)\s+(?:an?\s+)?(?:[\w#+./-]+\s+){0,3}?(?:devs?|developers?|engineers?|engs?|programmers?|swes?)\b(?:\s+(?:in|from)\s+[\p{L}-]+)?(?:\s+with\s+${YEARS_SPENT}\b)?`,
  'giu',
);

// The member's background as a tag, with their years ("laravel background, 9 yrs", "a rails
// background here"): their skills, not asked.
const MEMBER_BACKGROUND_TAG =
  /\b(?:an?\s+)?(?:[\w#+./-]+\s+){1,2}background\b(?:\s+here)?(?:,?\s*\d{1,2}\+?\s*(?:years?|yrs?|yoe)\b)?/gi;

// The member's own level as a tag, with their years and what they were spent on ("senior here w/ 8
// yrs in go", "senior w/ 6 yrs here.", "as a senior with 7 years of python", "staff eng myself"):
// who is asking, never the level of the roles asked about.
const LEVEL_WORDS = String.raw`${LEVEL_WORD}(?:\s+(?:backend|back-end|software|[\w#+.]+))?(?:\s+(?:dev|developer|engineer|eng|swe|ic))?`;
const MEMBER_LEVEL_TAG = new RegExp(
  String.raw`(?:(?:^|[.!?;]\s*)\W*(?:an?\s+)?|\bas an?\s+)${LEVEL_WORDS}(?:\s+(?:here|myself)(?:\s*(?:,|w\/|with|\()\s*${YEARS_SPENT}\)?)?|\s*(?:,|w\/|with|\()\s*${YEARS_SPENT}\)?(?:\s+(?:here|myself))?)(?=\s*[.,;:!?)]|\s+(?:and|but|so|which|what|how|where|any|is|are|do|does|can|could|should)\b)`,
  'gi',
);

// The one the member speaks for, their level in an aside ("Mentee (senior, 6 years) asks…", "my
// friend (mid, 4 yrs) wants…"): who is asking, never the level of the roles asked about.
const MEMBER_LEVEL_ASIDE = new RegExp(
  String.raw`\b(?:(?:my|our|a|the) )?(?:mentee|friend|colleague|report|teammate)\s*\(\s*(?:an?\s+)?${LEVEL_WORD}\b[^()]{0,60}\)`,
  'gi',
);

// The member's or a mentee's current profile, said of them ("my mentee is a senior (6y, node/typescript,
// postgres, aws)", "she's a senior w/ 7 yrs of go", "my mentee has 9 yrs python and ml infra", "i
// have 8 years of java and kafka"): their level, years and skills, measured, never the roles'
// filters; the level aimed at is read from the rest ("wants a lead role").
const PROFILE_WHO = String.raw`\b(?:(?:my|our|a) mentee|my (?:friend|colleague|report|teammate|direct report)|she|he|i)`;
const PROFILE_YEARS = String.raw`\d{1,2}\+?\s*(?:years?|yrs?|yoe|y)\b(?:\s+(?:of\s+|in\s+|with\s+|doing\s+)?(?:(?!\b(?:and (?:wants?|is|would|hopes?|aims?)|but|wants?|wanting|looking|hoping|aiming|trying|is|so|what|which|how|should|could)\b)[^.?!,;—–()]){1,60})?`;
// The level and what kind of engineer ("a senior", "a senior backend eng"; where they are may follow:
// "a senior java dev in lisbon, 6 yoe"), never "w/" read as a word; a level alone ("she's a lead now") is no profile (plan/scope.ts ownLevelOnly reads it).
const PROFILE_LEVEL = String.raw`${LEVEL_WORD}(?:\s+(?!with\b)[\w#+.-]+(?![\w#+.-]|\/))?(?:\s+(?:dev|developer|engineer|eng|swe|ic))?`;
const MEMBER_PROFILE = new RegExp(
  String.raw`${PROFILE_WHO}\s*(?:is|'s|’s|am|'m|’m)\s+(?:now\s+|currently\s+)?an?\s+${PROFILE_LEVEL}(?:\s+(?:in|from|based in|out of)\s+[A-Za-zÀ-ÿ.-]+(?:\s+[A-ZÀ-Þ][A-Za-zÀ-ÿ.-]*)?)?(?:\s*\([^)]{0,80}\)|\s*(?:,|w\/|with)\s*${PROFILE_YEARS})|${PROFILE_WHO}\s+(?:has|have|'s got|’s got|'ve got|’ve got|got)\s+(?:about\s+|around\s+|~)?${PROFILE_YEARS}`,
  'gi',
);

// A profile given as such ("Mentee profile: 6 years, Java + Spring Boot + PostgreSQL, some AWS…",
// "my profile — 8 yrs go, k8s"), up to the end of its sentence: whose skills and years it holds.
// ("background: 10 yrs of .NET", "my stack: go, k8s", "my exp — 6 yrs java": the same, by another
// label; a stop inside a name, ".NET", does not end it.)
const PROFILE_LABELLED =
  /\b(?:(?:(?:my|our|the|a|her|his) )?(?:(?:mentee|candidate|member|friend)(?:['’]s)? )?(?:profile|background)|(?:my|her|his|mentee['’]s) (?:stack|skills|skill ?set|exp|experience|cv))\s*(?::|—|–|-)\s*(?:[^.?!]|\.(?=[\w#+])){1,160}/gi;

// Why the member asks, said after the question ("? want to show mentees what's expected beyond
// lead", "? need numbers for a slide", "— making the case that it matters", ", for the weekly
// digest", "? need the monthly chart for the newsletter"): their purpose, not what is asked.
const MEMBER_PURPOSE =
  /(?:[.?!;,]|\s[—–-])\s*(?:(?:(?:i|we)\s+)?(?:want|wanna|need|needs|trying|hoping|going|looking|planning)\s+to\s+(?:show|tell|share|explain|give|post|make|put|write|prep(?:are)?|help|brief|convince|pitch|lay out|highlight|answer|send|add|build|use|present|teach|compile|point)\b|(?:need(?:s|ed)?|want|for|prepping|collecting|building|making|writing|putting together|compiling|drafting)\s+(?:some\s+|the\s+)?(?:numbers|data|figures|stats|an? (?:slide|post|channel post|faq|talk|newsletter|thread|doc)|the (?:channel|(?:weekly )?digest|newsletter|faq)|my mentees?|a mentee|the case)\b|(?:need(?:s|ed)?|want|for|making|building|drawing|doing|prepping)\s+(?:an?\s+|the\s+|my\s+|our\s+|some\s+)?(?:[\w-]+\s+)?(?:charts?|graphs?|graphics?|diagrams?|plots?|visuals?|infographics?|slides?|decks?|dashboards?)\b)[^.?!]*/gi;

// Why the member asks, said first ("for a mentoring session: …", "prepping our study group —",
// "For the mock night,"): the occasion, not a skill or topic asked about.
const MEMBER_OCCASION =
  /^\W*(?:(?:for|prepping|preparing|prep for|planning|building|making)\s+(?:a|an|the|our|my|this|next|tomorrow['’]s|this week['’]s|next week['’]s|tonight['’]s|today['’]s)\s+(?:[\w-]+\s+){0,3}?(?:sessions?|workshops?|talks?|meetups?|newsletters?|digests?|slides?|decks?|threads?|posts?|calls?|cohorts?|class(?:es)?|study groups?|circles?|amas?|panels?|events?|streams?|nights?|clinics?|syllabus|curriculum|round-?ups?)|(?:mentor|admin|mod)\s+(?:q|question|check|here))\s*[:,—–-]/gi;

// What the member knows or works with now, up to the end of the clause or a turn ("I know java and
// spring, what am I missing", "if I only know go", "i have python, django, aws and 8 yoe", "currently
// doing node + mongo", "my stack is go
// and postgres", "i'm strong in python"): their skills, not the roles'. "I know that…", "I know the
// pay…" say no skill; "work in" is where they work, not what with.
const MEMBER_KNOWS =
  /\b(?:(?:i|she|he|my mentee)\s+(?:(?:only|mostly|mainly|already|just|currently|really)\s+)?(?:know|knows|use|uses|code in|codes in|work with|works with)|(?<!\b(?:should|could|would|will|must|might|may|do|does|did|can|to|what|which)\s+)(?:i|she|he|my mentee)\s+(?:have|has|'ve got|’ve got|got)(?=\s+(?!(?:a|an|the|no|not|some|any|two|three|four|five|\d+|to|been|had|done|used|worked|never|always|already|just|only|heard|seen|read|asked|applied|interview\w*|offer\w*|given|told|hired|promoted|rejected|accepted|paid|laid|fired|into|back|through|over|stuck|lucky|burned|burnt|tired|bored|scared|nervous|worried|confused|offered|ghosted|questions?|kids?|family|time|experience)\b))|(?:i'?m|im|i am|she'?s|he'?s)\s+(?:(?:really|pretty|quite|very)\s+)?(?:good|strong|solid|fluent|experienced|comfortable|proficient) (?:at|in|with)|(?:currently|right now|at the moment|these days|nowadays|day to day|day-to-day)\s+(?:(?:i'?m|im|i am)\s+)?(?:doing|using|writing|working with|coding in|on)|(?:my|her|his) (?:(?:current|main|own|daily|day-to-day)\s+)?(?:stack|skill ?set|skills|toolbox|tech)\s*(?:is|are|was|were|used to be|has been|:|=|includes?|included)(?!\s+(?:not|enough|lacking|missing|weak|thin)\b))\s+(?!(?:that|what|how|why|where|when|if|whether|the|it|this|these|those|about|of|a lot|nothing|anything|everything|enough|no)\b)(?:(?!\b(?:but|though|although|however|yet|except|whereas|what|which|how|for|so|should|do|does|am|is|are|want|wanting|looking|hoping|trying|and (?:i|what|which|want|would))\b)(?:[^.?!,;(]|\.(?=[\w#+]))){1,60}(?:,\s*(?!(?:but|and|what|which|how|so|should|do|does|am|is|are|i|im|i'm|want|looking)\b)[\w#+./-]+(?:\s+and\s+(?!(?:i|what|which|how|want|would)\b)[\w#+./-]+)?){0,6}/gi;

// How the member works now ("freelancing now for a US client", "i'm contracting atm", "currently
// freelance", "I've been a contractor for years"): their situation, not a kind of role asked for
// ("which contract roles…" still is).
const MEMBER_WORK_NOW =
  /\b(?:(?:i'?m|im|i am|i'?ve been|been|currently|now|still)\s+(?:(?:currently|now|still|mostly|just)\s+)?(?:an?\s+)?(?:freelanc\w*|contract(?:ing|or)|self[- ]employed)|(?:freelanc\w*|contracting)\s+(?:now|currently|atm|rn|at the moment|these days|for\s+(?:an?\s+|my\s+|some\s+)?(?:[\w-]+\s+){0,2}?clients?)|(?:i|she|he)\s+(?:currently\s+)?(?:freelance|contract)\b)(?:\s+for\s+(?:an?\s+|my\s+|some\s+)?(?:[\w-]+\s+){0,2}?clients?)?/gi;

// The member's years and what they were spent on, said as theirs ("my 8 yrs exp java me", "with my
// 10 years of go", "my 6 yrs in java/kotlin"): their skills, not the roles'.
// The member's own years said in German, Spanish, Portuguese, French or Polish ("Ich bin
// .NET-Entwickler mit 8 Jahren Erfahrung", "soy dev java con 6 años de experiencia", "sou dev com 7
// anos", "j'ai 9 ans d'expérience", "mam 8 lat doświadczenia"): who they are, no years asked.
const MEMBER_YEARS_ABROAD =
  /\b(?:ich bin|ich habe|soy|tengo|sou|tenho|je suis|j['’]ai|jestem|mam)\b(?:[^.?!]|\.(?=\w)){0,50}?\b\d{1,2}\+?\s*(?:jahren?|años|anos|ans|lat(?:a|ami)?)\b(?:\s*(?:de|d['’]|an)?\s*(?:berufs)?(?:erfahrung|experiencia|experiência|expérience|doświadczenia))?/gi;

const MEMBER_YEARS_OWN =
  /\b(?:my|her|his)\s+\d{1,2}\+?\s*(?:years?|yrs?|yoe)\s+(?:of\s+)?(?:(?:exp|experience)\s+)?(?:(?:in|of|with|doing)\s+)?(?!(?:as|at|for|in|on|is|are|and|but|so|what|which|how)\b)[\w#+./-]+(?:\s*(?:\/|\+|,|and|&)\s*(?!(?:what|which|how|where|why|who|do|does|is|are|can|should|i|any)\b)[\w#+./-]+){0,3}/gi;

// The member weighing options of their own after the question ("? thinking of Toronto vs staying
// remote for a US company", ". torn between berlin and a remote gig"): their choice, not the roles
// asked about (plan/index.ts reads no sides from it either). One plan alone ("thinking of moving
// into gamedev") says what they are after, and stays.
const MEMBER_OPTIONS =
  /(?:[.?!;]\s*|\s[—–-]\s*)(?:(?:i'?m|im|i am|been|we'?re)\s+)?(?:(?:thinking (?:of|about)|considering|weighing(?: up)?|debating)\s+[^.?!]*?\b(?:vs\.?|versus|or)\b|(?:deciding|torn|choosing) between\b)[^.?!]*/gi;

/** The question without the options the member weighs for themselves (MEMBER_OPTIONS), same length. */
export function withoutMemberOptions(q: string): string {
  return q.replace(MEMBER_OPTIONS, (m) => ' '.repeat(m.length));
}

const LEAD_IN_CUES = [
  MEMBER_YEARS_OWN,
  MEMBER_WORK_NOW,
  MEMBER_PAST,
  MEMBER_DONE,
  MEMBER_YEARS_TAG,
  MEMBER_BASED,
  MEMBER_AUDIENCE,
  MEMBER_ROLE_TAG,
  MEMBER_SELF,
  MEMBER_BACKGROUND_TAG,
  MEMBER_PURPOSE,
  MEMBER_OCCASION,
  MEMBER_LEVEL_TAG,
  MEMBER_KNOWS,
  MEMBER_OPTIONS,
];
const CONTEXT_CUES = LEAD_IN_CUES.concat([MEMBER_PROFILE, PROFILE_LABELLED]);

/**
 * The question without the member's introduction of themselves when it opens the question ("senior
 * here w/ 8 yrs in go, which lead jobs in berlin?", "Senior, 7 yrs. any lead roles in spain?"):
 * what is asked starts after it, as it would unintroduced.
 */
export function withoutMemberLeadIn(q: string): string {
  // A profile ("my mentee has 9 yrs python", "I have 5 yrs java") is what a readiness or gap
  // question after it measures: it is never read past.
  const spans = LEAD_IN_CUES.flatMap((re) => [...q.matchAll(re)]).filter((m) =>
    /^\W*$/.test(q.slice(0, m.index)),
  );
  const end = spans.reduce((far, m) => Math.max(far, m.index + m[0].length), 0);
  // "python dev here, 7 years. which lead roles could i realistically go for?": the profile is
  // what readiness measures, so it stays.
  if (!end || !/^\s*[,.;:!—–-]/.test(q.slice(end)) || READINESS.test(q.slice(end))) return q;
  return ' '.repeat(end) + q.slice(end);
}

/**
 * The question without the spans that give the member's own level ("senior here w/ 8 yrs in go",
 * "i'm a senior dev with 7 yrs of python") or why they ask ("? want to show mentees what's expected
 * beyond lead"): what the levels asked are read from. ("lead engineers here earn 600k?" speaks of
 * the roles, so the other spans stay read.)
 */
export function withoutMemberLevel(q: string): string {
  return [
    MEMBER_LEVEL_TAG,
    MEMBER_LEVEL_ASIDE,
    MEMBER_SELF,
    MEMBER_PURPOSE,
    MEMBER_OCCASION,
    MEMBER_PROFILE,
  ].reduce((text, re) => text.replace(re, (m) => ' '.repeat(m.length)), q);
}

/** The question without the occasion it opens with (see MEMBER_OCCASION): "for a mentoring session:". */
export function withoutMemberOccasion(q: string): string {
  return q.replace(MEMBER_OCCASION, (m) => ' '.repeat(m.length));
}

/** The question without why the member asks (see MEMBER_PURPOSE): what the intent is read from. */
export function withoutMemberPurpose(q: string): string {
  return [MEMBER_PURPOSE, MEMBER_OCCASION].reduce(
    (text, re) => text.replace(re, (m) => ' '.repeat(m.length)),
    q,
  );
}

/** The member's profile aside ("java dev here (6 yrs, lisbon)"): a place in it is never asked. */
export function withoutMemberAside(q: string): string {
  return q.replace(MEMBER_ROLE_TAG, (m) => ' '.repeat(m.length));
}

/** The spans of the question that only say who is asking (see the module comment). */
export function memberContextSpans(q: string): string[] {
  return CONTEXT_CUES.flatMap((re) => [...q.matchAll(re)].map((m) => m[0].trim())).filter(Boolean);
}

/**
 * The question without the member's own context except a profile of years and level ("I have 5 yrs
 * java", "my mentee is a senior (6y …)"): what a readiness question is read from, the years being
 * what it measures.
 */
export function withoutMemberContextButProfile(q: string): string {
  return LEAD_IN_CUES.reduce((text, re) => text.replace(re, (m) => ' '.repeat(m.length)), q);
}

/** The question with the member's own context blanked out (same length): what it asks about. */
export function withoutMemberContext(q: string): string {
  return CONTEXT_CUES.reduce((text, re) => text.replace(re, (m) => ' '.repeat(m.length)), q);
}

/**
 * The skills read from the question that the member names only of themselves ("coming from a
 * plain java shop … what do fintech leads ask for?": Java): they move to the plan's context.
 * A skill named again outside the spans ("I've used Kafka; which leads want Kafka?") stays asked.
 */
export function contextOnlySkills(
  q: string,
  skills: string[],
  skillsIn?: (text: string) => string[],
): string[] {
  if (!skillsIn || !skills.length) return [];
  const spans = memberContextSpans(q);
  if (!spans.length) return [];
  const inContext = new Set(spans.flatMap((s) => skillsIn(s)));
  const asked = new Set(skillsIn(withoutMemberContext(q)));
  return skills.filter((s) => inContext.has(s) && !asked.has(s));
}

/**
 * The question without the member's own plans in time ("i'm moving to Lisbon next year", "I
 * graduate next year", "i'm on a graduate visa that runs out next year") or past ("she moved to EM last year"): a
 * date of theirs asks for no forecast and no history.
 */
export function withoutMemberPlans(q: string): string {
  return (
    q
      // The level aimed at and when ("wants to be a lead next year", "aiming for staff in 2027"):
      // their goal, no forecast.
      .replace(
        /\b(?:wants?|wanting|hopes?|hoping|aims?|aiming|plans?|planning|expects?|expecting|targets?|targeting)\s+(?:\w+\s+){0,6}?(?:next year|in 20[2-9]\d)\b/gi,
        ' ',
      )
      .replace(
        /\b(?:i|i'?m|im|i am|i['’]ll|i will|we|we['’]re|we are|my (?:mentee|partner|family)|my (?:\w+ )?(?:visa|permit|contract|lease)|mov(?:e|ing)|relocat\w*)\s+(?:\w+\s+){0,8}?(?:next year|in the future|in 20[2-9]\d)\b/gi,
        ' ',
      )
      // A date of the member's own circumstances ("my husband's on a dependant visa that ends next
      // year", "our lease runs out in 2027"): when something of theirs ends, no forecast.
      .replace(
        /\b(?:visas?|permits?|contracts?|leases?|notice(?: period)?|residency|status|job|role|gig|project)\s+(?:\w+\s+){0,3}?(?:ends?|ending|expires?|expiring|runs? out|running out|is up|finish(?:es)?|lapses?)\s+(?:\w+\s+){0,2}?(?:next year|in 20[2-9]\d)\b/gi,
        ' ',
      )
      // The member's (or their mentee's) own past: "a mentee went from lead to EM last year", "I
      // was promoted two years ago": a date of theirs, not the market's history.
      .replace(
        /\b(?:i|i'?ve|we|we'?ve|(?:my|a|our) (?:mentee|friend|colleague|report|partner|manager|teammate)|(?:he|she|they))\s+(?:\w+\s+){0,8}?(?:last year|(?:a|one|two|three|four|five|\d+) (?:years?|months?) ago|in (?:19|20)\d\d)\b/gi,
        ' ',
      )
  );
}

// A sentence said of the member (or one they speak for): a first-person subject ("I'm on 98k in
// Amsterdam.", "Ich bin Senior Backend in München …", "my mentee is …"), a tag ("Staff-ish backend eng
// here, open to principal or EM.", "Dublin-based lead here …", "Freelancer based in Dublin.") or
// their work ("Bootcamp grad turned mid-level dev, 4 years of TypeScript/Node …").
const SELF_SUBJECT =
  /^\W*(?:(?:i|i'?m|im|i'?ve|i'?d|my|me|ich|je|j'|yo|soy|sou|eu|ik|jestem|mentee)\b|(?:hi|hey|hello|hola|servus|salut|bonjour|olá|ola|moin|hallo)\b[^.!;]{0,20}[.!;]+\s*$)|\b(?:here|myself|based in|[\p{L}]+-based)\b|^\W*(?:[\p{L}/+#-]+\s+){0,4}?(?:devs?|developers?|engineers?|engs?|grads?|freelancers?|contractors?|consultants?|swes?|programmers?)\b/iu;
// What only the roles are: a sentence naming them ("I want lead roles in Berlin.") asks for them.
const ROLES_NAMED =
  /\b(?:roles?|jobs?|listings?|positions?|openings?|postings?|gigs?|vacanc\w*|vacantes?|vagas?|stellen|[\p{L}-]+-stellen|postes?|ofertas?|ads?)\b/iu;

/**
 * The question with the sentences that open it and only say who asks (their level, town, pay,
 * plans, work; see SELF_SUBJECT) blanked out, same length: what is selected is read from the rest
 * ("Dublin-based lead here, eyeing an EM move. What do the listings based in Ireland post?": the
 * listings in Ireland, every level). A sentence with a question mark or naming the roles is asked,
 * and the question is kept whole when nothing asked follows.
 */
export function withoutSelfSentences(q: string): string {
  return selfDescription(q).rest;
}

// The member said to be somewhere or something, as a tag or in the first person ("… here",
// "Dublin-based", "based in Dublin", "I'm on 98k in Amsterdam", "Ich bin Senior Backend in München",
// "my mentee is a senior"), not what they are doing ("I am prepping a mentee for lead interviews",
// "Mentee has a lead interview next week": the level and place there are those asked about).
const SELF_TAG =
  /\b(?:here|myself)\b|\b\p{L}+-based\b|\bbased in\b|^\W*(?:i'?m|im|i am|ich bin|je suis|soy|sou|ik ben|jestem|(?:my |our )?mentee(?:'s| is)|(?:she|he)(?:'s| is))\s+(?!\w+ing\b)/iu;

/**
 * The question without the sentences only about the member (see withoutSelfSentences), and whether
 * one of them says who or where the member is (SELF_TAG): only then are its level and place theirs
 * even when the rest names none.
 */
export function selfDescription(q: string): { rest: string; tag: boolean } {
  let out = q;
  let at = 0;
  let tag = false;
  for (const m of q.matchAll(/[^.!;?]+(?:[.!;]+(?=\s|$)|\?+|$)/g)) {
    const sentence = m[0];
    if (m.index !== at || !sentence.trim()) break;
    if (/\?/.test(sentence) || /[.!;]$/.test(sentence) === false) break;
    if (!SELF_SUBJECT.test(sentence) || ROLES_NAMED.test(sentence)) break;
    out = out.slice(0, m.index) + ' '.repeat(sentence.length) + out.slice(m.index + sentence.length);
    at = m.index + sentence.length;
    if (SELF_TAG.test(sentence)) tag = true;
  }
  return out.slice(at).trim() ? { rest: out, tag } : { rest: q, tag: false };
}

// What others say or the member's impression, as an aside ("people assume senior = remote", "feels
// like everything is RTO now", "everyone says staff pays more", "my mate reckons leads are all
// remote", "i heard principals are onsite"), up to the end of its sentence: a belief about the
// market, not what the question selects.
// (To the end of its sentence or to a question after a comma: "my manager thinks staff is just
// senior+, how many staff roles are there?")
const HEARD = String.raw`(?:(?!,\s*(?:how|what|which|where|who|do|does|are|is|can|could|any|so)\b)[^.?!;])*`;
const HEARSAY = new RegExp(
  String.raw`\b(?:(?:(?:most|many|some|a lot of|lots of)\s+)?(?:people|everyone|everybody|folks|ppl|recruiters|mentees|seniors|devs)|(?:my|a|our)\s+(?:mate|friend|colleague|manager|boss|mentor|mentee|buddy|recruiter)s?|they)\s+(?:\w+\s+)?(?:assumes?|think|thinks|says?|said|believes?|reckons?|claims?|keeps? (?:saying|telling)|told me)\b${HEARD}|\b(?:it\s+)?(?:feels?|seems?|looks?|sounds?)\s+like\b${HEARD}|\bi\s+(?:heard|hear|read|keep hearing)\b${HEARD}`,
  'gi',
);

/**
 * The question without what others say or the member's impression (see HEARSAY), when the rest
 * still names what its own filter reads (`named`): "principal roles: how many onsite vs remote?
 * people assume senior = remote" selects the principal level only; "people say staff roles pay
 * 300k, true?" keeps staff, the rest naming no level.
 */
export function withoutHearsay(q: string, named: (text: string) => boolean): string {
  const rest = q.replace(HEARSAY, (m) => ' '.repeat(m.length));
  return rest !== q && named(rest) ? rest : q;
}

/** The question without how the member works now (see MEMBER_WORK_NOW): what employment is asked. */
export function withoutMemberWork(q: string): string {
  return q.replace(MEMBER_WORK_NOW, (m) => ' '.repeat(m.length));
}

/**
 * The question without the member's own years said of them ("i have 8 years of experience in java",
 * "my 10 yrs of go", "mentee profile: 6 years, java"): a years phrase there asks for no years.
 */
export function withoutMemberYears(q: string): string {
  return [MEMBER_PROFILE, PROFILE_LABELLED, MEMBER_YEARS_OWN, MEMBER_YEARS_TAG, MEMBER_YEARS_ABROAD].reduce(
    (text, re) => text.replace(re, (m) => ' '.repeat(m.length)),
    q,
  );
}

/**
 * The question without what others say or the member's impression (HEARSAY) when it follows the
 * question asked ("how many staff roles are there? i heard principals are all in office"): an aside
 * after the question asks nothing. Said first ("people say staff roles pay 300k, is that true?"), it
 * is what the question checks, and stays.
 */
export function withoutTrailingHearsay(q: string): string {
  const asked = q.indexOf('?');
  if (asked < 0) return q;
  return q.replace(HEARSAY, (m, at: number) => (at > asked ? ' '.repeat(m.length) : m));
}
