import { describe, expect, test } from 'vitest';
import {
  type EmploymentType,
  extractEmploymentType,
  extractRemotePolicy,
  type RemotePolicy,
} from '../../../src/rag/extract/work-terms.js';

describe('extractRemotePolicy', () => {
  test.each<[string, string, RemotePolicy]>([
    ['Berlin, Germany', 'This is a fully remote role within Europe.', 'remote'],
    ['Berlin, Germany', 'We are a remote-first company.', 'remote'],
    ['Remote (EU)', 'You will join our platform team.', 'remote'],
    ['Hybrid - London', 'You will design APIs.', 'hybrid'],
    ['London, UK', 'You will spend 2 days a week in the office.', 'hybrid'],
    ['London, UK', 'Hybrid: two days a week in the office.', 'hybrid'],
    ['London, UK', 'We are in the office Tuesday to Thursday.', 'hybrid'],
    ['London, UK', "We're in on Mondays and Wednesdays and work from home otherwise.", 'hybrid'],
    ['London, UK', 'We work five days a week in the office.', 'onsite'],
    ['Bengaluru, India', 'Work from office Monday to Friday.', 'onsite'],
    ['London, UK', 'This is an office-based role.', 'onsite'],
    ['Berlin, Germany', 'You will design APIs and mentor engineers.', 'unknown'],
  ])('reads %j with "%s" as %s', (location, text, expected) => {
    expect(extractRemotePolicy(location, text)).toBe(expected);
  });

  test('treats "not a remote role" as on-site', () => {
    expect(extractRemotePolicy('Bengaluru, India', 'This is not a remote role.')).toBe('onsite');
  });

  test('treats "not a remote role" with office days as hybrid', () => {
    const text = 'This is not a remote role; we are hybrid, two days in the office.';
    expect(extractRemotePolicy('Bengaluru, India', text)).toBe('hybrid');
  });
});

describe('extractEmploymentType', () => {
  test.each<[string, string, EmploymentType | null]>([
    ['Lead Backend Engineer (Contract)', 'Day rate: €700–€850 per day.', 'contract'],
    ['Lead Backend Engineer', 'PLN 28,000–36,000 per month (B2B)', 'contract'],
    ['Lead Backend Engineer', 'Rate: $95–$120 per hour.', 'contract'],
    ['Lead Backend Engineer', 'Outside IR35, six months to start.', 'contract'],
    ['Lead Backend Engineer', 'This is a full-time, permanent position.', 'full-time'],
    ['Lead Backend Engineer', 'Permanent contract with a pension.', 'full-time'],
    ['Lead Backend Engineer', 'Part-time, three days a week.', 'part-time'],
    ['Backend Intern', 'A summer internship on the payments team.', 'internship'],
    ['Lead Backend Engineer', 'You will design APIs.', null],
  ])('reads %j with "%s" as %s', (title, text, expected) => {
    expect(extractEmploymentType(title, text)).toBe(expected);
  });

  test('does not take working with contractors for a contract role', () => {
    expect(extractEmploymentType('Lead Backend Engineer', 'You will work with contractors.')).toBeNull();
  });
});

describe('work mode on real postings', () => {
  test.each([
    [
      'Job benefits:\nOnsite Fitness Centers\nOnsite Medical & Dental\nOnsite Cafes Games & Sport Areas',
      'unknown',
    ],
    ['We provide remote medical consultations via video for patients.', 'unknown'],
    ['You will work as part of our Agile hybrid DevOps teams.', 'unknown'],
    ['Full-time | Berlin | Home office option', 'hybrid'],
    ['Flexible working hours and work from home flexibility', 'hybrid'],
    ['Flexible working hours & home office possibility (but we are not remote-first)', 'hybrid'],
    ['Flexible working such as compressed hours and working from home', 'hybrid'],
    ['Paid time off flexible schedules home office sabbatical. Onsite work at customer premises.', 'hybrid'],
    ['We are a remote-first company; a home office budget is provided.', 'remote'],
    ['You work on-site in our Munich office.', 'onsite'],
  ])('%j is %s', (text, expected) => {
    expect(extractRemotePolicy('', text)).toBe(expected);
  });
});
