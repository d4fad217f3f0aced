import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { App } from '../app.js';
import type { Command as Command_ } from '../bot/commands/command.js';
import { marketReply } from '../bot/commands/market.js';
import { noteLine } from '../bot/commands/notes.js';
import { COMMANDS } from '../bot/commands/registry.js';
import { renderReplyText, runConsole } from '../bot/console.js';
import { dispatch } from '../bot/dispatch.js';
import { sanitizeText } from '../bot/sanitize.js';
import { ConfigError, loadConfig, PROJECT_ROOT } from '../config/config.js';
import { createLogger } from '../logger.js';
import { gradeAnswers, loadAnswerCases, scorecardText } from '../rag/answer/eval.js';
import { evaluate, loadEvalQueries } from '../rag/evaluate.js';
import { resolveIndustryList } from '../rag/extract/industry.js';
import { parseSeniority, type Seniority } from '../rag/extract/seniority.js';
import { buildFilters } from '../rag/filters.js';
import { type IngestProgress, type IngestReport, readAttempts } from '../rag/ingest.js';
import { renderSkillChart } from '../rag/market-chart.js';
import { passesFilters, SEARCH_MODES, type SearchFilters, type SearchMode } from '../rag/search.js';
import { SOURCE_FORMATS, type SourceFormat } from '../rag/sources/load.js';
import { formatIssue } from '../rag/sources/types.js';
import { summaryText } from '../rag/summary.js';
import { formatRealTextReport, runRealTextEval } from '../realtext-eval.js';
import { ensureCorpus, refreshCorpus } from '../services/corpus/refresh.js';
import { addSource, listSources, removeSource } from '../services/corpus/sources.js';
import { corpusStatus } from '../services/corpus/status.js';
import { corpusLinks } from '../services/links.js';
import type { CorpusReader } from '../storage/corpus/corpus-reader.js';
import { OPERATOR_SCOPE } from '../storage/state/mentor-notes.js';
import {
  companyIsGuess,
  companyNote,
  describeSource,
  SOURCE_KINDS,
  SourcesFileError,
} from '../storage/state/sources-file.js';
import { deriveSubcommand } from './from-commands.js';

/** A mistake in how the command was called, found after parsing (an unknown skill name). */
class UsageError extends Error {}

/** Exit codes: 0 ok; 1 some records rejected (the rest published); 2 nothing applied; 3 another refresh is running; 4 not found; 78 bad configuration. */
const EXIT = { ok: 0, rejected: 1, refused: 2, locked: 3, notFound: 4, config: 78 } as const;

function print(json: boolean, value: unknown, text: string): void {
  process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${text}\n`);
}

function progressPrinter(enabled: boolean): ((p: IngestProgress) => void) | undefined {
  if (!enabled) return undefined;
  return (p) => {
    const width = 24;
    const filled = p.total ? Math.round((p.done / p.total) * width) : 0;
    process.stderr.write(
      `\r${p.phase.padEnd(10)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${p.done}/${p.total}   `,
    );
    if (p.phase === 'publishing' && p.done === p.total) process.stderr.write('\n');
  };
}

export function ingestExitCode(report: IngestReport): number {
  if (report.status === 'refused' || report.status === 'failed') return EXIT.refused;
  return report.counts.rejected > 0 ? EXIT.rejected : EXIT.ok;
}

/** A terminal has no link previews to suppress: the corpus's own links are shown without Discord's <…>. */
function forTerminal(text: string): string {
  return text.replace(/<(https?:\/\/[^\s<>]+)>/g, '$1');
}

/** Lines of one kind shown in the text report; the rest are counted (all of them are in --json). */
export const REPORT_LINES_SHOWN = 50;

/**
 * A refresh report as text. However many problems a feed produced (100,000 rejected lines), the
 * text stays short: the first REPORT_LINES_SHOWN of each kind, then a count per file and message.
 */
export function ingestText(report: IngestReport): string {
  const lines = [report.message];
  const capped = <T>(heading: string, items: T[], line: (item: T) => string, summary?: () => string[]) => {
    if (!items.length) return;
    lines.push(`${heading} (${items.length}):`);
    for (const item of items.slice(0, REPORT_LINES_SHOWN)) lines.push(`  ${line(item)}`);
    if (items.length > REPORT_LINES_SHOWN) {
      lines.push(`  … ${items.length - REPORT_LINES_SHOWN} more (--json prints every one)`);
      if (summary) for (const s of summary()) lines.push(s);
    }
  };
  capped('Problems', report.issues, formatIssue, () => issueSummary(report.issues));
  capped(
    'Duplicates merged',
    report.duplicates,
    (d) => `${d.id} duplicates ${d.duplicateOf} (similarity ${d.similarity.toFixed(2)})`,
  );
  capped(
    'Sources',
    report.sources,
    (s) => `${s.name}: ${s.status}, ${s.message}${s.status === 'fetched' ? `, ${s.closed} closed` : ''}`,
  );
  for (const n of report.notices.slice(0, REPORT_LINES_SHOWN)) lines.push(`Note: ${n}`);
  if (report.notices.length > REPORT_LINES_SHOWN)
    lines.push(`Note: … ${report.notices.length - REPORT_LINES_SHOWN} more notes (--json prints every one)`);
  return lines.join('\n');
}

/** Problems counted by file and kind of message (numbers and quoted values folded), the 10 largest groups. */
function issueSummary(issues: IngestReport['issues']): string[] {
  const groups = new Map<string, number>();
  for (const issue of issues) {
    const kind = `${issue.file}${issue.field ? ` [${issue.field}]` : ''}: ${issue.message.replace(/"[^"]*"|\d+/g, '…').slice(0, 100)}`;
    groups.set(kind, (groups.get(kind) ?? 0) + 1);
  }
  const top = [...groups].sort((a, b) => b[1] - a[1]).slice(0, 10);
  return ['  By kind:', ...top.map(([kind, n]) => `    ${n} × ${kind}`)];
}

/**
 * The slash commands the command line spells its own way, each with the reason. Every other
 * command in the registry becomes a subcommand derived from its definition (cli/from-commands.ts),
 * so a new command reaches the CLI without an edit here.
 */
export const CLI_OWN_VERBS: Readonly<Record<string, string>> = {
  help: '`roleradar --help` lists the subcommands, which are derived from the same definitions',
  corpus:
    "the operator's verbs `ingest`, `status` and `sources` are /corpus for scripts: each has its exit codes (EXIT) and a full report under --json",
  settings: "a Discord server's own settings: the command line belongs to no server",
  search:
    'the retrieval tool: --k, --mode and --documents tune and inspect retrieval beyond the five hits /search shows members; the filters are the same',
  market: '--chart writes the PNG to a file of your choice (a terminal shows no images; Discord attaches it)',
  notes:
    '`notes add --author` saves as a named mentor and `notes share` works on any note by number: the command line is the operator',
  'role-summary':
    '`summary [listing-id] --topic` prints the summary itself under --json (the shape the mentor tooling reads)',
};

/** What the CLI's own verbs share: the lazily built App, the corpus made ready, the audit trail. */
interface CliContext {
  app: () => App;
  withCorpus: (json: boolean) => Promise<CorpusReader>;
  audit: (action: string, details: unknown, outcome: string) => Promise<void>;
}

export function buildCli(app: () => App): Command {
  const program = new Command('roleradar')
    .description('RoleRadar: answers about Lead Backend Engineer roles, grounded in a corpus of job listings')
    .showHelpAfterError()
    .exitOverride();

  const withCorpus = async (json: boolean) => {
    const a = app();
    const built = await ensureCorpus(a, progressPrinter(!json && process.stderr.isTTY === true));
    if (built && built.status !== 'published')
      throw new Error(`Could not build the corpus: ${built.message}`);
    const reader = a.reader();
    if (!reader) throw new Error('No corpus generation is available');
    return reader;
  };

  const audit = async (action: string, details: unknown, outcome: string) => {
    await app()
      .stateStore()
      .records.audit({
        actorId: `cli:${os.userInfo().username}`,
        actorName: os.userInfo().username,
        guildId: null,
        action,
        details: JSON.stringify(details).slice(0, 1000),
        outcome,
      });
  };
  const ctx: CliContext = { app, withCorpus, audit };

  // Every other slash command, derived from its own definition.
  for (const command of COMMANDS)
    if (!(command.data.name in CLI_OWN_VERBS))
      deriveSubcommand(program, command as Command_<unknown>, app, { withCorpus, print });

  ingestVerb(program, ctx);
  statusVerb(program, ctx);
  sourcesVerbs(program, ctx);
  listingsVerb(program, ctx);
  searchVerb(program, ctx);
  summaryVerb(program, ctx);
  notesVerbs(program, ctx);
  marketVerb(program, ctx);
  evalVerb(program, ctx);
  evalAnswersVerb(program, ctx);
  consoleVerb(program, ctx);

  return program;
}

/** `ingest`: a refresh, with its report and exit code. */
function ingestVerb(program: Command, { app }: CliContext): void {
  program
    .command('ingest')
    .description(
      'Build a new corpus generation: the embedded corpus, or add/update listings from --source paths',
    )
    .option(
      '--source <path...>',
      'file or folder (.md, .jsonl, .json, .csv, SkillSpan) to add or update; the rest of the corpus is kept',
    )
    .addOption(
      new Option('--format <format>', 'force a source format').choices([...SOURCE_FORMATS]).default('auto'),
    )
    .option('--strict', 'reject the whole refresh when any record is bad', false)
    .option('--force', 'allow a refresh that removes more than half of the listings', false)
    .option('--reprocess', 'extract and chunk every document again, even unchanged ones', false)
    .option('--no-boards', 'do not fetch the configured job-board sources (see `roleradar sources`)')
    .option('--json', 'print the report as JSON', false)
    .action(
      async (opts: {
        source?: string[];
        format: SourceFormat;
        strict: boolean;
        force: boolean;
        reprocess: boolean;
        boards: boolean;
        json: boolean;
      }) => {
        const onProgress = progressPrinter(!opts.json && process.stderr.isTTY === true);
        const result = await refreshCorpus(
          {
            request: {
              sources: opts.source ?? [],
              embedded: !opts.source?.length,
              format: opts.format,
              strict: opts.strict,
              force: opts.force,
              reprocess: opts.reprocess,
              configured: opts.boards && !opts.source?.length,
            },
            ...(onProgress ? { onProgress } : {}),
          },
          app(),
        );
        if (result.kind === 'busy') {
          print(opts.json, { status: 'locked', message: result.message }, result.message);
          process.exitCode = EXIT.locked;
          return;
        }
        print(opts.json, result.report, ingestText(result.report));
        process.exitCode = ingestExitCode(result.report);
      },
    );
}

/** `status`: the serving generation, its health and the last refresh attempt. */
function statusVerb(program: Command, { app, withCorpus }: CliContext): void {
  program
    .command('status')
    .description('The serving generation: counts, skill coverage, sources, last refresh')
    .option('--json', 'print JSON', false)
    .action(async (opts: { json: boolean }) => {
      await withCorpus(opts.json);
      const result = await corpusStatus(app());
      if (result.kind === 'no_corpus') throw new Error('No corpus generation is available');
      const { status, freshness, health, stateRecoveries: recoveries } = result;
      // Every refresh is recorded, published or not (issue 12, item 6).
      const lastAttempt = readAttempts(app().config.dataDir).at(-1) ?? null;
      const text = [
        ...(health.state === 'degraded' ? [`DEGRADED: ${health.reason}`] : []),
        ...recoveries.map(
          (r) =>
            `State database was corrupt at ${r.at} (${r.reason}); kept aside as ${r.quarantined}, fresh one started`,
        ),
        `Generation ${status.generation} (built ${status.createdAt})`,
        `${status.listings} listings, ${status.guides} guides, ${status.chunks} chunks`,
        `Vectors: ${status.embedding ? `${status.embedding.count} × ${status.embedding.dimensions} dimensions by ${status.embedding.modelId}` : 'none'}`,
        `Skills: ${(status.skillCoverage.anySkill * 100).toFixed(1)}% of listings have some, ${(status.skillCoverage.fiveOrMore * 100).toFixed(1)}% have five or more`,
        `Sources: ${status.sources.map((s) => `${s.source} (${s.listings} listings, ${s.guides} guides)`).join(', ')}`,
        `Closed listings (kept for history): ${status.closedListings}`,
        `Last refresh: ${status.lastRefresh ? `${status.lastRefresh.finishedAt}, ${status.lastRefresh.added} added, ${status.lastRefresh.updated} updated, ${status.lastRefresh.removed} removed, ${status.lastRefresh.closed} closed` : 'never'}`,
        ...(lastAttempt
          ? [`Last refresh attempt: ${lastAttempt.finishedAt}, ${lastAttempt.status}: ${lastAttempt.message}`]
          : []),
        ...freshness.map(
          (f) =>
            `Source ${f.name}: last fetched ${f.lastSuccessAt ?? 'never'}${f.lastError ? ` (last attempt ${f.lastAttemptAt} failed: ${f.lastError})` : ''}`,
        ),
      ].join('\n');
      print(
        opts.json,
        {
          ...status,
          sourceFreshness: freshness,
          health: health.state,
          degraded: health.state === 'degraded' ? health : null,
          stateRecoveries: recoveries,
          lastAttempt,
        },
        text,
      );
    });
}

/** `sources list|add|remove`: the sources file, each change audited. */
function sourcesVerbs(program: Command, { app, audit }: CliContext): void {
  const sources = program
    .command('sources')
    .description('The job boards and URLs a refresh fetches (the sources file)');
  sources
    .command('list')
    .description('Every configured source with when it was last fetched')
    .option('--json', 'print JSON', false)
    .action(async (opts: { json: boolean }) => {
      const list = await listSources(app());
      const specs = list.sources;
      const freshness = new Map(list.freshness.map((f) => [f.name, f]));
      const text = specs.length
        ? specs
            .map((s) => {
              const f = freshness.get(s.name);
              return `${describeSource(s)}${companyNote(s)}\n    last fetched ${f?.lastSuccessAt ?? 'never'}${f?.lastError ? `; last error: ${f.lastError}` : ''}`;
            })
            .join('\n')
        : `No sources configured (${list.location}). Add one with: roleradar sources add NAME --kind greenhouse --board TOKEN`;
      print(
        opts.json,
        {
          file: list.location,
          sources: specs.map((s) => ({
            ...s,
            companyGuessed: companyIsGuess(s),
            freshness: freshness.get(s.name) ?? null,
          })),
        },
        text,
      );
    });
  sources
    .command('add')
    .description(
      'Add a source: a Greenhouse, Lever or Ashby board, a URL serving JSON Lines, or a local file or folder',
    )
    .argument('<name>', 'a short name: lowercase letters, digits and dashes')
    .addOption(new Option('--kind <kind>', 'what it is').choices([...SOURCE_KINDS]).makeOptionMandatory())
    .option('--board <token>', 'greenhouse board token, lever site or ashby job-board name')
    .addOption(new Option('--region <region>', 'lever instance').choices(['global', 'eu']))
    .option('--url <url>', 'jsonl-url: the http(s) URL')
    .option('--path <path>', 'file: a file or folder (relative to the sources file)')
    .option('--company <name>', 'company name shown on its listings')
    .option('--title-filter <words>', 'comma-separated words; only postings whose title has one are kept')
    .option('--base-url <url>', 'another API host for the board (a proxy)')
    .option('--pay-transparency', 'greenhouse: fetch each kept posting for its pay ranges')
    .option('--json', 'print JSON', false)
    .action(async (name: string, opts: Record<string, string | boolean | undefined>) => {
      const { json, titleFilter, baseUrl, payTransparency, ...rest } = opts;
      const input = Object.fromEntries(
        Object.entries({
          name,
          ...rest,
          baseUrl,
          payTransparency,
          titleFilter:
            typeof titleFilter === 'string'
              ? titleFilter
                  .split(',')
                  .map((w) => w.trim())
                  .filter(Boolean)
              : undefined,
        }).filter(([, v]) => v !== undefined),
      );
      const result = await addSource(input, app());
      if (result.kind === 'invalid') {
        await audit('sources add', input, 'refused');
        print(json === true, { error: result.reason }, result.reason);
        process.exitCode = EXIT.refused;
        return;
      }
      const added = result.source;
      await audit('sources add', added, 'ok');
      print(
        json === true,
        { added },
        `Added ${describeSource(added)}. It is fetched on the next refresh (roleradar ingest).`,
      );
    });
  sources
    .command('remove')
    .description('Remove a source; its listings close on the next refresh (kept for history)')
    .argument('<name>', 'the source name')
    .option('--json', 'print JSON', false)
    .action(async (name: string, opts: { json: boolean }) => {
      const result = await removeSource(name, app());
      await audit('sources remove', { name }, result.kind);
      if (result.kind === 'not_found') {
        print(opts.json, { error: `no source named ${name}` }, `No source named ${name}`);
        process.exitCode = EXIT.notFound;
        return;
      }
      print(opts.json, { removed: result.source }, `Removed ${describeSource(result.source)}`);
    });
}

/** `listings`: every listing with its extracted facts. */
function listingsVerb(program: Command, { app, withCorpus }: CliContext): void {
  program
    .command('listings')
    .description('Every listing with its extracted facts')
    .option('--industry <list>', 'industries or domains, comma-separated: fintech, games, health, …')
    .option('--json', 'print JSON', false)
    .action(async (opts: { industry?: string; json: boolean }) => {
      const all = (await withCorpus(opts.json)).listings();
      const a = app();
      const listings = opts.industry
        ? all.filter((l) => passesFilters(l, { industry: resolveIndustries(opts.industry!, a) }, a.pipeline))
        : all;
      const text = listings
        .map(
          (l) =>
            `${l.id.padEnd(52)} ${l.seniority.padEnd(9)} ${l.remote.padEnd(7)} ${(l.industries[0] ?? '-').padEnd(15)} ${l.title} — ${l.company}`,
        )
        .join('\n');
      print(opts.json, { listings }, text);
    });
}

/** `search`: the retrieval tool (see CLI_OWN_VERBS). */
function searchVerb(program: Command, { app, withCorpus }: CliContext): void {
  program
    .command('search')
    .description('Hybrid search over the listings (BM25 + vectors), with filters')
    .argument('<query>', 'what a member would ask')
    .option('--k <n>', 'number of results', positiveInt, 10)
    .addOption(new Option('--mode <mode>', 'retrieval mode').choices([...SEARCH_MODES]).default('hybrid'))
    .option('--remote', 'remote listings only', false)
    .option(
      '--skills <list>',
      'comma-separated skills every result must ask for (aliases welcome: k8s, golang)',
    )
    .option('--location <place>', 'a country, city or region (europe, north-america, ...)')
    .option('--seniority <level>', 'junior, mid, senior, lead, staff, principal or manager')
    .option('--min-salary <amount>', 'posted yearly range reaching at least this amount', positiveInt)
    .option('--currency <code>', 'with --min-salary: only ranges in this currency')
    .option('--posted-after <date>', 'only listings posted on or after this date (YYYY-MM-DD)')
    .option('--company <name>', 'only this company')
    .option('--source <name>', 'only listings from this source (e.g. embedded, skillspan:train)')
    .option('--industry <list>', 'industries or domains, comma-separated: fintech, games, health, …')
    .addOption(
      new Option('--documents <which>', 'search listings, guides or all')
        .choices(['listings', 'guides', 'all'])
        .default('listings'),
    )
    .option('--json', 'print JSON', false)
    .action(async (query: string, opts: SearchCliOptions) => {
      const a = app();
      const urls = corpusLinks(await withCorpus(opts.json));
      const retriever = a.retriever()!;
      const filters = searchFilters(opts, a);
      const { hits, plan } = await retriever.search(query, {
        k: opts.k,
        mode: opts.mode,
        filters,
        documents: opts.documents,
      });
      const results = hits.map(({ listingId, chunkId, score, title, company, snippet }) => ({
        listingId,
        chunkId,
        score,
        title,
        company,
        snippet,
      }));
      const text = results.length
        ? results
            .map(
              (r, i) => `${String(i + 1).padStart(2)}. ${r.title} — ${r.company}  [${r.listingId}]
    ${r.snippet}`,
            )
            .map((line) => forTerminal(sanitizeText(line, urls)))
            .join('\n')
        : 'No listings match.';
      print(opts.json, { results, understood: plan }, text);
    });
}

/** `summary`: a role summary of a listing or a topic. */
function summaryVerb(program: Command, { app, withCorpus }: CliContext): void {
  program
    .command('summary')
    .description('A role summary for mentors: one listing, or a topic across the listings that match it')
    .argument('[listing-id]', 'the listing to summarise')
    .option('--topic <text>', 'a kind of role instead: "Lead Backend Engineer in fintech"')
    .option('--industry <list>', 'with --topic: only listings in these industries (fintech, games, …)')
    .option('--json', 'print JSON', false)
    .action(
      async (listingId: string | undefined, opts: { topic?: string; industry?: string; json: boolean }) => {
        if ((listingId === undefined) === (opts.topic === undefined))
          throw new UsageError('give either a listing id or --topic "TEXT" (one of the two)');
        if (opts.industry && opts.topic === undefined) throw new UsageError('--industry goes with --topic');
        const a = app();
        await withCorpus(opts.json);
        const summary = await a.summarize(
          listingId !== undefined
            ? { listingId }
            : {
                topic: opts.topic!,
                ...(opts.industry ? { industry: resolveIndustries(opts.industry, a) } : {}),
              },
          // The command line is run by an operator: every server's notes may be cited.
          OPERATOR_SCOPE,
        );
        if (summary === 'not_found') {
          process.stderr.write(`roleradar: no listing with id "${listingId}"\n`);
          process.exitCode = EXIT.notFound;
          return;
        }
        if (summary === 'not_covered' || summary === null) {
          print(
            opts.json,
            { kind: 'not_covered', topic: opts.topic },
            'Nothing in the corpus matches that topic: try "Lead Backend Engineer in fintech".',
          );
          return;
        }
        print(opts.json, summary, summaryText(summary, { sources: true }));
      },
    );
}

/** `notes add|list|search|remove|share`: mentor notes, as the operator. */
function notesVerbs(program: Command, { app, audit }: CliContext): void {
  const notes = program.command('notes').description("Mentor notes: role summaries in a mentor's own words");
  notes
    .command('add')
    .description('Save a note (as the local user, or --author)')
    .requiredOption('--title <text>', 'a short title')
    .requiredOption('--body <text>', 'the note')
    .option('--listing <id>', 'the listing it is about')
    .option('--topic <text>', 'or the topic it is about')
    .option('--author <name>', 'who wrote it', 'cli')
    .option('--json', 'print JSON', false)
    .action(
      async (opts: {
        title: string;
        body: string;
        listing?: string;
        topic?: string;
        author: string;
        json: boolean;
      }) => {
        const { reply, saved } = await runNotes(
          app(),
          { subcommand: 'save', ...noteFields(opts) },
          opts.author,
        );
        print(opts.json, { saved }, renderReplyText(reply));
      },
    );
  notes
    .command('list')
    .description("The newest notes, every server's (the command line is run by an operator)")
    .option('--author <name>', "only this author's notes")
    .option('--json', 'print JSON', false)
    .action(async (opts: { author?: string; json: boolean }) => {
      const list = await app()
        .notes()
        .list(OPERATOR_SCOPE, opts.author ? { authorId: `cli:${opts.author}` } : {});
      print(opts.json, { notes: list }, list.map(noteLine).join('\n\n') || 'No notes yet.');
    });
  notes
    .command('search')
    .description('Find notes by words')
    .argument('<query>', 'words to look for')
    .option('--json', 'print JSON', false)
    .action(async (query: string, opts: { json: boolean }) => {
      const list = await app().notes().search(OPERATOR_SCOPE, query, 20);
      print(opts.json, { notes: list }, list.map(noteLine).join('\n\n') || 'No matching notes.');
    });
  notes
    .command('remove')
    .description('Remove a note (the command line acts as an operator)')
    .argument('<id>', 'the note number', positiveInt)
    .option('--json', 'print JSON', false)
    .action(async (id: number, opts: { json: boolean }) => {
      const outcome = await app().notes().remove(id, { id: 'cli', isAdmin: true }, OPERATOR_SCOPE);
      if (outcome !== 'removed') process.exitCode = EXIT.notFound;
      print(
        opts.json,
        { id, outcome },
        outcome === 'removed' ? `Removed note #${id}.` : `There is no note #${id}.`,
      );
    });
  notes
    .command('share')
    .description("Share a server's note with every server the bot is in (--unshare takes it back)")
    .argument('<id>', 'the note number', positiveInt)
    .option('--unshare', 'keep it to the server it was saved in again', false)
    .option('--json', 'print JSON', false)
    .action(async (id: number, opts: { unshare: boolean; json: boolean }) => {
      const note = await app().notes().share(id, !opts.unshare);
      await audit(opts.unshare ? 'notes unshare' : 'notes share', { id }, note ? 'ok' : 'not_found');
      if (!note) {
        process.exitCode = EXIT.notFound;
        print(opts.json, { id, outcome: 'not_found' }, `There is no note #${id}.`);
        return;
      }
      print(
        opts.json,
        { id, shared: note.shared, guildId: note.guildId },
        note.shared
          ? `Note #${id} is shared with every server.`
          : `Note #${id} is back to ${note.guildId ? `server ${note.guildId} only` : 'everyone (an operator made it)'}.`,
      );
    });
}

/** `market`: the market in figures, the chart written to a file. */
function marketVerb(program: Command, { app, withCorpus }: CliContext): void {
  program
    .command('market')
    .description(
      'The market in numbers: skill demand, years asked, posted pay per currency, work mode and places',
    )
    .option('--remote', 'remote listings only', false)
    .option('--location <place>', 'a country, city or region (europe, north-america, ...)')
    .option('--seniority <level>', 'junior, mid, senior, lead, staff, principal or manager')
    .option('--skills <list>', 'comma-separated skills every listing must ask for')
    .option('--min-salary <amount>', 'posted yearly range reaching at least this amount', positiveInt)
    .option('--currency <code>', 'with --min-salary: only ranges in this currency')
    .option('--posted-after <date>', 'only listings posted on or after this date (YYYY-MM-DD)')
    .option('--company <name>', 'only this company')
    .option('--source <name>', 'only listings from this source (e.g. embedded, skillspan:train)')
    .option('--industry <list>', 'industries or domains, comma-separated: fintech, games, health, …')
    .option('--target <text>', 'narrow to a kind of role, in words: "lead backend fintech"')
    .option('--top <n>', 'how many skills (and places) to report', positiveInt, 15)
    .option('--chart <file.png>', 'also write the skill-demand chart as a PNG to this file')
    .option('--json', 'print JSON', false)
    .action(async (opts: MarketCliOptions) => {
      const a = app();
      const reader = await withCorpus(opts.json);
      if (opts.currency && !opts.minSalary) throw new UsageError('--currency goes with --min-salary');
      if (opts.postedAfter && !/^\d{4}-\d{2}-\d{2}$/.test(opts.postedAfter))
        throw new UsageError(`--posted-after wants a date as YYYY-MM-DD, not "${opts.postedAfter}"`);
      const report = (await a.market(
        searchFilters({ ...opts, documents: 'listings', k: 0, mode: 'hybrid' }, a),
        {
          ...(opts.target ? { target: opts.target } : {}),
          topSkills: opts.top,
          topLocations: opts.top,
        },
      ))!;
      let chart: { file: string; width: number; height: number; bytes: number } | null = null;
      if (opts.chart) {
        const rendered = renderSkillChart(report, {
          top: opts.top,
          footer: `RoleRadar · corpus ${reader.generation.id} · each listing counted once per skill`,
        });
        const file = path.resolve(opts.chart);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, rendered.png);
        chart = { file, width: rendered.width, height: rendered.height, bytes: rendered.png.length };
      }
      const text = renderReplyText(marketReply(report, reader.generation.id, opts.top)).replace(/\*\*/g, '');
      print(
        opts.json,
        { ...report, generation: reader.generation.id, ...(chart ? { chart } : {}) },
        chart ? `${text}\nChart written to ${chart.file} (${chart.width}×${chart.height})` : text,
      );
    });
}

/** `eval`: retrieval quality on the judged queries. */
function evalVerb(program: Command, { app, withCorpus }: CliContext): void {
  program
    .command('eval')
    .description(
      'Retrieval quality on the judged queries: nDCG@10, Recall@10 and MRR for bm25, dense and hybrid',
    )
    .option('--queries <file>', 'JSON Lines of {id, query, relevant[]}', '')
    .option('--per-query', "include each query's scores", false)
    .option('--json', 'print JSON', false)
    .addOption(
      new Option(
        '--set <set>',
        'embedded: the judged queries over the embedded corpus; realtext: skills, retrieval and facts on real postings (SkillSpan)',
      )
        .choices(['embedded', 'realtext'])
        .default('embedded'),
    )
    .option(
      '--skillspan <dir>',
      'folder holding the SkillSpan train.json and dev.json (for --set realtext)',
      path.resolve(PROJECT_ROOT, '../shared/corpus/skillspan'),
    )
    .action(
      async (opts: { queries: string; perQuery: boolean; json: boolean; set: string; skillspan: string }) => {
        const a = app();
        if (opts.set === 'realtext') {
          const report = await runRealTextEval(a.config, a.log, {
            skillspanDir: path.resolve(opts.skillspan),
          });
          const brief = {
            ...report,
            sets: report.sets.map((s) => ({
              ...s,
              retrieval:
                s.retrieval && !opts.perQuery ? { ...s.retrieval, perQuery: undefined } : s.retrieval,
              mixed: s.mixed && !opts.perQuery ? { ...s.mixed, perQuery: undefined } : s.mixed,
              skills: s.skills && !opts.perQuery ? { ...s.skills, perPosting: undefined } : s.skills,
            })),
          };
          print(opts.json, brief, formatRealTextReport(report));
          return;
        }
        await withCorpus(opts.json);
        const file = opts.queries || path.join(a.config.corpusDir, 'eval', 'queries.jsonl');
        const report = await evaluate(a.retriever()!, loadEvalQueries(file));
        const { perQuery, ...summary } = report;
        const text = [
          `${report.queries} queries`,
          ...Object.entries(report.modes).map(
            ([mode, m]) =>
              `${mode.padEnd(7)} nDCG@10 ${m.ndcg10.toFixed(3)}  Recall@10 ${m.recall10.toFixed(3)}  MRR ${m.mrr.toFixed(3)}`,
          ),
        ].join('\n');
        print(opts.json, opts.perQuery ? report : summary, text);
      },
    );
}

/** `eval-answers`: answer quality on the answer keys. */
function evalAnswersVerb(program: Command, { app, withCorpus }: CliContext): void {
  program
    .command('eval-answers')
    .description(
      "Answer quality on data/eval/answers.jsonl (tuned) and each other author's set (answers-*.jsonl), graded apart: intent, filters, facts, honesty, citations",
    )
    .option(
      '--file <file...>',
      'answer-evaluation files (default: answers.jsonl and every answers-*.jsonl in <corpus>/eval)',
    )
    .option('--json', 'print JSON', false)
    .action(async (opts: { file?: string[]; json: boolean }) => {
      const a = app();
      await withCorpus(opts.json);
      const dir = path.join(a.config.corpusDir, 'eval');
      // The tuned set first, then every other author's set (dev2, holdout, holdout2, …), each apart.
      const files =
        opts.file ??
        [
          'answers.jsonl',
          ...(fs.existsSync(dir) ? fs.readdirSync(dir) : [])
            .filter((f) => /^answers-.+\.jsonl$/.test(f))
            .sort(),
        ]
          .map((f) => path.join(dir, f))
          .filter((f) => fs.existsSync(f));
      if (!files.length) throw new Error(`no answer-evaluation file in ${dir}`);
      const deps = a.answerEvalDeps()!;
      const cards = files.map((f) => {
        const { results: _results, ...card } = gradeAnswers(path.basename(f), loadAnswerCases(f), deps);
        return card;
      });
      print(opts.json, { scorecards: cards }, cards.map(scorecardText).join('\n\n'));
    });
}

/** `console`: the local console. */
function consoleVerb(program: Command, { app }: CliContext): void {
  program
    .command('console')
    .description(
      'The local console: slash commands as typed lines (what `npm start` opens without DISCORD_TOKEN)',
    )
    .action(async () => {
      const a = app();
      await ensureCorpus(a, progressPrinter(process.stderr.isTTY === true));
      await runConsole(a, process.stdin, process.stdout, process.stdin.isTTY === true);
    });
}

interface SearchCliOptions {
  k: number;
  mode: SearchMode;
  remote: boolean;
  skills?: string;
  location?: string;
  seniority?: string;
  minSalary?: number;
  currency?: string;
  postedAfter?: string;
  company?: string;
  source?: string;
  industry?: string;
  documents: 'listings' | 'guides' | 'all';
  json: boolean;
}

interface MarketCliOptions {
  remote: boolean;
  location?: string;
  seniority?: string;
  skills?: string;
  minSalary?: number;
  currency?: string;
  postedAfter?: string;
  company?: string;
  source?: string;
  industry?: string;
  target?: string;
  top: number;
  chart?: string;
  json: boolean;
}

function searchFilters(opts: SearchCliOptions, a: App): SearchFilters {
  let seniority: Seniority | undefined;
  if (opts.seniority) {
    seniority = parseSeniority(opts.seniority) ?? undefined;
    if (!seniority)
      throw new InvalidArgumentError(
        `unknown seniority "${opts.seniority}" (junior, mid, senior, lead, staff, principal, manager)`,
      );
  }
  return buildFilters({
    remote: opts.remote,
    ...(opts.skills ? { skills: resolveSkills(opts.skills, a) } : {}),
    ...(opts.location ? { location: opts.location } : {}),
    ...(seniority ? { seniority } : {}),
    ...(opts.minSalary ? { minSalary: opts.minSalary } : {}),
    ...(opts.currency ? { currency: opts.currency } : {}),
    ...(opts.postedAfter ? { postedAfter: opts.postedAfter } : {}),
    ...(opts.company ? { company: opts.company } : {}),
    ...(opts.source ? { source: opts.source } : {}),
    ...(opts.industry ? { industry: resolveIndustries(opts.industry, a) } : {}),
  });
}

function resolveIndustries(list: string, a: App): string[] {
  const { ids, unknown } = resolveIndustryList(a.pipeline.industries, list);
  if (unknown.length)
    throw new UsageError(
      `unknown industr${unknown.length > 1 ? 'ies' : 'y'} ${unknown.map((u) => `"${u}"`).join(', ')} (known: ${[...a.pipeline.industries.industries.keys()].join(', ')})`,
    );
  return ids;
}

function resolveSkills(list: string, a: App): string[] {
  const { skills, unknown } = a.pipeline.taxonomy.resolveList(list);
  if (unknown.length)
    throw new UsageError(
      `unknown skill${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')}`,
    );
  return skills;
}

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('must be a positive integer');
  return n;
}

function noteFields(opts: { title: string; body: string; listing?: string; topic?: string }) {
  return {
    title: opts.title,
    body: opts.body,
    ...(opts.listing ? { listing: opts.listing } : {}),
    ...(opts.topic ? { topic: opts.topic } : {}),
  };
}

/** Notes saved from the command line go through the same command (and validation) as Discord's. */
async function runNotes(a: App, options: Record<string, unknown>, author: string) {
  const { outcome, reply } = await dispatch('notes', options, {
    app: a,
    invoker: { id: `cli:${author}`, name: author, isAdmin: true },
    surface: 'cli',
  });
  if (outcome.kind !== 'answered') throw new UsageError(reply.content ?? 'not saved');
  return { reply, saved: (outcome.data as { saved?: number } | undefined)?.saved ?? null };
}

/** Runs the CLI with process-style argv and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  let instance: App | undefined;
  const app = () => {
    if (!instance) {
      const config = loadConfig(process.env);
      instance = new App(config, createLogger(config.logLevel));
    }
    return instance;
  };
  const program = buildCli(app);
  try {
    await program.parseAsync(argv);
    return Number(process.exitCode ?? 0);
  } catch (error) {
    const e = error as { code?: string; exitCode?: number };
    if (e.code?.startsWith('commander.'))
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? 0 : (e.exitCode ?? 2);
    if (error instanceof UsageError) {
      process.stderr.write(`roleradar: ${error.message}\n`);
      return 2;
    }
    if (error instanceof ConfigError || error instanceof SourcesFileError) {
      process.stderr.write(`${error.message}\n`);
      return EXIT.config;
    }
    process.stderr.write(`roleradar: ${(error as Error).message}\n`);
    return 1;
  } finally {
    await instance?.shutdown();
  }
}
