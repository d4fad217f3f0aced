import { memberContextSpans } from '../src/rag/answer/plan/member-context.js';
for (const q of [
  'senior here w/ 8 yrs in go, which lead jobs in berlin?',
  'senior w/ 6 yrs here. how do people get promoted to lead?',
  'as a senior with 7 years of python, which lead roles in london?',
  'staff eng myself, what do principal roles pay?',
  'senior backend dev (9 yrs in java/kotlin), any lead roles in munich?',
  'senior roles in berlin?',
  'Senior, 7 yrs. any lead roles in spain?',
  'senior and staff listings: what do they ask for?',
  'what do senior roles pay?',
  'lead jobs in berlin?',
]) console.log(q, '=>', JSON.stringify(memberContextSpans(q)));
