import type { App } from '../../app.js';
import { MAX_QUESTION_CHARS } from '../../rag/answer/ask.js';
import { type Catalog, catalog } from '../../services/catalog.js';
import {
  ensureCorpus,
  refreshCorpus,
  stalePipeline,
  syncGeneration,
  upgradeExtraction,
} from '../../services/corpus/refresh.js';
import { corpusLinks } from '../../services/links.js';
import type { AuditEntry, ServerSettings } from '../../storage/state/bot-records.js';
import { SourcesFileError } from '../../storage/state/sources-file.js';
import type { RecordStore } from '../../storage/state/state-store.js';
import { auditAction, type Invoker } from '../commands/command.js';
import { findButton, findCommand, followUpCommand } from '../commands/registry.js';
import { dispatch, type Outcome } from '../dispatch.js';
import { type Reply, UserFacingError } from '../reply.js';
import { sanitizeReply, sanitizeText } from '../sanitize.js';

/**
 * What the worker threads do for the Discord adapter. Each operation takes plain, cloneable inputs
 * and returns plain data; none of them knows about discord.js.
 */

export interface CommandJob {
  name: string;
  options: Record<string, unknown>;
  invoker: Invoker;
  guildId: string | null;
  /** Saved with the reply so its buttons can act on it later. */
  exchangeId: string;
}

export interface CommandOutcome {
  reply: Reply;
  /** What happened (answered, refused, not found, error with its reference), without the use case's data. */
  outcome?: Outcome;
  /** Set when the exchange was stored (its buttons work); null for replies with nothing to act on. */
  exchangeId: string | null;
}

export type { Catalog } from '../../services/catalog.js';

/** The links of the serving generation, and which generation that is. */
function servingUrls(app: App): { generation: string | null; urls: Set<string> } {
  const reader = app.reader();
  return { generation: reader?.generation.id ?? null, urls: corpusLinks(reader) };
}

function records(app: App): RecordStore {
  return app.stateStore().records;
}

/** A reply is stored without its files: buttons re-show text, and files can be large. */
function storable(reply: Reply): Reply {
  const { files: _files, pages, ...rest } = reply;
  return { ...rest, ...(pages ? { pages: pages.map(storable) } : {}) };
}

async function runCommand(
  app: App,
  job: CommandJob,
  progress: (value: unknown) => void,
): Promise<CommandOutcome> {
  const command = findCommand(job.name);
  // The links of the generation the command starts on: a refresh may switch generations while a
  // model answer is being written, and that answer's citations keep their own generation's links.
  const atStart = servingUrls(app);
  // A streamed partial answer is shown before the final reply: it is made safe the same way.
  const safeProgress = (value: unknown) => {
    const partial = (value as { partial?: unknown } | null)?.partial;
    progress(typeof partial === 'string' ? { partial: sanitizeText(partial, atStart.urls) } : value);
  };
  const { outcome: full, reply: raw } = await dispatch(job.name, job.options, {
    app,
    invoker: job.invoker,
    surface: 'discord',
    guildId: job.guildId,
    progress: safeProgress,
  });
  // The use case's data stays in this thread: the adapter shows the reply.
  const outcome: Outcome = full.kind === 'answered' ? { kind: 'answered' } : full;
  const composedFrom = raw.context?.generation;
  const reply = sanitizeReply(
    raw,
    composedFrom && composedFrom === atStart.generation ? atStart.urls : servingUrls(app).urls,
  );
  if (command?.admin || command?.operator) {
    // Every admin action is audited, refusals and failures included.
    await records(app).audit({
      actorId: job.invoker.id,
      actorName: job.invoker.name,
      guildId: job.guildId,
      action: auditAction(job.name, job.options),
      details: JSON.stringify(job.options).slice(0, 1000),
      outcome: outcome.kind === 'refused' ? 'refused' : outcome.kind === 'error' ? 'error' : 'ok',
    });
  }
  const actionable = reply.context || reply.pages?.length || reply.ephemeral;
  if (!actionable || (reply.content && !reply.embeds?.length && !reply.context))
    return { reply, outcome, exchangeId: null };
  await records(app).saveExchange({
    id: job.exchangeId,
    userId: job.invoker.id,
    guildId: job.guildId,
    command: job.name,
    question: reply.context?.question ?? describeOptions(job),
    reply: storable(reply),
    generation: reply.context?.generation ?? app.reader()?.generation.id ?? null,
  });
  return { reply, outcome, exchangeId: job.exchangeId };
}

function describeOptions(job: CommandJob): string {
  return `/${job.name} ${Object.entries(job.options)
    .map(([k, v]) => `${k}:${String(v)}`)
    .join(' ')}`.trim();
}

/** The follow-up, then as much of the earlier question as fits in the question limit. */
export function withContext(followUp: string, earlier: string): string {
  const room = MAX_QUESTION_CHARS - followUp.length - 20;
  return room > 10
    ? `${followUp} (follow-up to: ${earlier.slice(0, room)})`
    : followUp.slice(0, MAX_QUESTION_CHARS);
}

/**
 * The stored exchange a button acts on. One saved in another server is not found there (a reply's
 * buttons, feedback included, act only where the reply was made).
 */
async function exchangeFor(app: App, id: string, guildId?: string | null) {
  const exchange = await records(app).exchange(id);
  if (!exchange || (guildId !== undefined && exchange.guildId !== guildId))
    throw new UserFacingError(
      'That button has expired (its answer is no longer stored). Ask again to get a fresh one.',
    );
  return exchange;
}

export const OPERATIONS = {
  command: (app: App, job: CommandJob, progress: (value: unknown) => void) => runCommand(app, job, progress),

  async catalog(app: App, _args: Record<string, never>): Promise<Catalog> {
    return catalog(app);
  },

  async exchange(app: App, args: { id: string; guildId?: string | null }) {
    return exchangeFor(app, args.id, args.guildId);
  },

  /** A 👍/👎 on a reply, stored with the server the reply was made in (and only from there). */
  async feedback(
    app: App,
    args: { exchangeId: string; userId: string; rating: 1 | -1; guildId?: string | null },
  ): Promise<void> {
    const exchange = await exchangeFor(app, args.exchangeId, args.guildId);
    const reply = exchange.reply as Reply;
    await records(app).recordFeedback({
      exchange,
      userId: args.userId,
      rating: args.rating,
      answer: reply.context?.answer ?? reply.embeds?.[0]?.description ?? reply.content ?? '',
      citations: reply.context?.citations ?? [],
    });
  },

  /**
   * A command's button under a stored reply (`buttons` on a command): that command runs with the
   * options its button takes from the reply and the form's answers, like any command.
   */
  async button(
    app: App,
    args: {
      command: string;
      key: string;
      previousExchangeId: string;
      answers: Record<string, string>;
      invoker: Invoker;
      guildId: string | null;
      exchangeId: string;
    },
    progress: (value: unknown) => void,
  ): Promise<CommandOutcome> {
    const previous = await exchangeFor(app, args.previousExchangeId, args.guildId);
    const offered = findButton(args.command, args.key);
    if (!offered)
      throw new UserFacingError(
        'That button comes from an older version of RoleRadar. Please run the command again.',
      );
    const options = offered.button.options(previous.reply as Reply, args.answers);
    return runCommand(app, { ...args, name: offered.command, options }, progress);
  },

  /**
   * Loads the serving generation, its indexes and models, so the first member is not kept waiting;
   * the vector index only in the search worker (`search`), the one that searches.
   */
  async warm(app: App, args: { search?: boolean }): Promise<void> {
    const retriever = app.retriever();
    if (retriever && args.search !== false) await retriever.search('lead backend engineer', { k: 3 });
    servingUrls(app);
  },

  /** The first start: builds the embedded corpus when no generation exists; returns what it did. */
  async ensureCorpus(app: App, _args: Record<string, never>): Promise<string | null> {
    const report = await ensureCorpus(app);
    return report ? report.message : null;
  },

  /**
   * Whether the serving generation was extracted by an older pipeline (a hash of a few files and
   * the manifest): asked of an interactive worker at start-up, so the background worker (a whole
   * App and pipeline, ~30 MB) is started only when there is something to re-extract.
   */
  async pipelineStale(app: App, _args: Record<string, never>): Promise<boolean> {
    return stalePipeline(app) !== null;
  },

  /** After an upgrade: the serving generation re-extracted with this pipeline (null when current). */
  async upgradeExtraction(app: App, _args: Record<string, never>): Promise<string | null> {
    const report = await upgradeExtraction(app);
    return report ? report.message : null;
  },

  /**
   * "Ask a follow-up": the new question answered with the earlier one as context, so a short
   * follow-up ("and remote ones?") retrieves what the conversation is about.
   */
  async followup(
    app: App,
    args: {
      previousExchangeId: string;
      question: string;
      invoker: Invoker;
      guildId: string | null;
      exchangeId: string;
    },
    progress: (value: unknown) => void,
  ): Promise<CommandOutcome> {
    const previous = await exchangeFor(app, args.previousExchangeId, args.guildId);
    const question = withContext(args.question, previous.question);
    const answering = followUpCommand();
    if (!answering) throw new Error('no command answers follow-ups (none is marked answersFollowUps)');
    return runCommand(app, { ...args, name: answering.data.name, options: { question } }, progress);
  },

  /** Every server's settings, for the adapter's memory. */
  async serverSettings(app: App, _args: Record<string, never>): Promise<Record<string, ServerSettings>> {
    return records(app).allSettings();
  },

  async audit(app: App, entry: AuditEntry): Promise<void> {
    await records(app).audit(entry);
  },

  /** The scheduled refresh (REFRESH_INTERVAL): embedded corpus and every configured source. */
  async refresh(
    app: App,
    _args: Record<string, never>,
  ): Promise<{ status: string; message: string; failedSources: string[] }> {
    try {
      const result = await refreshCorpus({ request: { sources: [], embedded: true, configured: true } }, app);
      if (result.kind === 'busy')
        return {
          status: 'skipped',
          message: `another refresh is running (${result.message})`,
          failedSources: [],
        };
      const { report } = result;
      return {
        status: report.status,
        message: report.message,
        failedSources: report.sources
          .filter((s) => s.status !== 'fetched')
          .map((s) => `${s.name} ${s.status}: ${s.message}`),
      };
    } catch (error) {
      // A sources file that cannot be read: nothing was fetched, the operator fixes it.
      if (error instanceof SourcesFileError)
        return { status: 'failed', message: error.message, failedSources: [] };
      throw error;
    }
  },

  /**
   * Several instances: switches to the generation another instance published (fetched from
   * PostgreSQL, verified). Runs in the background worker, like a refresh.
   */
  async syncGeneration(app: App, _args: Record<string, never>) {
    return syncGeneration(app);
  },

  /** Housekeeping: exchanges older than their usefulness go. */
  async prune(app: App, args: { days: number }): Promise<number> {
    return records(app).pruneExchanges(args.days);
  },
} as const;

export type OperationName = keyof typeof OPERATIONS;
