import fs from 'node:fs';
import { z } from 'zod';
import { parseYamlText, yamlCache } from '../../config/yaml-file.js';

/**
 * Well-known employers that are not in the corpus (data/taxonomy/employers.yaml): what lets the
 * planner say "Monzo is not in the corpus" for a name typed in lower case, or one the typo
 * corrector would take for a skill, and offer listings of the same industry instead.
 */
export interface KnownEmployer {
  name: string;
  /** Every spelling that names it, lower case (the name first). */
  names: string[];
  industry?: string;
  /** The name is also an everyday word ("wise", "grab"): it counts only capitalised. */
  word: boolean;
}

const entrySchema = z
  .object({
    name: z.string().min(2),
    aliases: z.array(z.string().min(2)).optional(),
    industry: z.string().min(2).optional(),
    word: z.boolean().optional(),
  })
  .strict();

/** Parses the employer list; a bad entry is reported with the file and its position. */
export function parseEmployers(text: string, file = 'employers.yaml', cacheDir?: string): KnownEmployer[] {
  const parsed = z.array(entrySchema).safeParse(parseYamlText(text, {}, yamlCache(cacheDir, file)) ?? []);
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data.map((e) => ({
    name: e.name,
    names: [e.name, ...(e.aliases ?? [])].map((n) => n.toLowerCase()),
    ...(e.industry ? { industry: e.industry } : {}),
    word: e.word ?? false,
  }));
}

/** Reads the employer list; a missing file is an empty list (the planner then relies on shape alone). */
export function loadEmployers(file: string, cacheDir?: string): KnownEmployer[] {
  if (!fs.existsSync(file)) return [];
  return parseEmployers(fs.readFileSync(file, 'utf8'), file, cacheDir);
}

// What only an employer does, right after its name: hires, has or offers openings, pays, sponsors
// (English, and the Polish, German, Spanish, Portuguese and Hindi words for "has": "ma", "hat",
// "tiene", "tem"; "ki"/"ka" for "of").
const EMPLOYER_VERB_AFTER =
  /^(?:'s|’s)?\s+(?:(?:is|are|still|currently|actually)\s+)*(?:hiring|recruiting|hires|has|have|offers?|pays?|sponsors?|ma|hat|tiene|tem|ki|ka|ke)\b/i;

/**
 * A well-known employer named in the question (data/taxonomy/employers.yaml), however it is typed
 * ("monzo", "Deutsche Bank"); one that is also an everyday word ("wise", "grab") only capitalised.
 */
export function knownEmployer(
  question: string,
  employers: ReadonlyArray<KnownEmployer>,
): { employer: KnownEmployer; asked: string } | undefined {
  let best: { employer: KnownEmployer; asked: string } | undefined;
  // A name of ASCII characters (lower case) found case-insensitively is in the text lower-cased:
  // the only other characters that fold to ASCII ones are the long s and the Kelvin sign (which
  // lower-cases to k), so a name absent from that text is never matched and its pattern not run.
  const lower = question.toLowerCase().replaceAll('ſ', 's');
  for (const { employer, name, ascii, re } of employerPatterns(employers)) {
    if (ascii && !lower.includes(name)) continue;
    const m = re.exec(question);
    if (!m) continue;
    // An everyday word counts capitalised mid-question, or in lower case in a slot only an employer
    // fills: right after "at"/"join", or as the one that hires or has openings ("is allegro hiring",
    // "czy allegro ma oferty", "noon ki opening hai kya?").
    const slot =
      /\b(?:at|join|joining|joined|@)\s*$/i.test(question.slice(0, m.index)) ||
      EMPLOYER_VERB_AFTER.test(question.slice(m.index + m[0].length));
    if (employer.word && !slot && (!/^\p{Lu}/u.test(m[0]) || !/\p{L}/u.test(question.slice(0, m.index))))
      continue;
    if (!best || m[0].length > best.asked.length) best = { employer, asked: m[0] };
  }
  return best;
}

/** Each employer name's pattern, compiled once per employer list. */
const patternCache = new WeakMap<
  ReadonlyArray<KnownEmployer>,
  Array<{ employer: KnownEmployer; name: string; ascii: boolean; re: RegExp }>
>();
function employerPatterns(
  employers: ReadonlyArray<KnownEmployer>,
): Array<{ employer: KnownEmployer; name: string; ascii: boolean; re: RegExp }> {
  let patterns = patternCache.get(employers);
  if (!patterns) {
    patterns = employers.flatMap((employer) =>
      employer.names.map((name) => ({
        employer,
        name,
        ascii: !/[^\x20-\x7e]/.test(name) && name === name.toLowerCase(),
        re: new RegExp(
          `(?<![\\p{L}\\p{N}.])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}]|\\.\\w)`,
          'iu',
        ),
      })),
    );
    patternCache.set(employers, patterns);
  }
  return patterns;
}
