import { describe, expect, test } from 'vitest';
import { CustomIds } from '../../src/bot/discord/custom-id.js';
import { MemberLimiter } from '../../src/bot/discord/rate-limit.js';
import { renderReply } from '../../src/bot/discord/render.js';
import type { Reply } from '../../src/bot/reply.js';
import { sanitizeReply, sanitizeText } from '../../src/bot/sanitize.js';
import { checkMessage } from '../support/fake-discord.js';

const ids = new CustomIds('test-secret');

describe('rendering within Discord limits', () => {
  test('a 10,000-character answer with 30 sources becomes messages Discord accepts, nothing lost silently', () => {
    const sentence = 'Lead backend roles ask for Kafka, PostgreSQL and mentoring across teams [1][2]. ';
    const answer = sentence.repeat(Math.ceil(10_000 / sentence.length)).slice(0, 10_000);
    const sources = Array.from({ length: 30 }, (_, i) => ({
      name: `Source ${i + 1}`,
      value:
        `[${i + 1}] Lead Backend Engineer, Payments Platform ${i} — Company ${i} <https://jobs.example.com/${i}>`.repeat(
          3,
        ),
    }));
    const reply: Reply = {
      content: 'c'.repeat(2500),
      embeds: [{ title: 'T'.repeat(300), description: answer, fields: sources, footer: 'f'.repeat(2100) }],
      context: { question: 'q', answer, citations: [] },
    };
    const messages = renderReply(reply, {
      exchangeId: 'abcd1234abcd1234',
      ids,
      ephemeral: true,
      shareable: true,
    });
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.length).toBeLessThanOrEqual(4);
    for (const m of messages) {
      expect(
        checkMessage({ content: m.content ?? '', embeds: m.embeds, components: m.components }),
      ).toBeNull();
    }
    const shownText = messages.flatMap((m) => m.embeds.map((e) => e.description ?? '')).join('');
    expect(shownText.length).toBeGreaterThan(9000);
    // Buttons only on the first message: Share (private), and the answer's actions.
    expect(messages[0]!.components.length).toBeGreaterThan(0);
    expect(messages.slice(1).every((m) => m.components.length === 0)).toBe(true);
  });

  test('past four messages the rest is cut with a pointer, not rejected', () => {
    const reply: Reply = { content: 'word '.repeat(4000) };
    const messages = renderReply(reply, { exchangeId: null, ids, ephemeral: false, seeMore: 'Use /search.' });
    expect(messages).toHaveLength(4);
    expect(messages[3]!.content).toMatch(/more part.* not shown\. Use \/search\.$/);
    for (const m of messages) expect(m.content!.length).toBeLessThanOrEqual(2000);
  });
});

describe('sanitizing corpus and model text', () => {
  const allowed = new Set(['https://jobs.example.com/acme/lead']);

  test('only the listings’ own URLs stay clickable; foreign links lose their link', () => {
    const out = sanitizeText(
      'Apply [here](https://jobs.example.com/acme/lead) or [win a prize](http://evil.test/x?q=1) at http://evil.test/y and https://jobs.example.com/acme/lead',
      allowed,
    );
    expect(out).toContain('[here](<https://jobs.example.com/acme/lead>)');
    expect(out).toContain('win a prize (link removed)');
    expect(out).not.toMatch(/\]\(http:\/\/evil/);
    expect(out).toContain('`evil.test/y`');
    expect(out).toContain('<https://jobs.example.com/acme/lead>');
  });

  test('mentions are defused and invisible characters stripped', () => {
    const out = sanitizeText(
      'Hi @everyone and @here <@123456789012345678> <@&987654321098765432> a\u200Bb\u202Ec\u{E0041}',
      allowed,
    );
    expect(out).not.toMatch(/@everyone|@here|<@/);
    expect(out).toContain('ab');
    expect(out).not.toMatch(/[\u200B\u202E]|\u{E0041}/u);
  });

  test('an embed link to a foreign URL is dropped', () => {
    const reply = sanitizeReply({ embeds: [{ title: 'x', url: 'http://evil.test' }] }, allowed);
    expect(reply.embeds![0]!.url).toBeUndefined();
  });
});

describe('button ids', () => {
  test('round-trip, reject forgeries and other versions, stay under 100 characters', () => {
    const id = ids.encode({ action: '/similar', exchangeId: '0123456789abcdef', arg: '12' });
    expect(id.length).toBeLessThanOrEqual(100);
    expect(ids.decode(id)).toEqual({ action: '/similar', exchangeId: '0123456789abcdef', arg: '12' });
    expect(ids.decode(id.replace('|12|', '|13|'))).toEqual({ refused: 'forged' });
    expect(new CustomIds('other-secret').decode(id)).toEqual({ refused: 'forged' });
    expect(ids.decode('rr0|similar|x||y')).toEqual({ refused: 'stale' });
    expect(ids.decode('garbage')).toEqual({ refused: 'stale' });
  });
});

describe('member limits', () => {
  test('a burst, then a steady rate; concurrency capped; members independent', () => {
    let now = 0;
    const limiter = new MemberLimiter({ burst: 3, perSecond: 0.5, concurrent: 2 }, () => now);
    const a1 = limiter.admit('a');
    const a2 = limiter.admit('a');
    expect(a1.ok && a2.ok).toBe(true);
    expect(limiter.admit('a')).toMatchObject({ ok: false, reason: 'concurrency' });
    if (a1.ok) a1.release();
    expect(limiter.admit('a').ok).toBe(true);
    if (a2.ok) a2.release();
    expect(limiter.admit('a')).toMatchObject({ ok: false, reason: 'rate' });
    expect(limiter.admit('b').ok).toBe(true);
    now += 2000;
    // Two seconds regain one token; one of a's requests is still running, so one more may start.
    expect(limiter.admit('a').ok).toBe(true);
    expect(limiter.admit('a')).toMatchObject({ ok: false, reason: 'concurrency' });
  });
});
