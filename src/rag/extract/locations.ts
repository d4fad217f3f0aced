import fs from 'node:fs';
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
  cities: z.array(z.string()).default([]),
  /** State or province codes written after a city ("Hartford, CT", "Toronto, ON"); matched in capitals. */
  subdivisions: z.array(z.string()).default([]),
});
export type CountryDefinition = z.infer<typeof countrySchema>;

// Region words used in remote restrictions: "Remote (EU)", "Americas time zones", "EMEA".
const REGION_WORDS: Array<[RegExp, Region]> = [
  [
    /\b(eu|europe|european|emea|cet|cest|gmt|uk time|nordics?|nordic countries|scandinavia|dach|benelux|baltics)\b/i,
    'europe',
  ],
  [/\b(north america|americas|us time zones?|est|pst|pt|et)\b/i, 'north-america'],
  [/\b(latam|latin america|south america)\b/i, 'latin-america'],
  [/\b(apac|asia|asia[- ]pacific|oceania|anz)\b/i, 'asia-pacific'],
  [/\b(middle east|mena|gcc)\b/i, 'middle-east'],
  [/\b(africa)\b/i, 'africa'],
];

export class Gazetteer {
  private readonly byName = new Map<string, CountryDefinition>();
  private readonly byCity = new Map<string, CountryDefinition>();
  private readonly bySubdivision = new Map<string, CountryDefinition>();

  constructor(countries: CountryDefinition[]) {
    for (const c of countries) {
      for (const code of c.subdivisions) this.bySubdivision.set(code, c);
      for (const name of [c.country, c.code, ...c.aliases]) this.byName.set(name.toLowerCase(), c);
      for (const city of c.cities) this.byCity.set(city.toLowerCase(), c);
    }
  }

  /** Cities named anywhere in a text ("roles in Berlin or Lisbon"), with their country. */
  cityMentions(text: string): Array<{ city: string; country: string }> {
    const lower = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, ' ')} `;
    const found: Array<{ city: string; country: string }> = [];
    for (const [city, def] of this.byCity) {
      if (city.length >= 3 && lower.includes(` ${city} `)) found.push({ city, country: def.country });
    }
    return found;
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
        city = word;
        cityCountry = asCity;
      }
    }
    // A city named in running text ("optional desk in Barcelona") still places the listing.
    if (!city && countries.length === 0) {
      const mention = this.cityMentions(raw)[0];
      if (mention) {
        city = mention.city.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
        cityCountry = this.byName.get(mention.country.toLowerCase());
      }
    }
    if (cityCountry && countries.length === 0) countries = [cityCountry];
    else if (!cityCountry) countries = [...new Set([...codes, ...countries])];
    if (countries.length === 0 && subdivision) countries = [subdivision];
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

export function loadGazetteer(file: string, cacheDir?: string): Gazetteer {
  const text = fs.readFileSync(file, 'utf8');
  const parsed = z.array(countrySchema).safeParse(parseYamlText(text, {}, yamlCache(cacheDir, file)));
  if (!parsed.success) throw new Error(`Invalid locations file ${file}:\n${z.prettifyError(parsed.error)}`);
  return new Gazetteer(parsed.data);
}
