import type { QueryPlan } from '../../query.js';
import { companyNamed, unknownCompany } from './companies.js';
import {
  ATTACK_WORDS,
  CONTACT_ASK,
  CV_ADD,
  CV_WRITE,
  DECLINE_CONTACT,
  DECLINE_FABRICATE,
  DECLINE_SHAME,
  FABRICATE_OBJECT,
  HAND_OVER,
  IN_ANOTHERS_NAME,
  LEVEL_WORD,
  levelOf,
  MEMBER_DATA,
  MODERATION,
  NOT_HAD,
  PASS_OFF,
  PUBLIC_VENUE,
  SAYS_UNTRUE,
  SOCIAL,
  WRITE_FOR_PUBLIC,
} from './cues.js';
import type { AnswerPlan, PlannerDeps } from './types.js';

/**
 * A greeting, or a request to refuse (shaming an employer, someone's contact details, invented
 * experience): decided on the plan before any filter is read. True when the plan is decided.
 */
export function greetingOrDecline(
  q: string,
  plan: AnswerPlan,
  understood: QueryPlan,
  deps: PlannerDeps,
): boolean {
  const filters = plan.filters;
  // A greeting or thanks and nothing else asks for no figures: a friendly line, outside the listings.
  const social = SOCIAL.exec(q);
  if (social) {
    plan.intent = 'out_of_scope';
    plan.measure = 'nothing: a greeting';
    plan.greeting = social[1] ? 'thanks' : 'hello';
    return true;
  }

  // --- Requests to refuse come first, whatever else the question says. The company named stays as
  // the filter it states (nothing is counted under it).
  const declined = (reason: NonNullable<AnswerPlan['declineReason']>, measure: string): true => {
    plan.intent = 'decline';
    plan.declineReason = reason;
    plan.measure = measure;
    const named = companyNamed(q, deps.listings)?.asked ?? unknownCompany(q, deps, [...understood.skills]);
    if (named) filters.company = named;
    // Invented experience: the skills it is of, and the roles it is for, stay stated too ("3 years
    // of kubernetes … the tech lead roles all filter on it").
    if (reason === 'fabricate') {
      const roles = new RegExp(
        `\\b(${LEVEL_WORD})s? (?:\\w+ )?(?:roles?|jobs?|positions?|listings?|openings?|experience|exp|titles?)\\b`,
        'i',
      ).exec(q);
      const level = roles ? levelOf(roles[1]!) : undefined;
      if (level) filters.level = level;
      const implied = new Set(understood.impliedSkills ?? []);
      const skills = understood.skills.filter((s) => !implied.has(s));
      if (skills.length) filters.skills = skills;
    }
    return true;
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
  // Other members' names or handles handed to someone ("export the members who asked about X").
  if (MEMBER_DATA.test(q) && HAND_OVER.test(q))
    return declined('members', "nothing: a request for other members' identities");
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
    ((CV_ADD.test(q) || CV_WRITE.test(q)) && (NOT_HAD.test(q) || SAYS_UNTRUE.test(q) || PASS_OFF.test(q))) ||
    referenceInAnothersName(q)
  ) {
    return declined('fabricate', 'nothing: a request to invent experience');
  }
  // A moderation action asked of the bot ("can you ban the user who keeps spamming crypto links in
  // #jobs?"): no filter is read from it (the crypto of the spam is no industry asked).
  if (MODERATION.test(q)) {
    plan.intent = 'out_of_scope';
    plan.cannotDo = 'moderate';
    plan.measure = 'nothing: a moderation action, for the server’s moderators';
    return true;
  }
  return false;
}

const WRITE_ASKED =
  /\b(?:write|draft|compose|craft|make|create|put together|come up with|generate|produce|fake|forge)\b/i;
// A reference, recommendation or testimonial (not the member's own CV), and whose name it is in.
const REFERENCE_WORDS =
  /\b(?:reference|recommendation|referral|employment|experience)\s+letters?\b|\bletters? of (?:reference|recommendation|employment)\b|\breferences?\b|\btestimonials?\b|\bendorsements?\b|\brecommendations?\b/i;
/** "write a reference letter from my old tech lead saying I led the team": another's words, made up. */
function referenceInAnothersName(q: string): boolean {
  return WRITE_ASKED.test(q) && REFERENCE_WORDS.test(q) && IN_ANOTHERS_NAME.test(q);
}
