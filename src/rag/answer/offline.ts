import type { Intent } from './plan/index.js';

/** A numbered source of an answer: always a listing or guide that retrieval returned. */
export interface Citation {
  n: number;
  listingId: string;
  title: string;
  company: string;
  url: string;
}

/** What kind of question was answered: the planner's intent. */
export type QuestionKind = Intent;

export interface AnswerResult {
  kind: 'answered' | 'not_covered';
  answer: string;
  citations: Citation[];
  mode: 'offline' | 'model';
  generation: string;
  /** Why the model answer was not used (timeout, rate limit, budget…), when it was not. */
  fallbackReason?: string;
  questionKind?: QuestionKind;
}

/** At most this many listings behind a figure are cited each. */
const EACH_CITED = 10;

/** Numbers sources in order of first use and renders `[n]` markers; only retrieved documents can be cited. */
export class CitationBook {
  private readonly byId = new Map<string, Citation>();

  constructor(
    private readonly retrieved: Pick<
      ReadonlyMap<string, { title: string; company: string; url: string }>,
      'get'
    >,
  ) {}

  cite(id: string): string {
    const doc = this.retrieved.get(id);
    if (!doc) return '';
    let c = this.byId.get(id);
    if (!c) {
      c = { n: this.byId.size + 1, listingId: id, title: doc.title, company: doc.company, url: doc.url };
      this.byId.set(id, c);
    }
    return `[${c.n}]`;
  }

  /**
   * The first `max` of `ids`; a handful (up to `EACH_CITED`) is cited each, so every listing a small
   * count or median stands on can be checked ("is kotlin a thing in latin america?": the 5 asking).
   */
  citeAll(ids: string[], max = 3): string {
    return ids
      .slice(0, ids.length <= EACH_CITED ? EACH_CITED : max)
      .map((id) => this.cite(id))
      .join('');
  }

  list(): Citation[] {
    return [...this.byId.values()];
  }
}
