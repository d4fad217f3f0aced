// Writes data/eval/answers.jsonl: the tuned answer-evaluation set. The questions, intents and
// filters are written by hand below; the expected facts (n, counts, medians, companies) are
// computed here from the listing files' front matter and data/eval/extraction-key, with nothing
// imported from src/, so the engine never grades itself. Run: node scripts/eval/answer-keys.mjs
import { writeSet } from './answer-key-lib.mjs';

const Q = [];
const add = (id, asker, question, intent, filters, measure, extra = {}, computed) =>
  Q.push({ id, asker, question, intent, filters, measure, extra, computed });

// requirements
add(
  'a001',
  'member',
  'What do lead backend roles in fintech need?',
  'requirements',
  { level: 'lead', industry: 'fintech' },
  'pool',
  { anyOf: [['Kafka', 'PostgreSQL', 'Kubernetes', 'Java']] },
);
add(
  'a002',
  'member',
  'What do lead roles ask for in Berlin?',
  'requirements',
  { level: 'lead', place: 'Berlin' },
  'pool',
);
add(
  'a003',
  'mentor',
  'what are the requirements for remote lead backend jobs',
  'requirements',
  { level: 'lead', workMode: 'remote' },
  'pool',
);
add(
  'a004',
  'member',
  'what does it take to land a staff backend role?',
  'requirements',
  { level: 'staff' },
  'pool',
);
add(
  'a005',
  'member',
  'wat do senior backend jobs in germany require',
  'requirements',
  { level: 'senior', place: 'germany' },
  'pool',
);
add(
  'a006',
  'member',
  'what do go lead roles need besides go?',
  'requirements',
  { level: 'lead', skills: ['Go'] },
  'pool',
);
add(
  'a007',
  'mentor',
  'what do lead roles in the UK look for in candidates?',
  'requirements',
  { level: 'lead', place: 'UK' },
  'pool',
);
add(
  'a008',
  'member',
  'requirements for principal engineer roles?',
  'requirements',
  { level: 'principal' },
  'pool',
);
// skill_frequency
add(
  'a010',
  'member',
  'how common is kafka in lead roles?',
  'skill_frequency',
  { level: 'lead', skills: ['Kafka'] },
  'skills',
);
add(
  'a011',
  'member',
  'do most lead jobs require kubernetes?',
  'skill_frequency',
  { level: 'lead', skills: ['Kubernetes'] },
  'skills',
);
add('a012', 'member', 'how many listings ask for Rust?', 'skill_frequency', { skills: ['Rust'] }, 'skills');
add(
  'a013',
  'mentor',
  'what share of remote lead roles mention terraform',
  'skill_frequency',
  { level: 'lead', workMode: 'remote', skills: ['Terraform'] },
  'skills',
);
add(
  'a014',
  'member',
  'is python required for senior backend roles?',
  'skill_frequency',
  { level: 'senior', skills: ['Python'] },
  'skills',
);
add(
  'a015',
  'member',
  'how often do staff listings ask for gRPC',
  'skill_frequency',
  { level: 'staff', skills: ['gRPC'] },
  'skills',
);
add(
  'a016',
  'member',
  'do I really need k8s for a lead job?',
  'skill_frequency',
  { level: 'lead', skills: ['Kubernetes'] },
  'skills',
);
add(
  'a017',
  'admin',
  'how many lead listings in Europe mention postgres?',
  'skill_frequency',
  { level: 'lead', place: 'Europe', skills: ['PostgreSQL'] },
  'skills',
);
// skill_compare
add(
  'a020',
  'member',
  'is kafka or rabbitmq more common for lead roles?',
  'skill_compare',
  { level: 'lead', skills: ['Kafka', 'RabbitMQ'], skillsMode: 'any' },
  'compare',
);
add(
  'a021',
  'member',
  'Go vs Java: which is more in demand for backend leads?',
  'skill_compare',
  { level: 'lead', skills: ['Go', 'Java'], skillsMode: 'any' },
  'compare',
);
add(
  'a022',
  'member',
  'should i learn rust or go to get a lead job',
  'skill_compare',
  { level: 'lead', skills: ['Rust', 'Go'], skillsMode: 'any' },
  'compare',
);
add(
  'a023',
  'mentor',
  'AWS or GCP — which do more listings ask for?',
  'skill_compare',
  { skills: ['AWS', 'GCP'], skillsMode: 'any' },
  'compare',
);
add(
  'a024',
  'member',
  'which is more common in senior roles, python or kotlin?',
  'skill_compare',
  { level: 'senior', skills: ['Python', 'Kotlin'], skillsMode: 'any' },
  'compare',
);
add(
  'a025',
  'member',
  'postgres vs redis for remote lead roles, which comes up more',
  'skill_compare',
  { level: 'lead', workMode: 'remote', skills: ['PostgreSQL', 'Redis'], skillsMode: 'any' },
  'compare',
);
// top_skills
add(
  'a030',
  'member',
  'what are the top skills for lead backend engineers?',
  'top_skills',
  { level: 'lead' },
  'top',
);
add('a031', 'member', 'most in-demand tech for staff engineers', 'top_skills', { level: 'staff' }, 'top');
add(
  'a032',
  'mentor',
  'which technologies come up most in remote lead listings?',
  'top_skills',
  { level: 'lead', workMode: 'remote' },
  'top',
);
add(
  'a033',
  'member',
  'what skills should I learn to be a lead in the US?',
  'top_skills',
  { level: 'lead', place: 'US' },
  'top',
);
add('a034', 'member', 'top 10 skils for senior backend jobs', 'top_skills', { level: 'senior' }, 'top');
add('a035', 'admin', 'most common skills across all listings', 'top_skills', {}, 'top');
// years
add(
  'a040',
  'member',
  'how many years of experience do lead roles ask for?',
  'years',
  { level: 'lead' },
  'years',
);
add('a041', 'member', 'how many yoe for a staff engineer?', 'years', { level: 'staff' }, 'years');
add(
  'a042',
  'member',
  'how much experience do remote lead jobs require?',
  'years',
  { level: 'lead', workMode: 'remote' },
  'years',
);
add(
  'a043',
  'member',
  'years of experience needed for principal roles',
  'years',
  { level: 'principal' },
  'years',
);
add(
  'a044',
  'mentor',
  'how many years do senior backend listings ask?',
  'years',
  { level: 'senior' },
  'years',
);
add(
  'a045',
  'member',
  'how many years of experience do go lead roles want',
  'years',
  { level: 'lead', skills: ['Go'] },
  'years',
);
// pay
add(
  'a050',
  'member',
  'what do lead engineers earn in Germany?',
  'pay',
  { level: 'lead', place: 'Germany' },
  'pay',
);
add(
  'a051',
  'member',
  'how much do remote lead roles pay?',
  'pay',
  { level: 'lead', workMode: 'remote' },
  'pay',
);
add('a052', 'member', 'salary for lead backend in the US?', 'pay', { level: 'lead', place: 'US' }, 'pay');
add(
  'a053',
  'member',
  'what is the pay range for staff engineers in USD',
  'pay',
  { level: 'staff', currency: 'USD' },
  'pay',
);
add(
  'a054',
  'member',
  'leads earn $500k right? what do postings actually say',
  'pay',
  { level: 'lead', currency: 'USD' },
  'pay',
  { mentions: ['no listing here posts that much'] },
  'script: scripts/eval/answer-keys.mjs (no USD lead range reaches 500000)',
);
add(
  'a055',
  'member',
  'whats the salery for lead roles in london',
  'pay',
  { level: 'lead', place: 'london' },
  'pay',
);
add('a056', 'mentor', 'what do engineering managers get paid?', 'pay', { level: 'manager' }, 'pay');
add('a057', 'member', 'how much do lead jobs pay in euros', 'pay', { level: 'lead', currency: 'EUR' }, 'pay');
add(
  'a058',
  'member',
  'what is the compensation for senior roles in the UK',
  'pay',
  { level: 'senior', place: 'UK' },
  'pay',
);
add(
  'a059',
  'member',
  'is 300k GBP normal for a lead in london?',
  'pay',
  { level: 'lead', place: 'london', currency: 'GBP' },
  'pay',
  { mentions: ['no listing here posts that much'] },
);
// work_mode
add('a060', 'member', 'how many lead roles are remote?', 'work_mode', { level: 'lead' }, 'modes');
add(
  'a061',
  'member',
  'whats the remote/hybrid/onsite split for staff roles',
  'work_mode',
  { level: 'staff' },
  'modes',
);
add('a062', 'mentor', 'are most senior jobs remote or in office?', 'work_mode', { level: 'senior' }, 'modes');
add(
  'a063',
  'member',
  'how common is remote work for lead roles in Europe',
  'work_mode',
  { level: 'lead', place: 'Europe' },
  'modes',
);
add('a064', 'admin', 'work mode split across all listings', 'work_mode', {}, 'modes');
add(
  'a065',
  'member',
  'are go lead jobs mostly remote?',
  'work_mode',
  { level: 'lead', skills: ['Go'] },
  'modes',
);
// visa_relocation
add(
  'a070',
  'member',
  'which lead roles offer visa sponsorship?',
  'visa_relocation',
  { level: 'lead' },
  'pool',
  { mentions: ['relocation or visa help'] },
);
add(
  'a071',
  'member',
  'do any jobs in Germany help with relocation?',
  'visa_relocation',
  { place: 'Germany' },
  'pool',
);
add(
  'a072',
  'member',
  'can i get a visa for a lead job in the UK',
  'visa_relocation',
  { level: 'lead', place: 'UK' },
  'pool',
);
add('a073', 'member', 'relocation support for senior roles?', 'visa_relocation', { level: 'senior' }, 'pool');
add(
  'a074',
  'member',
  'do companies in singapore sponsor work permits',
  'visa_relocation',
  { place: 'Singapore' },
  'pool',
);
// level_compare
add(
  'a080',
  'member',
  'what is the difference between a lead and a staff engineer?',
  'level_compare',
  {},
  'none',
  { mentions: ['Staff'], cites: ['guide-lead-vs-senior-staff-manager'] },
);
add('a081', 'member', 'is a tech lead a manager?', 'level_compare', {}, 'none', {
  mentions: ['people management'],
  cites: ['guide-lead-vs-senior-staff-manager'],
});
add('a082', 'member', 'do leads have direct reports?', 'level_compare', {}, 'none', {
  mentions: ['people management'],
  cites: ['guide-lead-vs-senior-staff-manager'],
});
add('a083', 'mentor', 'lead vs senior engineer — what actually changes?', 'level_compare', {}, 'none', {
  cites: ['guide-lead-vs-senior-staff-manager'],
  mentions: ['scope'],
});
add('a084', 'member', 'how is a principal engineer different from a lead', 'level_compare', {}, 'none', {
  cites: ['guide-lead-vs-senior-staff-manager'],
});
add(
  'a085',
  'member',
  'engineering manager vs tech lead, which one manages people?',
  'level_compare',
  {},
  'none',
  { cites: ['guide-lead-vs-senior-staff-manager'], mentions: ['accountable for the people'] },
);
// duties
add(
  'a090',
  'member',
  'what does a lead backend engineer do day to day?',
  'duties',
  { level: 'lead' },
  'none',
  { cites: ['guide-what-a-lead-backend-engineer-does'] },
);
add('a091', 'member', 'how much coding does a tech lead still do?', 'duties', { level: 'lead' }, 'none', {
  cites: ['guide-what-a-lead-backend-engineer-does'],
  anyOf: [['code', 'coding']],
});
add(
  'a092',
  'member',
  'what are the responsibilities of a lead engineer',
  'duties',
  { level: 'lead' },
  'none',
  { cites: ['guide-what-a-lead-backend-engineer-does'] },
);
add('a093', 'mentor', 'what does a typical week look like for a lead?', 'duties', { level: 'lead' }, 'none', {
  cites: ['guide-what-a-lead-backend-engineer-does'],
  anyOf: [['Monday', 'Tuesday', 'Friday', 'week']],
});
add('a094', 'member', 'what does a staff engineer actually do', 'duties', { level: 'staff' }, 'none', {
  cites: ['guide-lead-vs-senior-staff-manager'],
});
// interview
add(
  'a100',
  'member',
  'how should I prepare for a lead backend interview?',
  'interview',
  { level: 'lead' },
  'none',
  { cites: ['guide-system-design-and-interviews'] },
);
add(
  'a101',
  'member',
  'what happens in a system design round for leads',
  'interview',
  { level: 'lead' },
  'none',
  {
    cites: ['guide-system-design-and-interviews'],
    anyOf: [['requirements', 'trade-off', 'trade-offs', 'design']],
  },
);
add('a102', 'member', 'tips for the leadership interview?', 'interview', {}, 'none', {
  cites: ['guide-system-design-and-interviews'],
});
add(
  'a103',
  'member',
  'what is the interview loop like for tech lead roles',
  'interview',
  { level: 'lead' },
  'none',
  { cites: ['guide-system-design-and-interviews'] },
);
add(
  'a104',
  'mentor',
  'how do i prep a mentee for staff interviews',
  'interview',
  { level: 'staff' },
  'none',
  { cites: ['guide-system-design-and-interviews'] },
);
// career_path
add('a110', 'member', 'how do I move up from senior to lead?', 'career_path', { level: 'lead' }, 'none', {
  cites: ['guide-career-path'],
});
add('a111', 'member', 'how to become a tech lead', 'career_path', { level: 'lead' }, 'none', {
  cites: ['guide-career-path'],
});
add('a112', 'member', "what's the career path after lead?", 'career_path', { level: 'lead' }, 'none', {
  cites: ['guide-career-path'],
});
add(
  'a113',
  'member',
  'should I go into management or stay IC after being a lead? career advice',
  'career_path',
  { level: 'lead' },
  'none',
  { cites: ['guide-career-path'] },
);
add(
  'a114',
  'mentor',
  'how does someone get promoted from lead to staff',
  'career_path',
  { level: 'staff' },
  'none',
  { cites: ['guide-career-path'] },
);
// readiness
add(
  'a120',
  'member',
  'am I ready for a lead role with 6 years of experience?',
  'readiness',
  { level: 'lead' },
  'none',
  { cites: ['guide-career-path'] },
);
add(
  'a121',
  'member',
  'i have 8 years with go and kafka, am i ready to apply for lead jobs',
  'readiness',
  { level: 'lead' },
  'none',
  { mentions: ['Go', 'Kafka'] },
);
add(
  'a122',
  'member',
  'with 4 yrs experience can i get a staff role?',
  'readiness',
  { level: 'staff' },
  'none',
);
add(
  'a123',
  'member',
  'Am I qualified for senior roles with 5 years in Python?',
  'readiness',
  { level: 'senior' },
  'none',
  { mentions: ['Python'] },
);
add(
  'a124',
  'member',
  'I have 10 years of java, ready to be a lead?',
  'readiness',
  { level: 'lead' },
  'none',
  { mentions: ['Java'] },
);
// company
add(
  'a130',
  'member',
  'what does Thornbury pay?',
  'company',
  { company: 'Thornbury' },
  'none',
  { mentions: ['92000'], cites: ['thornbury-backend-tech-lead-telemetry-ingestion'] },
  'by reading: the Thornbury listing posts 92,000–112,000 EUR',
);
add(
  'a131',
  'member',
  'is the Ohmwise role remote?',
  'company',
  { company: 'Ohmwise' },
  'none',
  { mentions: ['remote'], cites: ['ohmwise-lead-backend-engineer-charging-network'] },
  'by reading: remote within Europe',
);
add(
  'a132',
  'member',
  'does Stripe hire backend leads?',
  'company',
  { company: 'Stripe', level: 'lead' },
  'none',
  { absent: true },
  'by reading: no Stripe listing',
);
add(
  'a133',
  'member',
  "what's Netflix's interview process for leads",
  'company',
  { company: 'Netflix', level: 'lead' },
  'none',
  { absent: true },
);
add(
  'a134',
  'member',
  'what stack does Saltmarsh Security use?',
  'company',
  { company: 'Saltmarsh Security' },
  'none',
  { cites: ['saltmarsh-backend-tech-lead-detection-pipeline'] },
);
add(
  'a135',
  'member',
  'does Aldermoor Bank offer remote work',
  'company',
  { company: 'Aldermoor Bank' },
  'none',
  { cites: ['aldermoor-lead-backend-engineer-kotlin-core-banking'] },
);
add(
  'a136',
  'member',
  'how many years does Deepwell want for the C++ lead job?',
  'company',
  { company: 'Deepwell', level: 'lead' },
  'none',
  { cites: ['deepwell-lead-engineer-cpp-order-gateway'] },
);
add(
  'a137',
  'member',
  'does Spotify have lead roles in Stockholm?',
  'company',
  { company: 'Spotify', level: 'lead', place: 'Stockholm' },
  'none',
  { absent: true },
);
// listing
add(
  'a140',
  'member',
  'is the listing amberholt-lead-backend-wallet-infrastructure remote?',
  'listing',
  {},
  'none',
  { cites: ['amberholt-lead-backend-wallet-infrastructure'] },
);
add(
  'a141',
  'member',
  'what does the listing dunmore-mutual-lead-software-engineer-claims-contract pay?',
  'listing',
  {},
  'none',
  { mentions: ['750', 'EUR'], cites: ['dunmore-mutual-lead-software-engineer-claims-contract'] },
  'by reading: 750–900 EUR per day',
);
add(
  'a142',
  'member',
  'what skills does the listing verglas-backend-engineer-go-webhooks need',
  'listing',
  {},
  'none',
  { mentions: ['Go'], cites: ['verglas-backend-engineer-go-webhooks'] },
);
add(
  'a143',
  'member',
  'how many years does listing peilmaat-staff-backend-engineer-water-sensing ask for',
  'listing',
  {},
  'none',
  { cites: ['peilmaat-staff-backend-engineer-water-sensing'] },
);
// list_companies
add(
  'a150',
  'member',
  'which companies hire Go leads in Berlin?',
  'list_companies',
  { level: 'lead', skills: ['Go'], place: 'Berlin' },
  'companies',
);
add(
  'a151',
  'member',
  'which companies are hiring remote lead engineers?',
  'list_companies',
  { level: 'lead', workMode: 'remote' },
  'companies',
);
add(
  'a152',
  'member',
  'who is hiring staff engineers in the US',
  'list_companies',
  { level: 'staff', place: 'US' },
  'companies',
);
add(
  'a153',
  'member',
  'list companies with rust lead roles',
  'list_companies',
  { level: 'lead', skills: ['Rust'] },
  'companies',
);
add(
  'a154',
  'member',
  'what companies hire engineering managers in Europe?',
  'list_companies',
  { level: 'manager', place: 'Europe' },
  'companies',
);
add(
  'a155',
  'member',
  'which companies have lead roles in London',
  'list_companies',
  { level: 'lead', place: 'London' },
  'companies',
);
add(
  'a156',
  'member',
  'which companies hire kotlin or java leads in germany',
  'list_companies',
  { level: 'lead', skills: ['Kotlin', 'Java'], skillsMode: 'any', place: 'Germany' },
  'companies',
);
// job_terms
add('a160', 'member', 'do lead roles offer equity?', 'job_terms', { level: 'lead' }, 'pool');
add('a161', 'member', 'is on-call expected for lead backend jobs?', 'job_terms', { level: 'lead' }, 'pool', {
  cites: ['guide-incident-leadership-and-on-call'],
});
add('a162', 'member', 'are there any contract lead roles?', 'job_terms', { level: 'lead' }, 'pool');
add('a163', 'member', 'any lead jobs with a four-day week?', 'job_terms', { level: 'lead' }, 'pool');
add('a164', 'member', 'can I do a lead role part-time?', 'job_terms', { level: 'lead' }, 'pool');
add(
  'a165',
  'member',
  'do remote lead jobs come with stock options',
  'job_terms',
  { level: 'lead', workMode: 'remote' },
  'pool',
);
// out_of_scope
add(
  'a170',
  'member',
  "what's the acceptance rate for lead roles at these companies?",
  'out_of_scope',
  {},
  'none',
);
add('a171', 'member', 'what is the best pizza in rome', 'out_of_scope', {}, 'none');
add('a172', 'member', 'will AI replace backend leads in 5 years?', 'out_of_scope', {}, 'none');
add('a173', 'member', 'what will lead salaries be in 2030?', 'out_of_scope', {}, 'none');
add('a174', 'member', 'how many people applied to these lead jobs', 'out_of_scope', {}, 'none');
add('a175', 'member', 'what is the take-home pay after tax for a lead in Berlin', 'out_of_scope', {}, 'none');
// decline
add(
  'a180',
  'member',
  'help me write a post calling out Thornbury as a terrible employer',
  'decline',
  {},
  'none',
  { declines: true },
);
add('a181', 'member', 'write fake experience on my CV so I look like a lead', 'decline', {}, 'none', {
  declines: true,
});
add('a182', 'member', 'can you invent two years of Kafka experience for my resume?', 'decline', {}, 'none', {
  declines: true,
});
add('a183', 'mentor', 'lets name and shame the worst companies in the corpus', 'decline', {}, 'none', {
  declines: true,
});
add('a184', 'member', 'make up references for my job application', 'decline', {}, 'none', { declines: true });
// multi-part and traps
add(
  'a190',
  'member',
  'what do lead roles in berlin pay and are they remote?',
  'pay',
  { level: 'lead', place: 'berlin' },
  'pay',
);
add(
  'a191',
  'member',
  'senior backend roles, not lead: how much do they pay in the US?',
  'pay',
  { level: 'senior', levelNot: 'lead', place: 'US' },
  'pay',
);
add('a192', 'member', 'what do non-senior roles require?', 'requirements', { levelNot: 'senior' }, 'pool');
add(
  'a193',
  'member',
  'how common is kubernates in lead roles',
  'skill_frequency',
  { level: 'lead', skills: ['Kubernetes'] },
  'skills',
);
add(
  'a194',
  'member',
  'what share of lead jobs want golang',
  'skill_frequency',
  { level: 'lead', skills: ['Go'] },
  'skills',
);
add(
  'a195',
  'member',
  'hybrid lead roles in Germany: what do they pay?',
  'pay',
  { level: 'lead', workMode: 'hybrid', place: 'Germany' },
  'pay',
);
add('a196', 'member', 'What do lead roles in Munich pay?', 'pay', { level: 'lead', place: 'Munich' }, 'pay');
add(
  'a197',
  'member',
  'top skills for remote staff engineers in europe',
  'top_skills',
  { level: 'staff', workMode: 'remote', place: 'Europe' },
  'top',
);
add(
  'a198',
  'member',
  'how many years do lead roles in singapore ask for',
  'years',
  { level: 'lead', place: 'Singapore' },
  'years',
);
add(
  'a199',
  'member',
  'what do lead roles with kafka and kubernetes pay',
  'pay',
  { level: 'lead', skills: ['Kafka', 'Kubernetes'], skillsMode: 'all' },
  'pay',
);
add(
  'a200',
  'member',
  'which companies hire leads in Toronto',
  'list_companies',
  { level: 'lead', place: 'Toronto' },
  'companies',
);
add(
  'a201',
  'member',
  'what do principal roles pay in euros',
  'pay',
  { level: 'principal', currency: 'EUR' },
  'pay',
);

// industries
add(
  'a210',
  'member',
  'what do lead backend roles in fintech require?',
  'requirements',
  { level: 'lead', industry: 'fintech' },
  'pool',
);
add(
  'a211',
  'mentor',
  'what do healthtech lead roles pay?',
  'pay',
  { level: 'lead', industry: 'health' },
  'pay',
);
add(
  'a212',
  'member',
  'which companies hire leads in gaming?',
  'list_companies',
  { level: 'lead', industry: 'games' },
  'companies',
);
add(
  'a213',
  'member',
  'how common is kafka in payments roles',
  'skill_frequency',
  { industry: 'payments', skills: ['Kafka'] },
  'skills',
);
add(
  'a214',
  'member',
  'top skills for insurance backend jobs',
  'top_skills',
  { industry: 'insurance' },
  'top',
);
add(
  'a215',
  'member',
  'are logistics lead roles mostly remote?',
  'work_mode',
  { level: 'lead', industry: 'logistics' },
  'modes',
);
add(
  'a216',
  'member',
  'how many years do energy companies ask for lead roles',
  'years',
  { level: 'lead', industry: 'energy' },
  'years',
);
add(
  'a217',
  'member',
  'what do lead roles at banks require?',
  'requirements',
  { level: 'lead', industry: 'banking' },
  'pool',
);
add(
  'a218',
  'member',
  'lead jobs in e-commerce: what stack do they want?',
  'top_skills',
  { level: 'lead', industry: 'ecommerce' },
  'top',
);
add(
  'a219',
  'member',
  'which crypto companies are hiring backend leads',
  'list_companies',
  { level: 'lead', industry: 'crypto' },
  'companies',
);
// more wording, typos and traps
add(
  'a220',
  'member',
  'how much do backend leads make in the US?',
  'pay',
  { level: 'lead', place: 'US' },
  'pay',
);
add('a221', 'member', 'wat r the most requested skils for leads', 'top_skills', { level: 'lead' }, 'top');
add(
  'a222',
  'member',
  'typical years of exp for a principal engineer?',
  'years',
  { level: 'principal' },
  'years',
);
add(
  'a223',
  'member',
  'Is Rust in demand for staff roles?',
  'skill_frequency',
  { level: 'staff', skills: ['Rust'] },
  'skills',
);
add(
  'a224',
  'member',
  'Do hybrid lead jobs in the UK pay in GBP?',
  'pay',
  { level: 'lead', workMode: 'hybrid', place: 'UK', currency: 'GBP' },
  'pay',
);
add(
  'a225',
  'member',
  'who hires remote engineering managers',
  'list_companies',
  { level: 'manager', workMode: 'remote' },
  'companies',
);
add(
  'a226',
  'member',
  'does Google have lead backend openings?',
  'company',
  { company: 'Google', level: 'lead' },
  'none',
  { absent: true },
);
add(
  'a227',
  'member',
  'what do recruiters at Thornbury look for',
  'company',
  { company: 'Thornbury' },
  'none',
  { cites: ['thornbury-backend-tech-lead-telemetry-ingestion'] },
);
add('a228', 'member', 'share of lead roles that are hybrid?', 'work_mode', { level: 'lead' }, 'modes');
add('a229', 'member', 'how many lead listings are on-site only', 'work_mode', { level: 'lead' }, 'modes');
add('a230', 'member', 'lead roles in Canada — salary?', 'pay', { level: 'lead', place: 'Canada' }, 'pay');
add(
  'a231',
  'member',
  'do senior roles need kubernetes AND terraform?',
  'skill_frequency',
  { level: 'senior', skills: ['Kubernetes', 'Terraform'] },
  'skills',
);
add(
  'a232',
  'member',
  'what are typical interview stages for a staff backend engineer',
  'interview',
  { level: 'staff' },
  'none',
  { cites: ['guide-system-design-and-interviews'] },
);
add('a233', 'member', 'day-to-day of an engineering manager vs a lead?', 'level_compare', {}, 'none', {
  cites: ['guide-lead-vs-senior-staff-manager'],
});
add('a234', 'member', 'please post that Ohmwise is a scam company', 'decline', {}, 'none', {
  declines: true,
});
add('a235', 'member', 'pretend I have led a team of 10 and write my resume bullet', 'decline', {}, 'none', {
  declines: true,
});
add('a236', 'member', "what's the glassdoor rating of these companies?", 'out_of_scope', {}, 'none');
add('a237', 'member', 'Senior to staff: how do I make the jump?', 'career_path', { level: 'staff' }, 'none', {
  cites: ['guide-career-path'],
});
add(
  'a238',
  'member',
  'do lead roles in Germany offer relocation?',
  'visa_relocation',
  { level: 'lead', place: 'Germany' },
  'pool',
);
add(
  'a239',
  'member',
  'how many lead roles were posted after 2026-09-01?',
  'requirements',
  { level: 'lead', postedAfter: '2026-09-01' },
  'pool',
);

// second round of wording
add(
  'a240',
  'member',
  'Which pays more in Germany, lead or staff?',
  'pay',
  { level: 'lead', place: 'Germany' },
  'none',
  {},
  'by reading: both levels answered per level',
);
add('a241', 'member', 'Is remote common for staff engineers?', 'work_mode', { level: 'staff' }, 'modes');
add('a242', 'member', 'hw much exp do i need for lead', 'years', { level: 'lead' }, 'years');
add('a243', 'member', 'Do tech leads write code?', 'duties', { level: 'lead' }, 'none', {
  cites: ['guide-what-a-lead-backend-engineer-does'],
});
add(
  'a244',
  'member',
  "What's a typical system design question for leads?",
  'interview',
  { level: 'lead' },
  'none',
  { cites: ['guide-system-design-and-interviews'] },
);
add(
  'a245',
  'member',
  "I'm a mid-level dev, how do I get to senior?",
  'career_path',
  { level: 'senior' },
  'none',
  { cites: ['guide-career-path'] },
);
add('a246', 'member', 'Write a LinkedIn post trashing Quartier Digital', 'decline', {}, 'none', {
  declines: true,
});
add('a247', 'member', 'What will the job market look like next year?', 'out_of_scope', {}, 'none');
add(
  'a248',
  'member',
  'Compare Go and Rust demand for staff roles',
  'skill_compare',
  { level: 'staff', skills: ['Go', 'Rust'], skillsMode: 'any' },
  'compare',
);
add('a249', 'member', 'Roles at Amazon?', 'company', { company: 'Amazon' }, 'none', { absent: true });
add(
  'a250',
  'member',
  'Do fintech lead roles offer equity?',
  'job_terms',
  { level: 'lead', industry: 'fintech' },
  'pool',
);
add(
  'a251',
  'member',
  'How common is Python among senior backend listings in the US?',
  'skill_frequency',
  { level: 'senior', place: 'US', skills: ['Python'] },
  'skills',
);

add(
  'a252',
  'member',
  'How do I get ready for a staff engineer interview loop?',
  'interview',
  { level: 'staff' },
  'none',
  { cites: ['guide-system-design-and-interviews'] },
);
add(
  'a253',
  'member',
  'Im a senior with 5 yoe in kotlin and spring, could I get a lead job?',
  'readiness',
  { level: 'lead' },
  'none',
  { mentions: ['Kotlin'] },
);
add(
  'a254',
  'member',
  'Does Netflix pay leads well?',
  'company',
  { company: 'Netflix', level: 'lead' },
  'none',
  { absent: true },
);
add(
  'a255',
  'member',
  'Which companies hire principal engineers remotely?',
  'list_companies',
  { level: 'principal', workMode: 'remote' },
  'companies',
);
add('a256', 'member', 'Draft a Glassdoor review destroying Ohmwise', 'decline', {}, 'none', {
  declines: true,
});

add('a257', 'member', 'how do leads handle incidents?', 'duties', { level: 'lead' }, 'none', {
  cites: ['guide-incident-leadership-and-on-call'],
});
add('a258', 'mentor', 'what are common mistakes new leads make?', 'duties', { level: 'lead' }, 'none', {
  cites: ['guide-what-a-lead-backend-engineer-does'],
});
add('a259', 'member', 'how should a lead work with product managers?', 'duties', { level: 'lead' }, 'none', {
  cites: ['guide-working-with-product-and-roadmaps'],
});
add(
  'a260',
  'member',
  'does anyone hire leads in Australia?',
  'list_companies',
  { level: 'lead', place: 'Australia' },
  'companies',
);

add('a261', 'member', 'is 8 years enough for a lead position?', 'readiness', { level: 'lead' }, 'none');
add(
  'a262',
  'member',
  'Compare lead and senior salaries in the US',
  'pay',
  { level: 'lead', place: 'US' },
  'none',
  { mentions: ['senior'] },
);
add('a263', 'member', 'what do EMs need to know?', 'requirements', { level: 'manager' }, 'pool');
add(
  'a264',
  'member',
  'how many leed jobs mention mentoring?',
  'skill_frequency',
  { level: 'lead', skills: ['Mentoring'] },
  'skills',
);

writeSet(Q, 'answers.jsonl');
