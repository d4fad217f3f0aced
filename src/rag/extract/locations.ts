import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseYamlText, yamlCache } from '../../config/yaml-file.js';

import { type Place, REGIONS, type Region } from '../../core/listing.js';

export { type Place, REGIONS, type Region };

const countrySchema = z.object({
  country: z.string(),
  code: z.string().length(2),
  region: z.enum(REGIONS),
  eu: z.boolean().default(false),
  aliases: z.array(z.string()).default([]),
  /** A city, or its spellings with the canonical one first ("[bengaluru, bangalore]"). */
  cities: z.array(z.union([z.string(), z.array(z.string()).min(1)])).default([]),
  /** State or province codes written after a city ("Hartford, CT", "Toronto, ON"); matched in capitals. */
  subdivisions: z.array(z.string()).default([]),
});
export type CountryDefinition = z.infer<typeof countrySchema>;

/** A named group of countries ("Nordics", "DACH") or of regions ("the Americas"). */
const groupSchema = z
  .object({
    group: z.string(),
    /** How an answer names it ("the Nordics"); the group's name when not given. */
    label: z.string().optional(),
    aliases: z.array(z.string()).default([]),
    countries: z.array(z.string()).default([]),
    regions: z.array(z.enum(REGIONS)).default([]),
  })
  .strict();
export type PlaceGroup = z.infer<typeof groupSchema>;

/** A city named in a text: its canonical name (lower case), the spelling written, and its country. */
export interface CityMention {
  city: string;
  written: string;
  country: string;
}

// Region words used in remote restrictions: "Remote (EU)", "US time zones" (a named group, "Remote
// (Nordics)", "Americas time zones", "Remote (EMEA)", is read from the groups first).
const REGION_WORDS: Array<[RegExp, Region]> = [
  [/\b(eu|europe|european|cet|cest|gmt|uk time)\b/i, 'europe'],
  [/\b(north america|us time zones?|est|pst|pt|et)\b/i, 'north-america'],
  [/\b(latam|latin america|south america)\b/i, 'latin-america'],
  [/\b(apac|asia|asia[- ]pacific|oceania)\b/i, 'asia-pacific'],
  [/\b(middle east|mena)\b/i, 'middle-east'],
  [/\b(africa)\b/i, 'africa'],
];

/** A region's name ("north-america" → "North America"). */
export const REGION_NAMES: Record<Region, string> = {
  europe: 'Europe',
  'north-america': 'North America',
  'latin-america': 'Latin America',
  'asia-pacific': 'Asia-Pacific',
  'middle-east': 'Middle East',
  africa: 'Africa',
};

/** Title case of a lower-case name ("são paulo" → "São Paulo"). */
export function titleCase(name: string): string {
  return name.replace(/(^|[\s-])(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

const KANJI = /\p{Script=Han}/u;

export class Gazetteer {
  private readonly byName = new Map<string, CountryDefinition>();
  /** Every spelling of a city (lower case), with the city's canonical name and country. */
  private readonly byCity = new Map<string, { canonical: string; def: CountryDefinition }>();
  private readonly bySubdivision = new Map<string, CountryDefinition>();
  private readonly byGroup = new Map<string, PlaceGroup>();
  /** Shorthand members type for a country in lower case ("sg", "aus"): read only beside a place or a job word. */
  private readonly byShorthand = new Map<string, CountryDefinition>();

  constructor(
    countries: CountryDefinition[],
    groups: PlaceGroup[] = [],
    shorthand: Record<string, string[]> = {},
  ) {
    for (const c of countries) {
      for (const code of c.subdivisions) this.bySubdivision.set(code, c);
      for (const name of [c.country, c.code, ...c.aliases]) this.byName.set(name.toLowerCase(), c);
      for (const city of c.cities) {
        const spellings = [city].flat().map((s) => s.toLowerCase());
        for (const s of spellings) this.byCity.set(s, { canonical: spellings[0]!, def: c });
      }
    }
    for (const g of groups) {
      for (const name of g.countries)
        if (!this.byName.has(name.toLowerCase()))
          throw new Error(`Group ${g.group}: unknown country ${name}`);
      for (const name of [g.group, ...g.aliases]) this.byGroup.set(name.toLowerCase(), g);
    }
    for (const [country, words] of Object.entries(shorthand)) {
      const def = this.byName.get(country.toLowerCase());
      if (!def) throw new Error(`Shorthand: unknown country ${country}`);
      for (const w of words) this.byShorthand.set(w.toLowerCase(), def);
    }
  }

  /** The country a shorthand names ("sg": Singapore, "aus": Australia), however it is read. */
  shorthand(word: string): CountryDefinition | undefined {
    return this.byShorthand.get(word.trim().toLowerCase());
  }

  /** Every shorthand, longest first. */
  shorthandNames(): string[] {
    return [...this.byShorthand.keys()].sort((a, b) => b.length - a.length);
  }

  /**
   * Cities named anywhere in a text ("roles in Berlin or Lisbon"), each once by its canonical name
   * however spelt ("bangalore": Bengaluru), with the spelling written (the longest) and its country.
   */
  cityMentions(text: string): CityMention[] {
    const lower = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, ' ')} `;
    const found = new Map<string, CityMention>();
    for (const [written, { canonical, def }] of this.byCity) {
      // Two letters are too short to be a city's name ("la", "sf"), except in kanji ("東京").
      if ((written.length < 3 && !KANJI.test(written)) || !lower.includes(` ${written} `)) continue;
      const seen = found.get(canonical);
      if (!seen || seen.written.length < written.length)
        found.set(canonical, { city: canonical, written, country: def.country });
    }
    return [...found.values()];
  }

  /** A named group of places by its name or an alias ("nordics", "the americas"). */
  group(name: string): PlaceGroup | undefined {
    return this.byGroup.get(name.trim().toLowerCase().replace(/\s+/g, ' '));
  }

  /** Every lower-case group name and alias, longest first. */
  groupNames(): string[] {
    return [...this.byGroup.keys()].sort((a, b) => b.length - a.length);
  }

  /** Every lower-case country name and alias (for typo tolerance). */
  countryNames(): string[] {
    return [...this.byName.keys()].filter((n) => n.length >= 4);
  }

  country(name: string): CountryDefinition | undefined {
    return this.byName.get(name.trim().toLowerCase());
  }

  /**
   * Splits a location line ("London, UK; Remote (UK)") into places with city, country and region.
   * Alternatives inside parentheses stay with their qualifier: "Remote (US or Canada)" is two
   * remote places, one per country, not "Remote (US" and "Canada)".
   */
  parse(location: string): Place[] {
    return splitTopLevel(location).flatMap((raw) => this.parsePlace(raw));
  }

  private parsePlace(raw: string): Place[] {
    const remote = /\bremote\b|\banywhere\b|\bworldwide\b|\bdistributed\b/i.test(raw);
    const words = raw
      .replace(/\(([^)]*)\)/g, ', $1')
      .split(/\s*,\s*|\s+-\s+|\s+[–—]\s+|\s+or\s+|\s*\/\s*/i)
      .map((w) =>
        w
          .replace(
            /\b(remote|hybrid|on-?site|office|only|time ?zones?|based|in|within|hq|hub|optional|desk)\b/gi,
            '',
          )
          .replace(/\s+/g, ' ')
          .trim(),
      )
      .filter(Boolean);
    let countries: CountryDefinition[] = [];
    let city: string | null = null;
    let cityCountry: CountryDefinition | undefined;
    // Two capital letters after a city are usually its state or province: "San Francisco, CA" is
    // California, not Canada. Such codes only count as a country when nothing else says where.
    const codes: CountryDefinition[] = [];
    let subdivision: CountryDefinition | undefined;
    for (const [i, word] of words.entries()) {
      const lower = word.toLowerCase();
      const asCountry = this.byName.get(lower);
      if (/^[A-Z]{2}$/.test(word)) {
        const asSubdivision = this.bySubdivision.get(word);
        // "Springfield, IL" is Illinois; "IL" alone is Israel.
        if (asSubdivision && (i > 0 || !asCountry)) subdivision ??= asSubdivision;
        else if (asCountry) codes.push(asCountry);
        if (asCountry || asSubdivision) continue;
      }
      if (asCountry) {
        if (!countries.includes(asCountry)) countries.push(asCountry);
        continue;
      }
      const asCity = this.byCity.get(lower);
      if (asCity && !city) {
        // Its canonical name, as the listing writes it when it writes that one ("Bangalore": Bengaluru).
        city = lower === asCity.canonical ? word : titleCase(asCity.canonical);
        cityCountry = asCity.def;
      }
    }
    // A city named in running text ("optional desk in Barcelona") still places the listing.
    if (!city && countries.length === 0) {
      const mention = this.cityMentions(raw)[0];
      if (mention) {
        city = titleCase(mention.city);
        cityCountry = this.byName.get(mention.country.toLowerCase());
      }
    }
    if (cityCountry && countries.length === 0) countries = [cityCountry];
    else if (!cityCountry) countries = [...new Set([...codes, ...countries])];
    if (countries.length === 0 && subdivision) countries = [subdivision];
    // A named group ("Remote (Nordics)", "Americas time zones"): each of its countries or regions.
    const group = countries.length === 0 ? this.groupIn(raw) : undefined;
    if (group) return this.groupPlaces(group, raw, remote);
    if (countries.length === 0) {
      let region: Region | null = null;
      for (const [pattern, r] of REGION_WORDS)
        if (pattern.test(raw)) {
          region = r;
          break;
        }
      return [{ raw, city: null, country: null, region, remote }];
    }
    return countries.map((c) => ({
      raw,
      city: c === cityCountry ? city : null,
      country: c.country,
      region: c.region,
      remote,
    }));
  }

  /** The first named group a location line names ("Remote (Nordics)"), by its longest name. */
  private groupIn(raw: string): PlaceGroup | undefined {
    const lower = ` ${raw
      .toLowerCase()
      .replace(/[^\p{L}\p{N}&\s-]/gu, ' ')
      .replace(/\s+/g, ' ')} `;
    const name = this.groupNames().find((n) => lower.includes(` ${n} `));
    return name ? this.byGroup.get(name) : undefined;
  }

  /** The places a group stands for in a location line: one per country, else one per region. */
  private groupPlaces(group: PlaceGroup, raw: string, remote: boolean): Place[] {
    if (group.countries.length)
      return group.countries.map((name) => {
        const c = this.byName.get(name.toLowerCase())!;
        return { raw, city: null, country: c.country, region: c.region, remote };
      });
    return group.regions.map((region) => ({ raw, city: null, country: null, region, remote }));
  }
}

/** Splits at separators outside parentheses: ";", "|", "/", " or ", line breaks and " · ". */
function splitTopLevel(location: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  const separator = /^(?:;|\||\/| or |\n| · )/i;
  for (let i = 0; i < location.length; i++) {
    const ch = location[i]!;
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    const m = depth === 0 ? separator.exec(location.slice(i)) : null;
    if (m) {
      parts.push(current);
      current = '';
      i += m[0].length - 1;
      continue;
    }
    current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter(Boolean);
}

/**
 * The gazetteer of locations.yaml (countries, each with a flat list of cities) and, beside it,
 * place-names.yaml: the cities written several ways (canonical name first) and the named groups.
 * Kept apart so the countries file stays in the flat form the evaluation's key scripts read.
 */
export function loadGazetteer(file: string, cacheDir?: string): Gazetteer {
  const text = fs.readFileSync(file, 'utf8');
  const parsed = z.array(countrySchema).safeParse(parseYamlText(text, {}, yamlCache(cacheDir, file)));
  if (!parsed.success) throw new Error(`Invalid locations file ${file}:\n${z.prettifyError(parsed.error)}`);
  const namesFile = path.join(path.dirname(file), PLACE_NAMES_FILE);
  if (!fs.existsSync(namesFile)) return new Gazetteer(parsed.data, []);
  const names = placeNamesSchema.safeParse(
    parseYamlText(fs.readFileSync(namesFile, 'utf8'), {}, yamlCache(cacheDir, namesFile)),
  );
  if (!names.success)
    throw new Error(`Invalid place names file ${namesFile}:\n${z.prettifyError(names.error)}`);
  for (const country of Object.keys(names.data.countries))
    if (!parsed.data.some((c) => c.country === country))
      throw new Error(`Place names: unknown country ${country} in ${namesFile}`);
  // A country's names in other languages ("finlandia", "españa") are more of its aliases.
  const countries = parsed.data.map((c) => ({
    ...c,
    aliases: [...c.aliases, ...(names.data.countries[c.country] ?? [])],
    cities: withSpellings(c.cities, names.data.spellings),
  }));
  return new Gazetteer(countries, names.data.groups, names.data.shorthand);
}

const PLACE_NAMES_FILE = 'place-names.yaml';
const placeNamesSchema = z
  .object({
    spellings: z.array(z.array(z.string()).min(2)).default([]),
    groups: z.array(groupSchema).default([]),
    countries: z.record(z.string(), z.array(z.string())).default({}),
    shorthand: z.record(z.string(), z.array(z.string())).default({}),
  })
  .strict();

/**
 * A country's flat cities with each city written several ways made one list, canonical name first,
 * where that list's canonical name is one of the country's cities; spellings not listed are added.
 */
function withSpellings(
  cities: CountryDefinition['cities'],
  spellings: string[][],
): CountryDefinition['cities'] {
  const flat = cities.flat().map((c) => c.toLowerCase());
  const out: CountryDefinition['cities'] = [];
  const taken = new Set<string>();
  for (const city of flat) {
    if (taken.has(city)) continue;
    const list = spellings.find(
      (s) =>
        s[0]!.toLowerCase() === city ||
        (s.some((x) => x.toLowerCase() === city) && flat.includes(s[0]!.toLowerCase())),
    );
    if (list) {
      for (const x of list) taken.add(x.toLowerCase());
      out.push(list);
    } else {
      taken.add(city);
      out.push(city);
    }
  }
  return out;
}
