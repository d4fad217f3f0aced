/**
 * The shared words of the domain: what a listing is made of once RoleRadar has read it. Storage
 * keeps these, extraction produces them, the use cases and replies read them. Imports nothing of
 * the project.
 */

export const SENIORITY_LEVELS = ['junior', 'mid', 'senior', 'lead', 'staff', 'principal', 'manager'] as const;
export type Seniority = (typeof SENIORITY_LEVELS)[number];

export type RemotePolicy = 'remote' | 'hybrid' | 'onsite' | 'unknown';
export type EmploymentType = 'full-time' | 'part-time' | 'contract' | 'internship' | 'temporary';

export const REGIONS = [
  'europe',
  'north-america',
  'latin-america',
  'asia-pacific',
  'middle-east',
  'africa',
] as const;
export type Region = (typeof REGIONS)[number];

/** One place a listing can be worked from, as parsed from its location line. */
export interface Place {
  /** The text as the listing wrote it, e.g. "Remote (EU time zones)". */
  raw: string;
  city: string | null;
  country: string | null;
  region: Region | null;
  remote: boolean;
}

/** A posted pay range. */
export interface Salary {
  min: number;
  max: number;
  currency: string;
  period: 'year' | 'month' | 'day' | 'hour';
}

export interface ListingSkill {
  name: string;
  category: string;
  mentions: number;
  /** Named outside any "nice to have" section: the listing asks for it. */
  required: boolean;
}

export interface ListingIndustry {
  id: string;
  evidence: string;
  score: number;
}

/** The structured facts RoleRadar reads out of a listing's text. */
export interface ListingFacts {
  skills: ListingSkill[];
  yearsMin: number | null;
  salary: Salary | null;
  remote: RemotePolicy;
  seniority: Seniority;
  employmentType: EmploymentType | null;
  places: Place[];
  /** The employer's industries or domains, strongest first, each with the sentence that shows it. */
  industries: ListingIndustry[];
}

/** One section of a document, as stored and searched. */
export interface Chunk {
  heading: string | null;
  text: string;
  /** The section lists nice-to-haves ("Bonus points", "Nice to have"), not requirements. */
  optional: boolean;
}

/** Canonical skill name to a single FTS-safe token: "C++" → "cplusplus", "CI/CD" → "cicd". */
export function skillSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/\+/g, 'plus')
    .replace(/#/g, 'sharp')
    .replace(/\./g, 'dot')
    .replace(/[^a-z0-9]/g, '');
}

/** How RoleRadar embeds text when no remote embedding model is configured. */
export const LOCAL_EMBEDDING_KINDS = ['lsa', 'hashed', 'lsa+hashed'] as const;
export type LocalEmbeddingKind = (typeof LOCAL_EMBEDDING_KINDS)[number];
