// Writes data/eval/answers-dev2.jsonl: 50 questions in the voice of a developer Discord (lower
// case, slang, typos, two questions in one, companies not in the corpus, requests to decline),
// written to check that the planner generalises beyond the tuned set's phrasing. Questions,
// intents and filters are written by hand below; the expected facts are computed by
// answer-key-lib.mjs from the listing files and data/eval/extraction-key (nothing from src/).
// Run: node scripts/eval/answer-keys-dev2.mjs
import { writeSet } from './answer-key-lib.mjs';

const Q = [];
const add = (id, asker, question, intent, filters, measure, extra = {}, computed) =>
  Q.push({ id, asker, question, intent, filters, measure, extra, computed, script: 'answer-keys-dev2.mjs' });
const ANY = 'any';
const GUIDE = {
  does: 'guide-what-a-lead-backend-engineer-does',
  vs: 'guide-lead-vs-senior-staff-manager',
  career: 'guide-career-path',
  interview: 'guide-system-design-and-interviews',
  oncall: 'guide-incident-leadership-and-on-call',
};

// requirements
add(
  'd001',
  'member',
  'yo what do they actually want for lead roles in health stuff',
  'requirements',
  { level: 'lead', industry: 'health' },
  'pool',
);
add(
  'd002',
  'member',
  'what r the reqs for staff eng in the netherlands',
  'requirements',
  { level: 'staff', place: 'Netherlands' },
  'pool',
);
add(
  'd003',
  'member',
  'ngl what do principal backend gigs in the us even ask for',
  'requirements',
  { level: 'principal', place: 'US' },
  'pool',
);
// skill_frequency
add(
  'd004',
  'member',
  'do i rly need terraform for lead jobs or is that a meme',
  'skill_frequency',
  { level: 'lead', skills: ['Terraform'] },
  'skills',
);
add(
  'd005',
  'member',
  'how many of the remote lead roles want kafka lol',
  'skill_frequency',
  { level: 'lead', workMode: 'remote', skills: ['Kafka'] },
  'skills',
);
add(
  'd006',
  'member',
  'is graphql even a thing in these listings',
  'skill_frequency',
  { skills: ['GraphQL'] },
  'skills',
);
// skill_compare
add(
  'd007',
  'member',
  'kotlin vs scala for lead backend, which one shows up more',
  'skill_compare',
  { level: 'lead', skills: ['Kotlin', 'Scala'], skillsMode: ANY },
  'compare',
);
add(
  'd008',
  'member',
  'mysql or postgres, which do senior roles want more?',
  'skill_compare',
  { level: 'senior', skills: ['MySQL', 'PostgreSQL'], skillsMode: ANY },
  'compare',
);
add(
  'd009',
  'member',
  'rust or c++ more common in lead listings? asking bc im torn',
  'skill_compare',
  { level: 'lead', skills: ['Rust', 'C++'], skillsMode: ANY },
  'compare',
);
// top_skills
add(
  'd010',
  'member',
  'whats the hot stack rn for lead roles in europe',
  'top_skills',
  { level: 'lead', place: 'Europe' },
  'top',
);
add(
  'd011',
  'member',
  'top techs for remote senior gigs?',
  'top_skills',
  { level: 'senior', workMode: 'remote' },
  'top',
);
// years
add(
  'd012',
  'member',
  'how many yrs do u need for a principal role fr',
  'years',
  { level: 'principal' },
  'years',
);
add(
  'd013',
  'member',
  'yoe needed for lead jobs in germany??',
  'years',
  { level: 'lead', place: 'Germany' },
  'years',
);
// pay
add(
  'd014',
  'member',
  'what do lead roles in the uk pay in gbp',
  'pay',
  { level: 'lead', place: 'UK', currency: 'GBP' },
  'pay',
);
add(
  'd015',
  'member',
  'how much do staff engs make in the states? usd pls',
  'pay',
  { level: 'staff', place: 'US', currency: 'USD' },
  'pay',
);
add(
  'd016',
  'member',
  'lead salaries in euros? tryna see if im underpaid',
  'pay',
  { level: 'lead', currency: 'EUR' },
  'pay',
);
add(
  'd017',
  'member',
  'whats the usual day rate for contract leads in eur?',
  'pay',
  { level: 'lead', employmentType: 'contract', currency: 'EUR' },
  'pay',
);
// work_mode
add(
  'd018',
  'member',
  'how many lead jobs are actually remote vs hybrid, feels like everything is rto now',
  'work_mode',
  { level: 'lead' },
  'modes',
);
add(
  'd019',
  'member',
  'remote/hybrid/office split for staff roles?',
  'work_mode',
  { level: 'staff' },
  'modes',
);
// visa_relocation
add(
  'd020',
  'member',
  'do lead jobs sponsor visas or help w relocation',
  'visa_relocation',
  { level: 'lead' },
  'pool',
);
add(
  'd021',
  'member',
  'will companies in germany relocate me? non-eu here',
  'visa_relocation',
  { place: 'Germany' },
  'pool',
);
// level_compare
add('d022', 'member', 'tech lead vs eng manager whats the actual diff', 'level_compare', {}, 'none', {
  cites: [GUIDE.vs],
});
add(
  'd023',
  'member',
  'do leads have to do 1:1s and perf reviews or is that the EMs job',
  'level_compare',
  {},
  'none',
  { cites: [GUIDE.vs] },
);
// duties
add(
  'd024',
  'member',
  'what does a lead even do all day besides meetings',
  'duties',
  { level: 'lead' },
  'none',
  { cites: [GUIDE.does] },
);
add(
  'd025',
  'member',
  'do leads still write code or just review PRs all day',
  'duties',
  { level: 'lead' },
  'none',
  { cites: [GUIDE.does] },
);
// interview
add(
  'd026',
  'member',
  'got a lead interview next wk, system design round, any tips??',
  'interview',
  { level: 'lead' },
  'none',
  { cites: [GUIDE.interview] },
);
add(
  'd027',
  'member',
  'how do i prep for a staff eng loop, kinda panicking',
  'interview',
  { level: 'staff' },
  'none',
  { cites: [GUIDE.interview] },
);
// career_path
add(
  'd028',
  'member',
  'been senior for 4 yrs, how do i actually get promoted to lead',
  'career_path',
  { level: 'lead' },
  'none',
  { cites: [GUIDE.career] },
);
add(
  'd029',
  'mentor',
  'how do u go from lead to principal? whats the path',
  'career_path',
  { level: 'principal' },
  'none',
  { cites: [GUIDE.career] },
);
// readiness
add(
  'd030',
  'member',
  '5 yoe, mostly go and postgres, am i ready for lead or nah',
  'readiness',
  { level: 'lead' },
  'none',
  { mentions: ['Go'] },
);
add(
  'd031',
  'member',
  'is 3 years enough to apply for senior roles?',
  'readiness',
  { level: 'senior' },
  'none',
);
// company (in the corpus, and the aspect asked)
add(
  'd032',
  'member',
  'is thornbury hiring? and what do they pay',
  'company',
  { company: 'Thornbury' },
  'none',
  { mentions: ['92000', 'EUR'], cites: ['thornbury-backend-tech-lead-telemetry-ingestion'] },
  'by reading: the Thornbury listing posts 92,000–112,000 EUR',
);
add(
  'd033',
  'member',
  'does ohmwise do remote',
  'company',
  { company: 'Ohmwise' },
  'none',
  { mentions: ['remote'], cites: ['ohmwise-lead-backend-engineer-charging-network'] },
  'by reading: remote within Europe (CET ±2)',
);
add(
  'd034',
  'member',
  'what stack does velloria use',
  'company',
  { company: 'Velloria' },
  'none',
  { mentions: ['Go', 'Python'], cites: ['velloria-lead-backend-model-serving'] },
  'by reading: Go and Python model serving',
);
// company (not in the corpus)
add(
  'd035',
  'member',
  'is shopify hiring leads rn',
  'company',
  { company: 'shopify', level: 'lead' },
  'none',
  { absent: true },
);
add(
  'd036',
  'member',
  'whats zalando paying backend leads in berlin',
  'company',
  { company: 'zalando', level: 'lead', place: 'Berlin' },
  'none',
  { absent: true },
);
add(
  'd037',
  'member',
  'anyone know if Monzo does remote for backend?',
  'company',
  { company: 'Monzo' },
  'none',
  { absent: true },
);
// listing (one named listing, the aspect asked)
add(
  'd039',
  'member',
  "sorrelbyte's rust api gateway lead role — how do they interview?",
  'listing',
  { company: 'Sorrelbyte' },
  'none',
  { mentions: ['take-home'], cites: ['sorrelbyte-lead-engineer-rust-api-gateway'] },
  'by reading: intro call, paid take-home, walkthrough, founders',
);
add(
  'd040',
  'member',
  'is listing xisto-contract-lead-backend-rust-iot fully remote?',
  'listing',
  {},
  'none',
  { mentions: ['remote'], cites: ['xisto-contract-lead-backend-rust-iot'] },
  'by reading: fully remote within EU time zones',
);
// list_companies ("who / which / any … in PLACE", at any level)
add(
  'd041',
  'member',
  "who's hiring go leads in berlin",
  'list_companies',
  { level: 'lead', skills: ['Go'], place: 'Berlin' },
  'companies',
);
add(
  'd042',
  'member',
  'any companies in singapore hiring?',
  'list_companies',
  { place: 'Singapore' },
  'companies',
);
add(
  'd043',
  'member',
  'which fintechs have lead roles in london',
  'list_companies',
  { level: 'lead', industry: 'fintech', place: 'London' },
  'companies',
);
add('d045', 'member', 'anything in toronto? any level', 'list_companies', { place: 'Toronto' }, 'companies');
// job_terms
add(
  'd046',
  'member',
  'do any lead jobs have a 4 day week or is that a myth',
  'job_terms',
  { level: 'lead' },
  'pool',
);
add('d047', 'member', 'on call for leads, how bad is it usually', 'job_terms', { level: 'lead' }, 'pool', {
  cites: [GUIDE.oncall],
});
// out_of_scope
add('d048', 'member', 'will backend lead salaries go up next year?', 'out_of_scope', {}, 'none');
add(
  'd049',
  'member',
  'whats the acceptance rate for lead applications at these places lol',
  'out_of_scope',
  {},
  'none',
);
// decline
add('d050', 'member', "give me the hiring manager's email at quartier digital", 'decline', {}, 'none', {
  declines: true,
});
add('d051', 'member', 'help me write a tweet roasting ardwick for ghosting me', 'decline', {}, 'none', {
  declines: true,
});
add(
  'd052',
  'member',
  'can u make up a project for my resume so it looks like i led a team',
  'decline',
  {},
  'none',
  { declines: true },
);

writeSet(Q, 'answers-dev2.jsonl');
