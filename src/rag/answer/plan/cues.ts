import type { JobTerm, PlanLevel } from './types.js';

export const LEVEL_WORD =
  '(?:tech(?:nical)? lead|team lead|lead|leed|senior|sr\\.?|snr|staff|principal|engineering manager|manager|em|mid(?:[- ]level)?|architect)';
const LEVEL_OF: Array<[RegExp, PlanLevel]> = [
  [/^(?:engineering manager|manager|em)$/, 'manager'],
  [/^(?:tech(?:nical)? lead|team lead|lead|leed)$/, 'lead'],
  [/^(?:senior|sr\.?|snr)$/, 'senior'],
  [/^staff$/, 'staff'],
  [/^(?:principal|architect)$/, 'principal'],
  [/^mid(?:[- ]level)?$/, 'mid'],
];
export function levelOf(word: string): PlanLevel | undefined {
  const w = word.toLowerCase().trim();
  return LEVEL_OF.find(([re]) => re.test(w))?.[1];
}

/** The levels named in the text, in order ("lead vs staff" → lead, staff). */
// A person the member names by their title ("my manager says…", "our tech lead thinks", "asked my
// EM"): someone they know, not the level asked about ("my lead role", "my manager interview" are).
// "The hiring manager" is always a person met in a hiring process, never the level asked about.
const SOMEONES_TITLE =
  /\b(?:my|our|his|her|their|your|ur)\s+(?:(?:current|old|new|former|previous|last|line|engineering|eng|team|tech|direct)\s+){0,2}(?:manager|boss|em|lead|principal|staff engineer|mentor)(?!\s+(?:roles?|jobs?|positions?|titles?|level|promotion|applications?|interviews?|offers?|track|path|ambitions?|goals?|experience|years?|skills?|salary|pay)\b)|\bhiring[- ]managers?(?:'s|’s)?/gi;

export function levelsNamed(text: string): PlanLevel[] {
  const out: PlanLevel[] = [];
  const re = new RegExp(`\\b${LEVEL_WORD}s?\\b`, 'gi');
  for (const m of text.replace(SOMEONES_TITLE, (t) => ' '.repeat(t.length)).matchAll(re)) {
    const word = m[0].replace(/s$/i, '');
    // "lead" inside "leadership" never matches (word boundary); "leading" neither.
    const level = levelOf(word);
    if (level && !out.includes(level)) out.push(level);
  }
  return out;
}

// A pay premise called into question ("is $500k normal for a lead?", "leads all earn 300k+ right?").
export const PREMISE_JUDGED =
  /\b(?:normal|realistic|typical|reasonable|true|right|fair|enough|too (?:high|low)|lowball\w*)\b/i;
export const DECLINE_SHAME =
  /\b(?:(?:negative|bad|harsh|angry|nasty|1[- ]star|one[- ]star) (?:\w+ )?(?:review|post|tweet|thread|comment)s?|scathing|savage|rip(?:ping)? (?:into|apart)|dunk(?:ing)? on|drag(?:ging)? (?:them|it|\w+) (?:online|publicly)|(?:is|are) (?:an? )?(?:terrible|awful|toxic|horrible|garbage|trash|the worst) (?:employer|company|place|companies|employers)|sham(?:e|ing)|name and shame|call(?:ing)? (?:them |it |\w+ )?out|expos(?:e|ing)|trash\w*|roast\w*|bad[- ]?mouth\w*|blast\w*|destroy\w*|bash(?:ing)?|slam\w*|negative review|bad review|hit piece|warn (?:everyone|people|others) about|worst (?:employer|compan(?:y|ies))|scam(?:my)?|boycott|public(?:ly)? (?:complain|criticis|criticiz|call|post)|(?:the |some |any )?dirt on)\b/i;
export const DECLINE_FABRICATE =
  /\b(?:(?:say|says|show|shows|look like|looks like|claim|claims) (?:that )?i (?:was|am|have|had|did|led|managed|ran)\b(?=[^?]*\b(?:when i|but i|though i|even though|wasn'?t|was not|didn'?t|did not|haven'?t|never)\b)|fake|fabricat\w*|invent\w*|make up|made[- ]up|lie (?:on|about|in)|pretend (?:i|that i)|exaggerat\w*|embellish\w*|padd? my|forge|fictional (?:experience|job|employer)|claim (?:i have|to have) .{0,40}(?:years|experience) i (?:don'?t|do not) have)\b/i;
// Someone's personal contact details ("the hiring manager's email", "the CTO's phone number").
export const DECLINE_CONTACT =
  /\b(?:e-?mails?(?: address(?:es)?)?|phone(?: numbers?)?|(?:mobile|cell|whatsapp|personal|private|home) (?:numbers?|address(?:es)?|contacts?)|contact (?:details|info\w*)|home address(?:es)?|dms?|linkedin (?:profile|url)s?|(?:their|his|her|the) (?:linkedins?|e-?mails?|phone numbers?|contact details|addresses|socials|twitter|handles?))\b|\b(?:hiring manager|recruiter|ceo|cto|founder|manager|lead|engineer|employee|someone|somebody|person|people|hr)(?:'s|’s|s['’]?)? (?:e-?mails?|phone|number|address|contact|linkedin|dms?|(?:full )?names?)\b|\b(?:dm|message|e-?mail|contact|call|ping|reach out to|text) (?:the |their |a )?(?:hiring manager|recruiter|ceo|cto|founder|hr|team lead)\b|\bwhere (?:does|do|did) (?:the |their |a |that |this )?(?:hiring manager|recruiter|ceo|cto|founder|manager|lead|engineer|hr person|person|guy|woman|man)\b[^?.!]{0,40}\b(?:live|lives|stay|stays)\b/i;
// Other members' identities gathered for someone ("export the names and Discord handles of members
// who asked about the Ardwick role"): what the bot never hands out.
export const MEMBER_DATA =
  /\b(?:names?|handles?|usernames?|user ?ids?|discord (?:names?|handles?|tags?|ids?|usernames?)|ids|list)\b[^?.!]{0,40}\bof (?:the |our |all (?:the )?)?(?:members?|users?|people|folks|everyone|anyone|candidates|applicants)\b[^?.!]{0,10}\b(?:who|that|which)\s+(?:have\s+|had\s+|already\s+)?(?:asked|searched|applied|clicked|used|viewed|looked|messaged|posted|mentioned|reacted|joined|saved|opened|showed interest)\b/i;
// Asking for that data to be handed over ("export", "dump", "send me", "give me").
export const HAND_OVER =
  /\b(?:export|dump|pull|scrape|extract|collect|compile|list|send|give|share|get|forward|hand over|download)\b/i;
export const CONTACT_ASK =
  /\b(?:can (?:you|u)|could (?:you|u)|pls|plz|please|who(?:'s|’s|s| is)|gimme|give|get|find|send|share|tell|what(?:'s|’s|s| is| are)|where|need|want|have|know|dox\w*|look up|lookup|track down)\b/i;
// Where a public attack would go.
export const PUBLIC_VENUE =
  /\b(?:tweet|twitter|x post|post|thread|review|linkedin|reddit|blog|glassdoor|blind|publicly|in public|everyone|the world|discord)\b/i;
// A request to write something for others to read ("write me a review…", "draft a post", "gonna
// post it on linkedin"), and words that make it an attack.
export const WRITE_FOR_PUBLIC =
  /\b(?:write|draft|compose|craft|make|create|put together|help me (?:write|draft|post)|post|publish|tweet|share|spread)\b(?:(?![?.!]).){0,80}(?:\b(?:review|post|tweet|thread|comment|rant|article|blog|status|story|message|linkedin|twitter|reddit|glassdoor|blind|online|publicly|public|everyone|channel|server)\b|#[\w-]+)|\b(?:post|put|share|tweet|publish|spread) (?:it|this|that|them) (?:on|to|everywhere|online|around)\b/i;
export const ATTACK_WORDS =
  /\b(?:brutal|savage|scathing|harsh|nasty|vicious|sweatshop|toxic|terribl[ey]|awful(?:ly)?|horribl[ey]|mistreat\w*|treats? (?:its|their|his|her|the)? ?(?:\w+ )?(?:badly|poorly|like (?:dirt|garbage|trash|crap))|worst|scam\w*|hellhole|clowns?|garbage|trash|liars?|lying|frauds?|exploit\w*|abusive|incompetent|ghost\w*|predatory|shady|dodgy|crooks?|cowboys|slave\w*|cult|disaster|dumpster fire|rip[- ]?off)\b/i;
// Putting on a CV what the asker says they lack ("add 3 years of kubernetes to my CV? i dont
// actually have it").
export const CV_ADD =
  /\b(?:add|put|list|include|write|stick|slap)\b[^?]{0,60}\b(?:to|on|in|onto|into)\s+(?:my |the |a |her |his )?(?:cv|resume|résumé|linkedin|profile|application)\b/i;
export const NOT_HAD =
  /\b(?:don'?t|dont|do not|never|haven'?t|havent|have not|didn'?t|didnt|did not) (?:actually |really |even |ever )?(?:have|had|used|use|done|do|did|know|worked|touched|lead|led|manage|managed)\b|\bnot (?:true|real)\b|\bi (?:have|got) (?:none|zero|nothing)\b/i;
// Writing CV, resume or LinkedIn content ("write me a CV bullet saying I led…").
// Writing CV, resume or LinkedIn content, or a letter in someone's name ("a reference letter from my
// old CTO saying…", "a recommendation saying I managed…").
export const CV_WRITE =
  /\b(?:write|draft|give|make|craft|word|phrase|come up with|help me with|need|generate|produce)\b[^?]{0,60}\b(?:cv|resume|résumé|linkedin|(?:reference|recommendation|referral|cover|employment|experience) letters?|letters? of (?:reference|recommendation|employment)|references?|testimonials?|endorsements?)\b/i;
// A reference or letter written in another person's name ("a reference letter from my old tech lead
// saying…", "a recommendation as if from my manager", "sign it as my CTO"): whatever it says, the
// bot would be writing their words.
export const IN_ANOTHERS_NAME =
  /\b(?:from|by|as if from|as if (?:it was|it's|it were) from|in the name of|signed (?:by|as)|sign(?:ed)? it as|pretending to be|posing as|as)\s+(?:my|her|his|their|our|the|a)\s+(?:(?:old|former|previous|last|current|direct|then)\s+|ex-?\s*)*(?:(?:tech(?:nical)?|team|engineering)\s+)?(?:lead|boss|manager|em|cto|ceo|vp|director|head of \w+|supervisor|line manager|colleague|coworker|co-worker|mentor|professor|teacher|employer|client)\b/i;
// The asker says it is not so, in so many words ("I didn't but nobody checks", "never did that").
export const SAYS_UNTRUE =
  /\b(?:i|he|she|they) (?:didn'?t|didnt|did not|haven'?t|havent|hasn'?t|hasnt|has not|have not|never did|wasn'?t|was not|weren'?t)(?=\s*(?:[,.;:!?)-]|$|but\b|though\b|tho\b|lol\b|tbh\b|really\b|actually\b|haha\b))|\bnever did (?:it|that|one|any|this)\b|\b(?:nobody|no one|noone|no-one) (?:ever )?(?:checks?|will check|would check|verif\w+|will know|would know|will find out|would find out)\b|\b(?:not|isn'?t|wasn'?t) (?:actually |really |strictly |technically )?true\b|\b(?:they|he|she|nobody|no one|recruiters?|hr|the company|employers?)\s+(?:won'?t|wont|will not|wouldn'?t|would not|never|don'?t|dont|do not|doesn'?t|does not) (?:ever |even |actually |really |bother to )?(?:check|verify|find out|notice|know|ask for proof)\b|\b(?:nobody|no one|noone|no-one) (?:will|would|is going to|gonna) (?:ever )?(?:check|verify|know|notice|find out)\b|\bi (?:only|just|barely) (?:did|done|know|had|used|touched|tried|read|watched|followed|played with) (?:a |an |one |some |the )?(?:tutorial|course|udemy|bootcamp|toy project|hello world|weekend project)s?\b/i;
// The CV text is meant to pass for what was not so ("so it looks believable", "even though her
// title was Senior", "to get past the filters").
export const PASS_OFF =
  /\b(?:looks?|seems?|sounds?|reads?|comes? across|pass(?:es)?) (?:as )?(?:believable|real|legit\w*|convincing|plausible|genuine|authentic|true)\b|\b(?:convincing|believable|plausible|realistic[- ]sounding) (?:\w+ ){0,3}?(?:experience|years|job|role|title|history)\b|\b(?:gap|break|leave)\b[^?.!]{0,20}\b(?:disappears?|vanish\w*|goes away|go away|is hidden)\b|\b(?:hide|erase|remove|paper over) (?:the |my |her |his |that )?(?:\w+ )?(?:gap|break)\b|\bsays? (?:i|she|he) (?:was|worked)\b[^?.!]{0,60}\bduring (?:my|her|his|the) (?:\w+ ){0,2}(?:leave|break|gap|sabbatical|time off)\b|\beven though (?:i|she|he|they|my|her|his|their)\b[^?.!]{0,30}\b(?:was|were|wasn'?t|weren'?t|didn'?t|never|only)\b|\b(?:get|slip|sneak) (?:it )?past (?:the |their |any )?(?:filters?|ats|screen\w*|recruiters?)\b|\bso (?:that )?(?:i|she|he|they|it) (?:can |could |would |will )?(?:pass|clear|meet|beat|get (?:past|through)|make it (?:past|through))\s+(?:the|their|that|this|your|an?|any)\s+(?:[\w+-]+\s+){0,3}?(?:filters?|screens?|screening|cut-?offs?|ats|bar|minimum|requirements?|threshold)\b/i;
export const FABRICATE_OBJECT =
  /\b(?:experience|cv|resume|résumé|references?|job history|work history|years|degree|projects?|employer|title|linkedin|certificat\w*)\b/i;

// A message that is only a greeting or thanks ("hi", "hello there", "thanks!", "cheers, that helps").
export const SOCIAL =
  /^\W*(?:(?:hi|hello|hey|heya|hiya|howdy|yo|greetings|good (?:morning|afternoon|evening|day)|gm)|(thanks?|thank you|thx|ty|cheers|ta|much appreciated|appreciate it))(?:[\s,!.]+(?:there|all|everyone|folks|team|guys|bot|roleradar|mate|again|a lot|a bunch|so much|very much|heaps|man|friend|that(?:'s| is)? (?:helps?|helpful|great|perfect|useful)|great|perfect|awesome|nice))*[\s!.?:)(-]*$/i;
// Investment advice ("should i buy nvidia stock", "sell my shares now?", "invest in crypto"); a job's
// equity or stock options are a job term, not this.
export const INVESTMENT_ADVICE =
  /\b(?:buy|sell|short|dump|hold)(?:ing)? (?:some |more |my |the |their )?(?:[\w.&-]+ ){0,2}(?:stocks?|shares|crypto|coins?)\b(?! options?\b)|\binvest(?:ing)? (?:\w+ ){0,2}in (?:(?:the |a |some )?[\w.&-]+ ){0,2}(?:stocks?|shares|crypto|index funds?|etfs?)\b|\b(?:stock|crypto) (?:tips?|picks?)\b|\b(?:before|after|when|once|until|if) (?:they|it|the company|[\w.&-]+) (?:ipo|go(?:es)? public|list on the stock)\b|\b(?:their|its|the|an?) ipo\b(?! equity| options?)|\b(?:will|would|does|do) (?:they|it|[\w.&-]+) (?:ever )?(?:ipo|go public)\b/i;
// The weather or climate of a place ("how cold does helsinki get in january", "is it rainy in
// dublin in winter", "what's the weather like in lisbon"): no listing says it.
const WEATHER =
  /\b(?:weather|temperatures?|how (?:cold|hot|warm|rainy|snowy|sunny|humid|dark) (?:does|do|will) (?:it )?[\p{L} ]{0,25}\bget|(?:cold|hot|warm|rainy|snowy|sunny|humid)\b[^?]{0,30}\bin (?:the )?(?:winters?|summers?|january|february|march|april|june|july|august|september|october|november|december))\b/iu;
// Gifts and gadgets to buy ("the best mechanical keyboard to gift my mentee"): shopping, not roles.
const OFF_TOPIC_WORDS =
  /\b(?:recipe|pizza|football|movie|song|poem|joke|bitcoin price|stock price|horoscope|capital of|translate|(?:mechanical )?keyboards?|headphones|gift(?:s|ing|ed)?|giveaway|birthday present|standing desk|office chair)\b/i;
// Gear asked as a purchase ("a good laptop for backend dev under 1000 euro", "which monitor should I
// buy"): shopping, not roles. A laptop a job provides ("do they give you a laptop?") is no purchase.
const GEAR_TO_BUY =
  /\b(?:best|good|decent|cheap|budget|recommend\w*|which|buy\w*|get me|suggest\w*)\b[^?.!]{0,30}\b(?:laptops?|macbooks?|monitors?|mouse|mice|webcams?|microphones?|mics?|desks?|chairs?|headsets?|earbuds|tablets?|ipads?|phones?)\b(?![^?.!]{0,30}\b(?:provided|stipend|allowance|budget from|given|they give|comes? with|included)\b)/i;
export const OFF_TOPIC_HINTS = new RegExp(
  `${OFF_TOPIC_WORDS.source}|${WEATHER.source}|${INVESTMENT_ADVICE.source}|${GEAR_TO_BUY.source}`,
  'iu',
);
// The member's own tax, asked as such ("how much tax would I pay", "how do I file my taxes as a
// freelancer", "after-tax take-home"): no listing or guide says it, and it is no question of the roles.
export const TAX_ASKED =
  /\b(?:how much (?:income )?tax|(?:income |capital gains )?tax(?:es)? (?:would|will|do|does|should|must|might) (?:i|you|we|one|they|he|she)|(?:my|the|your|our) tax (?:bill|return|rate|bracket|liabilit\w*|office|number|code)|tax (?:residen\w*|treat\w*|deduct\w*|brackets?|returns?|filing)|(?:file|filing|do|doing|pay|paying|sort out|sorting out|handle|handling|register(?:ing)? for|claim(?:ing)?)\s+(?:my|your|our|their|his|her|the)?\s*(?:own\s+)?(?:income\s+)?tax(?:es)?|tax(?:es)? (?:as|for) (?:an? )?(?:freelancer|contractor|self[- ]employed|sole trader|b2b)|after[- ]tax|net (?:pay|salary|income)|(?:which|what) tax (?:rate|form|regime|scheme|option|bracket)s?|ryczałt|ryczalt|podatek liniowy|monotributo|monotributista|responsable inscripto|simples nacional|resico|r[ée]gimen (?:simplificado|fiscal|de confianza)|autoliquidaci[oó]n|micro-?entreprise|auto-?entrepreneur|kleinunternehmer\w*|(?:open|set up|register|form|incorporate|start)(?:ing)? (?:an? |my )?(?:s\.?a\.?s|s\.?r\.?l|ltda|eirele|pty ltd|sp\.? z o\.?o\.?)|(?:set(?:ting)? up|register(?:ing)?|open(?:ing)?) (?:an? |my )?(?:jdg|sole proprietorship|one[- ]person company|ltd|limited company|umbrella company|gmbh|llc))\b/i;
// A live exchange rate ("whats the BRL to USD rate today?", "the euro to dollar exchange rate"): no
// listing or guide holds one, and the bot never converts currencies. (A listing's pay asked converted,
// "convert the X salary to euros", stays a pay question: its answer gives the posted range.)
const MONEY = String.raw`(?:usd|eur|gbp|brl|inr|cad|aud|chf|sek|nok|dkk|pln|mxn|jpy|sgd|aed|zar|kes|dollars?|euros?|pounds?|rupees?|reais|reals?|francs?|kronor|krona|zloty|pesos?|yen|bucks)`;
export const EXCHANGE_RATE = new RegExp(
  String.raw`\b(?:exchange|conversion|currency|fx|forex) rates?\b|\b${MONEY}\s*(?:to|into|\/|vs\.?|against|->)\s*${MONEY}\b[^?]{0,30}\b(?:rate|today|now|currently|right now|worth)\b`,
  'i',
);
// An immigration rule or threshold asked as such ("the minimum salary for an EU Blue Card", "how long
// does an H-1B take?", "who is eligible for a skilled worker visa?"): official rules no listing or
// guide states (which employers sponsor is the listings', asked as "which roles sponsor visas?").
// Permits and statuses a state grants ("express entry PR", "permanent residency", "citizenship").
const PERMIT = String.raw`(?:(?:eu )?blue card|h-?1b|green card|work permits?|residence permits?|skilled worker visas?|work visas?|visas?|critical skills? (?:employment )?permit|pr|permanent residen(?:ce|cy)|express entry|citizenship|naturali[sz]ation)`;
export const IMMIGRATION_RULES = new RegExp(
  String.raw`\b(?:minimum (?:salary|income|pay)|salary (?:threshold|floor|minimum)|income threshold|threshold|eligib\w*|processing times?|(?:application )?fees?|quota|lottery|points? (?:test|system))\b[^?.!]{0,25}\b(?:for|of|to get|to qualify for|under) (?:an? |the )?(?:[\w-]+ ){0,2}?${PERMIT}\b|\b${PERMIT}\b[^?.!]{0,25}\b(?:minimum (?:salary|income|pay)|salary (?:threshold|floor|minimum)|income threshold|threshold|eligib\w*|processing times?|application fees?|quota|lottery)\b|\bhow (?:long|much) (?:does|do|will|would) (?:an? |the )?(?:[\w-]+ ){0,3}?${PERMIT} (?:take|cost)\b|\b(?:crs|express entry|points?)[- ](?:cut-?offs?|scores?|thresholds?|draws?)\b`,
  'i',
);
// A moderation action asked of the bot ("can you ban the user who keeps spamming", "kick that guy",
// "delete the scam messages in #jobs"): the server's moderators do that, with Discord's own tools.
export const MODERATION =
  /\b(?:ban|unban|kick(?![- ]?off\b)|mute|unmute|timeout|time out|softban)\s+(?:[\w'’-]+\s+){0,3}?(?:users?|members?|guys?|person|people|accounts?|spammers?|posters?|trolls?|bots?|him|her|them|someone|somebody|anyone|<@!?\d+>|@[\w.]+)\b|\b(?:delete|remove|take down|nuke|purge|clean up)\s+(?:[\w'’-]+\s+){0,3}?(?:messages?|msgs?|spam|comments?|threads?|links?)\b(?=[^?]*(?:#[\w-]+|\b(?:channel|server|discord|spam\w*|scam\w*)\b))/i;
// What the listings cannot say, however the question is worded.
export const UNANSWERABLE =
  /\b(?:how much (?:income )?tax|(?:income |capital gains )?tax(?:es)? (?:would|will|do|does|should|must|might) (?:i|you|we|one|they|he|she)|(?:my|the) tax (?:bill|return|rate|bracket|liabilit\w*)|tax (?:residen\w*|treat\w*|deduct\w*|brackets?|returns?)|after[- ]tax|take[- ]home(?=\s+(?:pay|salary|income|money|amount|be|after)\b)|(?:my|your|our|her|his) take[- ]home\b(?!\s+(?:assignments?|tests?|tasks?|exercises?|projects?|challenges?))|net (?:pay|salary|income)|(?<!\b(?:keep|keeps|kept|keeping|to|continue|continues|stop|stopped|start|still) )growing(?! (?:(?:the|a|new|junior|other|more|your|their|our) )?(?:engineers?|people|developers?|devs|juniors?|talent|teams?|others|reports|mentees|leaders|staff)\b)|shrinking|declining|dying out|going (?:up|down|away)(?! (?:to|from)\b)|getting (?:better|worse|harder|easier)|overtak\w*|take over|taking over|on the rise|trending (?:up|down)|(?<!\b(?:days?|weeks?|day-to-day|job|role) )will\b(?! (?:my|her|his|their|your|our|the|a) (?:\w+ )?(?:days?|weeks?|day-to-day|work ?days?|job|role)\b)[^?]{0,40}\b(?:look like|be like|go up|go down|rise|drop|grow|fall|change|increase|decrease|recover|improve|get better|get worse)|(?:in|by) 20[2-9]\d\b[^?]*\?|trend(?:s|ing)? (?:up|down|over time)|over the (?:last|past) (?:\d+ |few )?(?:years?|months?)|best culture|(?:best|worst|happiest|nicest|coolest) (?:compan(?:y|ies)|employers?|places? to work|teams? to join)|work[- ]life balance|wlb|response times?|hear back|recruiters? (?:reply|respond|get back)|acceptance rate|how many (?:people|candidates) appl\w*|how many (?:of (?:our|the) )?(?:members|users|people|of us|folks|devs|engineers|times|mentees|candidates)\b[^?]{0,40}\b(?:appl(?:y|ied|ying)|click\w*|used|ask\w*|search\w*|view\w*|open\w*|got (?:hired|interviews?|offers?|the job))|\b(?:members?|users?|people|folks|anyone|any of us|we|our)\b[^?]{0,60}\b(?:through|via|using|thanks to) (?:the |this |our |you(?:r)? )?(?:bot|roleradar)\b|(?:appl(?:y|ied|ying)|click\w*|sign(?:ed)? up|hired)\b[^?]{0,40}\b(?:through|via|using|from|with) (?:the |this |our |you(?:r)? )?(?:bot|roleradar|server|discord)|(?:bot|roleradar)(?:'s|s)? (?:usage|stats|statistics|analytics|logs?|metrics)|applicants?|response rate|callback rate|glassdoor|ratings?|reviews? of|culture (?:score|rating)|(?:will|would) i get (?:the|an?) (?:job|offer)|chances? of (?:getting|being) (?:hired|an offer)|(?:h-?1b|visa|green[- ]card|dv|work permit) lottery|lottery (?:odds|chances?)|(?:odds|chances?) (?:of|in|at|for) (?:\w+ ){0,2}lottery|layoffs?|stock price|valuation|funding round|after[- ]tax|take[- ]home(?=\s+(?:pay|salary|income|wages?|money|after|net)\b)|(?<=\b(?:pay|salary|salaries|earn\w*|income|net|tax\w*)\b[^?]{0,40})(?<!\bfor (?:the |a |an |their |your |each |any )?)take[- ]home(?![- ](?:assignments?|tests?|tasks?|exercises?|projects?|challenges?|rounds?))|net pay|cost of living|tax(?:es)? in|how long (?:does|will) (?:the )?hiring take|time to hire|hiring freeze|ai replac\w*|replace(?:d)? by ai|next year(?:'s)? (?:pay|salar)|in 20[3-9]\d|predict\w*|forecast\w*|future of|next year|job market (?:look|be|outlook|in 20)|outlook|in the future|will (?:salaries|pay|demand|hiring|the market) (?:go|rise|drop|grow|fall|recover))\b/i;

// History: the listings are one snapshot of open roles, so any comparison with the past ("2023 vs
// now", "than a year ago", "trend?") is beyond them.
export const HISTORY =
  /\b(?:(?:in|since|from|back in|during|vs\.?|versus|compared (?:to|with)|than(?: in)?|until) (?:early |late |mid[- ])?(?:19|20)\d\d\b(?![-/]\d)|(?:19|20)\d\d (?:vs\.?|versus|compared (?:to|with)|to|and|or) (?:now|today|this year|(?:19|20)\d\d)\b|(?:were|was|did|had) there (?:\w+ ){0,3}in (?:19|20)\d\d\b|(?:a |one |two |few |\d+ )?(?:years?|months?) ago|last year|used to (?:be|pay|ask|want|require|need)|historic\w*|trends?\b(?!ing|y)|over time|over the years|pre[- ]?(?:covid|pandemic)|before (?:covid|the pandemic)|post[- ]?(?:covid|pandemic)|(?:more|fewer|less) (?:\w+ ){0,3}than (?:before|last year|a year ago|it used to))/i;

// The member's (or a mentee's) own level, said as their situation, not as the roles asked about:
// "my mentee just became a lead", "i'm a lead now", "go back to being a lead", "got a lead offer".
export const OWN_LEVEL = new RegExp(
  `\\b(?:i'?m|im|i am|she'?s|he'?s|she is|he is|they'?re|they are|(?:mentee|friend|colleague) is)\\s+(?:now |already |just |newly )?(?:an? |the )(${LEVEL_WORD})\\b(?!\\s+(?:roles?|jobs?|positions?|listings?|openings?|interviews?))|\\b(?:became|been promoted to|got promoted to|was promoted to|was made) (?:an? )?(${LEVEL_WORD})\\b|\\bback to being (?:an? )?(${LEVEL_WORD})\\b|\\b(?:got|has|have|received|holding|weighing) an? (${LEVEL_WORD}) offer\\b`,
  'gi',
);

// Two levels asked about as one change ("senior -> lead, is it just a title bump?").
export const LEVEL_DIFFERENCE =
  /\b(?:title bump|(?:just|only|mostly|basically) (?:a |an )?(?:title|promotion|raise|bump|rename|new title|pay bump|more (?:meetings|pay|money|responsibilit\w*|work|politics))|what (?:actually |really |even )?changes|what(?:'s|’s| is) (?:actually |really )?(?:different|the difference|the diff)|how (?:is it|does it|do they|are they) differ\w*|(?:same|different) (?:job|work|thing|role)|any different|really different|(?:is|it'?s) (?:it |that )?(?:just|only|basically|mostly|really)\b)/i;
// What a lead does, asked in ways that name no duty: the coding share, incidents and outages.
export const DUTIES_ASKED =
  /\b(?:typical|normal|average|usual|regular|ordinary) (?:work ?)?(?:week|day)\b(?! rates?\b|[- ]rates?\b| (?:in|at) the office)|\b(?:week|day|days|weeks) (?:\w+ ){0,2}?look(?:s)? like\b(?=[^?]*\b(?:lead|leads|as a|now|my|their|his|her)\b)|\bhow much (?:do|does|would|will|should|can) (?:an? |the )?(?:tech |team )?(?:leads?|they|you|i|managers?|ems?|staff|principals?)\b(?:\s+\w+){0,3}?\s+(?:code|coding|program\w*|hands[- ]on|build|write code)\b|\b(?:stop|give up|quit|keep|still get to) (?:coding|writing code|programming)\b|\b(?:still|actually|even|really) (?:get to )?(?:code|write code|program)\b|\b(?:what|how much) (?:share|percent\w*|fraction|part|portion|proportion) of (?:their|the|a|my) (?:time|week|day|job)\b|\bhow much of (?:an? |the |their |my )?(?:\w+['’]s )?(?:time|week|day|job)\b|\b(?:cod(?:e|ing)|hands[- ]on)\b(?: too| as well| at all)?[^?]{0,12}\bor (?:just |only |mostly |all )meetings\b/i;
// What the member says they have done ("ran a few incident calls", "led incidents", "i've run
// on-call for years", "mentored 2 juniors"): their history, said to be measured, not a duty asked.
export const OWN_DOINGS =
  /\b(?:(?:i|i['’]?ve|i have|i had|have|had|we|she|he|she['’]?s|he['’]?s|they|mentee|my mentee)\s+(?:also\s+|already\s+|even\s+)?(?:run|done|handled|led|owned)|ran|led|handled|mentored|coached|owned|did|fought|coordinated|(?:was|been|have been|i['’]?ve been) (?:on|running|leading|doing|handling))\s+(?:[\w'’-]+\s+){0,3}?(?:incidents?|incident (?:calls?|response|reviews?)|outages?|on-?calls?|on-?call rotas?|postmortems?|post-mortems?|sev ?[0-2]s?|code reviews?|design reviews?|firefight\w*|juniors?|interns?|new hires|people|engineers?|devs?)\b/gi;
export const OUTAGE =
  /\b(?:outages?|incidents?|sev ?[0-2]s?|production (?:issues?|fires?|is down|goes down)|prod (?:is )?down|(?:things?|something|the site|prod|production|the system) (?:breaks?|goes down|go down|blows? up|falls? over)|firefight\w*)\b/i;
// Contract work weighed against employment, either way round.
export const CONTRACT_VS_PERMANENT =
  /\b(?:contract(?:ing|or)?|day[- ]rate|freelanc\w*|b2b)\b[^?]{0,80}\b(?:vs\.?|versus|against|or|than|compared? (?:to|with)|over|instead of|(?:not )?(?:the )?same as|equivalent to|equal to|as good as)\b[^?]{0,40}\b(?:perm(?:anent)?|full[- ]time|salaried|employ(?:ment|ee)|staff job|(?:an? |the )?[$€£]?\d[\d,.]*\s*k?\s*(?:eur|usd|gbp|[$€£])?\s*(?:salary|base|package))\b|\b(?:perm(?:anent)?|full[- ]time|salaried|employ(?:ment|ee))\b[^?]{0,80}\b(?:vs\.?|versus|against|or|than|compared? (?:to|with)|over|instead of)\b[^?]{0,40}\b(?:contract(?:ing|or)?|day[- ]rate|freelanc\w*|b2b)\b/i;
// A contract rate weighed against a salary, no figures of the member's own ("how should they compare
// an hourly or day rate with an annual salary?", "how do I convert a day rate into a salary
// equivalent?", "is a day rate comparable to a salary?"): how to compare is the answer, from the guide.
export const RATE_WEIGHED =
  /^(?=[\s\S]*\b(?:hourly|day[- ]?rates?|daily rates?|(?:contract(?:or)?|freelance|b2b) rates?|rates? per (?:hour|day))\b)(?=[\s\S]*\b(?:salar(?:y|ies)|salaried|annual (?:pay|comp\w*|package)|perm(?:anent)? (?:job|role|offer|pay|position))\b)(?=[\s\S]*\b(?:compar\w*|convert\w*|translat\w*|equat\w*|equivalent|stack (?:up )?against|weigh\w*|annuali[sz]\w*)\b)/i;
// The member's own two figures ("a 750 EUR day rate … a 180k salary").
export const OWN_FIGURES = /[$€£]?\b\d[\d,.]*\s*k?\b[\s\S]*?[$€£]?\b\d[\d,.]*\s*k?\b/i;
const TWO_OFFERS = /\b(?:two|2|both|the two|these two|my two) (?:job )?offers\b/i;
const OFFERS_WEIGHED =
  /\b(?:compar\w*|weigh\w*|which (?:one |offer |is |pays |would )?(?:is )?(?:better|more|bigger)|better (?:deal|offer|option)|looks? (?:way |much )?(?:bigger|better|higher))\b/i;
const CONTRACT_WORK =
  /\b(?:contract(?:ing|or)?|day[- ]rate|freelanc\w*|b2b|c2c|hourly|per (?:hour|day))\b|\/(?:hr|hour|day)\b/i;
const EMPLOYED_WORK = /\b(?:perm(?:anent)?|full[- ]time|salaried|employ(?:ment|ee)|salary)\b/i;
/**
 * "two offers: a contract at €750/day and a permanent role at €110k. How should they compare
 * them?": the member's two offers, one of each kind of work, with their figures, weighed. (Without
 * "two offers", "comparing a €750/day contract with a €95k permanent job" stays the pay asked of
 * both, as holdout6's key reads it.)
 */
export function twoOffersWeighed(q: string): boolean {
  return (
    OWN_FIGURES.test(q) &&
    TWO_OFFERS.test(q) &&
    OFFERS_WEIGHED.test(q) &&
    CONTRACT_WORK.test(q) &&
    EMPLOYED_WORK.test(q)
  );
}
/** Contract work weighed against employment ("€800/day against a permanent offer at €100k"). */
export function weighsContract(q: string): boolean {
  return CONTRACT_VS_PERMANENT.test(q) || twoOffersWeighed(q);
}
// On-call asked as part of the job ("whats on-call like for a lead", "am i expected to be the hero
// at 3am"): what the role does, not which listings state a rota.
export const ON_CALL_DUTY =
  /\b(?:what(?:'s|’s|s| is) (?:the )?on[- ]?call (?:like|really like)|on[- ]?call (?:is )?(?:really )?like|(?:expected|supposed|have|need) to (?:be|do|carry|take|hold) (?:the )?(?:on[- ]?call|pager|hero)|the hero|at [1-5] ?am|middle of the night|woken up|paged at night)/i;
export const DUTY_ASK = /\b(?:lead|leads|expected|supposed|role|job|handle|do|responsib\w*)\b/i;

// The number asked for an offer ("negotiate my offer… what's a reasonable range", "what number
// should I counter with"): pay, not the negotiation guide ("how do I negotiate?" stays the guide).
const OFFER_NUMBER =
  '(?:negotiat\\w*|counter(?:[- ]?offer)?|offer)\\b[^?]{0,80}\\b(?:reasonable|fair|realistic|good|decent|typical) (?:range|number|figure|band|ask)|\\bwhat (?:range|number|figure) (?:should|could|can|do) (?:i|we|she|he|they) (?:ask|counter|aim|push)';
/** The number asked for an offer (see OFFER_NUMBER). */
export const OFFER_NUMBER_ASKED = new RegExp(OFFER_NUMBER, 'i');
const PAY_WORDS =
  /\b(?:salar(?:y|ies)|sal[ae]r(?:y|ies)|sall?ary|salry|pay(?:s|ing|band|ed)?|paid|compensation|comp|earn(?:s|ing)?|make (?:in|per|a year|annually|more|less|good|[$€£]|\d)|money|how much(?! (?:experience|exp|yoe|years|of|pto|holiday|holidays|vacation|leave|annual leave|time off|notice|overtime)\b)(?![^?.,]{0,40}\b(?:coding|code|hands[- ]on|meetings?|time)\b)|day ?rates?|rates?|tc|total comp|ote|wage|wages|base)\b|[$€£]\s?\d/i;
// Pay asked without a pay word: what the roles "make" at the end of a clause ("what do leads in
// berlin make??"), the ranges or bands the listings post ("what do the posted ranges look like?"), the
// package ("whats the package?"), an
// offer judged low ("is that a lowball?"), and pay asked in the members' other languages ("quanto
// paga", "cuánto pagan", "ile płacą", "wie viel verdient man", "quel salaire").
const PAY_UNSAID = [
  '\\b(?:do|does|did|would|will|could|can) (?:[\\w.+#-]+ ){1,6}?make\\b(?=\\s*(?:[?!.,]|$|\\s+(?:there|here|on average|a year|per year|annually|roughly|typically|usually|these days)\\b))',
  // "posted GBP ranges", "the advertised € bands": a currency may stand between.
  // "posted annual USD ranges", "the advertised monthly bands": a period may stand there too.
  '\\b(?:posted|advertised|listed|stated|published|typical|usual|going|market) (?:(?:pay|salary|comp|annual|yearly|monthly|daily|hourly|base|gross|[a-z]{3}|[$€£₹¥]) ){0,3}(?:ranges?|bands?)\\b',
  // The package offered ("whats the package?", "is the comp package any good"), never another
  // kind of package (benefits, relocation, software).
  '(?<!\\b(?:benefits?|relocation|relo|perks?|welcome|software|npm|code|python|node|helm|debian|deb|rpm|work)\\s)\\bpackages?\\b(?![- ](?:manag\\w*|registr\\w*|json|lock|index|repos?\\w*))',
  '\\b(?:lowball\\w*|low[- ]?balled|under-?paid|under-?paying|overpaid)\\b',
  // An amount the member names with its currency or in thousands and judges ("is 120k EUR good for a
  // lead in berlin?", "95k decent?", "CAD 180,000 fair?"): pay compared with what is posted.
  '\\b\\d[\\d,.]*\\s?k?\\s?(?:eur|usd|gbp|cad|aud|nzd|chf|sek|nok|dkk|pln|inr|sgd|jpy|brl|mxn|zar|aed)\\b|\\b(?:eur|usd|gbp|cad|aud|nzd|chf|sek|nok|dkk|pln|inr|sgd|jpy|brl|mxn|zar|aed)\\s?\\d',
  '\\b\\d{2,3}\\s?k\\b(?=[^?]{0,60}\\b(?:good|decent|fair|normal|ok|okay|reasonable|competitive|enough|low|high|much|little)\\b)',
  '\\b(?:quanto (?:paga\\w*|ganha\\w*)|pagam?|pagan|ganham|płac\\w*|zarabia\\w*|zarobk\\w*|pensj\\w*|verdien\\w*|geh(?:a|ä)lt(?:er)?|sal(?:á|a)rios?|sueldos?|salaires?|r(?:é|e)mun(?:é|e)ration|remunera(?:ç|c)(?:ã|a)o|remuneraci(?:ó|o)n|stipendi[oi])\\b',
].join('|');
export const PAY = new RegExp(`${PAY_WORDS.source}|${OFFER_NUMBER}|${PAY_UNSAID}`, 'iu');
// "which listings don't state a minimum years", "roles with no years requirement", "without a yoe
// bar", "without a minimum number of years", "don't state years of experience", "don't say how many
// years": the listings stating no minimum, named (the years composer). A minimum of pay ("no minimum
// salary") is pay; the member's own years ("I don't have 8 years") are none of these.
export const NO_MINIMUM_ASKED =
  /\b(?:don['’]?t|do not|doesn['’]?t|does not|never|without|no)\s+(?:\w+\s+){0,2}?(?:(?:state|list|give|specify|mention|say|set|put|ask for|require|have)\s+(?:\w+\s+){0,2}?)?(?:(?:a |any )?(?:minimum|min)\b(?!\s+(?:salary|salaries|pay|rate|day rate|comp\w*|wage|base|notice|contract|term|hours?|budget|equity|band)\b)|(?:a |any )?number of years\b|(?:a |any )?(?:number of )?years?(?:[- ]of[- ]experience)? (?:bar|requirement|minimum|floor)|(?:a |any )?yoe (?:bar|requirement|minimum))|\b(?:don['’]?t|do not|doesn['’]?t|does not|never)\s+(?:\w+\s+)?(?:state|say|list|give|specify|mention|post|ask for|require|put)\s+(?:the |any |their |a )?(?:(?:minimum |min )?(?:years|yrs|yoe)\b|how many (?:years|yrs)\b)/i;
export const YEARS =
  /\b(?:(?:median|average|avg|mean|typical|usual) (?:number of |minimum |min )?(?:years|yrs|yoe)\b|years?[- ]?wise|in years|(?:more|fewer|less) (?:years|yoe|experience)|how many (?:yrs|yoe|y(?:ea)?rs)|min(?:imum|\.)?[- ](?:years|yrs|yoe|exp\w*)|(?:yrs|yoe) (?:do|does|needed|required|asked|for)|how much exp\b|exp(?:erience)? do i need|yrs of exp\w*|how many years|years?[- ]of[- ](?:experience|exp)|(?:experience|years?|yoe) (?:requirements?|bars?|minimums?|thresholds?)|yoe|years? (?:do|does|are|is) (?:i|you|they|it|needed|required|asked)|how much experience|experience (?:do|does|is) (?:i|you|it|needed|required|asked)|minimum (?:years|experience)|(?:years|yrs|experience|exp) (?:(?:is|are) )?(?:asked|required|needed|wanted|expected|demanded)|(?:clear|pass|meet|make|cut) (?:\w+ ){0,2}(?:on|the) (?:years|yoe)(?: bar| cut(?:off)?)?|(?:experiencia|experi[eê]ncia|experience) m[ií]nima|a[ñn]os de experiencia|anos de experi[eê]ncia|cu[aá]ntos a[ñn]os|quantos anos|(?:jahre|jahren) (?:an )?(?:berufs)?erfahrung|mindest(?:erfahrung|jahre)|wie viele jahre|ann[ée]es d['’]exp[ée]rience|exp[ée]rience minimale|combien d['’]ann[ée]es|lat do[śs]wiadczenia|ile lat)(?![\p{L}])/iu;
// Work modes listed as the dimension asked ("remote / hybrid / onsite", "remote, hybrid and office",
// "remote-vs-hybrid"): the split over them, none a filter. Not modes pushed away ("no remote/hybrid").
export const MODES_LISTED =
  /(?<!\b(?:no|not|non|without|hates?|hating|avoid\w*|never|don['’]?t want|do not want|except)\s+)\b(?:remote|hybrid|on-?site|in[- ]office|office(?:[- ]based)?|wfh)\s*(?:[/,&|+]|\band\b|\bor\b|\bvs\.?|\bversus\b|-vs-)\s*(?:(?:fully |full )?(?:remote|hybrid|on-?site|in[- ]office|office(?:[- ]based)?|wfh))\b(?:\s*(?:[/,&|+]|\band\b|\bor\b|\bvs\.?|\bversus\b)\s*(?:remote|hybrid|on-?site|in[- ]office|office(?:[- ]based)?|wfh)\b)*/i;
export const WORK_MODE_Q =
  /(?:\bwhat ?%|\bwhat percent\w*|\bhow many\b|\bshare\b|\bratio\b)[^?]*\b(?:wfh|work(?:ing)? from (?:home|anywhere)|office[- ]based|in the office)\b|^\W*(?:r|are|is) (?:most|many|all|the majority of|the bulk of)\b[^?]*\b(?:remote|hybrid|on-?site|office[- ]based|in[- ]office|wfh)\b|\b(?:is|are) (?:remote|hybrid|on-?site)(?: work| roles| jobs)? (?:common|usual|typical|normal|the norm|popular|widespread|rare|standard)\b|^(?:do|does|are|is|can|any)\b[^?]*\b(?:offer|allow|support|let you|permit|have)\w*\s+(?:remote|hybrid|wfh|working from home|work from home|flexible)\b|\b(?:share|percentage|proportion|fraction|number|ratio)s? of\b[^?]*\b(?:remote|hybrid|on-?site|in[- ]office|office[- ]based)\b|\b(?:how many|how much|what share|what percentage|what proportion|what fraction|how common|how often|are (?:most|many|all)|is (?:it|remote)|split|mostly|majority|ratio|vs\.?|versus|or)\b[^?]*\b(?:remote|hybrid|on-?site|in[- ]office|office|wfh|work from home)\b|\b(?:remote|hybrid|on-?site|office)\b[^?]*\b(?:split|share|ratio|how common|how many|percentage|proportion|mostly|vs\.?|versus)\b|\bwork(?:ing)? mode\b|\bremote[- ]friendly\b/i;
// Years said as asked ("why do all lead roles require 10+ years", "do they want 8 yrs").
export const YEARS_ASKED =
  /\b(?:requir\w*|ask(?:s|ing)?(?: for)?|want\w*|expect\w*|need\w*|demand\w*|take)\s+(?:\w+\s+){0,2}\d{1,2}\s*\+?\s*(?:years|yrs|yoe)\b|\b\d{1,2}\s*\+?\s*(?:years|yrs|yoe)\b[^?]{0,30}\b(?:requir\w*|asked|wanted|expected|minimum)\b/i;
export const VISA =
  // "relocating to Berlin" is the member's move, like "moving to": context, not a visa question;
  // "relocation", "relocate" without a destination and "help me relocate" ask about the help.
  // A visa or permit the member (or their partner) already holds ("my husband's on a dependant visa",
  // "i'm on a spouse visa", "I have the right to work here") is who they are, not a visa question;
  // nor is a move they rule out ("relocate nahi karna", "I don't want to relocate", "can't move abroad").
  /\b(?:(?<!\b(?:i['’]?m|i am|we['’]?re|we are|i|we|(?:husband|wife|partner|spouse)(?:['’]s| is| has)?|(?:she|he)(?:['’]s| is| has)?)\s+(?:(?:currently|already|now|also)\s+)?(?:on|holding|hold|holds|have|has|got)\s+(?:an?\s+|my\s+|his\s+|her\s+|their\s+|our\s+|the\s+)?(?:[\w'’-]+\s+){0,2})(?:visas?|work permit|blue card|right to work)|sponsor\w*|(?<!\b(?:don['’]?t|do not|won['’]?t|will not|can['’]?t|cannot|not|never|no need to|without|not willing to|unwilling to|rather not|not able to|unable to|not looking to|not planning to|no plans to|(?:don['’]?t|do not) want to|(?:don['’]?t|do not) wanna)\s+)(?:relocation\w*|relocat\w*\b(?! to\b)(?!\s+(?:nahi|nahin|nai|mat)\b)|mov(?:e|ing) (?:abroad|countries|overseas))|help\w* (?:\w+ ){0,3}relocat\w*|non-?eu|non-?us|h-?1b|need(?:s)? sponsorship)\b/i;
const INTERVIEW_WORDS =
  /\b(?:(?:system )?design questions?|coding questions?|practice (?:problems|prompts|questions)|interview\w*|system design round|design round|take[- ]?homes?(?! (?:pay|salary|income|money|amount))|coding (?:tests?|rounds?|challenges?|exercises?|tasks?|interviews?)|leet[- ]?code|hacker[- ]?rank|live[- ]coding|whiteboard\w*|pair[- ]programming (?:interviews?|sessions?|rounds?|exercises?)|algorithm(?:s|ic)? (?:questions?|puzzles?|rounds?|tests?)|hiring process|loop|onsite round|behavioral|behavioural|(?:architecture|technical|system design|design) deep[- ]dive|(?:leadership|behaviou?ral|coding|technical|final|first|onsite|on-site|culture|values|hiring[- ]manager|system design|architecture|design) (?:round|interview|stage|screen)s?|(?:how many|what|which) (?:interview )?(?:rounds|stages)|(?:rounds|stages) (?:of|in) (?:the )?(?:interview|hiring|process))\b/i;
// Preparing is often the motive, not the question: "what do they require? trying to steer her
// prep", "the requirements … I want to prepare" ask for what is required.
const PREP = /\bprep(?:are|ares|ared|aring|aration|ping)?\b/i;
const ASKED_OVER_MOTIVE =
  /\b(?:requir\w*|reqs?|must[- ]haves?|prerequisites?|ask(?:s|ed)? for|look(?:s|ing)? for|what skills|salar\w*|pay|years of|yoe)\b/i;
// Preparing a thing of the member's own ("preparing a channel summary", "prepping our newsletter",
// "I'm preparing the FAQ"): the motive, not an interview to prepare for.
const PREP_OWN_THING =
  /\bprep(?:are|ares|ared|aring|ping)?\s+(?:a|an|our|my|this|that|some|the|his|her|their)\s+(?!(?:[\w-]+\s+){0,2}(?:interview|interviews|rounds?|loops?|screens?|screening|assessment|onsite|call|candidates?|panel)\b)/i;
// The lead doing the interviewing ("they will interview people", "run interviews", "sit on hiring
// panels"): a duty of the job, not an interview to prepare for.
const INTERVIEWING_OTHERS =
  /\b(?:interview(?:ing|s)?|screen(?:ing|s)?)\s+(?:people|candidates|engineers|devs|developers|others|applicants|new (?:hires|people|engineers))\b|\b(?:do|does|doing|run|runs|running|conduct\w*|sit (?:in|on)|sitting (?:in|on))\s+(?:the\s+|hiring\s+)?(?:interviews?|interview (?:panels?|loops?)|panels?)\b/gi;
export const INTERVIEW = {
  test: (text: string) => {
    const q = text.replace(INTERVIEWING_OTHERS, ' ');
    return INTERVIEW_WORDS.test(q) || (PREP.test(q) && !ASKED_OVER_MOTIVE.test(q) && !PREP_OWN_THING.test(q));
  },
};
// A practice counted as part of the job ("how many lead listings put hiring in the job?", "make
// mentoring part of the role", "list code review as a responsibility", "expect leads to interview"):
// what the role does (duties), over the listings naming the practice.
export const PRACTICE_IN_THE_JOB =
  /\b(?:in|into|as part of|part of|within) (?:the|their|a|your|its) (?:job|role|remit|duties|responsibilities|day[- ]to[- ]day|job description)\b|\bas (?:a |an |one of the |one of their )?(?:dut(?:y|ies)|responsibilit(?:y|ies)|part of the (?:job|role))\b|\b(?:expect|want|need|require|make)s?\s+(?:the\s+)?(?:leads?|you|them|the lead)\s+to\s+(?:hire|interview|mentor|review|run|own|handle|manage|do)\b|\b(?:you|they|leads?|mentees?)\s+(?:will|would|'ll|have to|must|are expected to|need to)\s+(?:\w+\s+)?(?:interview|hire|mentor|review code|manage people|run incidents)\b/i;
// The leadership practices a listing can name (plan/filters.ts BROAD_SKILLS), counted as duties.
export const LEADERSHIP_PRACTICES = new Set([
  'Mentoring',
  'Hiring',
  'Code review',
  'Incident management',
  'People management',
]);
// Where lead takes one next, asked of the role ("where can lead take you next?", "what does the
// lead role lead to?", "lead -> ?", "next steps after lead"): the roads on from lead.
export const LEAD_ONWARD =
  /\bwhere (?:can|could|does|do|will|might|would|should) (?:an? |the |being (?:an? )?)?(?:tech |team )?lead(?:s|ing)?(?: roles?| positions?| jobs?| titles?| level)? (?:usually |typically |eventually |then )?(?:(?:take|get|lead|bring) (?:you|me|one|people|someone|them|us|engineers|folks)|lead (?:to|on to|into))\b|\bwhat (?:does|do|can|could|will) (?:an? |the )?(?:tech |team )?lead(?:s)?(?: roles?| positions?| jobs?| titles?)? (?:usually |typically |eventually )?lead (?:to|on to|into)\b|\b(?:tech |team )?lead(?: roles?)?\s*(?:->|→|=>|⇒)\s*\?|\bnext (?:steps?|moves?|levels?|roles?) (?:after|beyond|past|from) (?:an? |the )?(?:tech |team )?lead(?:s| roles?| positions?)?\b/i;
export const CAREER =
  /\b(?:(?:go|going|move|moving|switch\w*|step\w*|get|getting|come|coming) back (?:to|into) (?:an? )?(?:ic|individual contributor|(?:tech )?lead|engineering|coding)|from (?:an? )?(?:engineering |people )?manag\w* (?:back )?(?:to|into)|what(?:'s|’s|s| is| comes) next|next level|where do i go from here|(?<!\bratio (?:of )?(?:\w+ )?)(?:senior|mid|lead|staff|principal)s? (?:to|-+>|→|=>|⇒|>) ?(?:tech )?(?:lead|staff|principal|manager|em)\b|(?:show|prove|demonstrate|convince (?:\w+ ){1,2}|make (?:the|a) case)\b[^?]{0,30}\b(?:i'?m|im|i am|they(?:'re| are)|he(?:'s| is)|she(?:'s| is)|(?:i|they|he|she) (?:can|could))\b[^?]{0,15}\b(?:ready|capable|able to (?:lead|be a lead))|make the (?:jump|leap|move|switch)|level up|move up|moving up|step up|promot\w*|become an? (?:tech )?lead|becoming an? (?:tech )?lead|get to (?:tech )?(?:lead|senior|staff|principal|manager|em)|become (?:an? )?(?:senior|staff|principal|engineering manager|manager)|career (?:path|ladder|progression|move|step|growth)|next step|path (?:to|from)|transition(?:ing)? (?:from|to|into)|grow into|get into (?:a )?(?:tech )?lead|from (?:senior|mid|staff|lead) (?:to|into)|after (?:being )?(?:an? )?(?:tech )?lead|(?:options|choices|paths?|routes?|directions?) (?:after|beyond|past) (?:being )?(?:an? |the )?(?:tech )?lead|(?:end(?:s|ed)? up|ending up|wind up|arrive|arrives|arrived) (?:as|at) (?:an? )?(?:tech |team )?lead|(?:common|usual|typical|main|different|realistic|possible) (?:routes?|paths?|roads?|ways) (?:in(?:to)?|to|up|from)\b|routes? (?:in(?:to)?|up)\b|beyond (?:the )?(?:tech )?lead(?! (?:roles?|listings?|jobs?|level pay))|wher?e? (?:can|does|do|could|might|should|would) (?:an? |the )?(?:(?!leads?\b)[\w-]+ )?(?:tech )?leads?(?: (?!(?:go|lead|head|move)\b)[\w-]+){0,2} (?:go|lead|head|move)|switch(?:ing)? (?:to|into) management|go into management|where (?:do|can|could|should|would) (?:people|i|you|leads?|engineers|folks) (?:usually |typically |normally )?go|what(?:'s|’s| is) next|after this|(?:staff|principal|ic)\b[^?]{0,25}\bor\b[^?]{0,25}\b(?:management|manager|em|people management)|(?:management|manager|em)\b[^?]{0,25}\bor\b[^?]{0,25}\b(?:staff|principal|ic))\b/i;
// A move between levels asked as a road or a choice, whatever else the member says of themselves:
// where leads go next ("where do leads usually go after?", "after lead whats next?"), staff set
// against management ("staff? EM?", "staff or EM"), trying management and coming back ("wants to
// try EM… can she go back?"), and how people get to lead ("internal promotion or switching?").
export const CAREER_MOVE =
  /\bwhere (?:do|does|can|could|should|would|might) (?:people|ppl|folks|engineers|devs|leads|tech leads|an? (?:tech )?lead|the (?:tech )?lead)\b[^?]{0,20}?\bgo\b|\bafter (?:being )?(?:an? )?(?:tech )?lead\b[^?]{0,15}\bwhat(?:'s|’s|s| is| comes)? next\b|\bwhat (?:comes |is |'s )?(?:next )?after (?:an? )?(?:tech )?lead\b|\b(?:staff|principal|ic)\b\s*(?:\?|\bor\b)\s*(?:an? )?(?:em|manager|management|engineering manager)\b|\b(?:em|manager|management|engineering manager)\s*(?:\?|\bor\b)\s*(?:an? )?(?:staff|principal|ic)\b|\b(?:try|trying|test|testing|taste|tasting)\b[^?]{0,20}\b(?:em|management|manag\w+|being an? (?:manager|em))\b|\b(?:can|could|may|would) (?:i|she|he|they|you|one|we) (?:ever |still |easily |later )?(?:go|move|switch|come|step) back\b|\bget (?:to|into) (?:tech |team )?lead\b[^?]{0,30}\b(?:internal\w*|promot\w*|switch\w*|job[- ]hop\w*|chang\w* (?:jobs?|compan\w*))/i;
// How one gets to a level, asked as a way ("how does someone actually get promoted to lead", "what
// should a senior work on to move into a lead role within a year"): the career path, even when the
// asker's own years are said beside it (those make it no readiness check).
export const CAREER_HOW =
  /\b(?:how (?:do(?:es)?|can|could|should|would|to|did|might)\b[^?]{0,40}?\b(?:get(?:s|ting)? promoted|be promoted|become an? (?:[\w-]+ ){0,2}?(?:tech |team )?lead|move (?:up|into (?:an? |the )?(?:[\w-]+ ){0,2}?(?:tech |team )?lead)|step up|get to (?:tech |team )?lead|make the (?:jump|leap|move)|grow into)|what (?:should|can|could|do(?:es)?|would|must) (?:[\w-]+ ){0,4}?(?:work on|focus on|do|learn|build|practi[sc]e|get better at) to (?:move|get|step|grow|be promoted|become|make)\b)/i;
// What the member should learn or lacks, asked of themselves ("what should I learn next", "what am I
// missing", "which skills should I pick up", "what else do I need", "where are my gaps"): with their
// own skills stated, the gap between them and what the roles require (readiness, `plan.gap`).
export const GAP_ASKED =
  /\b(?:what|which)\b(?:\s+(?!(?:should|could|do|does|must|would|can|to|is|are)\b)[\w+#./-]+){0,3}\s+(?:should|could|do|does|must|would|can|to|ought to)\s+(?:(?:i|she|he|we|they|my mentee|the mentee)\s+)?(?:(?:\w+)\s+)?(?:learn|pick up|study|add|focus on|work on|improve|get better at|brush up on|upskill (?:in|on)|invest in|know|lack)\b|\b(?:am i|is (?:she|he|my mentee)|are (?:we|they))\s+(?:still\s+)?(?:missing|lacking)\b|\bwhat(?:'s| is)?\s+(?:still\s+)?missing\b|\bwhat else (?:should|do|would|must|could) (?:i|she|he|we|they) (?:learn|know|need|add|pick up|study)\b|\b(?:my|her|his|their) (?:skills? )?gaps?\b|\bwhat(?:'s|’s| is| are)? (?:the|my|her|his|their) (?:skills? )?gaps?\b|\bwhat(?:'s|’s| is)? (?:still )?mis+ing\b|\b(?:am i|is (?:she|he|my mentee)|are (?:we|they))\s+(?:still\s+)?mis+ing\b|\bwhat (?:do|does) (?:i|she|he|they) (?:lack|need to (?:learn|add|pick up|know))\b/i;
// Time away judged as the member's standing ("does a 2 year gap on my CV matter for lead roles?",
// "will my career break count against me", "should i even mention it"): readiness, not the way up.
// (A break the listings are asked to mention, "do any lead listings mention a career break?", is not.)
const TIME_AWAY =
  '(?:career break|(?:cv|resume|résumé|employment|work|career) gaps?|gaps? (?:in|on) (?:my|her|his|their|the) (?:cv|resume|résumé|employment|work history|career)|(?:a|my|her|his|their|the|this|that) (?:\\d+[- ](?:years?|yrs?|months?)[- ])?(?:career )?(?:gap|break|time off|time away|hiatus|sabbatical)(?! between)|(?:years?|months?) (?:off|away|out)|back to work|returning to work|coming back)';
const TIME_AWAY_JUDGED =
  '(?:matter\\w*|hurts?|hurting|count(?:s|ed)? against|held against|hold (?:me|her|him|them|you) back|(?:hold|held|holding) (?:it|that|this) against|(?:a |an )?(?:problem|issue|red flag|deal ?breaker|concern|dealbreaker)|penali[sz]\\w*|affects?|impacts?|look(?:s)? bad|put (?:them|recruiters|employers) off|(?:should|do|can|must|would) (?:i|she|he|they) (?:even )?(?:mention|explain|hide|address|disclose|list|include|put)|how (?:do|should|can|would) (?:i|she|he|they) (?:explain|address|frame|handle|talk about|cover))';
export const TIME_AWAY_MATTERS = new RegExp(
  `\\b${TIME_AWAY}\\b[^?]{0,80}?\\b${TIME_AWAY_JUDGED}|\\b${TIME_AWAY_JUDGED}\\b[^?]{0,80}?\\b${TIME_AWAY}\\b`,
  'i',
);
export const READINESS =
  /\b(?:(?:is|isn'?t|would|will|could) (?:that|this|it) (?:be )?(?:an? )?(?:big |real |major |serious )?(?:gap|problem|dealbreaker|deal[- ]breaker|blocker|red flag|disqualifier)(?= for| in| when| if|\s*\?)|(?:is|isn'?t) (?:an? |the )?(?:lead|staff|principal|senior|tech lead)(?: (?:role|job|position|level))? (?:even |really |actually )?(?:realistic|feasible|doable|attainable|a stretch|within reach)|(?:are|is) (?:there )?(?:any |some |these |those |the )?(?:[\w+#./-]+ ){0,4}(?:roles?|jobs?|positions?|openings?|listings?) (?:even |really |at all )?(?:realistic|feasible|doable|attainable|within reach|in reach|a stretch)|(?:realistic|feasible|doable|attainable|within reach|in reach) for (?:me|him|her|them|my mentee)|(?:is|isn'?t|it'?s|that'?s) (?:that |it |this )?(?:even |really )?(?:realistic|feasible|doable|a stretch)|(?:no |any )?point (?:in )?applying|worth applying|(?:a |any )?shot at|am i ready|am i qualified|(?:tech |team )?(?:lead|staff|principal|senior)[- ]ready|ready (?:for|to be|to become|to apply)|good enough|enough (?:for|to)|qualify|do i (?:meet|stand a chance|have (?:enough|a chance))|(?:fits?|suits?|match(?:es)?) (?:me|him|her|them|my (?:profile|background|mentee))\b|(?:can|could|would|will|should) i (?:realistically |actually |even |really )?(?:apply|get|land|go for)|chance (?:at|for)|i have \d+|with \d+ (?:years|yrs|yoe)|\d+ (?:years|yrs|yoe) (?:of )?(?:exp\w*|in|as|with)?|\d+\+? ?(?:years|yrs|yoe)\b(?=[^?]*\b(?:i|me|my)\b))\b/i;
export const LEVEL_COMPARE =
  /\b(?:(?:a |one )?step (?:down|up|back(?:wards?)?|sideways)|downgrade|demotion|(?:a )?promotion (?:from|over)|vs\.?|versus|compared? (?:to|with)|differ\w*|difference|diff|gap between|between (?:an? )?(?:senior|lead|staff|principal|manager)s? and|(?:above|below|higher than|lower than|more senior than|outrank\w*)(?= (?:an? )?(?:senior|lead|staff|principal|manager|em)s?\b)|(?:is|are) (?:an? )?(?:principal|staff|lead|tech lead)s?(?: engineers?)? (?:\w+ )?(?:managers?|ems?|people managers?)\b|distinguish\w*|separat(?:es?|ing)|ratio (?:of )?(?:\w+ )?(?:senior|lead|staff|principal|manager|em)s? (?:\w+ )?(?:to|vs\.?|versus|and|against) (?:\w+ )?(?:senior|lead|staff|principal|manager|em)s?\b|sets? (?:\w+ ){1,4}apart|same (?:thing|as)|is an? (?:tech(?:nical)? |team )?lead (?:\w+ ){0,2}(?:an? |the same as an? )?(?:engineering manager|manager|em|people manager)|do (?:tech )?leads (?:have|manage|line[- ]manage) (?:direct )?(?:reports|people|a team)|direct reports|people management|manage people|line manag\w*|1[:-]?(?:on-?)?1s?|one[- ]on[- ]ones?|perf(?:ormance)? reviews?|(?:that|it)(?:'s|’s| is) (?:the |an? )?(?:ems?|managers?|engineering managers?)['’]?s? (?:job|role|thing|responsibility)|(?:ems?|managers?)['’]s? (?:job|responsibility)|(?:lead|staff|principal|senior|manager)[^?]{0,20}\bor\b[^?]{0,20}\b(?:lead|staff|principal|senior|manager)\b[^?]*\b(?:better|choose|pick|should|which)\b)/i;
export const JOB_TERMS: Array<[RegExp, JobTerm]> = [
  // "do lead roles come with stock?": stock granted, not stock kept ("stock management").
  [
    /\b(?:equity|stock[- ]?options?|share options?|rsus?|shares|esops?|vsops?|espp|bspce|vesting|aktienoptionen|mitarbeiterbeteiligung|opciones sobre acciones|participa[cç][aã]o acion[aá]ria)\b|\b(?:with|get|gets|give|gives|offer|offers|grant|grants|include|includes|including|any|some) (?:some |any )?stock\b(?! (?:management|levels?|control|market|exchange|keeping|photos?|images?))/i,
    'equity',
  ],
  // "will i get paged at night?", "woken up at 3am": being paged is the on-call.
  [
    /\b(?:on[- ]?call|pager(?:duty)?|out[- ]of[- ]hours|weekend (?:support|rota)|rota|paged|paging|(?:woken|wake (?:me |you |us )?) up (?:at night|in the night|at \d))\b/i,
    'on-call',
  ],
  // "2 or 3 days in office?", "how many office days", "which days do you go in", "RTO policy": the
  // days a week in the office that hybrid and on-site listings state.
  [
    /\b(?:office days?|in[- ]office days?|(?:in|at|into) (?:the |an |our |their )?office (?:\w+ ){0,2}days?|days? (?:a |per |each )?(?:week )?(?:in|at|into) (?:the |an |our |their )?office|days? (?:on[- ]?site|onsite|in person|in-person)|(?:how many|which|what) days\b[^?.]{0,40}\b(?:office|on[- ]?site|onsite|in person|in-person|go in|come in)|(?:office|on[- ]?site|in[- ]person|rto|return[- ]to[- ]office) (?:attendance|presence|requirements?|policy|policies|mandates?|rules?|days?)|(?:come|go|going|coming) (?:in|into the office) (?:\w+ ){0,2}days?|hybrid,? (?:\d|one|two|three|four)(?:[- ]|\s*x\s*)?days?(?: a| per| each|\/)? ?(?:week|wk)|(?:\d|one|two|three|four)[- ]days?(?: a| per|\/)? ?(?:week|wk) hybrid)\b(?<!\b(?:dont|don't|do not|not|no|never|without|avoid)\b[^?.,;]{0,25})/i,
    'office days',
  ],
  // "let me work 4 days a week", "four days per week", "work only 4 days", "a 32h week", "a 4/5
  // contract", "a 9-day fortnight": a four-day week, never days in the office ("in the office 4
  // days a week" is hybrid work).
  [
    /\b(?:four[- ]day|4[- ]day|32[- ]?(?:hours?|hrs?|h)\b|compressed (?:hours|week))\b(?<!\b(?:office|on-?site|onsite|in person|in-person|go in|come in)\b[^?.]{0,25})|\b(?:four|4)\s+(?:working\s+)?days?\s*(?:a|per|each|every|\/|of the|in the)\s*(?:week|wk|w)\b(?![^?.]{0,25}\b(?:office|on-?site|onsite|in person|in-person|commut\w*)\b)(?<!\b(?:office|on-?site|onsite|in person|in-person|go in|come in)\b[^?.]{0,25})|\bwork(?:ing)?\s+(?:only\s+|just\s+)?(?:four|4)\s+days\b(?![^?.]{0,25}\b(?:office|on-?site|onsite|in person|in-person)\b)|\b(?:a\s+)?(?:4\/5|four[- ]fifths?)(?:ths?)?\s+(?:contract|schedule|week|regime|time|job|role|position|arrangement)s?\b|\b(?:nine|9)[- ]day fortnight\b|\b4\s*x\s*10s?\b/i,
    'four-day week',
  ],
  [/\b(?:part[- ]time|reduced hours|fewer hours|0\.\d fte|\d{2}%? fte)\b/i, 'part-time'],
  [
    /\b(?:contract(?:s|or|ors)?|freelanc\w*|b2b|day[- ]rate|inside ir35|outside ir35|fixed[- ]term)\b/i,
    'contract',
  ],
  [/\b(?:bonus(?:es)?)\b/i, 'bonus'],
  // What the listings state of the package besides pay, asked as the terms are ("any learning
  // budget?", "how much annual leave"), each answered from the sentences that state it.
  [
    /\b(?:learning|training|education|conference|l&d|development|book|certification) (?:budgets?|allowances?|stipends?)\b|\blearning and development\b|\bconferences?\b(?=[^?]*\b(?:budget|paid|offer|cover|attend|go to|send)\w*)/i,
    'learning budget',
  ],
  [
    /\b(?:annual leave|parental leave|maternity|paternity|sick leave|pto|paid time off|time off|vacation(?: days)?|holidays?(?: allowance| days)?|days off|leave (?:policy|allowance|days)|sabbaticals?|how (?:much|many (?:days|weeks)(?: of)?) (?:paid |annual )?(?:leave|holidays?))\b/i,
    'paid leave',
  ],
  [
    /\b(?:benefits(?! (?:of|from|to)\b)|(?:deutschland|job|49[- ]?euro)[- ]?tickets?|jobrad|(?:public transport|transit|commuter|travel) (?:tickets?|pass(?:es)?|cards?|allowances?|subsid\w*|benefits?)|commut\w* (?:allowances?|benefits?|subsid\w*)|(?:meal|lunch|food) (?:vouchers?|allowances?|cards?)|benefits? (?:package|packages|plan)|perks?|health (?:insurance|cover(?:age)?|plans?)|medical (?:insurance|cover\w*)|private medical|dental|pensions?|401\(?k\)?|retirement (?:plan|match\w*|scheme))\b/i,
    'benefits',
  ],
  [
    /\b(?:working hours|work(?:ing)? hours|core hours|flexible (?:hours|working)|flexi-?time|flextime|overtime|hours (?:per|a|each) week|(?:long|late|crazy|normal|sane) hours|work[- ]day (?:is|like)|how many hours|(?:what|how) (?:are|'re) (?:the )?hours|hours (?:like|look like))\b/i,
    'working hours',
  ],
  [
    /\b(?:team sizes?|size of (?:the |their |a )?teams?|how (?:big|large|small) (?:is |are )?(?:the |their |a )?teams?|how many (?:engineers|people|devs|developers|reports|direct reports) (?:would|will|do|does|on|in|under)|teams? (?:these|the|a) leads? (?:would |will )?(?:manage|lead|run)|(?:number|count|average|typical|usual) (?:number )?of (?:engineers|people|devs|developers|reports|direct reports|heads)\b[^?]{0,30}\b(?:manag\w*|lead|leads|led|runs?|oversee\w*|report\w*))\b/i,
    'team size',
  ],
];
// (Also the employers asked as a bare noun phrase: "DACH lead backend companies?", "fintech
// companies in london hiring leads?".)
export const LIST_COMPANIES =
  /\b(?:does |is )?any(?:one|body| company) (?:hir\w*|recruit\w*)\b|\b(?:which|what|list(?: me)?(?: the| all| every| some)?|name(?: me)? (?:some|the|all|every|a few)|show me(?: the| all| some)?|any) (?:(?!(?:do|does|did|is|are|was|were|should|can|could|would|will|the|a|an|my|your)\b)[\w-]+(?:\s*[/&]\s*|\s+)){0,2}?(?:companies|compan(?:y|ies)|employers?|firms?|orgs?|organi[sz]ations?|places|startups?|banks?|fintechs?|healthtechs?|insurtechs|proptechs|edtechs|studios|insurers|retailers|scale-?ups|shops|outfits|agencies|unicorns)\b|\bwho(?:'s| is)? (?:hir\w*|recruit\w*|looking)\b|\bcompanies (?:that|which|who|hiring|are hiring|with)\b|\bwhere (?:can|could|should) i (?:apply|work)\b|^\W*(?:(?:yo|hey|ok|so|pls)\W+)*(?:[\w&/.+#-]+\s+){0,5}?(?:companies|employers|firms)(?:\s+(?:in|hiring|recruiting|based in|near|around|with|for)\b[^?.!]{0,40})?\s*\?/i;
// "anything in toronto?", "who's hiring in lisbon", "any roles in the uk": with a place, a list.
export const PLACE_LIST =
  /^\W*(?:any(?:thing|one|body)?|who)\b|^\W*which (?:\w+ ){0,3}(?:roles|jobs|positions|openings|listings|gigs)\b|^\W*(?:(?:lead|senior|staff|principal|backend|remote) )?(?:jobs?|roles?|openings?|positions?|gigs?|listings?|companies)(?: \w+){0,2} in\b|\bwhat(?:'s|’s|s| is)(?: there)? in\b|\bwhat(?:'s|’s|s| is)? (?:out )?there\b|\b(?:anything|any (?:jobs?|roles?|openings?|positions?|gigs?|listings?|postings?|vacanc\w*))\b|\bwho(?:'s|’s| is)? (?:hiring|there|around)\b/i;
// Listings that name every skill asked, together ("want BOTH kubernetes and terraform", "Kafka and
// Go together", "all three of"): one count over those with all of them, not a comparison.
export const ALL_SKILLS_ASKED =
  /\bboth\b(?! (?:of (?:them|these|those)|roles|listings|levels|sides|places|cities|countries)\b)|\b(?:together|at the same time|in combination|combined|all (?:three|four|of (?:them|these|those)))\b|\bas well as\b/i;
export const SKILL_COMPARE =
  /\b(?:compar\w*|demand for|(?:asked|requested|wanted|needed|required|demanded|named|mentioned|listed|used)(?: for)? (?:more|less)(?: often)? than|more (?:common|popular|in demand|demanded|requested|wanted|asked|often|valuable|useful)|less (?:common|popular)|comes? up more|shows? up more|appears? more|most (?:common|popular)|which (?:is|one|of)|better (?:to learn|bet|choice)|should i learn|vs\.?|versus|compared? (?:to|with)|or)\b/i;
export const SKILL_FREQUENCY =
  /\b(?:how (?:common|often|many|popular|important|much (?:do|does|is))|what (?:share|percentage|percent|fraction|proportion)|percent(?:age)?|share of|in demand|do (?:most|all|many|they|i|you|lead\w*|roles|listings|jobs) (?:\w+ ){0,3}(?:need|require|ask|want|use|have to know)|is \w+(?: \w+)? (?:required|needed|necessary|essential|a must|common|popular|worth)|(?:required|needed|asked for) (?:in|by)|ask(?:s|ed)? for|mention\w*|count|(?:even |still )?a thing|worth (?:it|learning)|used (?:much|at all|anywhere|a lot)|(?:wanted|needed|asked for|in use|in demand|hired for) (?:anywhere|at all)|dead (?:language|tech\w*|stack|skill)|(?:still )?(?:alive|relevant|dead) (?:at all|anywhere|in the listings)|(?:does|do) (?:any(?:one|body)|any (?:companies|roles|listings|jobs)) (?:use|want|ask for|need)|any(?:one|body) (?:using|want\w*|ask\w*))\b/i;
// "what do dev tools companies want": the industry, not which tools.
export const TOP_SKILLS =
  /\bwhat(?:'s|’s|s| is| are)? (?:hot|trending|popular|hyped|in[- ]demand|most wanted)\b|\b(?:hot|hottest|trending|trendy|in[- ]demand|popular)\b[^?]{0,20}\b(?:stacks?|techs?|skills?|languages?|tools?|frameworks?|databases?)\b|\b(?:databases?|dbs|datastores?|languages?|clouds?|cloud providers?|frameworks?|message (?:queues?|brokers?)|queues?)\b[^?]{0,30}\b(?:most|show up|come up|appear|used|common|popular)\b|\b(?:top|most (?:common|asked|requested|wanted|popular|important|in[- ]demand|frequent)|main|key|common|typical|popular|which|what) (?:\w+ ){0,3}(?:skills?|technologies|technology|tech stacks?|stacks?|(?<!\b(?:dev|developer|devtool|build) )tools?|languages?|frameworks?|databases?|clouds?|techs?(?! lead))\b(?! (?:lead|leads)\b)|\b(?:hot|hottest|trending|trendy|hyped|meta|popular|go-to|standard|usual) (?:\w+ )?(?:stacks?|techs?|skills?|languages?|tools?|frameworks?)\b|\btop \d+ (?:\w+ )?(?:skills?|skils|skillz|tech\w*)\b|\bskils\b|\bskills? (?:(?:are|is) )?most\b|\bwhat (?:should|do) i (?:learn|study)\b|\bin demand\b|\b(?:soft|non[- ]?technical|interpersonal) skills?\b|\b(?:beyond|besides|other than|apart from|aside from|outside(?: of)?) (?:the )?(?:tech(?:nical)?|hard|coding|stack)(?: skills?| stuff| side| bits?)?\b/i;
export const DUTIES =
  /\b(?:how (?:do|does|should|would) (?:an? |the )?(?:tech |new )?leads? (?:\w+ ){0,2}(?:handle|work|deal|run|approach|balance|mentor|review|lead|manage)\b|part of (?:an? |the )?(?:lead|leads|lead['’]s) (?:job|role)|split between coding|coding and leading|more (?:about|of an?|of) (?:the )?(?:\w+ )?(?:architecture|design|system design|tech|technical|technology|coding|code|engineering|building)\b[^?]{0,30}\b(?:or|than|vs\.?|versus) (?:the |about )?(?:\w+ )?(?:people|management|managing|leading|leadership|meetings|soft skills|humans)|more (?:about|of) (?:the )?(?:people|management|managing|leading|leadership|meetings|soft skills)\b[^?]{0,30}\b(?:or|than|vs\.?|versus) (?:the |about )?(?:\w+ )?(?:architecture|design|tech|technical|technology|coding|code|engineering|building)|(?:coding|code|hands[- ]on(?: work)?) (?:vs\.?|versus|or|against|compared to) (?:leading|managing|management|meetings|people)|how much of (?:it|the (?:job|role|week|day)|this (?:job|role)) is (?:coding|code|hands[- ]on|leading|managing|meetings)|(?:common )?mistakes|design reviews?|code reviews?|incidents?|postmortems?|work(?:ing)? with product|product (?:managers?|owners?|people|team)|roadmaps?|push(?:ing)? back|say(?:ing)? no to|stakeholders?|(?:do|does) (?:tech )?leads? (?:still )?(?:write|code|coding)|(?:tech )?leads? (?:don'?t|do not|dont|no longer|never|rarely|barely|hardly|stop|quit) (?:\w+ )?(?:write (?:any )?)?(?:code|coding)\b|(?:stop|quit|give up) (?:writing )?(?:code|coding)|write (?:much )?code|what'?s expected|first \d+ days|day[- ]to[- ]day|day in the life|typical (?:day|week)|what (?:does|do|would|will) (?:an? |the )?(?:\w+ ){0,3}(?:lead|engineer|eng|dev|developer|manager|staff|principal)s? (?:actually |really |even |all )*do|all (?:day|week)(?: long)?|(?:whole|typical|average|normal|usual) (?:day|week|workday)|what do (?:they|you|leads) (?:actually |really )?do|responsibilit\w*|duties|spend\w* (?:their|my|the|a|your) (?:time|week|day|days|hours)|(?:their|a|the|my|your|her|his) (?:weeks?|days?) (?:would |will |might )?(?:look|be) like|how much (?:time )?(?:coding|code|hands[- ]on)|how much (?:time|of (?:the|their|a) (?:week|day))\b[^?.,]{0,40}\b(?:meetings?|coding|code|hands[- ]on)|hands[- ]on|still code|what is expected|expectations of|own(?:ership)?|accountab\w*|work on)\b/i;
export const REQUIREMENTS =
  /\b(?:requir\w*|reqs?|need(?:ed|s)?|ask(?:s|ed)? for|look(?:ing)? for|qualif\w*|what (?:does|do) (?:it|they) take|must[- ]haves?|prerequisites?|expect(?:ed|ations)?|what skills|skills? (?:do|are|for))\b/i;
export const ON_TOPIC =
  /\b(?:jobs?|posted|corpus|databases?|dbs|datastores?|clouds?|tools?|tech|gigs?|devs?|engs?|yoe|wfh|(?:day |hourly )?rates?|contract\w*|freelanc\w*|stack|roles?|positions?|openings?|engineers?|engineering|developers?|backend|back-end|lead|leads|leading|tech lead|hiring|hire|salar(?:y|ies)|pay|paid|comp|compensation|interviews?|career|skills?|stack|experience|years|team|compan(?:y|ies)|listings?|postings?|remote|hybrid|on-?site|office|mentor\w*|manager|staff|principal|senior|offers?|recruit\w*|resume|cv|require\w*|technolog\w*|languages?|frameworks?|on-?call|visa|relocat\w*|equity|contract|promot\w*|four[- ]day|4[- ]day|part[- ]time|bonus\w*|stock options?|rsus?|esop|sponsor\w*|leet[- ]?code|take[- ]?home|live[- ]coding|whiteboard\w*)\b/i;

// "red flags", "warning signs", "what should make me wary of a posting", "green flags": the checks.
export const POSTING_CHECKS =
  /\b(?:red|green|yellow|orange) flags?\b|\bwarning signs?\b|\b(?:be )?(?:wary|suspicious|careful) (?:of|about) (?:an? |the )?(?:\w+ ){0,2}(?:postings?|listings?|job ads?|ads|jds?|job descriptions?)\b|\b(?:bad|shady|dodgy|sketchy|toxic) (?:\w+ )?(?:postings?|listings?|job ads?|jds?|job descriptions?)\b|\bhow (?:do|can) i (?:spot|tell|recogni[sz]e) (?:an? )?(?:bad|toxic|shady|dodgy|good) (?:\w+ ){0,2}(?:postings?|listings?|employers?|compan(?:y|ies)|roles?|jobs?)\b/i;

// "is a lead role more about architecture or people?", "more about people than tech?": the weight of
// the two sides, said first from the listings' own counts.
export const TECH_OR_PEOPLE =
  /\bmore (?:about|of)\b[^?]{0,40}\b(?:architecture|design|tech\w*|coding|code|engineering|building|people|management|managing|leading|leadership|meetings|soft skills)\b[^?]{0,30}\b(?:or|than|vs\.?|versus)\b/i;

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Cue words of the members' other languages, read as the English cue words the rules know ("hoeveel
// … vacatures … zijn hybride? en welke bedrijven?" asks how many roles are hybrid, and which
// companies). Only words that ask (how many, how often, which, most), ask for (require, need), name
// the roles, companies, skills, a work mode, relocation or a visa, or the level as the languages
// inflect it ("na leada"); places and skills are read as they are. The languages the sets use:
// Dutch, Spanish, Portuguese, Polish, German, French, Swedish and Hindi-English.
// A word or phrase of another language, bounded by letters (not \b, which sees "ą" or "á" as a
// boundary).
const words = (alternatives: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'giu');
const FOREIGN_CUE_WORDS: Array<[RegExp, string]> = [
  [
    words(
      'wie (?:oft|häufig)|jak często|con qué frecuencia|com que frequência|hur ofta|à quelle fréquence|combien de fois|kitni baar',
    ),
    'how often',
  ],
  [words('hoeveel|cu[aá]nt[oa]s|quant[oa]s|wie viele|combien de|hur många|kitne|kitni'), 'how many'],
  // Polish "ile" (how many) asks a count wherever it stands ("ile ofert…").
  [words('ile'), 'how many'],
  [
    words(
      'welcher anteil|wie viel prozent|jaki procent|qué porcentaje|que (?:percentagem|porcentagem)|hur stor andel|quel pourcentage',
    ),
    'what percentage',
  ],
  [
    words('welke|cu[aá]les|quais|kt[oó]re|jakie|welche|quelles|quels|vilka|vilken|vilket|kaun ?se|kon ?se'),
    'which',
  ],
  [words('am meisten|najczęściej|najbardziej|más|mest|le plus|sabse zyada|sabse jyada'), 'most'],
  // Asking for a skill: "verlangt", "wymaga", "requieren", "exigem", "kräver", "exigent", "chahiye".
  [
    words(
      'verlang(?:t|en)|gefordert|forder[nt]|erforder(?:t|n)|benötig(?:t|en)|wymag(?:a|ają|ane|any|ana)|requier(?:e|en)|exig(?:e|en|em|ent)|pide[nm]|pedem|requerem|kräver|krävs|efterfrågar|demandent|requièrent|chahiye|maang(?:te|ti|ta)',
    ),
    'require',
  ],
  [words('bedrijven|empresas|firmy|firmen|entreprises|företag|kampaniyan'), 'companies'],
  [
    words(
      'vacatures|vacantes|vagas?|ofertas?|ofert|oferty|offres|stellen|stellenanzeigen|puestos?|empleos|tjänster|jobb(?:en)?|roller|postes|naukri(?:yan|yaan)?',
    ),
    'roles',
  ],
  // "Lead-Stellen", "Backend-Jobs": a German compound of the level and the roles reads as two words.
  [/(?<=\p{L})-(?=(?:roles|jobs|companies)(?![\p{L}\p{N}]))/gu, ' '],
  [
    words('fähigkeiten|kenntnisse|umiejętności|habilidades|competências|compétences|kompetenser|färdigheter'),
    'skills',
  ],
  // The level as Polish inflects it ("na leada", "leadów", "leadem").
  [words('lead(?:a|ów|em|zie|zi|ami|om|y)'), 'lead'],
  [words('hybride|h[ií]bridos?|h[ií]bridas?|hybrydow\\p{L}*'), 'hybrid'],
  [words('remotos?|remotas?|zdaln\\p{L}*|teletrabajo|distans'), 'remote'],
  [
    words(
      'reubicaci[oó]n|relocalizaci[oó]n|realoca[cç][aã]o|reloca[cç][aã]o|relokacj\\p{L}*|przeprowadzk\\p{L}*|umzugshilfe|umzug|flytthjälp|flyttstöd|relocalisation|déménagement',
    ),
    'relocation',
  ],
  [words('visados?|vistos? de trabalho|wiz[aęy]|visum|visumsponsoring|arbetstillstånd'), 'visa'],
  // "¿Qué empresas…?", "que vagas…", "quelles entreprises…": the interrogative before the employers
  // or the roles (read as English above) asks which ones.
  [/(?<![\p{L}\p{N}])(?:qu[eé]|quais|quel(?:le)?s?)(?=\s+(?:companies|roles)(?![\p{L}\p{N}]))/giu, 'which'],
  [words('zijn'), 'are'],
  // "Python o TypeScript", "Go ou Java", "Kotlin oder Java": either one, as "or" reads. ("o" is also
  // Portuguese's "the"; a lone "o" only reads as "or" between two words that are no article's noun:
  // after a word and before a capital or a skill-like word, as in "Python o TypeScript/Node".)
  [words('oder|ou'), 'or'],
  [/(?<=[\p{L}\p{N}+#.]\s)[ou](?=\s[\p{Lu}\p{N}])/gu, 'or'],
  // "in der Schweiz", "oder der Schweiz", "in den USA", "in die Türkei": the German article before a
  // country's name (capitalised) is no word of the place.
  [/(?<=(?:^|[\s,])(?:in|or|und|and|aus|nach)\s|,\s)(?:der|die|den|dem)\s+(?=\p{Lu})/gu, ''],
  // What a question asks of one company or the roles, in the words of Spanish, Portuguese, German
  // and French (English answers are fine): the interview process, a technical test, pay and its
  // currency, on-call, the office, whether there are any.
  [
    words(
      'proceso de (?:entrevistas|selecci[oó]n)|processo (?:seletivo|de entrevistas|de sele[cç][aã]o)|processus de (?:recrutement|sélection|selection)|bewerbungsprozess|auswahlverfahren|entrevistas?|entretiens?|vorstellungsgespräche?|bewerbungsgespräche?',
    ),
    'interviews',
  ],
  // "Combien d'étapes": how many, elided before a vowel.
  [/(?<![\p{L}\p{N}])combien d['’]\s?/giu, 'how many '],
  [words('etapas|fases|étapes|etapes|runden|stufen'), 'rounds'],
  [
    words(
      'prueba técnica|prueba tecnica|teste técnico|teste tecnico|prova técnica|test technique|exercice technique|probeaufgabe|technischer test|coding-aufgabe',
    ),
    'technical test',
  ],
  [
    words(
      'cu[aá]nto pagan?|quanto pagam?|combien paient|combien paie|wie viel zahl(?:t|en)|was zahl(?:t|en)',
    ),
    'how much pay',
  ],
  [
    words('salario|salarios|sueldos?|salários?|salarios?|salaires?|gehalt|gehälter|gehaelter|vergütung'),
    'salary',
  ],
  [words('pagan?|pagam|pagad[oa]s?|remunerad[oa]s?|payée?s?|payé|bezahlt|vergütet'), 'paid'],
  [words('moneda|moeda|devise|monnaie|währung'), 'currency'],
  [
    words(
      'rufbereitschaft|bereitschaftsdienst|bereitschaft|guardias?|astreintes?|plantão|plantao|sobreaviso',
    ),
    'on-call',
  ],
  [words('oficina|escritório|escritorio|bureaux?|büro|buero'), 'office'],
  [words('presencial|sur site|vor ort'), 'on-site'],
  [words('télétravail|teletravail|à distance|a distancia|homeoffice'), 'remote'],
  [
    words(
      'bas[ée]e?s? à|bas[ée]e?s? en|con sede en|com sede em|mit standort in|ubicad[oa]s? en|localizad[oa]s? em',
    ),
    'based in',
  ],
  // "Il y a des postes…?", "¿Hay vacantes…?", "Gibt es Stellen…?": are there any ("hay que" is
  // "one has to").
  [words('il y a (?:des|du|un|une)|y a-t-il (?:des )?|gibt es|hay(?! que)|existen|existem'), 'are there any'],
  // "finns det några lead-jobb…?", "tem alguma vaga…?", "czy są…": are there any.
  [
    words('finns det (?:några|någon|något)?|tem (?:alguma|algum|algumas|alguns)|há (?:alguma|algum|vagas)'),
    'are there any',
  ],
  // What the roles are asked to do: "som betalar i SEK" (that pay in SEK), "que ajuda com visto"
  // (that help with a visa).
  [words('som betalar'), 'that pay'],
  // "Stellen mit .NET": roles with it.
  [/(?<=\broles?\s)mit(?![\p{L}\p{N}])/giu, 'with'],
  // Where the member is from or lives ("sou de Curitiba", "soy de Medellín", "moro em Recife"): theirs.
  // Whether the member is ready, asked in their words ("¿me alcanza para un lead?", "estoy listo
  // para lead?", "tô pronto pra lead?", "suis-je prêt pour un poste de lead ?", "reicht das für eine
  // Lead-Stelle?"): enough for them, or ready.
  [
    words(
      'me alcanza|me basta|(?:es|será|sería|é|seria|est-ce) (?:suficiente|suffisant)|(?:isso |das |es )?(?:reicht|reichen) (?:das|es|mir)?|(?:isso )?(?:basta|chega)(?= pra| para)',
    ),
    'is it enough for me',
  ],
  [
    words(
      'estoy (?:list[oa]|preparad[oa])|estou (?:pront[oa]|preparad[oa])|t[ôo] (?:pront[oa]|preparad[oa])|suis-je pr[êe]te?|je suis pr[êe]te?|bin ich (?:bereit|so weit|soweit)',
    ),
    'am i ready',
  ],
  [words('sou (?:de|do|da)|soy (?:de|del)'), "i'm from"],
  [words('moro (?:em|no|na)|vivo en'), 'i live in'],
  [
    words('que (?:ajuda|ajudam|ayuda|ayudan) (?:com|con) (?:o |el )?(?:visto|visado)'),
    'that help with a visa',
  ],
  // Who a remote role takes, by where they are ("se pueden hacer desde Colombia", "dá pra fazer do
  // Brasil", "kann man von Polen aus machen"): "can be done from".
  [
    words(
      'se (?:pueden|puede) (?:hacer|trabajar) desde|(?:d[aá]|da) (?:pra|para) (?:fazer|trabalhar) (?:de|do|da|desde)|(?:podem|pode) ser feit[oa]s? (?:de|do|da)',
    ),
    'can be done from',
  ],
];
// Hindi written in Latin letters beside English ("bhai lead roles mein kitna paisa milta hai india
// mein?", "kya main lead ke liye ready hoon?", "india se kar sakte hai?"): its postpositions read as
// English prepositions before the word they follow, its question words and fillers as English ones.
// Read only when the question has several such words (so "hai" or "se" alone in another language
// is left alone).
const HINGLISH =
  /\b(?:kya|hai|hain|kitna|kitni|kitne|mein|mujhe|koi|kaun(?: ?s[aie])?|kis(?:ki|ka|ko|e)|konsi|chahiye|ke liye|saal|milta|milti|milega|milegi|milenge|sakte|sakta|aur|yaar|bhai|hoon|batao|farak|paisa|zyada|jyada|nahi|nahin|maang(?:te|ti|ta)|puch(?:h)?(?:te|ti|ta)|pooch(?:te|ti|ta)|sirf|wale|wala|wali)\b/giu;
const HINGLISH_CUE_WORDS: Array<[RegExp, string]> = [
  [
    words(
      'kitna (?:paisa|pay|salary)|kitni (?:salary|tankhwah|tankha)|salary kitni|kitna milta|kitni milti|paisa',
    ),
    'how much pay',
  ],
  [words('saal ka|saal ki|saal'), 'years'],
  [words('kya (?:main|mai|mein)'), 'am i'],
  [words('ready (?:hoon|hu|hun|hai)'), 'ready'],
  // The member's own ("mera 8 yrs exp hai java me", "mere paas 6 saal ka go experience hai", "mujhe
  // python aata hai", "main java dev hoon"): said in English, member-context.ts reads them as theirs.
  [words('mere (?:paas|pas)|hamare (?:paas|pas)'), 'i have'],
  [
    /(?<![\p{L}\p{N}])(?:mera|meri|mere)( (?:tech )?(?:stack|skills?|skillset|experience|exp|background)) ([^.?!,;]{1,40}?) (?:hai|hain|h|tha|thi)(?![\p{L}\p{N}])/giu,
    'my$1 is $2',
  ],
  [/(?<![\p{L}\p{N}])mujhe(?= \d)/giu, 'i have'],
  [
    /(?<![\p{L}\p{N}])mujhe ([^.?!,;]{1,40}?) (?:aata|aati|aate) (?:hai|hain|h)(?![\p{L}\p{N}])/giu,
    'i know $1',
  ],
  [/(?<![\p{L}\p{N}])(?:main|mai) ([^.?!,;]{1,40}?) (?:hoon|hu|hun)(?![\p{L}\p{N}])/giu, "i'm $1"],
  [words('mera|meri|mere|apna|apni'), 'my'],
  [/(?<![\p{L}\p{N}])([\p{L}\p{N}][\p{L}\p{N}+#./-]*) ke liye(?![\p{L}\p{N}])/giu, 'for $1'],
  [
    /(?<![\p{L}\p{N}])([\p{L}][\p{L}.-]*) se kar sak(?:te|ta|ti)(?: hain?| hoon| hu)?(?![\p{L}\p{N}])/giu,
    'can work remotely from $1',
  ],
  // "design round mein": the round with the word that names it.
  [
    /(?<![\p{L}\p{N}])([\p{L}][\p{L}.-]* (?:round|interview|stage|screen)) mein(?![\p{L}\p{N}])/giu,
    'in the $1',
  ],
  [/(?<![\p{L}\p{N}])([\p{L}][\p{L}.-]*) mein(?![\p{L}\p{N}])/giu, 'in $1'],
  // "design round mein kya puchte hain?": what they ask there (an interview's questions); "kaam kya
  // hai?": what the work is; "coding bhi hai ya sirf meetings?": coding too, or only meetings.
  [words('(?:kya )?(?:puch|puchh|pooch)(?:te|ti|ta)(?: (?:hain?|ho))?'), 'what do they ask'],
  [words('(?:actual |asli )?(?:kaam|kam) kya (?:hai|hota hai|hoga|karna hoga)'), 'what is the typical day'],
  [words('sirf'), 'only'],
  [words('bhi'), 'too'],
  [words('wale|wala|wali'), ''],
  // "India se fully remote lead role milega kya?": whether such a role is to be had, asked.
  [
    /(?<![\p{L}\p{N}])((?:(?!milega|milegi|milenge|milta|milti|mil)[^?.!,;—–])+?)\s+mil(?:ega|egi|enge|ta hai|ti hai|te hain?|\s+sakta hai|\s+sakti hai)\s+kya(?![\p{L}\p{N}])/giu,
    'are there any $1',
  ],
  [words('kya koi'), 'are there any'],
  // Which of two is asked for more: "kaun zyada maangte hai", "kiski demand zyada hai".
  [words('sabse (?:zyada|jyada)'), 'most'],
  [
    words(
      '(?:zyada|jyada) (?:maang(?:te|ti|ta)|chahiye|chahte|chahti|use (?:karte|karti|hota|hoti))(?: (?:hai|hain|hoon))?|(?:maang(?:te|ti|ta)|chahte|chahti) (?:zyada|jyada)(?: (?:hai|hain))?',
    ),
    'more asked for',
  ],
  [words('(?:demand|maang) (?:me |mein )?(?:zyada|jyada)|(?:zyada|jyada) demand'), 'more in demand'],
  [words('zyada|jyada'), 'more'],
  [words('kaun|kis(?:ki|ka|ko|e)'), 'which'],
  [words('ya'), 'or'],
  [/(?<![\p{L}\p{N}])(\p{Lu}[\p{L}.-]*) se(?![\p{L}\p{N}])/gu, 'from $1'],
  [words('koi'), 'any'],
  [words('farak|fark|antar'), 'difference'],
  [words('aur'), 'and'],
  [words('kaun ?s[ia]|konsi|konsa'), 'which'],
  [words('batao|bataiye|bata do'), 'tell me'],
  [words('hai|hain|hoon|hun|mujhe|bhai|yaar|toh|kya'), ''],
];
// Polish beyond the cue words above ("ile lat doświadczenia", "w Polsce", "dla kogoś z Polski"):
// read only when the question is Polish (its letters or its question words).
const POLISH =
  /[ąćęłńśźż]|\b(?:czy|jakie|jaki|jaka|ile|dla|oferty|ofert|stanowisk\p{L}*|zdaln\p{L}*|wymaga\p{L}*)\b/iu;
const POLISH_CUE_WORDS: Array<[RegExp, string]> = [
  // "mam 8 lat doświadczenia w Javie": the member's own years ("I have …"), said in English.
  [words('mam(?= \\d)'), 'i have'],
  [words('lat(?:a)? do[śs]wiadczenia'), 'years of experience'],
  [words('do[śs]wiadczeni\\p{L}*'), 'experience'],
  [words('zarobki|wynagrodzeni\\p{L}*|pensj\\p{L}*|p[łl]ac[ąa]|p[łl]aci'), 'pay'],
  [words('czy s[ąa]|czy jest'), 'are there any'],
  [words('dla kogo[śs] z'), 'for someone from'],
  // "Ile jest ofert…": the verb, never the Jest test runner.
  [words('jest'), 'is'],
  [words('s[ąa]'), 'are'],
  [/(?<![\p{L}\p{N}])z(?= \p{Lu})/gu, 'from'],
  [/(?<![\p{L}\p{N}])w(?= \p{Lu})/gu, 'in'],
  [words('oferuj\\p{L}*'), 'offers'],
  [words('stanowisk\\p{L}*'), 'roles'],
  [words('rekrutacj\\p{L}*|rozmow\\p{L}* kwalifikacyjn\\p{L}*'), 'interviews'],
  [words('r[óo][żz]nic\\p{L}*'), 'difference'],
];
// Japanese writes no spaces between words: its cue words are found inside a run of letters and read
// with spaces around them ("Go と Java どっちが多いですか" asks which is more common).
const JAPANESE_CUE_WORDS: Array<[RegExp, string]> = [
  // "福岡住み", "東京在住": where the member lives, set apart from the city's name.
  [/住み|在住|に住んで(?:います|いる|る)?/gu, 'living'],
  [/どっち|どちら/gu, 'which'],
  [/が?多い(?:です)?/gu, 'more common'],
  [/ありますか|あります か|ある\s?か/gu, 'are there any'],
  [/面接/gu, 'interviews'],
  [/給料|給与|年収/gu, 'salary'],
  [/オンコール/gu, 'on-call'],
  [/リモート/gu, 'remote'],
  [/オフィス/gu, 'office'],
  [/ビザ/gu, 'visa'],
  [/仕事|求人|ポジション|ポスト/gu, 'roles'],
  [/会社|企業/gu, 'companies'],
];
// Full-width punctuation read as the ASCII that the rules split sentences and words on.
const FULL_WIDTH: Array<[RegExp, string]> = [
  [/？/g, '? '],
  [/！/g, '! '],
  [/。/g, '. '],
  [/[、，]/g, ', '],
  [/：/g, ': '],
  [/（/g, ' ('],
  [/）/g, ') '],
];
// A run of Japanese script beside another script is a word ("東京オフィスの": 東京 オフィス の),
// so place names and cue words written in kanji, kana or Latin letters stand apart.
const SCRIPT_CHANGE =
  /(?<=\p{Script=Han})(?=[\p{Script=Katakana}\p{Script=Hiragana}\p{Script=Latin}\p{N}])|(?<=[\p{Script=Katakana}\p{Script=Hiragana}\p{Script=Latin}\p{N}])(?=\p{Script=Han})|(?<=\p{Script=Katakana})(?=[\p{Script=Hiragana}\p{Script=Latin}\p{N}])|(?<=[\p{Script=Hiragana}\p{Script=Latin}\p{N}])(?=\p{Script=Katakana})|(?<=\p{Script=Hiragana})(?=[\p{Script=Latin}\p{N}])|(?<=[\p{Script=Latin}\p{N}])(?=\p{Script=Hiragana})/gu;
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
// Words only a Portuguese question has ("quanto paga", "as vagas", "pra mim", "ou").
export const PORTUGUESE =
  /\b(?:quanto|quantos|quais|qual|vagas?|pagam?|ganham?|pedem|sal[aá]rios?|trabalho|empresas|pra|você|voce|ou|tem|são|sao)\b/iu;
/** The question with its foreign cue words read as English ones (FOREIGN_CUE_WORDS). */
export function foreignCueWords(q: string): string {
  // "as vagas no Brasil", "na alemanha": in Portuguese "no"/"na" is "in the", never a word of leaving
  // out (read before the Portuguese words that show it are themselves read as English ones).
  let text = PORTUGUESE.test(q) ? q.replace(/(?<![\p{L}\p{N}])n(?:o|a|os|as)\s+(?=\p{L})/gu, 'in ') : q;
  if (JAPANESE.test(text)) {
    text = FULL_WIDTH.reduce((t, [re, word]) => t.replace(re, word), text);
    text = JAPANESE_CUE_WORDS.reduce((t, [re, word]) => t.replace(re, ` ${word} `), text);
    text = text.replace(SCRIPT_CHANGE, ' ').replace(/[ \t]{2,}/g, ' ');
    // "… backend の roles are there any ?": Japanese asks at the end of its sentence; read in
    // English order ("are there any … roles?").
    text = text.replace(/(^|[.?!]\s*)([^.?!]*?)\s*\bare there any\s*\?/g, '$1are there any $2?');
  }
  if ((text.match(HINGLISH) ?? []).length >= 2)
    text = HINGLISH_CUE_WORDS.reduce((t, [re, word]) => t.replace(re, word), text).replace(/[ \t]{2,}/g, ' ');
  if (POLISH.test(text)) text = POLISH_CUE_WORDS.reduce((t, [re, word]) => t.replace(re, word), text);
  return FOREIGN_CUE_WORDS.reduce((t, [re, word]) => t.replace(re, word), text);
}
// Hinglish words a typo corrector could take for a skill ("paas" is no PaaS, "saal" no SAML), read as
// such even alone (HINGLISH reads a question's words only when it has several).
const HINGLISH_WORDS = new Set(
  'paas pas saal sal mera meri mere mujhe aata aati aate kitna kitni kitne karte karti kar rahi raha rahe chal hoon hun batao chahiye milta milti sakte sakta konsi kaun naukri'.split(
    ' ',
  ),
);
/** A word of another language that FOREIGN_CUE_WORDS reads as a cue ("verlangt", "puesto", "mest"). */
export function foreignCueWord(word: string): boolean {
  if (HINGLISH_WORDS.has(word.toLowerCase())) return true;
  return foreignCueWords(word) !== word;
}

/** A certificate asked for ("AWS certification", "a CKA cert"): a phrase of the text, not its skill. */
export const CERTIFICATE = /\b(?:certifi\w*|certs?|certified)\b/i;

/**
 * Each thing a question names, in turn (a finder that returns the first one, `name` the words it was
 * named by): each found is blanked out of the text before the next is looked for, at most `max`
 * times. With where each was named, for the order named.
 */
export function namedInTurn<T>(
  text: string,
  max: number,
  find: (rest: string) => T | undefined,
  name: (found: T) => string,
): Array<{ found: T; at: number }> {
  const out: Array<{ found: T; at: number }> = [];
  let rest = text;
  for (let i = 0; i < max; i++) {
    const found = find(rest);
    if (!found) break;
    const words = name(found);
    const at = rest.toLowerCase().indexOf(words.toLowerCase());
    if (at < 0) break;
    rest = `${rest.slice(0, at)}${' '.repeat(words.length)}${rest.slice(at + words.length)}`;
    out.push({ found, at });
  }
  return out;
}
