import { SlashCommandBuilder } from '@discordjs/builders';
import { InteractionContextType, PermissionFlagsBits } from 'discord-api-types/v10';
import { z } from 'zod';
import type { IngestReport } from '../../rag/ingest.js';
import { formatIssue } from '../../rag/sources/types.js';
import type { CorpusDeps } from '../../services/deps.js';
import type { CorpusStatus } from '../../storage/corpus/corpus-reader.js';
import type { CorpusHealth } from '../../storage/corpus/generations.js';
import {
  companyNote,
  describeSource,
  type SourceFreshness,
  type SourceSpec,
  SourcesFileError,
} from '../../storage/state/sources-file.js';
import type { StateRecovery } from '../../storage/state/state.js';
import { NotFoundError, type Reply, UserFacingError } from '../reply.js';
import { defineCommand } from './command.js';
import { useCases } from './use-cases.js';

/** Kinds an admin may add from Discord; local files only from the machine itself (the CLI). */
const DISCORD_KINDS = ['greenhouse', 'lever', 'ashby', 'jsonl-url'] as const;

export const corpusCommand = defineCommand({
  data: new SlashCommandBuilder()
    .setName('corpus')
    .setDescription('The corpus RoleRadar answers from: status and refresh')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .addSubcommand((s) =>
      s.setName('status').setDescription('Which corpus generation is serving, and what it holds'),
    )
    .addSubcommand((s) =>
      s
        .setName('refresh')
        .setDescription(
          'Rebuild the corpus: the embedded listings and guides, and every configured job board',
        )
        .addBooleanOption((o) =>
          o
            .setName('force')
            .setDescription('Allow a refresh that closes or removes more than half of a source'),
        ),
    )
    .addSubcommandGroup((g) =>
      g
        .setName('sources')
        .setDescription('The job boards and URLs a refresh fetches')
        .addSubcommand((s) =>
          s
            .setName('add')
            .setDescription('Add a Greenhouse, Lever or Ashby board, or a URL serving JSON Lines')
            .addStringOption((o) =>
              o
                .setName('name')
                .setDescription('A short name: lowercase letters, digits and dashes')
                .setRequired(true)
                .setMaxLength(63),
            )
            .addStringOption((o) =>
              o
                .setName('kind')
                .setDescription('What it is')
                .setRequired(true)
                .addChoices(...DISCORD_KINDS.map((k) => ({ name: k, value: k }))),
            )
            .addStringOption((o) =>
              o
                .setName('board')
                .setDescription('Greenhouse board token, Lever site or Ashby job-board name')
                .setMaxLength(100),
            )
            .addStringOption((o) =>
              o.setName('url').setDescription('jsonl-url: the http(s) URL').setMaxLength(500),
            )
            .addStringOption((o) =>
              o
                .setName('region')
                .setDescription('Lever: the global or the EU instance')
                .addChoices({ name: 'global', value: 'global' }, { name: 'eu', value: 'eu' }),
            )
            .addStringOption((o) =>
              o.setName('company').setDescription('Company name shown on its listings').setMaxLength(200),
            )
            .addStringOption((o) =>
              o
                .setName('title_filter')
                .setDescription('Comma-separated words; only postings whose title has one are kept')
                .setMaxLength(500),
            ),
        )
        .addSubcommand((s) =>
          s
            .setName('remove')
            .setDescription('Remove a source; its listings close on the next refresh')
            .addStringOption((o) =>
              o.setName('name').setDescription('The source name').setRequired(true).setMaxLength(63),
            ),
        )
        .addSubcommand((s) =>
          s.setName('list').setDescription('Every configured source and when it was last fetched'),
        ),
    )
    .toJSON(),
  admin: true,
  // One corpus serves every server: its administration belongs to the bot's operators.
  operator: true,
  // A refresh takes minutes: the background worker runs it, its progress shown in the reply.
  background: (options) => options.subcommand === 'refresh',
  options: z.object({
    subcommand: z.enum(['status', 'refresh', 'add', 'remove', 'list']),
    group: z.literal('sources').optional(),
    force: z.boolean().optional(),
    name: z.string().trim().max(63).optional(),
    kind: z.enum(DISCORD_KINDS).optional(),
    board: z.string().trim().max(100).optional(),
    url: z.string().trim().max(500).optional(),
    region: z.enum(['global', 'eu']).optional(),
    company: z.string().trim().max(200).optional(),
    title_filter: z.string().trim().max(500).optional(),
  }),
  async run(args, { app, progress }) {
    const [{ refreshCorpus }, { corpusStatus }] = await Promise.all([useCases.refresh(), useCases.status()]);
    const { subcommand } = args;
    try {
      if (args.group === 'sources' || ['add', 'remove', 'list'].includes(subcommand))
        return await runSources(args, app);
      if (subcommand === 'refresh') {
        const result = await refreshCorpus(
          {
            request: { sources: [], embedded: true, configured: true, force: args.force === true },
            ...(progress ? { onProgress: progress } : {}),
          },
          app,
        );
        if (result.kind === 'busy') throw new UserFacingError(result.message);
        return renderRefresh(result.report);
      }
      const result = await corpusStatus(app);
      if (result.kind === 'no_corpus')
        throw new UserFacingError(
          result.health.state === 'degraded'
            ? `The corpus is degraded and nothing can be served (${result.health.reason}): run \`/corpus refresh\`.`
            : 'The corpus is empty: run `/corpus refresh` to build it.',
        );
      return renderStatus(result.status, result.freshness, result.health, result.stateRecoveries);
    } catch (error) {
      // A sources file that cannot be read (a hand edit gone wrong) is the operator's to fix.
      if (error instanceof SourcesFileError) throw new UserFacingError(error.message);
      throw error;
    }
  },
});

type CorpusArgs = {
  subcommand: string;
  name?: string | undefined;
  kind?: (typeof DISCORD_KINDS)[number] | undefined;
  board?: string | undefined;
  url?: string | undefined;
  region?: 'global' | 'eu' | undefined;
  company?: string | undefined;
  title_filter?: string | undefined;
};

async function runSources(args: CorpusArgs, deps: CorpusDeps): Promise<Reply> {
  const { addSource, listSources, removeSource } = await useCases.sources();
  if (args.subcommand === 'list') {
    const list = await listSources(deps);
    return renderSources(list.sources, list.freshness);
  }
  if (!args.name) throw new UserFacingError('Give the source a `name:`.');
  if (args.subcommand === 'remove') {
    const removed = await removeSource(args.name, deps);
    if (removed.kind === 'not_found') throw new NotFoundError(`No source named \`${args.name}\`.`);
    return {
      ephemeral: true,
      content: `Removed \`${describeSource(removed.source)}\`. Its listings close on the next refresh.`,
    };
  }
  const input: Record<string, unknown> = { name: args.name, kind: args.kind };
  if (args.board) input.board = args.board;
  if (args.url) input.url = args.url;
  if (args.region) input.region = args.region;
  if (args.company) input.company = args.company;
  if (args.title_filter)
    input.titleFilter = args.title_filter
      .split(',')
      .map((w) => w.trim())
      .filter(Boolean);
  const added = await addSource(input, deps);
  if (added.kind === 'invalid') throw new UserFacingError(added.reason);
  return {
    ephemeral: true,
    content: `Added \`${describeSource(added.source)}\`. It is fetched on the next \`/corpus refresh\`.`,
  };
}

export function renderSources(specs: SourceSpec[], freshness: SourceFreshness[]): Reply {
  const known = new Map(freshness.map((f) => [f.name, f]));
  return {
    ephemeral: true,
    embeds: [
      {
        title: `Configured sources (${specs.length})`,
        description: specs.length
          ? specs
              .map((s) => {
                const f = known.get(s.name);
                return `• \`${describeSource(s)}${companyNote(s)}\`\n  last fetched ${f?.lastSuccessAt ?? 'never'}${f?.lastError ? `; last error: ${f.lastError}` : ''}`;
              })
              .join('\n')
              .slice(0, 4000)
          : 'None yet: add one with `/corpus sources add`.',
      },
    ],
  };
}

export function renderStatus(
  status: CorpusStatus,
  freshness: SourceFreshness[] = [],
  health?: CorpusHealth,
  stateRecoveries: StateRecovery[] = [],
): Reply {
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const last = status.lastRefresh;
  return {
    ephemeral: true,
    embeds: [
      {
        title: 'Corpus status',
        fields: [
          ...(health?.state === 'degraded'
            ? [
                {
                  name: '⚠️ Degraded',
                  value:
                    `${health.reason ?? 'unknown'}${health.repairable ? '. Its derived files are rebuilt from its own database at start-up or by the next refresh.' : '. The next refresh repairs it.'}`.slice(
                      0,
                      1024,
                    ),
                },
              ]
            : []),
          ...(stateRecoveries.length
            ? [
                {
                  name: '⚠️ State database recovered',
                  value: stateRecoveries
                    .slice(0, 3)
                    .map(
                      (r) =>
                        `${r.at}: corrupt (${r.reason}); kept aside as \`${r.quarantined}\`, fresh one started with ${Object.values(r.salvaged).reduce((a, b) => a + b, 0)} row(s) that could be read`,
                    )
                    .join('\n')
                    .slice(0, 1024),
                },
              ]
            : []),
          { name: 'Generation', value: `${status.generation} (built ${status.createdAt})` },
          { name: 'Listings', value: String(status.listings), inline: true },
          { name: 'Guides', value: String(status.guides), inline: true },
          { name: 'Chunks', value: String(status.chunks), inline: true },
          { name: 'Closed', value: String(status.closedListings), inline: true },
          {
            name: 'Skill coverage',
            value: `${pct(status.skillCoverage.anySkill)} of listings have skills; ${pct(status.skillCoverage.fiveOrMore)} have five or more`,
          },
          {
            name: 'Sources',
            value:
              status.sources
                .map((s) => `${s.source}: ${s.listings} listings, ${s.guides} guides`)
                .join('\n') || 'none',
          },
          {
            name: 'Last refresh',
            value: last
              ? `${last.finishedAt}: ${last.added} added, ${last.updated} updated, ${last.removed} removed, ${last.closed} closed, ${last.unchanged} unchanged, ${last.rejected} rejected`
              : 'never',
          },
          ...(freshness.length
            ? [
                {
                  name: 'Job boards (last successful fetch)',
                  value: freshness
                    .map(
                      (f) =>
                        `${f.name}: ${f.lastSuccessAt ?? 'never'}${f.lastError ? ' (last attempt failed)' : ''}`,
                    )
                    .join('\n')
                    .slice(0, 1024),
                },
              ]
            : []),
        ],
      },
    ],
  };
}

export function renderRefresh(report: IngestReport): Reply {
  const issues = report.issues.slice(0, 10).map((i) => `• ${formatIssue(i)}`);
  if (report.issues.length > 10) issues.push(`… and ${report.issues.length - 10} more`);
  return {
    ephemeral: true,
    embeds: [
      {
        title:
          report.status === 'published'
            ? 'Corpus refreshed'
            : report.status === 'unchanged'
              ? 'Corpus unchanged'
              : 'Refresh not applied',
        description: report.message,
        fields: [
          ...(report.sources.length
            ? [
                {
                  name: 'Job boards',
                  value: report.sources
                    .map(
                      (s) =>
                        `${s.name}: ${s.status}, ${s.message}${s.status === 'fetched' ? `, ${s.closed} closed` : ''}`,
                    )
                    .join('\n')
                    .slice(0, 1024),
                },
              ]
            : []),
          ...(issues.length
            ? [{ name: `Problems (${report.issues.length})`, value: issues.join('\n').slice(0, 1024) }]
            : []),
        ],
        footer: `took ${report.durationMs} ms`,
      },
    ],
  };
}
