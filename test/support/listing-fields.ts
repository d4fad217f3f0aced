/** A valid listing record's fields, as a source would give them (tests override what they need). */
export const DESCRIPTION = 'We are hiring a lead backend engineer to own our payments platform end to end.';
export const FIELDS = {
  id: 'acme-lead',
  title: 'Lead Backend Engineer',
  company: 'Acme',
  location: 'Berlin, Germany',
  url: 'https://jobs.example.com/acme-lead',
  description: DESCRIPTION,
};
