import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

/** An industry of the taxonomy: a parent ("fintech") matches its children ("payments", "banking"…). */
export interface Industry {
  id: string;
  label: string;
  parent: string | null;
  aliases: string[];
}

const schema = z.array(
  z.object({
    id: z.string().min(1),
    label: z.string().min(1),
    parent: z.string().nullish(),
    aliases: z.array(z.string()).default([]),
  }),
);

const cache = new Map<string, Industry[]>();

/** The industries of `<corpusDir>/taxonomy/industries.yaml` (none when the file does not exist yet). */
export function loadIndustries(corpusDir: string): Industry[] {
  const file = path.join(corpusDir, 'taxonomy', 'industries.yaml');
  const cached = cache.get(file);
  if (cached) return cached;
  let out: Industry[] = [];
  if (fs.existsSync(file)) {
    const parsed = schema.safeParse(parseYaml(fs.readFileSync(file, 'utf8')));
    if (!parsed.success) throw new Error(`Invalid industries ${file}:\n${z.prettifyError(parsed.error)}`);
    out = parsed.data.map((i) => ({ id: i.id, label: i.label, parent: i.parent ?? null, aliases: i.aliases }));
  }
  cache.set(file, out);
  return out;
}

/** An industry id and its descendants (a filter "fintech" matches payments, banking…). */
export function expandIndustry(id: string, industries: readonly Industry[]): string[] {
  const out = new Set([id]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const i of industries)
      if (i.parent && out.has(i.parent) && !out.has(i.id)) {
        out.add(i.id);
        grew = true;
      }
  }
  return [...out];
}

export function industryLabel(id: string, industries: readonly Industry[]): string {
  return industries.find((i) => i.id === id)?.label ?? id;
}
