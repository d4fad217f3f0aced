import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import type { IngestReport } from '../../rag/ingest.js';
import { formatIssue } from '../../rag/sources/types.js';
import type { CorpusStatus } from '../../storage/corpus-reader.js';
import { RefreshInProgressError } from '../../storage/generations.js';
import { type Reply, UserFacingError } from '../reply.js';
import { defineCommand } from './command.js';

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
      s.setName('refresh').setDescription('Rebuild the corpus from the embedded listings and guides'),
    )
    .toJSON(),
  admin: true,
  options: z.object({ subcommand: z.enum(['status', 'refresh']) }),
  async run({ subcommand }, { app, progress }) {
    if (subcommand === 'refresh') {
      let report: IngestReport;
      try {
        report = await app.ingest({ sources: [], embedded: true }, progress);
      } catch (error) {
        if (error instanceof RefreshInProgressError) throw new UserFacingError(error.message);
        throw error;
      }
      return renderRefresh(report);
    }
    const reader = app.reader();
    if (!reader) throw new UserFacingError('The corpus is empty: run `/corpus refresh` to build it.');
    return renderStatus(reader.status());
  },
});

export function renderStatus(status: CorpusStatus): Reply {
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const last = status.lastRefresh;
  return {
    ephemeral: true,
    embeds: [
      {
        title: 'Corpus status',
        fields: [
          { name: 'Generation', value: `${status.generation} (built ${status.createdAt})` },
          { name: 'Listings', value: String(status.listings), inline: true },
          { name: 'Guides', value: String(status.guides), inline: true },
          { name: 'Chunks', value: String(status.chunks), inline: true },
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
              ? `${last.finishedAt}: ${last.added} added, ${last.updated} updated, ${last.removed} removed, ${last.unchanged} unchanged, ${last.rejected} rejected`
              : 'never',
          },
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
        fields: issues.length
          ? [{ name: `Problems (${report.issues.length})`, value: issues.join('\n').slice(0, 1024) }]
          : [],
        footer: `took ${report.durationMs} ms`,
      },
    ],
  };
}
