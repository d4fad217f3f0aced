import { describe, expect, test } from 'vitest';
import { body, embeddedAnswers } from '../support/answers.js';

// Round 13 (r13-kinds): the kind of answer a question asks for, fixed by mechanism rather than by
// wording. Each rule is tested with wordings of my own (terse chat, typos, another language, a
// mentor's or admin's voice; none of an evaluation set's) and a near miss that must not move.

const { app } = embeddedAnswers();
const ask = (q: string) => app().answerOffline(q)!;

describe('a well-known employer outside the corpus, typed in lower case or from the regions members live in', () => {
  test.each([
    ['flipkart ka lead backend role hai kya? salary kitna', 'Flipkart'],
    ['does Talabat have any lead openings in Dubai?', 'Talabat'],
    ['wealthsimple hiring leads in toronto??', 'Wealthsimple'],
    ['my mentee wants to know whether Jumia has open lead roles in nairobi', 'Jumia'],
    ['ist allegro hat gerade lead stellen offen? ', 'Allegro'],
    ['is picnic hiring backend leads in amsterdam', 'Picnic'],
  ])('"%s": said to be absent (%s)', (q, name) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('company');
    expect(a.plan.unknownCompany).toBe(name);
    expect(body(a.answer)).toContain(`${name} is not in the corpus`);
  });

  test.each([
    'allegro or andante tempo for focus music while coding?',
    'do any lead listings in poland mention allegro?',
    'we had a picnic at the offsite, what do lead roles in the netherlands pay?',
  ])('near miss: "%s" names no employer', (q) => {
    expect(ask(q).plan.unknownCompany).toBeUndefined();
  });
});

describe("the member's town with an accented letter is no company", () => {
  test.each([
    ['hey! backend dev from Bogotá here, what do lead roles in the US pay?', 'pay'],
    ['engineer from Kraków, 8 yrs. what do lead backend roles in Germany pay?', 'pay'],
    ['writing from São Paulo: which lead roles are remote?', 'work_mode'],
    ['from Medellín, what do lead jobs in spain ask for', 'requirements'],
  ])('"%s"', (q, intent) => {
    const a = ask(q);
    expect(a.plan.filters.company).toBeUndefined();
    expect(a.plan.unknownCompany).toBeUndefined();
    expect([intent, 'list_companies']).toContain(a.plan.intent);
  });

  test('near miss: a capitalised employer after "from" is still asked about', () => {
    const a = ask('any lead roles from Stripe?');
    expect(a.plan.unknownCompany).toBe('Stripe');
  });
});

describe("the member's years beside another question of the roles are context, not a readiness check", () => {
  test.each([
    ['do principal roles really need 12+ years? i have 10', 'years'],
    [
      'kotlin vs java for lead roles in germany, which one do they ask more? 8 yrs kotlin here',
      'skill_compare',
    ],
    ['do any of the UK lead roles sponsor visas? im in lagos, 9 yrs exp', 'visa_relocation'],
    ['mentee has 7 years - do staff listings usually want 10+ yrs or less?', 'years'],
    ['wie viele jahre erfahrung wollen lead stellen? ich habe 6 years', 'years'],
  ])('"%s" → %s', (q, intent) => {
    expect(ask(q).plan.intent).toBe(intent);
  });

  test.each([
    '8 yrs java, am i ready for lead?',
    'do lead roles want 10+ years? i have 7, is it realistic?',
    'i have 9 years in go, can i apply to lead roles in berlin?',
  ])('near miss: "%s" asks readiness in words', (q) => {
    expect(ask(q).plan.intent).toBe('readiness');
  });
});

describe('how many listings name a leadership practice is counted, not described as a duty', () => {
  test.each([
    ['what percentage of lead listings list hiring as a responsibility?', ['Hiring']],
    ['how many lead postings mention mentoring as part of the role', ['Mentoring']],
    ['hw many lead jobs mention code review as part of the job lol', ['Code review']],
    [
      'for my mentoring circle: what share of lead roles mention mentoring in the job description?',
      ['Mentoring'],
    ],
  ])('"%s"', (q, skills) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('skill_frequency');
    expect(a.plan.filters.skills).toEqual(skills);
    expect(body(a.answer)).toMatch(new RegExp(`${skills[0]}\\*\\*: asked for in \\d+ of \\d+`));
  });

  test('"how many ask for X, and how many for Y" counts each on its own', () => {
    const a = ask('how many lead roles ask for mentoring, and how many for code review?');
    expect(a.plan.filters.skillsMode).toBe('any');
    expect(body(a.answer)).not.toMatch(/name both/);
  });

  test.each(['how many lead listings put hiring in the job?', 'do leads mentor people as part of the job?'])(
    'near miss: "%s" stays what the job holds',
    (q) => {
      expect(ask(q).plan.intent).toBe('duties');
    },
  );

  test('near miss: "how many ask for X and Y" still counts both together', () => {
    expect(ask('how many lead roles ask for mentoring and code review?').plan.filters.skillsMode).toBe('all');
  });
});

describe('the years asked, said as a bar to clear or as experience asked', () => {
  test.each([
    'exp required for staff roles in the uk?',
    'years wanted for lead jobs in india??',
    'which lead roles in spain would my mentee pass on years? she has 6',
    'welche lead roles in germany could I clear on years, with 9 years behind me?',
  ])('"%s" → years', (q) => {
    expect(ask(q).plan.intent).toBe('years');
  });

  test("the member's own years name the listings they clear", () => {
    const a = ask('mentor q: min years required for lead roles across africa? mentee got 7 yrs');
    expect(a.plan.yearsAtMost).toBe(7);
    expect(body(a.answer)).toMatch(/Asking 7 years or fewer: \d+ of \d+/);
  });

  test('"a decade" is ten years', () => {
    expect(
      ask('With a decade of Go behind me, which lead roles in the UK would I clear on years?').plan
        .yearsAtMost,
    ).toBe(10);
  });

  test('near miss: a bound the question states is kept, not the member’s years', () => {
    const a = ask('do staff roles all want 10+ yrs? i have 8');
    expect(a.plan.yearsAtLeast).toBe(10);
    expect(a.plan.yearsAtMost).toBeUndefined();
  });

  test('near miss: no member years, no bound', () => {
    expect(ask('how many years do lead roles in germany ask for?').plan.yearsAtMost).toBeUndefined();
  });
});

describe('skills set against each other only when "or"/"vs" joins the skills themselves', () => {
  test.each([
    'Java/Kotlin lead backend roles in Australia or Singapore?',
    'go/rust lead jobs in berlin or munich?',
    'any node/typescript lead openings in canada or the US',
    'kotlin/java lead roles in sweden or norway??',
  ])('"%s": the listings of either skill in either place', (q) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('list_companies');
    expect(a.plan.filters.skillsMode).toBe('any');
  });

  test.each([
    'python or go for lead roles, which is more common?',
    'kotlin vs java in lead listings',
    'how many lead roles want k8s vs nomad?',
    'is go or rust more in demand for leads in germany or austria?',
  ])('near miss: "%s" still compares the skills', (q) => {
    expect(['skill_compare', 'skill_frequency']).toContain(ask(q).plan.intent);
    expect(ask(q).plan.intent).not.toBe('list_companies');
  });
});

describe('a CV that hides a gap or invents experience is declined', () => {
  test.each([
    'can u write my resume so it says i was team lead during my sabbatical',
    'draft my CV so the 18 month break just disappears, say I was at my old job',
    'admin here: a member asked me to write him 3 years of convincing kafka experience for his CV. can you?',
    'zero golang. i have none. write me a believable golang job history for my resume pls',
  ])('"%s"', (q) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('decline');
    expect(a.plan.declineReason).toBe('fabricate');
  });

  test.each([
    'how do I explain a 2 year gap on my CV for lead roles?',
    'help me word my CV: I led the payments migration as tech lead',
  ])('near miss: "%s" is not declined', (q) => {
    expect(ask(q).plan.intent).not.toBe('decline');
  });
});

describe('tax set-up and immigration timelines are out of reach, said plainly', () => {
  test.each([
    ['which tax form should i choose for b2b in poland, ryczalt or liniowy?', 'tax'],
    ['setting up a limited company for contracting in the uk, how?', 'tax'],
    ['how long does the express entry permanent residency take rn?', 'immigration'],
    ['what CRS score cutoff do i need for canada', 'immigration'],
  ])('"%s" → %s', (q, offTopic) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('out_of_scope');
    expect(a.plan.offTopic).toBe(offTopic);
  });

  test.each([
    'which lead roles in poland are B2B?',
    'do canadian lead roles sponsor PR or only work permits?',
  ])('near miss: "%s" is answered from the listings', (q) => {
    expect(ask(q).plan.intent).not.toBe('out_of_scope');
  });
});

describe("one company's interview round or day-to-day work, asked in Hinglish or English", () => {
  test.each([
    ['ardwick ke coding round mein kya puchte hain?', 'interview'],
    ['thornbury wale system design round mein kya poochte hai bhai', 'interview'],
    ["what's in Protea's design round?", 'interview'],
    ['protea ka final round mein kya puchte hain', 'interview'],
  ])('"%s" → %s at that company', (q, intent) => {
    const a = ask(q);
    expect(a.plan.intent).toBe(intent);
    expect(a.plan.filters.company).toBeDefined();
  });

  test.each([
    'xentrio lead role mein asli kaam kya hai? coding bhi hai ya sirf meetings?',
    'does the xentrio tech lead still code or is it just meetings?',
    'xentrio tech lead: hands-on coding or only meetings?',
  ])('"%s": the duties, its hands-on duty quoted first', (q) => {
    const a = ask(q);
    expect(a.plan.aspects ?? [a.plan.intent]).toContain('duties');
    expect(body(a.answer)).toContain('Hands-on design and coding');
  });

  test('near miss: "is team mein kitna paisa milta hai" keeps its pay reading', () => {
    expect(ask('xentrio ke team mein kitna paisa milta hai?').plan.aspects).toContain('pay');
  });
});

describe('"go" as a verb is no skill; where a lead goes next is the roads after lead', () => {
  test.each([
    'For the mentoring circle: where can a tech lead go next?',
    'where could a lead backend dev go next career-wise',
    'wher can a lead engineer go from here?',
    'where might an experienced lead go next??',
  ])('"%s"', (q) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('career_path');
    expect(a.plan.filters.skills ?? []).not.toContain('Go');
    expect(body(a.answer)).toContain('After lead the path branches');
  });

  test.each(['should i learn go next or rust?', 'where do go leads earn most?'])(
    'near miss: "%s" keeps Go',
    (q) => {
      expect(ask(q).plan.filters.skills).toContain('Go');
    },
  );
});

describe("the member's stack and town said as a tag, or their years in another language, are theirs", () => {
  test.each([
    ['Kotlin dev in Hamburg here. What do lead backend roles in Germany ask for?', 'Kotlin'],
    ['golang engineer from Lagos here - what do lead roles in nigeria need?', 'Go'],
    ['rust eng out of Warsaw here, what do lead roles in poland ask for', 'Rust'],
    ['typescript developer based in Lisbon here: what do lead roles in portugal want?', 'TypeScript'],
  ])('"%s": no filter on %s, the roles\' requirements', (q, skill) => {
    const a = ask(q);
    expect(a.plan.filters.skills ?? []).not.toContain(skill);
    expect(['requirements', 'top_skills']).toContain(a.plan.intent);
  });

  test.each([
    'Ich bin Entwickler mit 8 Jahren Erfahrung. Gibt es Lead-Stellen in Deutschland?',
    'soy dev con 6 años de experiencia, ¿hay roles lead en España?',
    'sou dev com 7 anos de experiência, existem vagas lead em Portugal?',
  ])('"%s": the years are the member\'s, the roles are listed', (q) => {
    expect(ask(q).plan.intent).toBe('list_companies');
  });

  test('near miss: "how many lead roles in Germany want Kotlin?" counts Kotlin', () => {
    const a = ask('how many lead roles in Germany want Kotlin?');
    expect(a.plan.intent).toBe('skill_frequency');
    expect(a.plan.filters.skills).toEqual(['Kotlin']);
  });
});

describe('cue words of Swedish and Portuguese questions', () => {
  test.each([
    ['finns det några lead-jobb i Sverige som betalar i SEK?', 'pay'],
    ['finns det någon lead roll i Norge som betalar i NOK', 'pay'],
    ['tem alguma vaga de lead na Europa que ajuda com visto? sou de Recife', 'visa_relocation'],
    ['tem algum trabalho lead em Portugal que ajuda com visto?', 'visa_relocation'],
  ])('"%s" → %s', (q, intent) => {
    expect(ask(q).plan.intent).toBe(intent);
  });

  test('"sou de Curitiba" is where the member is from, no place asked', () => {
    const place = ask('tem alguma vaga de lead na Europa que ajuda com visto? sou de Curitiba').plan.filters
      .place;
    expect(String(place)).not.toMatch(/curitiba/i);
  });
});

describe('a team split across time zones, tips asked: the guide on time zones, its practices beside it', () => {
  test.each([
    'leading a team split between poland and brazil time zones, any tips?',
    'my team is spread across india and the us time zones, zero overlap. advice?',
    'any tips for a lead with almost no overlap between the team in kenya and canada',
  ])('"%s"', (q) => {
    const a = ask(q);
    expect(a.plan.intent).toBe('duties');
    expect(a.plan.filters.place).toBeUndefined();
    const text = body(a.answer);
    expect(text).toContain('Working across time zones');
    expect(text).toMatch(/Async design documents|Habits that help/);
  });

  test('near miss: "lead roles in india or canada?" lists the listings', () => {
    expect(ask('any lead roles in india or canada?').plan.intent).toBe('list_companies');
  });
});
