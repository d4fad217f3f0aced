import { type IndustryTaxonomy, resolveIndustryList } from '../rag/extract/industry.js';
/**
 * What a command returns: plain data that the Discord adapter turns into a message and the local
 * console turns into text. Nothing here knows about discord.js.
 */
export interface ReplyField {
  name: string;
  value: string;
  inline?: boolean;
}

export interface ReplyEmbed {
  title?: string;
  /** Rendered by code from a stored listing URL; never taken from model output. */
  url?: string;
  description?: string;
  fields?: ReplyField[];
  footer?: string;
  /** The name of an attached file to show as the embed's image (e.g. `market.png`). */
  image?: string;
}

/** A file sent with the reply (e.g. the /market chart); plain bytes so it can cross a worker boundary. */
export interface ReplyFile {
  name: string;
  data: Uint8Array;
  description?: string;
}

export interface Reply {
  content?: string;
  embeds?: ReplyEmbed[];
  files?: ReplyFile[];
  /** Shown only to the member who asked. */
  ephemeral?: boolean;
  /**
   * What the reply answered, for the buttons that act on it (sources, similar listings, feedback,
   * follow-up questions): kept with the exchange, never shown as such.
   */
  context?: ReplyContext;
  /** A summary a mentor may edit and save as a note (the "Edit & save as note" button). */
  noteDraft?: NoteDraft;
  /** Further pages of a long result (the reply itself is page 1); surfaces page through them. */
  pages?: Reply[];
  /**
   * Role ids that code put in the reply as role mentions (`<@&id>`, e.g. /settings naming the admin
   * role): these stay mentions, shown as the role's name; every other mention is defused. None of
   * them can ping: every message goes out with empty `allowed_mentions`.
   */
  roleMentions?: string[];
}

export interface NoteDraft {
  listingId?: string;
  topic?: string;
  title: string;
  body: string;
}

export interface ReplyCitation {
  n: number;
  listingId: string;
  title: string;
  company: string;
  url: string;
}

export interface ReplyContext {
  question: string;
  answer?: string;
  citations?: ReplyCitation[];
  generation?: string;
  /** Listings the reply is about, for "Similar listings". */
  listingIds?: string[];
}

/** A problem the member can fix (an unknown id, a missing option): shown to them, not logged as a fault. */
export class UserFacingError extends Error {
  override name = 'UserFacingError';
}

/** What the member named (a listing id, a note number, a source) does not exist. */
export class NotFoundError extends UserFacingError {
  override name = 'NotFoundError';
}

/** There is no corpus generation yet: nothing to answer from until a refresh has run. */
export class NoCorpusError extends UserFacingError {
  override name = 'NoCorpusError';
  constructor() {
    super('The corpus is empty: an admin needs to run a refresh first.');
  }
}

/** Unwraps a use case's result, turning "no corpus yet" into the member-facing explanation. */
export function orNoCorpus<T extends { kind: string }>(result: T): Exclude<T, { kind: 'no_corpus' }> {
  if (result.kind === 'no_corpus') throw new NoCorpusError();
  return result as Exclude<T, { kind: 'no_corpus' }>;
}

export function unknownSkillsMessage(unknown: string[]): string {
  return `I don't know the skill${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')}. Try the usual name, like k8s, golang or postgres.`;
}

/** Industry ids for a comma-separated list of industries in a member's words, or an error naming the unknown ones. */
export function resolveIndustriesOrExplain(
  app: { pipeline: { industries: IndustryTaxonomy } },
  list: string,
): string[] {
  const { ids, unknown } = resolveIndustryList(app.pipeline.industries, list);
  if (unknown.length)
    throw new UserFacingError(
      `Unknown industry ${unknown.map((u) => `"${u}"`).join(', ')}. Known: ${[...app.pipeline.industries.industries.keys()].join(', ')}.`,
    );
  return ids;
}

/** Canonical skills for a comma-separated list, or a member-facing error naming the unknown ones. */
export function resolveSkillsOrExplain(
  app: { pipeline: { taxonomy: { resolveList(list: string): { skills: string[]; unknown: string[] } } } },
  list: string,
): string[] {
  const { skills, unknown } = app.pipeline.taxonomy.resolveList(list);
  if (unknown.length) throw new UserFacingError(unknownSkillsMessage(unknown));
  return skills;
}
