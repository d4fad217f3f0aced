import type { App } from '../../app.js';
import { MAX_QUESTION_CHARS } from '../../rag/answer/ask.js';
import { SourcesFileError } from '../../rag/sources/sources-file.js';
import type { AuditEntry, ServerSettings } from '../../storage/bot-records.js';
import { RefreshInProgressError } from '../../storage/generations.js';
import type { RecordStore } from '../../storage/state-store.js';
import { auditAction, type Invoker } from '../commands/command.js';
import { findCommand } from '../commands/registry.js';
import { dispatchCommand } from '../dispatch.js';
import { accessRefusal } from '../operators.js';
import type { Reply } from '../reply.js';
import { UserFacingError } from '../reply.js';
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
  /** Set when the exchange was stored (its buttons work); null for replies with nothing to act on. */
  exchangeId: string | null;
}

/** Everything autocomplete needs, kept in the main thread's memory. */
export interface Catalog {
  generation: string | null;
  /** The corpus in figures, for /help answered from the main thread's memory. */
  status?: { listings: number; guides: number } | null;
  listings: Array<{ id: string; title: string; company: string }>;
  companies: string[];
  skills: string[];
  locations: string[];
  /** Industries for the `industry` option: id, label and the words members use for them. */
  industries: Array<{ id: string; label: string; aliases: string[] }>;
}

// The links a reply may keep clickable: the stored URLs of the serving generation's documents.
const allowedUrlCache = new WeakMap<object, Set<string>>();
function allowedUrls(app: App): Set<string> {
  return servingUrls(app).urls;
}
function servingUrls(app: App): { generation: string | null; urls: Set<string> } {
  const reader = app.reader();
  if (!reader) return { generation: null, urls: new Set() };
  let urls = allowedUrlCache.get(reader);
  if (!urls) {
    // A merged listing's alternate links (the same role on another board) are its own links too.
    urls = new Set(
      (
        reader.db
          .prepare(
            "SELECT url FROM documents WHERE url IS NOT NULL AND url != '' UNION SELECT json_extract(j.value, '$.url') FROM documents, json_each(documents.alternate_urls) j",
          )
          .all() as Array<{ url: string | null }>
      )
        .map((r) => r.url)
        .filter((u): u is string => !!u),
    );
    allowedUrlCache.set(reader, urls);
  }
  return { generation: reader.generation.id, urls };
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
  const raw = await dispatchCommand(job.name, job.options, {
    app,
    invoker: job.invoker,
    surface: 'discord',
    guildId: job.guildId,
    progress: safeProgress,
  });
  const composedFrom = raw.context?.generation;
  const reply = sanitizeReply(
    raw,
    composedFrom && composedFrom === atStart.generation ? atStart.urls : allowedUrls(app),
  );
  const refused = command
    ? accessRefusal(command, {
        invoker: job.invoker,
        surface: 'discord',
        guildId: job.guildId,
        config: app.config.discord,
      }) !== undefined
    : false;
  if (command?.admin || command?.operator) {
    // Every admin action is audited, refusals and failures included.
    await records(app).audit({
      actorId: job.invoker.id,
      actorName: job.invoker.name,
      guildId: job.guildId,
      action: auditAction(job.name, job.options),
      details: JSON.stringify(job.options).slice(0, 1000),
      outcome: refused ? 'refused' : reply.ephemeral && reply.content?.startsWith('Sorry') ? 'error' : 'ok',
    });
  }
  const actionable = reply.context || reply.pages?.length || reply.ephemeral;
  if (!actionable || (reply.content && !reply.embeds?.length && !reply.context))
    return { reply, exchangeId: null };
  await records(app).saveExchange({
    id: job.exchangeId,
    userId: job.invoker.id,
    guildId: job.guildId,
    command: job.name,
    question: reply.context?.question ?? describeOptions(job),
    reply: storable(reply),
    generation: reply.context?.generation ?? app.reader()?.generation.id ?? null,
  });
  return { reply, exchangeId: job.exchangeId };
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
    const reader = app.reader();
    const skills = [...app.pipeline.taxonomy.skills.keys()].sort((a, b) => a.localeCompare(b));
    const industries = [...app.pipeline.industries.industries.values()].map((i) => ({
      id: i.id,
      label: i.label,
      aliases: i.aliases,
    }));
    if (!reader) return { generation: null, listings: [], companies: [], skills, locations: [], industries };
    const listings = reader.listingTitles();
    const places = new Set<string>();
    for (const l of reader.listings()) {
      for (const p of l.locations) {
        if (p.city) places.add(p.city);
        if (p.country) places.add(p.country);
        if (p.region) places.add(p.region);
      }
    }
    const { listings: listingCount, guides } = reader.status();
    return {
      generation: reader.generation.id,
      status: { listings: listingCount, guides },
      listings,
      companies: [...new Set(listings.map((l) => l.company))].sort((a, b) => a.localeCompare(b)),
      skills,
      locations: [...places].sort((a, b) => a.localeCompare(b)),
      industries,
    };
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

  /** Listings like the ones an answer is about: retrieval on their titles and skills. */
  async similar(app: App, args: { exchangeId: string; guildId?: string | null }): Promise<Reply> {
    const exchange = await exchangeFor(app, args.exchangeId, args.guildId);
    const context = (exchange.reply as Reply).context;
    const ids = context?.listingIds ?? context?.citations?.map((c) => c.listingId) ?? [];
    const reader = app.reader();
    const retriever = app.retriever();
    if (!reader || !retriever)
      throw new UserFacingError('The corpus is empty: an admin needs to run a refresh first.');
    const seeds = ids
      .map((id) => reader.listing(id))
      .filter((l) => l !== null)
      .slice(0, 3);
    if (!seeds.length) throw new UserFacingError('That answer cites no listing to compare with.');
    const query = seeds.map((l) => `${l.title} ${l.skills.slice(0, 6).join(' ')}`).join(' ');
    const { hits } = await retriever.search(query, { k: 8 + seeds.length });
    const seen = new Set(seeds.map((l) => l.id));
    const similar = hits.filter((h) => !seen.has(h.listingId) && h.kind === 'listing').slice(0, 6);
    return sanitizeReply(
      {
        ephemeral: true,
        embeds: [
          {
            title:
              `Similar to ${seeds[0]!.title} — ${seeds[0]!.company}${seeds.length > 1 ? ` and ${seeds.length - 1} more` : ''}`.slice(
                0,
                256,
              ),
            description: similar.length
              ? similar.map((h, i) => `${i + 1}. **${h.title}** — ${h.company} \`${h.listingId}\``).join('\n')
              : 'No similar listings in the current corpus.',
            footer: 'Use /listing id:<id> for the details of one',
          },
        ],
      },
      allowedUrls(app),
    );
  },

  /** Loads the serving generation, its indexes and models, so the first member is not kept waiting. */
  async warm(app: App, _args: Record<string, never>): Promise<void> {
    const retriever = app.retriever();
    if (retriever) await retriever.search('lead backend engineer', { k: 3 });
    allowedUrls(app);
  },

  /** The first start: builds the embedded corpus when no generation exists; returns what it did. */
  async ensureCorpus(app: App, _args: Record<string, never>): Promise<string | null> {
    const report = await app.ensureCorpus();
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
    return runCommand(
      app,
      {
        name: 'ask',
        options: { question },
        invoker: args.invoker,
        guildId: args.guildId,
        exchangeId: args.exchangeId,
      },
      progress,
    );
  },

  async settings(app: App, _args: Record<string, never>): Promise<Record<string, ServerSettings>> {
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
      const report = await app.ingest({ sources: [], embedded: true, configured: true });
      return {
        status: report.status,
        message: report.message,
        failedSources: report.sources
          .filter((s) => s.status !== 'fetched')
          .map((s) => `${s.name} ${s.status}: ${s.message}`),
      };
    } catch (error) {
      if (error instanceof RefreshInProgressError)
        return {
          status: 'skipped',
          message: `another refresh is running (${error.message})`,
          failedSources: [],
        };
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
    return app.syncGeneration();
  },

  /** Housekeeping: exchanges older than their usefulness go. */
  async prune(app: App, args: { days: number }): Promise<number> {
    return records(app).pruneExchanges(args.days);
  },
} as const;

export type OperationName = keyof typeof OPERATIONS;
