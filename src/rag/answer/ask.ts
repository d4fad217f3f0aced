import type { QueryPlan } from '../query.js';

/**
 * Questions are cut to this length before planning, retrieval or any model sees them. Defined
 * here, not in the engine, so the Discord adapter's main thread (the /ask option's maximum) does
 * not load the answering stack to read it.
 */
export const MAX_QUESTION_CHARS = 500;

// Words that put a question on RoleRadar's topic: jobs, roles, skills, pay, careers.
const ON_TOPIC =
  /\b(?:jobs?|roles?|positions?|openings?|engineers?|engineering|developers?|backend|back-end|lead|leads|leading|tech lead|hiring|hire|salar(?:y|ies)|pay|paid|comp|compensation|interviews?|career|skills?|stack|experience|years|team|compan(?:y|ies)|listings?|postings?|remote|hybrid|on-?site|office|mentor\w*|manager|staff|principal|senior|offers?|recruit\w*|resume|cv|require\w*|need|ask for|technolog\w*|languages?|frameworks?|on-?call|visa|relocat\w*)\b/i;

export const NOT_COVERED_MESSAGE =
  'I can only answer from the job listings and role guides in my corpus: what Lead Backend Engineer roles (and senior, staff, principal and manager roles around them) ask for, how common a skill is, posted pay, remote and location, and what one listing says. Try /search, or ask e.g. “what do lead backend roles in fintech require?”';

/** Whether a topic is about jobs and careers at all (a skill, a level, work mode or job words). */
export function isOnTopic(question: string, plan: QueryPlan): boolean {
  return (
    plan.skills.length > 0 ||
    plan.seniority !== undefined ||
    plan.remote !== undefined ||
    ON_TOPIC.test(question)
  );
}
