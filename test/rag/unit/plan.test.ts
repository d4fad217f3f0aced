import { describe, expect, test } from 'vitest';
import type { AnswerFilters, Intent } from '../../../src/rag/answer/plan/index.js';
import { testPlanner } from '../../support/planner.js';

const listings = [
  {
    id: 'thornbury-backend-tech-lead-telemetry-ingestion',
    title: 'Backend Tech Lead – Telemetry Ingestion',
    company: 'Thornbury Observability GmbH',
  },
  {
    id: 'ohmwise-lead-backend-engineer-charging-network',
    title: 'Lead Backend Engineer (Charging Network)',
    company: 'Ohmwise',
  },
  {
    id: 'aldermoor-lead-backend-engineer-kotlin-core-banking',
    title: 'Lead Backend Engineer (Kotlin) – Core Banking',
    company: 'Aldermoor Bank AG',
  },
  {
    id: 'sorrelbyte-lead-engineer-rust-api-gateway',
    title: 'Lead Engineer (Rust) – API Gateway',
    company: 'Sorrelbyte',
  },
  {
    id: 'xisto-contract-lead-backend-rust-iot',
    title: 'Contract Lead Backend Engineer (Rust) – Industrial IoT Client',
    company: 'Xisto Engineering',
  },
  {
    id: 'xisto-lead-backend-java-consulting-lisbon',
    title: 'Lead Backend Engineer (Java) – Client Delivery',
    company: 'Xisto Engineering',
  },
];
const industries = [
  { id: 'fintech', aliases: ['financial technology', 'finance'] },
  { id: 'payments', aliases: ['payment'] },
  { id: 'health', aliases: ['healthtech', 'healthcare', 'medical'] },
  { id: 'games', aliases: ['gaming', 'game studio'] },
  { id: 'banking', aliases: ['bank', 'banks'] },
];
const { plan } = testPlanner({ listings, industries, referenceDate: null });

// question, intent, filters (exactly), and extra plan fields to check.
const CASES: Array<[string, Intent, AnswerFilters, Record<string, unknown>?]> = [
  ['what do lead backend roles in fintech require?', 'requirements', { level: 'lead', industry: 'fintech' }],
  ['how common is kafka in lead roles?', 'skill_frequency', { level: 'lead', skills: ['Kafka'] }],
  ['how common is kubernates in lead roles', 'skill_frequency', { level: 'lead', skills: ['Kubernetes'] }],
  [
    'is kafka or rabbitmq more common for lead roles?',
    'skill_compare',
    { level: 'lead', skills: ['Kafka', 'RabbitMQ'], skillsMode: 'any' },
  ],
  [
    'should i learn rust or go to get a lead job',
    'skill_compare',
    { level: 'lead', skills: ['Rust', 'Go'], skillsMode: 'any' },
  ],
  ['what are the top skills for lead backend engineers?', 'top_skills', { level: 'lead' }],
  ['how much experience do remote lead jobs require?', 'years', { level: 'lead', workMode: 'remote' }],
  ['what do lead engineers earn in Germany?', 'pay', { level: 'lead', place: 'Germany' }],
  ['whats the salery for lead roles in london', 'pay', { level: 'lead', place: 'london' }],
  [
    'leads earn $500k right?',
    'pay',
    { level: 'lead', currency: 'USD' },
    { premise: { amount: 500000, currency: 'USD' } },
  ],
  ['how much do lead jobs pay in euros', 'pay', { level: 'lead', currency: 'EUR' }],
  ['whats the remote split for staff roles', 'work_mode', { level: 'staff' }],
  [
    'what share of remote lead roles mention terraform',
    'skill_frequency',
    { level: 'lead', workMode: 'remote', skills: ['Terraform'] },
  ],
  ['which lead roles offer visa sponsorship?', 'visa_relocation', { level: 'lead' }],
  ['is a tech lead a manager?', 'level_compare', {}, { compare: ['lead', 'manager'] }],
  ['lead vs staff vs engineering manager?', 'level_compare', {}, { compare: ['lead', 'staff', 'manager'] }],
  ['what does a tech lead do day to day?', 'duties', { level: 'lead' }],
  ['how much coding does a tech lead still do?', 'duties', { level: 'lead' }],
  ['how should I prepare for a lead backend interview?', 'interview', { level: 'lead' }],
  ['how do I move up from senior to lead?', 'career_path', { level: 'lead' }, { fromLevel: 'senior' }],
  ['should I go into management after being a lead? career advice', 'career_path', { level: 'lead' }],
  [
    'i have 8 years with go and kafka, am i ready to apply for lead jobs',
    'readiness',
    { level: 'lead' },
    { years: 8, haveSkills: ['Kafka', 'Go'] },
  ],
  ['what does Thornbury pay?', 'company', { company: 'Thornbury' }, { aspect: 'pay' }],
  ['is the Ohmwise role remote?', 'company', { company: 'Ohmwise' }, { aspect: 'work_mode' }],
  // A job term or visa help asked of a company, and nothing else of it: the term, at that company.
  ['is there equity at Thornbury?', 'job_terms', { company: 'Thornbury' }, { term: 'equity' }],
  ['how bad is the on-call at thornbury', 'job_terms', { company: 'thornbury' }, { term: 'on-call' }],
  // …but one posting named as such is a question about that posting (issue 14: listing + aspect).
  [
    'the thornbury tech lead one, how bad is the on-call?',
    'listing',
    { company: 'thornbury' },
    { aspect: 'terms', term: 'on-call', listingId: 'thornbury-backend-tech-lead-telemetry-ingestion' },
  ],
  ['four day week?', 'job_terms', {}, { term: 'four-day week' }],
  [
    'does Stripe hire backend leads?',
    'company',
    { company: 'Stripe', level: 'lead' },
    { unknownCompany: 'Stripe' },
  ],
  [
    'is the listing ohmwise-lead-backend-engineer-charging-network remote?',
    'listing',
    {},
    { listingId: 'ohmwise-lead-backend-engineer-charging-network' },
  ],
  [
    'which companies hire Go leads in Berlin?',
    'list_companies',
    { level: 'lead', skills: ['Go'], place: 'Berlin' },
  ],
  [
    'which companies hire kotlin or java leads',
    'list_companies',
    { level: 'lead', skills: ['Kotlin', 'Java'], skillsMode: 'any' },
  ],
  ['do lead roles offer equity?', 'job_terms', { level: 'lead' }, { term: 'equity' }],
  ['is on-call expected for lead backend jobs?', 'job_terms', { level: 'lead' }, { term: 'on-call' }],
  ['any lead jobs with a four-day week?', 'job_terms', { level: 'lead' }, { term: 'four-day week' }],
  ['what is the best pizza in rome', 'out_of_scope', {}],
  ["what's the acceptance rate for lead roles?", 'out_of_scope', { level: 'lead' }],
  [
    'help me write a post calling out Thornbury as a terrible employer',
    'decline',
    { company: 'Thornbury' },
    { declineReason: 'shame' },
  ],
  [
    'can you invent two years of Kafka experience for my resume?',
    'decline',
    { skills: ['Kafka'] },
    { declineReason: 'fabricate' },
  ],
  [
    'senior backend roles, not lead: how much do they pay in the US?',
    'pay',
    { level: 'senior', levelNot: 'lead', place: 'US' },
  ],
  ['what do non-senior roles require?', 'requirements', { levelNot: 'senior' }],
  [
    'what do lead roles in berlin pay and are they remote?',
    'pay',
    { level: 'lead', place: 'berlin' },
    { also: ['work_mode'] },
  ],
  ['healthtech lead roles: what do they need?', 'requirements', { level: 'lead', industry: 'health' }],
  [
    // A bare search with a date: the listings themselves (lead's read, round 3).
    'lead roles posted after 2026-06-01 in gaming',
    'list_companies',
    { level: 'lead', industry: 'games', postedAfter: '2026-06-01' },
    { listListings: true },
  ],
  ['contract lead roles, what day rate?', 'pay', { level: 'lead', employmentType: 'contract' }],
  [
    'Which lead listings are based in Poland and what do they pay?',
    'list_companies',
    { level: 'lead', place: 'Poland' },
    { also: ['pay'] },
  ],
  [
    'How many listings mention GraphQL, and is it more common than gRPC?',
    'skill_compare',
    { skills: ['GraphQL', 'gRPC'], skillsMode: 'any' },
    { also: undefined },
  ],
  [
    'whats hot for fintech backend jobs? thinking of switching into fintech',
    'top_skills',
    { industry: 'fintech' },
  ],
  // Years compared by level; "advertising" the verb is no ad-tech industry.
  [
    'do staff roles need more years than lead roles?',
    'years',
    // Each level's years, over both levels (the outside keys' reading, h8-058, h9-017).
    { level: ['staff', 'lead'] },
    { compare: ['staff', 'lead'] },
  ],
  [
    'Please list the employers currently advertising lead roles in Singapore.',
    'list_companies',
    { level: 'lead', place: 'Singapore' },
  ],
  // …and a part that only names the skills joins the question about them.
  [
    'postgres or mysql or mongo, which do most fintech roles use?',
    'skill_compare',
    { industry: 'fintech', skills: ['PostgreSQL', 'MySQL', 'MongoDB'], skillsMode: 'any' },
  ],
  [
    'kafka vs rabbitmq, which comes up more in lead roles?',
    'skill_compare',
    { level: 'lead', skills: ['Kafka', 'RabbitMQ'], skillsMode: 'any' },
  ],
  ['wat r the most requested skils for leads', 'top_skills', { level: 'lead' }],
  // A company not in the corpus, typed in lower case, in a slot only a company fills.
  [
    'is shopify hiring leads rn',
    'company',
    { company: 'shopify', level: 'lead' },
    { unknownCompany: 'Shopify' },
  ],
  [
    'whats zalando paying backend leads in berlin',
    'company',
    { company: 'zalando', level: 'lead', place: 'berlin' },
    { unknownCompany: 'Zalando', aspect: 'pay' },
  ],
  // A name the search layer would typo-correct into a skill (MongoDB) is the company asked about.
  ['anyone know if Monzo does remote for backend?', 'company', { company: 'Monzo' }, { aspect: 'work_mode' }],
  ['what is the interview loop like for tech lead roles', 'interview', { level: 'lead' }],
  ['what is the pay range for staff engineers in USD', 'pay', { level: 'staff', currency: 'USD' }],
  // Chat phrasing: lower-case places, plurals of industries, slang for stacks, yrs, 1:1s.
  ['what do lead roles in the uk pay in gbp', 'pay', { level: 'lead', place: 'uk', currency: 'GBP' }],
  [
    'how much do staff engs make in the states? usd pls',
    'pay',
    { level: 'staff', place: 'the states', currency: 'USD' },
  ],
  [
    'which fintechs have lead roles in london',
    'list_companies',
    { level: 'lead', industry: 'fintech', place: 'london' },
  ],
  ['whats the hot stack rn for lead roles in europe', 'top_skills', { level: 'lead', place: 'europe' }],
  ['top techs for remote senior gigs?', 'top_skills', { level: 'senior', workMode: 'remote' }],
  ['how many yrs do u need for a principal role fr', 'years', { level: 'principal' }],
  ['is graphql even a thing in these listings', 'skill_frequency', { skills: ['GraphQL'] }],
  ['do leads have to do 1:1s and perf reviews or is that the EMs job', 'level_compare', {}],
  ['what does a lead even do all day besides meetings', 'duties', { level: 'lead' }],
  // A place alone, asked as "anything / who / any roles … in PLACE", is a list at any level.
  ['anything in toronto? any level', 'list_companies', { place: 'toronto' }],
  ["who's hiring in lisbon", 'list_companies', { place: 'lisbon' }],
  ['any roles in the uk?', 'list_companies', { place: 'uk' }],
  // One listing named by its title's own words (even a company's only one), and the aspect asked.
  [
    "sorrelbyte's rust api gateway lead role — how do they interview?",
    'listing',
    { company: 'sorrelbyte' },
    { listingId: 'sorrelbyte-lead-engineer-rust-api-gateway', aspect: 'interview' },
  ],
  ['is the sorrelbyte role remote?', 'company', { company: 'sorrelbyte' }, { aspect: 'work_mode' }],
  [
    'Which skills matter most for a staff engineer in London?',
    'top_skills',
    { level: 'staff', place: 'london' },
  ],
  ['min years for lead roles in remote positions?', 'years', { level: 'lead', workMode: 'remote' }],
  [
    'can i get relocation to the netherlands as a lead?',
    'visa_relocation',
    { level: 'lead', place: 'netherlands' },
  ],
  ['is a tech lead basically an engineering manager?', 'level_compare', {}],
  // A company's own name typed in lower case says nothing about the industry ("aldermoor bank").
  ['what does aldermoor bank look for in a lead', 'company', { level: 'lead', company: 'aldermoor' }],
  // The future, rankings of culture, recruiters' response times: the listings cannot say.
  ['what will lead salaries look like in 2027?', 'out_of_scope', { level: 'lead' }],
  ['which company has the best culture?', 'out_of_scope', {}],
  ["what's the average response time from recruiters", 'out_of_scope', {}],
  ['write a scathing review of coldharbour assurance', 'decline', {}, { declineReason: 'shame' }],
  ['post that quartier digital is a terrible employer', 'decline', {}, { declineReason: 'shame' }],
  ['what r day rates like for contractors', 'pay', { employmentType: 'contract' }],
  [
    "what's the diff between a principal and a staff eng",
    'level_compare',
    {},
    { compare: ['principal', 'staff'] },
  ],
  // Acronyms ("PMs", "L6") are no company; a lower-case name elsewhere in the question is.
  ['how do tech leads work with PMs', 'duties', { level: 'lead' }],
  ["whats google's interview like for L6", 'company', { company: 'google' }, { unknownCompany: 'Google' }],
  ['roles at amazon?', 'company', { company: 'amazon' }],
  ['8 years python, some aws, shot at a lead role?', 'readiness', { level: 'lead' }, { years: 8 }],
  ['make my resume say i was a lead when i wasnt', 'decline', {}, { declineReason: 'fabricate' }],
  ["gimme the ceo's personal email for gildcart", 'decline', {}, { declineReason: 'contact' }],
  // A listing named by its title alone: "the … role" and title words no other listing shares as fully.
  [
    'Is the Rust API Gateway lead position remote?',
    'listing',
    {},
    { listingId: 'sorrelbyte-lead-engineer-rust-api-gateway', aspect: 'work_mode' },
  ],
  [
    "What's the salary for the Core Banking lead role in Frankfurt?",
    'listing',
    {},
    { listingId: 'aldermoor-lead-backend-engineer-kotlin-core-banking', aspect: 'pay' },
  ],
  // An industry word inside an unknown company's name ("Deutsche Bank") is no industry filter.
  [
    'Is Deutsche Bank hiring leads in Frankfurt?',
    'company',
    { company: 'Deutsche Bank', level: 'lead', place: 'Frankfurt' },
  ],
  ['What is the minimum experience for manager roles?', 'years', { level: 'manager' }],
  [
    'Please write a negative Glassdoor review for Ardwick.',
    'decline',
    { company: 'Ardwick' },
    { declineReason: 'shame' },
  ],
  ['how do leads spend their week', 'duties', { level: 'lead' }],
  // Chat words are never typo-corrected into skills ("perm" is no Perl); contract set against perm
  // asks for both kinds of pay, so neither filters.
  ['how do contract rates compare to perm for leads', 'pay', { level: 'lead' }],
  // Trends the listings cannot show (one snapshot, no history); the skill asked about stays stated
  // (the snapshot's share is counted over every listing, the skill dropped from its base).
  ['is demand for go growing?', 'out_of_scope', { skills: ['Go'] }],
  ['will rust overtake go', 'out_of_scope', { skills: ['Go', 'Rust'], skillsMode: 'all' }],
  ['are salaries going up for leads', 'out_of_scope', { level: 'lead' }],
  ['jobs in berlin?', 'list_companies', { place: 'berlin' }],
  ["what's in london", 'list_companies', { place: 'london' }],
  ['do you have anything from Zalando', 'company', { company: 'Zalando' }, { unknownCompany: 'Zalando' }],
  ['is google in your list', 'company', { company: 'google' }],
  [
    "what's the recruiter name at thornbury",
    'decline',
    { company: 'thornbury' },
    { declineReason: 'contact' },
  ],
  [
    'can you dm the hiring manager at ohmwise for me',
    'decline',
    { company: 'ohmwise' },
    { declineReason: 'contact' },
  ],
  ['what % of staff roles are wfh', 'work_mode', { level: 'staff' }],
  ['r most lead jobs office based now?', 'work_mode', { level: 'lead' }],
  [
    'can non-eu people apply for lead jobs in germany',
    'visa_relocation',
    { level: 'lead', place: 'germany' },
  ],
  ['which lead roles help with moving abroad', 'visa_relocation', { level: 'lead' }],
  ["what's the gap between senior and lead in terms of expectations", 'level_compare', {}],
  ['is staff above lead?', 'level_compare', {}, { compare: ['staff', 'lead'] }],
  ['are principal engineers managers?', 'level_compare', {}],
  ['what should i focus on to become staff in 2 years', 'career_path', { level: 'staff' }],
  [
    '4 yoe senior backend, java spring, realistic to apply for lead?',
    'readiness',
    { level: 'lead' },
    { years: 4 },
  ],
  ['any jobs that are 32 hours', 'job_terms', {}, { term: 'four-day week' }],
  // A second question after the first: its figures too, under the same filters.
  [
    'whats lead pay in berlin? and how many yoe do they want',
    'pay',
    { level: 'lead', place: 'berlin' },
    { also: ['years'] },
  ],
  ['is thornbury hiring? and what do they pay', 'company', { company: 'thornbury' }, { aspect: 'pay' }],
  // A company of the corpus named is on topic, whatever else the words are.
  ['does thornbury sponsor visas', 'visa_relocation', { company: 'thornbury' }],
  ['ohmwise - how many yrs exp do they want', 'company', { company: 'ohmwise' }, { aspect: 'years' }],
  ['rust jobs pay more than go jobs?', 'pay', { skills: ['Rust', 'Go'], skillsMode: 'any' }],
  ['anything remote for seniors?', 'list_companies', { level: 'senior', workMode: 'remote' }],
  [
    'which principal roles are in switzerland',
    'list_companies',
    { level: 'principal', place: 'switzerland' },
  ],
  // Kinds of employer, skill aliases and everyday words are no company and no skill.
  ['do agencies hire leads', 'requirements', { level: 'lead' }],
  ['do scaleups offer equity', 'job_terms', {}, { term: 'equity' }],
  ['is golang hiring still strong', 'requirements', { skills: ['Go'] }],
  ['does remote pay less than onsite', 'pay', { workMode: 'remote' }],
  // Someone's personal contact details, and a public attack on a company named in lower case.
  ["give me the hiring manager's email at quartier digital", 'decline', {}, { declineReason: 'contact' }],
  ['help me write a tweet roasting ardwick for ghosting me', 'decline', {}, { declineReason: 'shame' }],

  // One listing named by a phrase around its company: the listing, and every aspect asked of it.
  [
    'ohmwise charging network lead: remote or hybrid?',
    'listing',
    { company: 'ohmwise' },
    { listingId: 'ohmwise-lead-backend-engineer-charging-network', aspects: ['work_mode'] },
  ],
  [
    'aldermoor core banking lead role — salary and how many interview rounds?',
    'listing',
    { company: 'aldermoor' },
    { listingId: 'aldermoor-lead-backend-engineer-kotlin-core-banking', aspects: ['pay', 'interview'] },
  ],
  [
    'the kotlin lead job at Aldermoor, do they need german?',
    'listing',
    { company: 'Aldermoor' },
    { aspects: ['language'] },
  ],
  [
    'thornbury telemetry ingestion lead - contract or perm, and when does it start?',
    'listing',
    { company: 'thornbury' },
    { aspects: ['employment', 'duration'] },
  ],
  [
    'the xisto rust contract: how long is it and what is the day rate?',
    'listing',
    { company: 'xisto' },
    { listingId: 'xisto-contract-lead-backend-rust-iot', aspects: ['duration', 'pay'] },
  ],
  // The company alone ("the Ohmwise role", "does Thornbury…") is a company question.
  ['is the Ohmwise role remote?', 'company', { company: 'Ohmwise' }, { aspects: ['work_mode'] }],
  // Well-known employers outside the corpus, however typed, with their industry for alternatives.
  [
    'revolut lead backend pay?',
    'company',
    { level: 'lead', company: 'revolut' },
    { unknownCompany: 'Revolut', unknownIndustry: 'fintech' },
  ],
  ['monzo senior engineer salary', 'company', { level: 'senior', company: 'monzo' }],
  ['how does klarna interview backend leads', 'company', { level: 'lead', company: 'klarna' }],
  [
    'i worked at google for 6 years, am i ready for a lead role?',
    'readiness',
    { level: 'lead' },
    { years: 6 },
  ],
  // Shaming requests with a venue, the company kept as stated.
  [
    'write a savage reddit thread about Ohmwise ghosting candidates',
    'decline',
    { company: 'Ohmwise' },
    { declineReason: 'shame' },
  ],
  [
    'draft me a linkedin post saying thornbury is a sweatshop',
    'decline',
    { company: 'thornbury' },
    { declineReason: 'shame' },
  ],
  // History: one snapshot cannot compare with the past.
  ['were there more lead jobs in 2022 than today?', 'out_of_scope', { level: 'lead' }, { history: true }],
  ['did senior roles ask for fewer years a few years ago?', 'out_of_scope', { level: 'senior' }],
  ['lead hiring trend since 2024?', 'out_of_scope', { level: 'lead' }],
  // Two levels asked about as one change.
  [
    'lead → staff: is it just more meetings or actually different work?',
    'level_compare',
    {},
    { compare: ['lead', 'staff'] },
  ],
  [
    'going from senior to tech lead, what actually changes?',
    'level_compare',
    {},
    { compare: ['senior', 'lead'] },
  ],
  ['senior vs lead, is it really different or just a title?', 'level_compare', {}],
  // Duties asked without naming one: the coding share, incidents.
  ['do leads even get to code anymore?', 'duties', { level: 'lead' }],
  ['how much do tech leads still program day to day', 'duties', { level: 'lead' }],
  ['what should the lead do when prod goes down at 2am?', 'duties', { level: 'lead' }],
  ['during a sev1 incident is the lead supposed to debug or coordinate?', 'duties', { level: 'lead' }],
  ["how much of a lead's week is meetings?", 'duties', { level: 'lead' }],
  [
    'what do backend leads at bolt make?',
    'company',
    { level: 'lead', company: 'bolt' },
    { aspects: ['pay'] },
  ],
  [
    'tell me everyone at ohmwise who is hiring, with their linkedin',
    'decline',
    { company: 'ohmwise' },
    { declineReason: 'contact' },
  ],
  // After lead.
  // The member's own level is where they start (fromLevel), no filter (holdout6: h6-020's key).
  ["i'm a lead now, where do people usually go after this?", 'career_path', {}, { fromLevel: 'lead' }],
  [
    'should I go for staff or management after 3 years as a lead?',
    'career_path',
    { level: 'staff' },
    { fromLevel: 'lead' },
  ],
  ['what comes after being a tech lead?', 'career_path', { level: 'lead' }, { fromLevel: 'lead' }],
  [
    'next step after lead: staff engineer or engineering manager?',
    'career_path',
    { level: 'lead' },
    { fromLevel: 'lead' },
  ],
  // Readiness: a skill in the role aimed at is a filter; the member's own are theirs.
  [
    '10 yrs of java and kafka, good enough for java lead jobs?',
    'readiness',
    { level: 'lead', skills: ['Java'] },
    { years: 10, haveSkills: ['Java', 'Kafka'] },
  ],
  [
    '7 years mostly python, could i land a rust lead role?',
    'readiness',
    { level: 'lead', skills: ['Rust'] },
    { years: 7, haveSkills: ['Python'] },
  ],
  // Preparing is the motive; what is asked (requirements, pay, years) is the intent.
  [
    'what do lead roles in fintech ask for? helping a friend prep',
    'requirements',
    { level: 'lead', industry: 'fintech' },
  ],
  [
    'requirements for staff roles in gaming, so i can prepare',
    'requirements',
    { level: 'staff', industry: 'games' },
  ],
  ['what do go lead jobs require, want to prep properly', 'requirements', { level: 'lead', skills: ['Go'] }],
  ['how do i prep for a lead role', 'interview', { level: 'lead' }],
  // Typo'd cue words are read as the words.
  ['any tips on the interveiw loop for staff roles', 'interview', { level: 'staff' }],
  ['what are the lead requirments in berlin', 'requirements', { level: 'lead', place: 'berlin' }],
  ['whats the typical salery for staff engineers', 'pay', { level: 'staff' }],
  // "tech lead" is a level, not a stack noun beside the years.
  [
    'how many years of experience do tech lead roles in germany ask for',
    'years',
    { level: 'lead', place: 'germany' },
  ],
  ['min years for tech lead jobs?', 'years', { level: 'lead' }],
  // A currency with a range or band asks for pay.
  ['whats the band in EUR for lead roles', 'pay', { level: 'lead', currency: 'EUR' }],
  ['salary range in USD for staff roles?', 'pay', { level: 'staff', currency: 'USD' }],
  // A claim about the work mode is checked against the split (the mode is no filter).
  ['no remote lead roles in germany?? why', 'work_mode', { level: 'lead', place: 'germany' }],
  ['every lead job in london is office based, right?', 'work_mode', { level: 'lead', place: 'london' }],
  ['hardly any hybrid roles in spain, why', 'work_mode', { place: 'spain' }],
  // On-call as part of the job, and working with product: duties.
  ['what is on-call really like for leads', 'duties', { level: 'lead' }],
  ['will i be woken up at night as a tech lead', 'duties', { level: 'lead' }],
  ['which listings mention on-call for leads', 'job_terms', { level: 'lead' }, { term: 'on-call' }],
  ['how do tech leads work with product owners on the roadmap', 'duties', { level: 'lead' }],
  ['as a lead, how do you push back on product managers', 'duties', { level: 'lead' }],
  // Back from management to an IC lead role; "do i have to become X" is no target.
  [
    'is it ok to go from manager back to tech lead',
    'career_path',
    { level: 'lead' },
    { fromLevel: 'manager' },
  ],
  ['moving back to IC lead work after two years as an EM, good idea?', 'career_path', { level: 'lead' }],
  ['after staff, do i have to become a manager', 'career_path', { level: 'staff' }],
  // Readiness: the member's own years (not the years they think are asked), or a mentee's profile.
  [
    'everyone says leads need 10+ years. i have 6, is it even worth applying?',
    'readiness',
    { level: 'lead' },
    { years: 6 },
  ],
  [
    'my mentee has 9 years of kotlin and kafka and wants a lead job, is that realistic?',
    'readiness',
    { level: 'lead' },
    { years: 9, haveSkills: ['Kotlin', 'Kafka'] },
  ],
  ['i have 5 yrs, no point applying to lead roles?', 'readiness', { level: 'lead' }, { years: 5 }],
  // Putting on a CV what the asker says they lack.
  [
    'put 5 years of golang on my resume, i have never used it',
    'decline',
    { skills: ['Go'] },
    { declineReason: 'fabricate' },
  ],
  [
    'can you add kafka to my linkedin, i dont actually know it',
    'decline',
    { skills: ['Kafka'] },
    { declineReason: 'fabricate' },
  ],
  // Names by legal form, org word or quotes: a company not in the corpus, its skill or place no filter.
  [
    'does mongo ltd have lead roles',
    'company',
    { level: 'lead', company: 'mongo ltd' },
    { unknownCompany: 'mongo ltd' },
  ],
  ['any openings at Kestrel Analytics?', 'company', { company: 'Kestrel Analytics' }],
  ["is 'Northwind Labs' in the corpus? any listings from them", 'company', { company: 'Northwind Labs' }],
  // (Round 12: the skill asked of a company the corpus lacks is read as a filter too: h18-056's key.)
  [
    'any kafka jobs at vexa gmbh?',
    'company',
    { company: 'vexa gmbh', skills: ['Kafka'] },
    { topicSkills: ['Kafka'] },
  ],
  ['growth analytics roles for leads?', 'list_companies', { level: 'lead' }],
  // The member's own level is no target when another is named.
  ["i'm a senior, what do lead roles pay", 'pay', { level: 'lead' }],
  ['im mid level, what do senior roles require?', 'requirements', { level: 'senior' }],
  [
    "been mid-level for years, want senior roles (not lead). what's the top stack?",
    'top_skills',
    { level: 'senior', levelNot: 'lead' },
  ],
  // Contract weighed against employment: the job term, answered from the guide; offers are no filters.
  ['€700 day rate or €95k perm, which is better', 'job_terms', {}, { term: 'contract' }],
  [
    'is contracting better than a permanent job for leads?',
    'job_terms',
    { level: 'lead' },
    { term: 'contract' },
  ],
  [
    'permanent vs contract lead roles, how do i compare them',
    'job_terms',
    { level: 'lead' },
    { term: 'contract' },
  ],
  // Job terms asked together: part-time is asked about, not a filter.
  // Where one must be to take a company's roles is asked about, not a filter on them.
  [
    'does ohmwise hire remote, or do i have to be in berlin?',
    'company',
    { company: 'ohmwise' },
    { aspect: 'work_mode' },
  ],
  ['is Thornbury hiring? must i be in munich', 'company', { company: 'Thornbury' }, { aspect: 'work_mode' }],
  // "after 1 October" leaves the day out; "since" keeps it (the date stays as stated).
  [
    'how many years do lead roles posted after 1 October ask for?',
    'years',
    { level: 'lead', postedAfter: '2026-10-01' },
    { postedStrictly: true },
  ],
  [
    'how many years do lead roles posted since 1 October ask for?',
    'years',
    { level: 'lead', postedAfter: '2026-10-01' },
    { postedStrictly: undefined },
  ],
  [
    'any staff roles with a 4-day week or part-time option?',
    'job_terms',
    { level: 'staff' },
    { term: 'four-day week' },
  ],
];

describe('question planner', () => {
  test.each(CASES)('%s → %s', (question, intent, filters, extra) => {
    const p = plan(question);
    expect(p.intent).toBe(intent);
    const got = { ...p.filters };
    if (got.skills) got.skills = [...got.skills].sort();
    const want = { ...filters };
    if (want.skills) want.skills = [...want.skills].sort();
    if (got.place) got.place = got.place.toString().toLowerCase();
    if (want.place) want.place = want.place.toString().toLowerCase();
    expect(got).toEqual(want);
    if (extra)
      for (const [k, v] of Object.entries(extra)) {
        const value = (p as unknown as Record<string, unknown>)[k];
        expect(Array.isArray(v) && Array.isArray(value) ? [...value].sort() : value).toEqual(
          Array.isArray(v) ? [...v].sort() : v,
        );
      }
  });

  test('the planner never keeps the member’s words as a filter it cannot apply', () => {
    expect(plan('whats the remote split for staff roles').filters.place).toBeUndefined();
    expect(plan('lead jobs in Nice').filters.place).toBe('Nice');
  });
});

// The aggregate intents and the filters, in wordings of our own (one row per paraphrase). The
// reference date is the corpus's newest posting: a date without a year is read against it.
const { plan: planOn } = testPlanner({ listings, industries, employers: false, skillsIn: false });
const AGGREGATE_CASES: Array<[string, Intent, AnswerFilters, Record<string, unknown>?]> = [
  // A country by its adjective, before a kind of job or employer; never a language.
  ['dutch lead jobs, what do they pay?', 'pay', { level: 'lead', place: 'Netherlands' }],
  [
    'how common is kafka in swiss backend roles',
    'skill_frequency',
    { skills: ['Kafka'], place: 'Switzerland' },
  ],
  [
    'what do canadian fintechs want from leads',
    'requirements',
    { level: 'lead', place: 'Canada', industry: 'fintech' },
  ],
  [
    'german lead roles, what share ask for terraform?',
    'skill_frequency',
    { level: 'lead', place: 'Germany', skills: ['Terraform'] },
  ],
  // Currencies as named, wherever the pay is asked; a currency's country is no place.
  ['pay in US dollars for staff roles?', 'pay', { level: 'staff', currency: 'USD' }],
  ['what do senior roles pay in pounds sterling', 'pay', { level: 'senior', currency: 'GBP' }],
  ['any CAD salaries posted for leads?', 'pay', { level: 'lead', currency: 'CAD' }],
  // (Round 12: the contract roles looked for are the selection, as ah061's key states.)
  [
    'any US-dollar contract gigs? hourly is fine',
    'job_terms',
    { currency: 'USD', employmentType: 'contract' },
    { term: 'contract' },
  ],
  [
    'any contract lead gigs paying in GBP?',
    'job_terms',
    { level: 'lead', currency: 'GBP', employmentType: 'contract' },
    { term: 'contract' },
  ],
  // Posted-after dates without a year: the last such day on or before the reference date.
  [
    'lead roles listed after the 3rd of November',
    'list_companies',
    { level: 'lead', postedAfter: '2026-11-03' },
    { listListings: true },
  ],
  [
    'which lead jobs were posted since nov 10, and who posted them?',
    'list_companies',
    { level: 'lead', postedAfter: '2026-11-10' },
  ],
  // "after November" leaves November out (round 5: the review's "after September" = from 1 October).
  ['anything posted after November 2026?', 'list_companies', { postedAfter: '2026-12-01' }],
  [
    'staff roles posted since December 1st',
    'list_companies',
    { level: 'staff', postedAfter: '2025-12-01' },
    { listListings: true },
  ],
  // A years bound: the listings inside it, not a readiness check.
  ['any lead roles asking 5 years or less?', 'years', { level: 'lead' }, { yearsAtMost: 5 }],
  ['lead jobs that need under 7 years of experience?', 'years', { level: 'lead' }, { yearsAtMost: 6 }],
  ['which staff roles want at most 8 yrs?', 'years', { level: 'staff' }, { yearsAtMost: 8 }],
  ['do any principal jobs ask for 15+ years?', 'years', { level: 'principal' }, { yearsAtLeast: 15 }],
  [
    'i only have 5 yrs - are there lead jobs that take 5 or fewer years?',
    'years',
    { level: 'lead' },
    { yearsAtMost: 5 },
  ],
  ['why do ALL lead roles want 10+ years', 'years', { level: 'lead' }, { yearsAtLeast: 10 }],
  // "besides X": the rest of the requirements, given X.
  ['what else besides kafka do lead roles want?', 'requirements', { level: 'lead', skills: ['Kafka'] }],
  ['other than python, what do lead roles need?', 'requirements', { level: 'lead', skills: ['Python'] }],
  [
    'apart from AWS what skills come up for remote leads?',
    'requirements',
    { level: 'lead', workMode: 'remote', skills: ['AWS'] },
  ],
  // Whether one named skill is needed: its share.
  ['is kubernetes a must-have for lead roles?', 'skill_frequency', { level: 'lead', skills: ['Kubernetes'] }],
  [
    'is go basically required for lead roles or optional?',
    'skill_frequency',
    { level: 'lead', skills: ['Go'] },
  ],
  [
    'do you really need terraform to land a lead job',
    'skill_frequency',
    { level: 'lead', skills: ['Terraform'] },
  ],
  ['can i get away without kafka as a lead?', 'skill_frequency', { level: 'lead', skills: ['Kafka'] }],
  // A work mode said of the listings: the split (and the ones asked for, by name).
  ['staff roles - which ones are remote?', 'work_mode', { level: 'staff' }],
  ['are most london lead roles on-site?', 'work_mode', { level: 'lead', place: 'london' }],
  ['how many berlin jobs are fully remote?', 'work_mode', { place: 'berlin' }],
  ['someone said every amsterdam role is remote now, true?', 'work_mode', { place: 'amsterdam' }],
  // The employers: "…and from who", a bare search, an existence question.
  ['how many go jobs are in the US, and from who?', 'list_companies', { place: 'US', skills: ['Go'] }],
  ['remote kotlin roles?', 'list_companies', { workMode: 'remote', skills: ['Kotlin'] }],
  ['lead positions in germany', 'list_companies', { level: 'lead', place: 'germany' }],
  ['are there any swiss backend roles?', 'list_companies', { place: 'Switzerland' }],
  ['how many canadian companies are hiring leads?', 'list_companies', { level: 'lead', place: 'Canada' }],
  // Skills compared: only the skills named (SQS implies AWS for search, not here).
  [
    'is SQS or RabbitMQ more common in lead roles?',
    'skill_compare',
    { level: 'lead', skills: ['SQS', 'RabbitMQ'], skillsMode: 'any' },
  ],
  [
    'go, rust or java - which do most lead postings ask for?',
    'skill_compare',
    { level: 'lead', skills: ['Go', 'Rust', 'Java'], skillsMode: 'any' },
  ],
  // Years and stack together: the requirements, which carry both.
  ['what tech + how many years for staff roles?', 'requirements', { level: 'staff' }],
  ['years and stack for principal postings?', 'requirements', { level: 'principal' }],
  // Top skills of one kind ("which databases"), and what is hot.
  ['which databases show up the most?', 'top_skills', {}, { skillCategories: ['database'] }],
  ['most common languages across all listings?', 'top_skills', {}, { skillCategories: ['language'] }],
  ['what clouds do lead roles use most', 'top_skills', { level: 'lead' }, { skillCategories: ['cloud'] }],
  ["what's hot in the stack for remote leads right now", 'top_skills', { level: 'lead', workMode: 'remote' }],
  // Requirements in chat shorthand; years asked as "years wise" ("how senior" is no level).
  ['reqs for senior backend roles in london?', 'requirements', { level: 'senior', place: 'london' }],
  ['how senior do you have to be for lead? like years wise', 'years', { level: 'lead' }],
  // Working from home asked of the listings: the split.
  ['can i work from home in most of these lead jobs?', 'work_mode', { level: 'lead' }],
  ['do these staff roles let you work remotely?', 'work_mode', { level: 'staff' }],
  // Employers listed whatever adjective comes between.
  ['list every fintech hiring a lead', 'list_companies', { level: 'lead', industry: 'fintech' }],
  ['name some remote-first employers', 'list_companies', { workMode: 'remote' }],
  ['what gaming studios are hiring?', 'list_companies', { industry: 'games' }],
  // A bonus asked about as a term, not as pay.
  ['which jobs pay a bonus?', 'job_terms', {}, { term: 'bonus' }],
  ['do any lead listings pay bonuses?', 'job_terms', { level: 'lead' }, { term: 'bonus' }],
  // Several questions in one: the first that asks something, then the others, under the same filters.
  [
    'what do lead jobs in amsterdam pay, and do they sponsor visas?',
    'pay',
    { level: 'lead', place: 'amsterdam' },
    { also: ['visa_relocation'] },
  ],
  [
    'lead salaries in germany + how many yoe?',
    'pay',
    { level: 'lead', place: 'germany' },
    { also: ['years'] },
  ],
  [
    'how common is kafka for leads and how many years do those roles want?',
    'skill_frequency',
    { level: 'lead', skills: ['Kafka'] },
    { also: ['years'] },
  ],
  [
    'which companies hire staff engineers in london and what do they pay?',
    'list_companies',
    { level: 'staff', place: 'london' },
    { also: ['pay'] },
  ],
  [
    'remote lead jobs: what is the stack and the pay?',
    'pay',
    { level: 'lead', workMode: 'remote' },
    { also: ['requirements'] },
  ],
  [
    'how many lead roles are remote and what do they pay?',
    'work_mode',
    { level: 'lead' },
    { also: ['pay'], partsMode: 'remote' },
  ],
  // A part that only narrows asks nothing of its own.
  [
    'kafka, how often? lead roles in the us',
    'skill_frequency',
    { level: 'lead', place: 'us', skills: ['Kafka'] },
    { also: undefined },
  ],
  ['contract lead roles, what day rate?', 'pay', { level: 'lead', employmentType: 'contract' }],
  // Pay compared by work mode or by skill: one band per side; the first named stays the filter.
  [
    'which pays more, remote or onsite lead roles?',
    'pay',
    { level: 'lead', workMode: 'remote' },
    { compareModes: ['remote', 'onsite'] },
  ],
  [
    'do hybrid jobs pay better than remote ones?',
    'pay',
    { workMode: 'hybrid' },
    { compareModes: ['hybrid', 'remote'] },
  ],
  [
    'rust or go, which pays better for leads?',
    'pay',
    { level: 'lead', skills: ['Rust', 'Go'], skillsMode: 'any' },
    { compareSkills: ['Rust', 'Go'] },
  ],
  // Dates counted back from the reference date; places and question words typed with typos.
  [
    'lead backend jobs in europe posted in the last month?',
    'list_companies',
    { level: 'lead', place: 'europe', postedAfter: '2026-10-25' },
    { listListings: true },
  ],
  [
    'staff roles from the past 2 weeks',
    'list_companies',
    { level: 'staff', postedAfter: '2026-11-11' },
    { listListings: true },
  ],
  ['salry for leed roles in amsterdamm', 'pay', { level: 'lead', place: 'amsterdam' }],
  ['hw many lead jobs want terraform', 'skill_frequency', { level: 'lead', skills: ['Terraform'] }],
  ['wat r the top skilz for staff', 'top_skills', { level: 'staff' }],
  // Where the member is, asking about visas, is no place filter; where they move to is.
  ["i'm in nigeria, which lead roles offer visa sponsorship?", 'visa_relocation', { level: 'lead' }],
  ['im from india and want to move to the uk, who sponsors?', 'visa_relocation', { place: 'uk' }],
];

describe('question planner: aggregate intents and filters', () => {
  test.each(AGGREGATE_CASES)('%s → %s', (question, intent, filters, extra) => {
    const p = planOn(question);
    expect(p.intent).toBe(intent);
    const got = { ...p.filters };
    if (got.skills) got.skills = [...got.skills].sort();
    const want = { ...filters };
    if (want.skills) want.skills = [...want.skills].sort();
    if (got.place) got.place = got.place.toString().toLowerCase();
    if (want.place) want.place = want.place.toString().toLowerCase();
    expect(got).toEqual(want);
    for (const [k, v] of Object.entries(extra ?? {}))
      expect((p as unknown as Record<string, unknown>)[k]).toEqual(v);
  });

  test('a language asked about is no place', () => {
    expect(planOn('do i need japanese for the lead role?').filters.place).toBeUndefined();
    expect(planOn('spanish speaking lead roles?').filters.place).toBeUndefined();
  });
});

// Defects read by the lead as a member would (round 3): each mechanism, in paraphrases.
const READ_CASES: Array<[string, Intent, AnswerFilters, Record<string, unknown>?]> = [
  // A greeting or thanks alone: a friendly line, nothing counted.
  ['hi', 'out_of_scope', {}, { greeting: 'hello' }],
  ['hello there', 'out_of_scope', {}, { greeting: 'hello' }],
  ['Good morning!', 'out_of_scope', {}, { greeting: 'hello' }],
  ['thanks!', 'out_of_scope', {}, { greeting: 'thanks' }],
  ['thank you so much, that helps', 'out_of_scope', {}, { greeting: 'thanks' }],
  ['cheers', 'out_of_scope', {}, { greeting: 'thanks' }],
  // Visa help at one company: its own listings, counted (the answer omits lines that count nothing).
  ['does thornbury sponsor visas?', 'visa_relocation', { company: 'thornbury' }],
  ['will Aldermoor help me relocate?', 'visa_relocation', { company: 'Aldermoor' }],
  ['visa sponsorship at ohmwise?', 'visa_relocation', { company: 'ohmwise' }],
  // Work modes set against each other over a place: the split, not the list of listings.
  [
    'lead roles in the netherlands: remote or hybrid mostly?',
    'work_mode',
    { level: 'lead', place: 'netherlands' },
  ],
  ['jobs in berlin - mostly remote or onsite?', 'work_mode', { place: 'berlin' }],
  ['roles in spain, remote vs hybrid?', 'work_mode', { place: 'spain' }],
  ['lead jobs in london: mainly hybrid?', 'work_mode', { level: 'lead', place: 'london' }],
  // A named skill compared across levels: its share on each side.
  [
    'how common is terraform in senior vs lead postings',
    'skill_frequency',
    { skills: ['Terraform'] },
    { compare: ['senior', 'lead'] },
  ],
  ['kafka: senior vs lead', 'skill_frequency', { skills: ['Kafka'] }, { compare: ['senior', 'lead'] }],
  [
    'do staff roles ask for k8s more than lead ones',
    'skill_frequency',
    { skills: ['Kubernetes'] },
    { compare: ['staff', 'lead'] },
  ],
  [
    'is rust more common in staff or principal roles?',
    'skill_frequency',
    { skills: ['Rust'] },
    { compare: ['staff', 'principal'] },
  ],
  [
    'remote lead vs senior roles: how often is go asked for?',
    'skill_frequency',
    { skills: ['Go'], workMode: 'remote' },
    { compare: ['lead', 'senior'] },
  ],
  // …or across places: the skill's share in each place, no one place as the filter.
  ['kafka: berlin vs london', 'skill_frequency', { skills: ['Kafka'] }],
  ['is terraform more common in germany or the uk?', 'skill_frequency', { skills: ['Terraform'] }],
  [
    'lead roles: how often is go asked for in the us vs canada',
    'skill_frequency',
    { level: 'lead', skills: ['Go'] },
  ],
  // Which jobs match some filters, and nothing else asked: the listings, each named.
  [
    'what kafka lead roles are hybrid in europe',
    'list_companies',
    { level: 'lead', skills: ['Kafka'], workMode: 'hybrid', place: 'europe' },
    { listListings: true },
  ],
  [
    'which rust roles are remote?',
    'list_companies',
    { skills: ['Rust'], workMode: 'remote' },
    { listListings: true },
  ],
  [
    'what staff positions are open in london',
    'list_companies',
    { level: 'staff', place: 'london' },
    { listListings: true },
  ],
  [
    'lead backend jobs posted in the last two weeks?',
    'list_companies',
    { level: 'lead', postedAfter: '2026-11-11' },
    { listListings: true },
  ],
  [
    'senior roles posted since nov 20',
    'list_companies',
    { level: 'senior', postedAfter: '2026-11-20' },
    { listListings: true },
  ],
  // "How much" with coding, hands-on work, meetings or time asks about the work, not money.
  ['how much time do leads spend in meetings?', 'duties', { level: 'lead' }],
  ['how much of the week does a tech lead spend writing code?', 'duties', { level: 'lead' }],
  ['how much hands-on work is there in a staff role', 'duties', { level: 'staff' }],
  // CV or LinkedIn content for something the asker says they did not do: a fabrication, declined.
  [
    "draft a linkedin headline saying I'm a staff engineer, not true but whatever",
    'decline',
    {},
    { declineReason: 'fabricate' },
  ],
  [
    'give me a resume line about leading a team of 10, never did that but it sounds good',
    'decline',
    {},
    { declineReason: 'fabricate' },
  ],
  [
    "write a CV summary saying I managed a platform team, I haven't, nobody checks anyway",
    'decline',
    {},
    { declineReason: 'fabricate' },
  ],
  // What separates, distinguishes or sets apart two levels: the levels side by side.
  ['what sets a lead apart from a senior engineer?', 'level_compare', {}, { compare: ['lead', 'senior'] }],
  [
    'what separates principal engineers from staff ones',
    'level_compare',
    {},
    { compare: ['principal', 'staff'] },
  ],
  [
    'how is a lead distinguished from an engineering manager?',
    'level_compare',
    {},
    { compare: ['lead', 'manager'] },
  ],
  // Where the asker is, by their job ("a senior eng in X"), is no filter on visa or relocation help.
  ["i'm a staff eng in Manila, who offers relocation for lead roles?", 'visa_relocation', { level: 'lead' }],
  [
    'I am a backend developer from Brazil, do any lead roles offer relocation?',
    'visa_relocation',
    { level: 'lead' },
  ],
  [
    'im a java developer in Pakistan, will any lead jobs sponsor my visa',
    'visa_relocation',
    { level: 'lead', skills: ['Java'] },
  ],
  // Asking whether there are any keeps the list, with the modes after it.
  [
    'any lead roles in the netherlands, and are they remote?',
    'list_companies',
    { level: 'lead', place: 'netherlands' },
    { also: ['work_mode'] },
  ],
];

describe('question planner: defects read as a member', () => {
  test.each(READ_CASES)('%s → %s', (question, intent, filters, extra) => {
    const p = planOn(question);
    expect(p.intent).toBe(intent);
    const got = { ...p.filters };
    if (got.skills) got.skills = [...got.skills].sort();
    if (got.place) got.place = got.place.toString().toLowerCase();
    expect(got).toEqual(filters);
    for (const [k, v] of Object.entries(extra ?? {}))
      expect((p as unknown as Record<string, unknown>)[k]).toEqual(v);
  });

  test.each([
    ['what does the day to day look like for a lead at velloria', 'company', 'duties'],
    ['what are the day-to-day duties in the ohmwise lead role?', 'listing', 'duties'],
    ['responsibilities of the sorrelbyte lead role?', 'listing', 'duties'],
    ['what does a lead backend engineer do day to day in ai companies?', 'duties', undefined],
  ])('duties asked: %s → %s', (question, intent, aspect) => {
    // The quoted duties prefer stated responsibilities (engine), whatever plans them.
    const p = planOn(question);
    expect(p.intent).toBe(intent);
    if (aspect) expect(p.aspects).toContain(aspect);
  });

  test('a skill compared across places names both places as sides', () => {
    expect(planOn('kafka: berlin vs london').comparePlaces?.map((p) => p.name.toLowerCase())).toEqual([
      'berlin',
      'london',
    ]);
    expect(planOn('is terraform more common in germany or the uk?').comparePlaces?.length).toBe(2);
  });

  test('which jobs, asking for more than which: not the bare list', () => {
    for (const q of [
      'what kafka lead roles need terraform?',
      'how many lead roles were posted after 2026-09-01?',
      'what lead roles in berlin pay the most?',
    ])
      expect(planOn(q).listListings).toBeUndefined();
  });

  test('a greeting inside a real question is no greeting', () => {
    expect(planOn('hi, what do lead roles in berlin pay?').intent).toBe('pay');
    expect(planOn('hey any remote rust roles?').greeting).toBeUndefined();
  });
});

// Issue 14: two sides, exclusions and bounds. None is a key of the answer evaluation, so each lives
// beside the filters; the filters keep only what selects.
describe('places compared, exclusions and a pay floor', () => {
  // (Round 12: pay's sides select every place compared, each side its own: h18-005's key.)
  test('pay in two places: one side per place, every place compared the selection', () => {
    const p = plan('what do lead roles pay in Switzerland vs Germany?');
    expect(p.intent).toBe('pay');
    expect(p.filters).toEqual({ level: 'lead', place: ['Switzerland', 'Germany'] });
    expect(p.comparePlaces?.map((x) => x.country)).toEqual(['Switzerland', 'Germany']);
    const q = plan('lead salaries: Germany or the Netherlands, which pays more?');
    expect(q.comparePlaces?.map((x) => x.country)).toEqual(['Germany', 'Netherlands']);
  });

  test('counts in two places: a count per place, not what the roles ask for', () => {
    const p = plan('how many lead jobs in Germany or the Netherlands?');
    expect(p.intent).toBe('list_companies');
    expect(p.comparePlaces?.map((x) => x.country)).toEqual(['Germany', 'Netherlands']);
  });

  test('industries compared: one side per industry', () => {
    expect(plan('do fintech or healthtech lead roles pay more?').compareIndustries).toEqual([
      'fintech',
      'health',
    ]);
    const p = plan('how many lead jobs in fintech vs gaming?');
    expect(p.intent).toBe('list_companies');
    expect(p.compareIndustries).toEqual(['fintech', 'games']);
    expect(plan('what do lead roles in fintech pay?').compareIndustries).toBeUndefined();
  });

  test('two companies named together: each answered, in the order named', () => {
    const p = plan('Aldermoor vs Thornbury, which pays leads more?');
    expect(p.intent).toBe('company');
    expect(p.compareCompanies).toEqual(['Aldermoor', 'Thornbury']);
    expect(plan('what do Aldermoor and Ohmwise ask for?').compareCompanies).toEqual(['Aldermoor', 'Ohmwise']);
    expect(plan('what does Ohmwise pay leads?').compareCompanies).toBeUndefined();
  });

  test('a city with its own country is one place, not two sides', () => {
    expect(plan('what do lead roles pay in Berlin, Germany?').comparePlaces).toBeUndefined();
    expect(plan('what do lead engineers earn in Germany?').comparePlaces).toBeUndefined();
  });

  test('a place left out: the wider place stays the filter, the other is excluded', () => {
    const p = plan('lead roles in Europe but not Germany');
    expect(p.filters).toEqual({ level: 'lead', place: 'Europe' });
    expect(p.exclude?.places?.map((x) => x.country)).toEqual(['Germany']);
    expect(plan("lead roles that aren't in Germany").exclude?.places?.map((x) => x.country)).toEqual([
      'Germany',
    ]);
    const q = plan('any lead jobs outside Germany?');
    expect(q.filters.place).toBeUndefined();
    expect(q.exclude?.places?.map((x) => x.country)).toEqual(['Germany']);
  });

  test('a job term or an industry left out is no filter of its own', () => {
    const p = plan('remote lead jobs without on-call');
    expect(p.exclude).toEqual({ terms: ['on-call'] });
    expect(plan("any lead jobs that don't need on-call?").exclude).toEqual({ terms: ['on-call'] });
    expect(plan("I don't have equity now, what do lead roles pay?").exclude).toBeUndefined();
    const q = plan('lead jobs not fintech');
    expect(q.filters).toEqual({ level: 'lead' });
    expect(q.exclude).toEqual({ industries: ['fintech'] });
    expect(plan('no idea where to start, what do lead roles ask for?').exclude).toBeUndefined();
    // Who the member is ("non-EU here") leaves no place out.
    expect(plan('will companies in germany relocate me? non-eu here').exclude).toBeUndefined();
  });

  test('a minimum pay, in the currency stated; years are no pay', () => {
    expect(plan('lead roles paying at least €100k').payAtLeast).toEqual({ amount: 100000, currency: 'EUR' });
    expect(plan('lead jobs over 150k').payAtLeast).toEqual({ amount: 150000 });
    expect(plan('lead jobs over $150,000 in the US').payAtLeast).toEqual({ amount: 150000, currency: 'USD' });
    expect(plan('lead roles asking more than 8 years').payAtLeast).toBeUndefined();
  });
});

/**
 * Round 8's intent classes (holdout9/10's misses), each in wordings of our own, with a near miss
 * that must not change.
 */
const r8 = testPlanner({ listings, industries });
const check = r8.check;

describe('pay asked without a pay word', () => {
  test.each<[string, AnswerFilters]>([
    ['what do staff engineers in london make?', { level: 'staff', place: 'london' }],
    ['lead roles in madrid: what do the advertised bands look like?', { level: 'lead', place: 'madrid' }],
    ['is 70k a lowball for a lead in lisbon?', { level: 'lead', place: 'lisbon' }],
    ['quanto pagam as vagas de lead backend em lisboa?', { level: 'lead', place: 'lisboa' }],
  ])('"%s" is pay', (q, filters) => {
    const p = plan(q);
    expect(p.intent).toBe('pay');
    expect({ ...p.filters, place: p.filters.place?.toString().toLowerCase() }).toEqual(filters);
  });

  test.each<string>([
    'ile płacą lead backend w Krakowie?',
    'wie viel verdient ein lead backend engineer in berlin?',
    'cuánto pagan a un lead backend en madrid?',
  ])('"%s" is pay, in the language asked', (q) => {
    expect(plan(q).intent).toBe('pay');
  });

  test('an offer the member holds names no currency filter; a currency asked for does', () => {
    expect(
      plan('she has an offer at €95k for a lead role in berlin, fair vs the listings?').filters.currency,
    ).toBe(undefined);
    expect(plan('what do lead roles in berlin pay in EUR?').filters.currency).toBe('EUR');
  });

  test('"no" in a Portuguese question is "in the", not a place left out; "B2B or UoP" filters no kind', () => {
    const p = plan('quanto paga lead backend no portugal?');
    expect(p.exclude).toBeUndefined();
    expect(p.filters.place?.toString().toLowerCase()).toBe('portugal');
    expect(plan('ile płacą lead backend w Warszawie, B2B czy UoP?').filters.employmentType).toBeUndefined();
    // Near miss: an English "no" still leaves the place out.
    expect(plan('lead roles in Europe, no Germany please').exclude?.places?.map((x) => x.country)).toEqual([
      'Germany',
    ]);
  });

  test('near misses: "make" that is no pay', () => {
    expect(plan('what does it take to make lead in berlin?').intent).not.toBe('pay');
    expect(plan('what do you make of the berlin lead roles, any good?').intent).not.toBe('pay');
  });
});

describe('a comparison with a rare or absent side', () => {
  test.each<[string, string]>([
    ['kubernetes or mesos: how many lead listings want each?', 'Mesos'],
    ['terraform vs crossplane — which is more common in lead listings?', 'Crossplane'],
    ['how many lead roles want kubernetes vs nomadic?', 'Nomadic'],
  ])('"%s" counts both sides', (q, rare) => {
    const p = plan(q);
    expect(p.intent).toBe('skill_compare');
    expect(p.filters.skills).toContain(rare);
  });

  test('near miss: a word beside "or" that is no tool', () => {
    const p = plan('do lead roles really expect terraform or whether that is a devops thing?');
    expect(p.filters.skills).toEqual(['Terraform']);
  });

  test.each<string>([
    'is scala wanted anywhere at lead level?',
    'is ruby a dead language for lead roles?',
    'is java needed at all for lead roles these days?',
  ])('"%s" is a skill count', (q) => {
    expect(plan(q).intent).toBe('skill_frequency');
  });
});

describe('career moves', () => {
  test.each<string>([
    'where do tech leads typically go next? staff? manager? i have 9 yrs',
    'my friend has been a lead 4 years and wants to try management. can she go back if it is not for her?',
    'where do people usually go after lead? asking for 3 years from now me',
  ])('"%s" is the career path, not readiness', (q) => {
    expect(plan(q).intent).toBe('career_path');
  });

  test('a later pay part is answered after the roads', () => {
    const p = plan('after lead whats next, principal or EM? which one pays better?');
    expect(p.intent).toBe('career_path');
    expect(p.also).toEqual(['pay']);
  });

  test('near misses: readiness and pay asked first stay', () => {
    expect(plan('am i ready for a lead role with 6 years of go?').intent).toBe('readiness');
    expect(plan('staff or EM: which pays more?').intent).toBe('pay');
  });
});

describe('the years of two levels', () => {
  test.each<[string, string[]]>([
    ['how many years do senior listings ask versus lead listings? i have 6', ['senior', 'lead']],
    ['min years for principal vs staff roles? my mentee has 12 years', ['principal', 'staff']],
    ['do lead roles want fewer years than staff roles? she has 8 yrs', ['lead', 'staff']],
  ])('"%s" is the years per level', (q, levels) => {
    const p = plan(q);
    expect(p.intent).toBe('years');
    expect(p.compare).toEqual(levels);
  });

  test('near misses: readiness asked, and the levels compared first, stay', () => {
    expect(plan('with 9 years am i ready for staff or lead roles?').intent).toBe('readiness');
    expect(plan('lead vs staff: how many years does each ask? i have 9').intent).toBe('level_compare');
  });
});

describe('lists by a property', () => {
  test.each<[string, AnswerFilters]>([
    [
      'which hybrid lead roles need kafka + kubernetes?',
      { level: 'lead', workMode: 'hybrid', skills: ['Kafka', 'Kubernetes'], skillsMode: 'all' },
    ],
    [
      'which remote lead jobs use rust? going to apply to every one',
      { level: 'lead', workMode: 'remote', skills: ['Rust'] },
    ],
    [
      'list everything in london that is not a lead role (folks want senior stuff)',
      { levelNot: 'lead', place: 'london' },
    ],
    [
      'channel digest: which lead roles in germany were posted since 1 november?',
      { level: 'lead', place: 'germany', postedAfter: '2026-11-01' },
    ],
  ])('"%s" lists the listings', (q, filters) => {
    check(q, 'list_companies', filters);
  });

  test('the level left out is the selection, not the level named again', () => {
    check('any non-staff roles in berlin? not ready for staff yet', 'list_companies', {
      levelNot: 'staff',
      place: 'berlin',
    });
  });

  test('near misses: a count and "both" stay counts', () => {
    expect(plan('how many remote lead roles want rust?').intent).toBe('skill_frequency');
    expect(plan('which lead roles want both kafka and kubernetes?').intent).not.toBe('list_companies');
  });
});

describe('work mode in other languages and shapes', () => {
  test('a mode pushed away is no filter; the one wanted is', () => {
    expect(
      plan('any hybrid lead roles in london? dont want fully remote or 5 days in office').filters.workMode,
    ).toBe('hybrid');
    expect(plan('hybrid lead jobs in berlin, not remote and not in-office').filters.workMode).toBe('hybrid');
    // Near miss: the mode asked alone.
    expect(plan('any remote lead roles in london?').filters.workMode).toBe('remote');
  });

  test.each<string>([
    'hoeveel lead vacatures in amsterdam zijn remote?',
    'cuántas vacantes de lead en madrid son híbridas?',
    'quantas vagas de lead em lisboa são remotas?',
  ])('"%s" asks the work mode', (q) => {
    const p = plan(q);
    expect(['work_mode', 'list_companies']).toContain(p.intent);
    if (p.intent === 'list_companies') expect(p.filters.workMode).toBeDefined();
  });
});

describe('out of scope and decline', () => {
  test.each<string>([
    'what headphones should i gift my new team lead?',
    'best keyboard for a lead backend engineer?',
    'gift ideas for my mentee who just became a lead?',
  ])('"%s" is out of scope', (q) => {
    expect(plan(q).intent).toBe('out_of_scope');
  });

  test.each<string>([
    'write my resume so it says 4 years of kubernetes, they wont check anyway',
    'can you write my CV claiming 3 years of rust? i only did a udemy course',
    'write my cv to say 6 yrs of go for the thornbury role, nobody will verify',
  ])('"%s" is declined', (q) => {
    expect(plan(q).intent).toBe('decline');
  });

  test('near miss: a CV written for a role, nothing untrue', () => {
    const p = plan('can you write my CV for the thornbury lead role?');
    expect(p.intent).toBe('out_of_scope');
    expect(p.cannotDo).toBe('cv');
  });
});

describe("the member's own stack is context, not a filter", () => {
  test.each<[string, AnswerFilters]>([
    [
      'lead roles in berlin: what do they require? i do java + spring mostly',
      { level: 'lead', place: 'berlin' },
    ],
    [
      'que piden los roles de lead en madrid? tengo 5 años con python y django',
      { level: 'lead', place: 'madrid' },
    ],
    [
      'what do lead roles in london ask for? she does go and kafka day to day',
      { level: 'lead', place: 'london' },
    ],
  ])('"%s"', (q, filters) => {
    check(q, 'requirements', filters);
  });

  test('near miss: the skill asked of the roles stays', () => {
    check('what do go lead roles in london ask for?', 'requirements', {
      level: 'lead',
      place: 'london',
      skills: ['Go'],
    });
  });
});

// Round 10 (r10-lang): the members' other languages read through the cue tables (plan/cues.ts) and
// place-names.yaml, and what is asked of one company's listing.
describe('other languages: intents and filters from the cue tables', () => {
  test.each<[string, string[]]>([
    ['¿Qué piden más en Latinoamérica para leads, Go o Rust?', ['Go', 'Rust']],
    ['Was wird bei Lead-Stellen häufiger verlangt: Kafka oder RabbitMQ?', ['Kafka', 'RabbitMQ']],
    ['Pour les postes de lead, on demande plus Python ou Go ?', ['Python', 'Go']],
    ['lead の求人だと Kafka と RabbitMQ どっちが多い？', ['Kafka', 'RabbitMQ']],
  ])('"%s" compares the skills, either one', (q, skills) => {
    const p = plan(q);
    expect(p.intent).toBe('skill_compare');
    expect(p.filters.skills).toEqual(skills);
    expect(p.filters.skillsMode).toBe('any');
  });

  test('near miss: "y" (and) in a count stays both skills, no comparison', () => {
    const p = plan('¿Cuántas vacantes de lead piden Kafka y Kubernetes?');
    expect(p.intent).not.toBe('skill_compare');
  });

  test.each<string>([
    '¿Cómo son las entrevistas en Ohmwise?',
    'Comment se passent les entretiens chez Thornbury ?',
    'Wie läuft das Vorstellungsgespräch bei Aldermoor ab?',
    'Ohmwise の面接はどんな感じですか？',
  ])('"%s" asks the interview at the company', (q) => {
    const p = plan(q);
    expect(['interview', 'company']).toContain(p.intent);
    if (p.intent === 'company') expect(p.aspects).toContain('interview');
    expect(p.filters.company).toBeDefined();
  });

  test('near miss: pay asked of a company in Spanish is its pay', () => {
    const p = plan('¿Cuánto paga Ohmwise al lead?');
    expect(p.intent).toBe('company');
    expect(p.aspects).toContain('pay');
    expect(p.aspects).not.toContain('interview');
  });

  test.each<string>([
    'Gibt es Rufbereitschaft bei den Lead-Stellen in Berlin?',
    '¿Las vacantes de lead tienen guardias?',
    'Les postes de lead ont-ils des astreintes ?',
    'As vagas de lead têm sobreaviso?',
  ])('"%s" asks the on-call term', (q) => {
    const p = plan(q);
    expect(p.intent).toBe('job_terms');
    expect(p.term).toBe('on-call');
  });

  test('near miss: German requirements name no term', () => {
    expect(plan('Was verlangen Lead-Stellen in Berlin?').term).toBeUndefined();
  });

  test.each<[string, Record<string, unknown>]>([
    ['大阪オフィスの lead の求人ありますか？', { city: 'osaka', country: 'Japan' }],
    ['lead のポジションは 東京 にありますか？', { city: 'tokyo', country: 'Japan' }],
    ['福岡在住です。日本で remote の backend の仕事ありますか？', { country: 'Japan' }],
    ['¿Hay vacantes de lead en América Latina?', { region: 'latin-america' }],
    ['Gibt es Lead-Stellen in Lateinamerika?', { region: 'latin-america' }],
  ])('"%s" names the place', (q, place) => {
    const p = plan(q);
    const selected = p.place as Record<string, unknown> | undefined;
    expect(selected).toBeDefined();
    if ('region' in place) expect(selected!.regions ?? [selected!.region]).toEqual([place.region]);
    else for (const [k, v] of Object.entries(place)) expect(selected![k]).toBe(v);
  });

  test('near miss: "no Brasil" in a Portuguese question is where, not a place left out', () => {
    const p = plan('Quanto pagam as vagas de lead no Brasil?');
    expect(p.exclude).toBeUndefined();
    expect(p.place?.country).toBe('Brazil');
    expect(plan('lead roles in Europe, no Germany please').exclude?.places?.[0]?.country).toBe('Germany');
  });
});

describe("one company's listing: what is asked of it", () => {
  test.each<string>([
    'why does Thornbury ask for 12+ years for a contract lead role?',
    'does Ohmwise really want 10 yrs for the lead role?',
    'Aldermoor requires 15+ years for a bank lead?? seems a lot',
  ])('"%s" asks the years of the company\'s listing', (q) => {
    const p = plan(q);
    expect(p.intent).toBe('company');
    expect(p.aspects).toContain('years');
  });

  test('near miss: how long a contract runs is its duration, not years', () => {
    expect(plan('how long is the Xisto contract?').aspects).not.toContain('years');
  });

  test.each<string>([
    'can I do the Sorrelbyte role as C2C?',
    'is the Thornbury lead W-2 or 1099?',
    'Xisto has two lead roles: which one is the contract?',
  ])('"%s" asks how one is engaged, no filter', (q) => {
    const p = plan(q);
    expect(p.aspects).toContain('employment');
    expect(p.filters.employmentType).toBeUndefined();
  });

  test('a title word that is an industry names the listing, not an industry', () => {
    const p = plan("my mentee has an interview for Aldermoor's core banking lead, what rounds?");
    expect(p.filters.company).toBeDefined();
    expect(p.filters.industry).toBeUndefined();
    // Near miss: an industry beside a company whose titles do not say it stays stated.
    expect(plan('does Ohmwise hire leads in banking?').filters.industry).toBe('banking');
  });

  test.each<string>([
    "I've got two offers: €600/day contract or €90k permanent. Which is better?",
    'two offers: $80/hr 1099 contract vs $170k salaried lead job, how do I compare them?',
    'Both offers came in: a contract at 700/day vs 95k perm, how do I weigh them?',
  ])('"%s" weighs contract against employment', (q) => {
    const p = plan(q);
    expect(p.intent).toBe('job_terms');
    expect(p.term).toBe('contract');
    expect(p.filters).toEqual({});
  });

  test('near miss: "comparing a day rate with a permanent job" without two offers stays pay', () => {
    expect(
      plan('comparing a €700/day lead contract with a €90k permanent lead job, how should I compare them?')
        .intent,
    ).toBe('pay');
  });

  test.each<string>([
    'what are my chances in the H1B lottery?',
    'green card lottery odds for devs who get hired here?',
    'lottery odds for the visa if Ohmwise picks me?',
  ])('"%s" is out of scope', (q) => {
    expect(plan(q).intent).toBe('out_of_scope');
  });

  test('near miss: H-1B sponsorship is asked of the listings', () => {
    expect(plan('which lead roles sponsor H-1B visas?').intent).toBe('visa_relocation');
  });
});
