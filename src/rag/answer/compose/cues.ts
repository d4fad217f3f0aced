/**
 * Sentence patterns read by more than one composer, also while modules load (`ASPECT_EVIDENCE`):
 * a listing's sentences about its own interviews. Imports nothing of compose/.
 */
export const INTERVIEW_SENTENCE =
  /\binterview\w*|\b(?:technical|take-home|coding) (?:assignment|exercise|task)\b|\brecruiter (?:call|screen)\b|\b(?:offer|decision) within\b|\bhear back\b|\b(?:design|coding|technical|final|first) rounds?\b|take-home|pairing session|design session|hiring process|our process (?:is|has)|\b(?:phone|video) screen\b|^(?:the |our |hiring |interview )?process:/i;

// A duty of the role ("interview candidates", "take part in interviewing new team members") is no
// description of how the listing's own candidates are interviewed.
export const INTERVIEWING_OTHERS =
  /\b(?:interview(?:ing)? (?:for (?:your|the|our) (?:own )?team|(?:an? |the )?(?:new )?(?:team members|candidates?|engineers|hires|people))|(?:selecting|hiring) and interviewing|(?:join|run|take part in|help with|contribute to|part of) (?:the )?(?:interview|hiring) (?:loops?|panels?|process)(?! for (?:this|the) role)|interviewer)\b/i;

// "which roles / which listings / which companies": the answer names them.
export const WHICH_ASKED =
  /\bwhich (?:\w+ ){0,3}?(?:listings?|roles?|jobs?|companies|postings?|positions?|openings?|ones)\b|\bwho (?:pays|is paying|hires|is hiring)\b|\b(?:list|name|show) (?:me )?(?:them|the (?:listings|roles|jobs|companies))\b/i;

// How long a hiring process takes, often a short sentence of its own ("We aim to finish within
// three weeks.", "Usually wrapped up in two weeks."): said with the listing's interview sentences.
export const PROCESS_TIME =
  /\b(?:finish|wrap(?:ped|ping)? (?:it |things |everything )?up|conclude)\b[^.]{0,25}\b(?:within|in)\b[^.]{0,15}\b(?:weeks?|days)\b/i;

// A design round, and the words that say what it is about: the problem set ("design a pacing
// service", "we'll sketch how to handle 20,000 chargers", "based on our booking flow", "about a
// key-ceremony failure scenario").
export const DESIGN_ROUND = /\b(?:design|architecture)\b/i;
export const DESIGN_PROMPT =
  /\b(?:design(?:ing)? (?:a|an) (?!round|interview|session|conversation|discussion)[\w-]+|sketch(?:ing)? (?:how|a|an|the)|based on (?:our|a|an|the)|(?:about|around) (?:a|an|our|the) [\w-]+(?: [\w-]+)? (?:scenario|flow|problem|system|service|pipeline|outage|failure)|how (?:you'?d|you would|to) (?:design|build|scale|handle|evolve))\b|["“][^"”]{6,80}["”]/i;
