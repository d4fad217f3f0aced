import { SlashCommandBuilder } from '@discordjs/builders';
import { z } from 'zod';
import type { SearchHit } from '../../rag/search.js';
import type { ListingDetail } from '../../storage/corpus/corpus-reader.js';
import { capitalize, formatSalary, formatYears, REMOTE_LABEL, truncate } from '../format.js';
import { NoCorpusError, NotFoundError, type Reply } from '../reply.js';
import { defineCommand } from './command.js';
import { completeListing } from './completion.js';
import { listingIdOption } from './filter-options.js';

export const listingCommand = defineCommand({
  data: new SlashCommandBuilder()
    .setName('listing')
    .setDescription('Show one job listing with the facts RoleRadar extracted from it')
    .addStringOption(listingIdOption('id'))
    .toJSON(),
  // A member's result: a private one may be shared to the channel.
  shareable: true,
  // A listing's card depends only on the generation: served again from the adapter's memory.
  reuseKey: (options) => String(options.id ?? '').trim(),
  autocomplete: { id: completeListing },
  options: z.object({ id: z.string().trim().min(1, 'give a listing id').max(128) }),
  async run({ id }, { app }) {
    const reader = app.reader();
    if (!reader) throw new NoCorpusError();
    const listing = reader.listing(id);
    if (!listing) {
      const hint = reader
        .listingTitles()
        .filter((l) => l.id.includes(id.toLowerCase()) || l.title.toLowerCase().includes(id.toLowerCase()))
        .slice(0, 3)
        .map((l) => `\`${l.id}\``);
      throw new NotFoundError(
        `No listing with id \`${id}\`.${hint.length ? ` Did you mean ${hint.join(', ')}?` : ''}`,
      );
    }
    return {
      reply: renderListing(listing, reader.generation.id, (i) => app.pipeline.industries.label(i)),
      data: listing,
    };
  },
});

/** A listing as one embed: facts as fields, the opening of the description, link from the stored URL. */
export function renderListing(
  listing: ListingDetail,
  generation: string,
  industryLabel: (id: string) => string = (id) => id,
): Reply {
  const required = listing.skillDetails
    .filter((s) => s.required && s.category !== 'leadership')
    .map((s) => s.name);
  const niceToHave = listing.skillDetails
    .filter((s) => !s.required && s.category !== 'leadership')
    .map((s) => s.name);
  const leadership = listing.skillDetails.filter((s) => s.category === 'leadership').map((s) => s.name);
  const fields = [
    { name: 'Location', value: truncate(listing.location || 'Not stated', 1024), inline: true },
    { name: 'Work mode', value: REMOTE_LABEL[listing.remote] ?? listing.remote, inline: true },
    { name: 'Level', value: capitalize(listing.seniority), inline: true },
    { name: 'Experience', value: formatYears(listing.yearsMin), inline: true },
    {
      name: 'Salary (as posted)',
      // Every posted range with its label (zones, tiers, a second currency), else the one range.
      value: truncate(
        listing.salaryRanges?.length > 1
          ? listing.salaryRanges.map((r) => `${r.label ? `${r.label}: ` : ''}${formatSalary(r)}`).join('\n')
          : listing.salary
            ? formatSalary(listing.salary)
            : 'Not stated',
        1024,
      ),
      inline: !(listing.salaryRanges?.length > 1),
    },
    { name: 'Posted', value: listing.postedAt ?? 'Unknown', inline: true },
    { name: 'Skills asked for', value: truncate(required.join(', ') || 'None recognised', 1024) },
  ];
  if (niceToHave.length) fields.push({ name: 'Nice to have', value: truncate(niceToHave.join(', '), 1024) });
  if (leadership.length)
    fields.push({ name: 'Leadership side', value: truncate(leadership.join(', '), 1024) });
  if (listing.industryDetails.length)
    fields.push({
      name: 'Industry',
      value: truncate(
        listing.industryDetails.map((i) => `${industryLabel(i.id)}: “${i.evidence}”`).join('\n'),
        1024,
      ),
    });
  if (listing.department) fields.push({ name: 'Department', value: truncate(listing.department, 1024) });
  if (listing.closedAt)
    fields.unshift({
      name: 'Status',
      value: `Closed: its board stopped listing it on ${listing.closedAt.slice(0, 10)} (kept for history; not searched)`,
    });
  if (listing.alternates.length)
    fields.push({
      name: 'Also posted at',
      value: truncate(listing.alternates.map((a) => `${a.url} (${a.source})`).join('\n'), 1024),
    });
  if (listing.fetchedAt)
    fields.push({ name: 'Fetched', value: listing.fetchedAt.slice(0, 16).replace('T', ' '), inline: true });
  return {
    embeds: [
      {
        title: truncate(`${listing.closedAt ? '[Closed] ' : ''}${listing.title} — ${listing.company}`, 256),
        url: listing.url,
        description: truncate(listing.description, 700),
        fields,
        footer: `${listing.id} · source ${listing.source}${listing.externalId ? ` (board id ${listing.externalId})` : ''} · corpus ${generation}`,
      },
    ],
  };
}

/** "Similar listings": the listings like `seeds`, as a private reply. */
export function similarReply(seeds: ListingDetail[], similar: SearchHit[]): Reply {
  return {
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
  };
}

/** The "Sources" button under an answer: its numbered sources, with their stored links. */
export function sourcesReply(reply: Reply): Reply {
  const citations = reply.context?.citations ?? [];
  return {
    ephemeral: true,
    embeds: [
      {
        title: 'Sources',
        description: citations.length
          ? citations
              .map(
                (c) =>
                  `**[${c.n}]** ${c.title} — ${c.company}\n\`${c.listingId}\`${c.url ? ` · <${c.url}>` : ''}`,
              )
              .join('\n\n')
          : 'This answer cites no sources.',
        footer: `Corpus generation ${reply.context?.generation ?? 'unknown'} · /listing id:<id> shows one in full`,
      },
    ],
  };
}
