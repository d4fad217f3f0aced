import { describe, expect, test } from 'vitest';
import { fitEmbeds } from '../../src/bot/discord/limits.js';
import { dispatchCommand } from '../../src/bot/dispatch.js';
import { listingMarkdown, testApp } from '../support/temp.js';

// Long titles and company names: eight source lines pass Discord's 1,024-character field limit.
const corpus = Object.fromEntries(
  Array.from({ length: 10 }, (_, i) => [
    `listings/l${i}.md`,
    listingMarkdown(
      {
        id: `l${i}`,
        title: `Lead Backend Engineer, Settlement, Reconciliation and Ledger Platform Services Group ${i}`,
        company: `Northwind Financial Infrastructure and Clearing Services Holding Company ${i}`,
        location: 'Berlin, Germany',
      },
      `## Stack\nGo, Kafka, PostgreSQL and Kubernetes${i % 2 ? ', Terraform' : ''}. Hybrid in Berlin.\n\n## You\n${6 + i}+ years of backend work.`,
    ),
  ]),
);

describe('/ask sources', () => {
  test('every [n] in the answer keeps its source line, however long the list', async () => {
    const { app } = testApp({ corpus });
    await app.ingest({ sources: [], embedded: true });
    const reply = await dispatchCommand(
      'ask',
      { question: 'which companies hire lead backend engineers in Berlin?' },
      { app, invoker: { id: '1', name: 'm', isAdmin: false }, surface: 'console' },
    );
    const embeds = fitEmbeds(reply.embeds ?? []);
    const text = embeds
      .flatMap((e) => [e.description ?? '', ...(e.fields ?? []).map((f) => f.value)])
      .join('\n');
    const sourceLines = embeds
      .flatMap((e) => e.fields ?? [])
      .filter((f) => f.name.startsWith('Sources'))
      .map((f) => f.value)
      .join('\n');
    expect(sourceLines.length).toBeGreaterThan(1024);
    const markers = new Set(
      [...(reply.embeds?.[0]?.description ?? '').matchAll(/\[(\d+)\]/g)].map((m) => m[1]),
    );
    expect(markers.size).toBeGreaterThan(0);
    for (const n of markers) expect(sourceLines).toMatch(new RegExp(`^\\[${n}\\] `, 'm'));
    expect(text).not.toMatch(/…$/m);
  });
});
