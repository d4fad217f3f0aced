/**
 * Sentences and quotes: a text split into sentences, clipped around a match, near-identical quotes
 * dropped.
 */

/** A window of at most `max` characters of a sentence around what it is quoted for. */
export function around(text: string, re: RegExp, max: number): string {
  const t = text.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
  const at = t.search(re);
  if (t.length <= max || at < max / 2) return clip(t, max);
  const from = t.lastIndexOf(' ', Math.max(0, at - max / 3));
  return `…${clip(t.slice(from + 1), max - 1)}`;
}

export function clip(text: string, max: number): string {
  const t = text.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

export function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

/**
 * Items whose sentences are not near-identical to an earlier one's (four in five of the shorter
 * one's words shared): two listings' shared boilerplate is one quote, not two.
 */
export function distinct<T>(items: T[], text: (x: T) => string, limit = Number.POSITIVE_INFINITY): T[] {
  // The first `limit` kept are the same whatever follows them: stop there (not a pass over all).
  const kept: Array<Set<string>> = [];
  const out: T[] = [];
  for (const x of items) {
    if (out.length >= limit) break;
    const words = new Set(
      text(x)
        .toLowerCase()
        .match(/[\p{L}\p{N}]+/gu) ?? [],
    );
    const near = kept.some((k) => {
      let shared = 0;
      for (const w of words) if (k.has(w)) shared++;
      return shared >= 0.8 * Math.min(words.size, k.size);
    });
    if (near) continue;
    kept.push(words);
    out.push(x);
  }
  return out;
}

/** Words of a question that carry meaning for choosing sentences. */
export function contentWords(text: string): string[] {
  const STOP = new Set(
    'a an the and or of to in on for with what how do does is are i my me you your it be as at by from that this which who when where why can should would could will about into than then there their they them we our us have has had not no yes so if but just more most much many some any very really also get got lead leads leading backend engineer engineers role roles job jobs'.split(
      ' ',
    ),
  );
  return [...new Set((text.toLowerCase().match(/[a-z][a-z+#-]{2,}/g) ?? []).filter((w) => !STOP.has(w)))];
}

// The last text split: the kinds worked out at publish each split the same listing's text.
let lastSplit: { text: string; sentences: string[]; min: number } | undefined;
/**
 * A text's sentences, as quoted (never to be modified: the last text's are kept). A listing's
 * sentence under `min` characters (40) is a fragment; a guide's edited prose keeps its short points
 * ("Ignoring failure modes until asked.") with a lower `min`.
 */
export function sentencesOf(text: string, min = 40): string[] {
  if (lastSplit?.text === text && lastSplit.min === min) return lastSplit.sentences;
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const l = line.trim();
    if (!l || /^\|?\s*-{3}/.test(l) || /^#/.test(l)) continue;
    if (/^\|/.test(l)) {
      // A table row reads as "Monday (Planning): Sprint or cycle planning…"; header rows are short.
      const cells = l
        .split('|')
        .map((c) => c.replace(/\*\*/g, '').trim())
        .filter(Boolean);
      if (cells.length >= 3 && cells[cells.length - 1]!.length >= 40)
        out.push(`${cells[0]} (${cells[1]}): ${cells.slice(2).join('; ')}`);
      continue;
    }
    // "3 a.m.", "e.g.", "99.9%": no sentence ends there.
    // A list item may open in lower case ("- on-call 1 week in 6, paid extra"): it is whole.
    const item = /^\s*(?:[-*•]|\d+[.)])\s+/.test(l);
    const body = l
      .replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '')
      .replace(/\b(?:e\.g|i\.e|vs)\.(?=\s)|\b[ap]\.m\.(?=\s+[a-z])|(?<=\d)\.(?=\d)/gi, (m) =>
        m.replace(/\./g, '\u2024'),
      );
    // A short sentence opening a line ("**17:00** On-call handover. You're secondary this week; the
    // rotation is one week in five") labels what follows it on that line: the two are quoted
    // together, so the sentence that says how often keeps the word it is about.
    const parts = body.match(/[^.!?]+(?:[.!?]+["”’]?|$)/g) ?? [];
    let label = '';
    for (const [i, s] of parts.entries()) {
      const t = `${label} ${s}`
        .replace(/\u2024/g, '.')
        .replace(/\*\*/g, '')
        .replace(/\*/g, '')
        .replace(/\s+/g, ' ')
        .trim();
      label = '';
      if (i === 0 && parts.length > 1 && t.length < 40 && /^[\p{Lu}\p{N}\p{Sc}]/u.test(t)) {
        label = t;
        continue;
      }
      // A sentence may open with its amount ("$185K–$215K base, plus equity and a 10% bonus.").
      const opens = i === 0 && item ? /^[\p{L}\p{N}\p{Sc}“"]/u : /^[\p{Lu}\p{N}\p{Sc}“"]/u;
      if (!opens.test(t) || /^["“][^"”]*$/.test(t)) continue;
      // A short list item with a figure is a fact of its own ("- 30 calendar days of annual leave.").
      if (
        (t.length >= min || (item && t.length >= 20 && /\d/.test(t))) &&
        t.length <= 400 &&
        !/:$/.test(t) &&
        !/\b(?:shows how|the table below|this guide|as follows)\b/i.test(t)
      )
        out.push(t);
    }
  }
  lastSplit = { text, sentences: out, min };
  return out;
}
