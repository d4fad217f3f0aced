import { describe, expect, test } from 'vitest';
import { body, embeddedAnswers } from '../support/answers.js';

// Listings asked for as a fit for the member ("recommend me 3 lead roles, i know java…"): the
// matching listings ranked as /recommend ranks them, the member's skills weighed, not filtered on.
// New wordings, none of an evaluation set's; figures checked against the stored listings.

const { app, listings } = embeddedAnswers();
const offline = (q: string) => app().answerOffline(q)!;

describe('listings ranked for the member', () => {
  test.each<[string, string[], number]>([
    ['recommend me 3 lead roles, i know java spring and aws, want hybrid in europe', ['Java', 'AWS'], 3],
    [
      'which remote lead jobs fit my stack best? go, k8s, postgres, 7 years',
      ['Go', 'Kubernetes', 'PostgreSQL'],
      5,
    ],
    ['can you suggest two lead roles for a rust + kafka person?', ['Rust', 'Kafka'], 2],
  ])('"%s"', (q, skills, k) => {
    const a = offline(q);
    expect(a.plan.intent).toBe('list_companies');
    expect(a.plan.fitFor).toBe(true);
    // The member's skills are theirs: no skill filter, every listing of the level counted.
    expect(a.plan.filters.skills).toBeUndefined();
    for (const s of skills) expect(a.plan.haveSkills).toContain(s);
    const text = body(a.answer);
    const rows = text.split('\n').filter((l) => /^\d+\. /.test(l));
    expect(rows).toHaveLength(k);
    // Each ranked listing is one of the selection and says which of the member's skills it names.
    for (const row of rows) expect(row).toMatch(/matches [A-Z]|matches none of your skills/);
    expect(a.citations.length).toBe(k);
    const byId = new Map(listings().map((l) => [l.id, l]));
    for (const c of a.citations) expect(byId.get(c.listingId)?.seniority).toBe('lead');
  });

  test('the first ranked listing names every skill the member named when one does', () => {
    const a = offline('recommend me a few lead roles, i do go, kubernetes and postgres');
    const first = a.citations[0]!.listingId;
    const l = listings().find((x) => x.id === first)!;
    for (const s of ['Go', 'Kubernetes', 'PostgreSQL']) expect(l.skills).toContain(s);
  });

  test('with nothing said of the member, the listings themselves are listed', () => {
    const a = offline('suggest some lead roles in berlin for me');
    expect(body(a.answer)).not.toContain('matches none of your skills');
    expect(a.n).toBe(
      listings().filter((l) => l.seniority === 'lead' && l.locations.some((p) => p.city === 'Berlin')).length,
    );
  });

  test('near miss: advice on learning a skill is no ranking', () => {
    expect(offline('would you recommend learning rust for lead roles?').plan.fitFor).toBeUndefined();
    expect(
      offline('how many lead roles would you recommend for a go dev? just the count').plan.fitFor,
    ).toBeUndefined();
  });
});
