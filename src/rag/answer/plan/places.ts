import {
  type CityMention,
  type Gazetteer,
  type PlaceGroup,
  REGION_NAMES,
  REGIONS,
  type Region,
} from '../../extract/locations.js';
import type { QueryPlan } from '../../query.js';
import { escapeRegExp, namedInTurn } from './cues.js';
import { selfDescription, withoutMemberAside, withoutMemberContext } from './member-context.js';
import type { AnswerPlan, ResolvedPlace } from './types.js';

// Places named in everyday forms the gazetteer spells otherwise.
const PLACE_ALIASES: Record<string, ResolvedPlace> = {
  // The regions by their ids, hyphenated or spaced ("asia-pacific", "north america").
  ...Object.fromEntries(
    REGIONS.flatMap((region) => [region, region.replace(/-/g, ' ')].map((id) => [id, { name: id, region }])),
  ),
  us: { name: 'US', country: 'United States' },
  usa: { name: 'USA', country: 'United States' },
  'the us': { name: 'US', country: 'United States' },
  'the states': { name: 'US', country: 'United States' },
  america: { name: 'America', country: 'United States' },
  uk: { name: 'UK', country: 'United Kingdom' },
  britain: { name: 'Britain', country: 'United Kingdom' },
  england: { name: 'England', country: 'United Kingdom' },
  europe: { name: 'Europe', region: 'europe' },
  eu: { name: 'EU', region: 'europe' },
  latam: { name: 'LATAM', region: 'latin-america' },
  'latin america': { name: 'Latin America', region: 'latin-america' },
  'south america': { name: 'South America', region: 'latin-america' },
  apac: { name: 'APAC', region: 'asia-pacific' },
  asia: { name: 'Asia', region: 'asia-pacific' },
  'north america': { name: 'North America', region: 'north-america' },
  africa: { name: 'Africa', region: 'africa' },
  'middle east': { name: 'Middle East', region: 'middle-east' },
  // Names a country goes by in other languages are the gazetteer's (place-names.yaml `countries`).
};

/**
 * Whether a listing's location line names a region by one of its names ("Remote (Argentina / LatAm,
 * UTC-3 ± 2h)": Latin America), besides the country it names ("Remote (South Africa)" names none).
 */
export function namesRegion(raw: string, region: Region, country: string): boolean {
  const rest = raw.replace(new RegExp(escapeRegExp(country), 'gi'), ' ');
  return Object.entries(PLACE_ALIASES).some(
    ([alias, place]) =>
      place.region === region &&
      !place.country &&
      alias.length > 2 &&
      new RegExp(`(?<![\\p{L}])${escapeRegExp(alias)}(?![\\p{L}])`, 'iu').test(rest),
  );
}

/** A named group of places as a place ("the Nordics": its countries; "the Americas": its regions). */
export function groupPlace(group: PlaceGroup, name: string): ResolvedPlace {
  const label = group.label ?? group.group;
  return group.countries.length
    ? { name, countries: [...group.countries], group: label }
    : { name, regions: [...group.regions] as Region[], group: label };
}

/** Resolves a place as named into the extracted-place fields it matches. */
export function resolvePlace(name: string, gazetteer: Gazetteer): ResolvedPlace | undefined {
  const lower = name.trim().toLowerCase().replace(/\s+/g, ' ');
  const alias = PLACE_ALIASES[lower];
  if (alias) return { ...alias, name: name.trim() };
  const group = gazetteer.group(lower);
  if (group) return groupPlace(group, name.trim());
  const city = gazetteer.cityMentions(name)[0];
  if (city && city.written === lower) return { name: name.trim(), city: city.city, country: city.country };
  const country = gazetteer.country(lower);
  // A two-letter code counts in capitals only ("NL", "NZ": as a question names it), never "in" or "it".
  const code = /^[A-Z]{2}$/.test(name.trim());
  if (country && (lower.length > 2 || code)) return { name: name.trim(), country: country.country };
  if (city) return { name: name.trim(), city: city.city, country: city.country };
  return undefined;
}

/** The place the question names, as it names it: a city first, then a country, then a region. */
export function namedPlace(question: string, gazetteer: Gazetteer): ResolvedPlace | undefined {
  // "Singapore-based listings", "UK- and Sweden-based lead roles": the place before "-based".
  const text = question
    // (and the full-width stops of Japanese and Chinese: "…です。Japan で remote OK")
    .replace(/[?!.,;:()。、？！：；（）「」]/g, ' ')
    .replace(/(?<=\p{L})-(?=based\b|\s+(?:and|or|&)\s+[\p{L}]+-based\b)/giu, ' ')
    // "in der DACH-Region", "NYC-area roles", "Germany-focused": a place compounded with a word for
    // the place itself is that place (not "asia-pacific" or "cluj-napoca", places as written; nor
    // "non-EU", said of another; nor "APAC-wide remote", a remote scope).
    .replace(/(?<![\p{L}-])(\p{L}+)-(\p{L}+)(?![\p{L}-])/gu, (m, first: string, second: string) =>
      PLACE_COMPOUND.test(second) &&
      !resolvePlace(m, gazetteer) &&
      !gazetteer.group(m) &&
      (first.length > 2 || first === first.toUpperCase()) &&
      (gazetteer.group(first) || resolvePlace(first, gazetteer))
        ? m.replace('-', ' ')
        : m,
    );
  // Cities that are also everyday words ("split", "nice", "reading") count only capitalised; those
  // that are also a typed job word ("leeds" for leads) also after a place word ("jobs in leeds").
  // (Only those read as cities spell out a country named beside them: "germany, munich would be
  // nice" names no Nice.)
  const cities = gazetteer.cityMentions(text).filter(
    (c) =>
      !(WORD_CITIES.has(c.written) || TYPO_CITIES.has(c.written)) ||
      // (Capitalised by the sentence alone, "Split lead vs everything else.", it is still the word.)
      new RegExp(
        `(?<!(?:^|[.?!:;]|\\n)\\s*)\\b${escapeRegExp(c.written[0]!.toUpperCase() + c.written.slice(1))}\\b`,
      ).test(question) ||
      (TYPO_CITIES.has(c.written) &&
        new RegExp(`\\b(?:in|near|around|from|to|based in)\\s+${escapeRegExp(c.written)}\\b`, 'i').test(
          text,
        )),
  );
  const city = cities[0];
  // "lead backend in india? bangalore/hyderabad side", "en españa? madrid o barcelona", "africa —
  // nairobi/lagos/cape town, anywhere": the country, group or region asked, its cities as examples.
  const spelt = city ? elaborated(text, cities, gazetteer, question) : undefined;
  if (spelt) return spelt;
  if (city) {
    const m = new RegExp(`\\b${escapeRegExp(city.written)}\\b`, 'i').exec(text);
    return { name: m ? m[0] : city.written, city: city.city, country: city.country };
  }
  // Countries by name (longest first), then codes in capitals ("US", "UK") and region words.
  const words = text.split(/\s+/).filter(Boolean);
  for (let size = 3; size >= 1; size--)
    for (let i = 0; i + size <= words.length; i++) {
      const phrase = words.slice(i, i + size).join(' ');
      const lower = phrase.toLowerCase();
      // Two-letter words count only in capitals ("US", not "us"), but "uk" and "eu" are no words.
      if (lower.length <= 2 && phrase !== phrase.toUpperCase() && !/^(?:uk|eu)$/.test(lower)) continue;
      if (/^(?:us|in|it|me|my|no|or|at|to|an|as|is|be|do|go|so|on|id|hi|ok)$/.test(lower) && phrase !== 'US')
        continue;
      const alias = PLACE_ALIASES[lower];
      // A named group ("the Nordics", "DACH"); one of three letters or fewer only in capitals ("GCC").
      const group = gazetteer.group(lower);
      if (group && (lower.length > 3 || phrase === phrase.toUpperCase()))
        return groupPlace(group, phrase.replace(/^the /i, ''));
      if (!alias && lower.startsWith('the ')) continue;
      if (alias && (lower !== 'us' || phrase === 'US')) {
        // "the US" is named "US"; "the states" keeps its article (alone it is no place).
        const bare = phrase.replace(/^the /i, '');
        return { ...alias, name: PLACE_ALIASES[bare.toLowerCase()] ? bare : phrase };
      }
      if (lower.length > 2 || phrase === phrase.toUpperCase()) {
        const initialled = phrase === phrase.toUpperCase() ? byInitials(phrase, text, gazetteer) : undefined;
        if (initialled) return initialled;
        const country = gazetteer.country(lower);
        if (country && !/^(?:lead|staff|go|java|rust|remote|senior|principal|manager)$/i.test(lower))
          return { name: phrase, country: country.country };
      }
    }
  return undefined;
}

// What a place is compounded with when the compound still names the place ("DACH-Region",
// "NYC-area", "Germany-focused", "Berlin-Büro").
const PLACE_COMPOUND =
  /^(?:region|regio|región|região|raum|gebiet|area|zone|focused|centric|located|market|markt|office|büro|standort|hub|side)$/i;

/**
 * The country, named group or region that two or more cities named beside it spell out ("south
 * africa? cape town or joburg": South Africa; "africa — nairobi/lagos": Africa), by any of its names;
 * the narrowest first.
 */
function elaborated(
  text: string,
  cities: CityMention[],
  gazetteer: Gazetteer,
  question = text,
): ResolvedPlace | undefined {
  const defs = cities.map((c) => gazetteer.country(c.country));
  if (defs.some((d) => !d)) return undefined;
  if (
    new Set(cities.map((c) => c.city)).size < 2 &&
    !cities.some((c) => cityOffered(text, c.written)) &&
    !countryApart(question, cities[0]!, gazetteer)
  )
    return undefined;
  const said = (name: string) =>
    new RegExp(`(?<![\\p{L}#-])${escapeRegExp(name)}(?![\\p{L}-])`, 'iu').exec(text)?.[0];
  const first = defs[0]!;
  if (defs.every((d) => d!.country === first.country)) {
    for (const name of [first.country, ...first.aliases].filter((n) => n.length > 2)) {
      const m = said(name);
      if (m) return { name: m, country: first.country };
    }
    // "roles in SA … cape town or joburg": a country of several words by its initials, in capitals,
    // is the one its cities are in, named in full (alone, "SA" is the gazetteer's code, Saudi Arabia).
    const words = first.country.split(/\s+/);
    const initials = words.map((w) => w[0]!.toUpperCase()).join('');
    if (words.length >= 2 && new RegExp(`(?<![\\p{L}#-])${initials}(?![\\p{L}-])`, 'u').test(text))
      return { name: first.country, country: first.country };
  }
  for (const name of gazetteer.groupNames()) {
    const group = gazetteer.group(name)!;
    if (!group.countries.length || !defs.every((d) => group.countries.includes(d!.country))) continue;
    const m = said(name);
    if (m && (name.length > 3 || m === m.toUpperCase())) return groupPlace(group, m.replace(/^the /i, ''));
  }
  if (defs.every((d) => d!.region === first.region))
    for (const [alias, place] of Object.entries(PLACE_ALIASES)) {
      if (place.country || place.region !== first.region || alias.length <= 2) continue;
      const m = said(alias);
      if (m) return { ...place, name: m };
    }
  return undefined;
}

/**
 * One city and its country, each named in a clause of its own ("what do lead roles in Canada pay?
 * thinking of Toronto vs staying remote", "relocation pro Canadá? … queria ir pra Toronto"): the
 * country is asked, the city is where the member would like to be. Not "Berlin, Germany" (one
 * place, the city: read in the question as written, its punctuation kept), nor a city singled out
 * in its country ("Zurich has the most lead roles in Switzerland, right?").
 */
function countryApart(text: string, city: CityMention, gazetteer: Gazetteer): boolean {
  const def = gazetteer.country(city.country);
  if (!def || SINGLED_OUT.test(text)) return false;
  const c = escapeRegExp(city.written);
  // ("im on my partner's visa in canada, how many lead roles are in toronto?": the roles asked there.)
  if (new RegExp(`${ROLES_IN}${c}(?![\\p{L}])`, 'iu').test(text)) return false;
  return [def.country, ...def.aliases]
    .filter((n) => n.length > 2)
    .some((n) => {
      const name = escapeRegExp(n);
      const named = new RegExp(`(?<![\\p{L}#-])${name}(?![\\p{L}-])`, 'iu');
      const beside = new RegExp(
        `(?<![\\p{L}])${c}\\s*(?:[-,/(]\\s*)?${name}(?![\\p{L}])|(?<![\\p{L}])${name}\\s*[-,/:]?\\s*${c}(?![\\p{L}])`,
        'iu',
      );
      return named.test(text) && !beside.test(text);
    });
}
// Where the roles asked are ("lead roles are in", "jobs in", "positions based in").
const ROLES_IN = String.raw`\b(?:roles?|jobs?|listings?|positions?|openings?|gigs?|vacanc\w+|leads?)\s+(?:(?:are|is)\s+)?(?:in|at|based in|located in)\s+`;
// A city set above the rest of its country ("Zurich has the most…", "is Berlin the biggest?").
const SINGLED_OUT = /\b(?:most|biggest|largest|majority|more than (?:the )?rest)\b/i;

/**
 * A country of several words named by its initials in capitals ("SA" for South Africa), when the
 * other places the question names lie in its region and none in the region of the country whose
 * code the letters are ("lead jobs in SA? (Nigeria, Kenya, SA)"; alone, "SA" is Saudi Arabia's code).
 */
function byInitials(letters: string, text: string, gazetteer: Gazetteer): ResolvedPlace | undefined {
  const coded = gazetteer.country(letters.toLowerCase());
  const candidates = [...new Set(gazetteer.countryNames().map((n) => gazetteer.country(n)!))].filter(
    (d) =>
      d !== coded &&
      /\s/.test(d.country) &&
      d.country
        .split(/\s+/)
        .map((w) => w[0]!.toUpperCase())
        .join('') === letters,
  );
  if (candidates.length !== 1) return undefined;
  const candidate = candidates[0]!;
  const rest = text.replace(new RegExp(`(?<![\\p{L}])${escapeRegExp(letters)}(?![\\p{L}])`, 'gu'), ' ');
  const lower = ` ${rest.toLowerCase()} `;
  const regions = new Set<string>();
  for (const c of gazetteer.cityMentions(rest)) {
    const region = gazetteer.country(c.country)?.region;
    if (region && !WORD_CITIES.has(c.written)) regions.add(region);
  }
  for (const name of gazetteer.countryNames())
    if (new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'u').test(lower))
      regions.add(gazetteer.country(name)!.region);
  const paidIn = INITIALLED_CURRENCY[candidate.country]?.test(rest) ?? false;
  if (!paidIn && (!regions.has(candidate.region) || (coded && regions.has(coded.region)))) return undefined;
  return { name: candidate.country, country: candidate.country };
}
// The currency of a country members name by its initials ("SA … in rands"): that country's.
const INITIALLED_CURRENCY: Record<string, RegExp> = {
  'South Africa': /\b(?:zar|rands?)\b/i,
  'Saudi Arabia': /\b(?:sar|riyals?)\b/i,
  'United Arab Emirates': /\b(?:aed|dirhams?)\b/i,
  'Hong Kong': /\b(?:hkd)\b|\bhk\$/i,
  'South Korea': /\b(?:krw|won)\b/i,
};

// A city offered as the member's preference or option, not the place asked ("amsterdam ideally",
// "preferably munich", "toronto or remote", "looking at cape town", "bangalore side"): beside a
// country or region named, that wider place is asked.
function cityOffered(text: string, city: string): boolean {
  const c = escapeRegExp(city);
  return new RegExp(
    `(?:\\b(?:ideally|preferably|pref|prefer(?:ring)?|looking at|eyeing|hoping for|open to)\\s+(?:in\\s+)?${c}\\b|\\b${c}\\s+(?:ideally|preferably|preferred|if possible|would be (?:nice|best|great|ideal)|ho to (?:best|accha|achha|badhiya)|side|area|or remote|or (?:fully )?remote|or anywhere(?: else)?|or elsewhere|(?:is|would be) a bonus|bonus)\\b)`,
    'iu',
  ).test(text);
}

/**
 * Whether a place lies within a wider one: a city within its country, or a group or region holding
 * its country; a country or group of countries within a group or region holding them ("the Gulf",
 * "Israel" within EMEA); a region within a group of regions.
 */
export function placeWithin(place: ResolvedPlace, container: ResolvedPlace, gazetteer: Gazetteer): boolean {
  if (container.city) return false;
  const holds = (country: string) => {
    if (container.countries) return container.countries.includes(country);
    const region = gazetteer.country(country)?.region;
    if (container.region) return region === container.region;
    return Boolean(region && container.regions?.includes(region));
  };
  if (place.city && place.country)
    return container.country ? place.country === container.country : holds(place.country);
  if (container.country) return false;
  if (place.country) return holds(place.country);
  if (place.countries?.length) return place.group !== container.group && place.countries.every(holds);
  const regions = place.region ? [place.region] : (place.regions ?? []);
  return (
    !container.region &&
    regions.length > 0 &&
    place.group !== container.group &&
    regions.every((r) => container.regions?.includes(r))
  );
}

/**
 * The widest of the places a question names when it holds every other one, two or more ("open to
 * EMEA members — someone in the Gulf, Africa, Israel or Europe": EMEA): the others spell it out.
 */
function widestNamed(text: string, gazetteer: Gazetteer): ResolvedPlace | undefined {
  const found = namedInTurn(
    text,
    10,
    (rest) => namedPlace(rest, gazetteer),
    (p) => p.name,
  );
  if (found.length < 3) return undefined;
  const wide = found.find((w) => found.every((p) => p === w || placeWithin(p.found, w.found, gazetteer)));
  if (!wide) return undefined;
  // "how many listings for Mexico, Brazil, Argentina, Colombia and Chile? want to know if LatAm is
  // under-covered": the parts are asked, the wide place named after them, in a sentence of its own,
  // is why (the parts spell it out only when it comes first, or with them).
  const last = found.reduce((m, p) => (p === wide ? m : Math.max(m, p.at)), -1);
  if (wide.at > last && /[?.!]\s/.test(text.slice(last, wide.at))) return undefined;
  return wide.found;
}

// Countries by the adjective members use for them ("german lead jobs", "dutch fintechs").
const COUNTRY_ADJECTIVES: Record<string, string> = {
  american: 'United States',
  'us-based': 'United States',
  canadian: 'Canada',
  mexican: 'Mexico',
  brazilian: 'Brazil',
  argentinian: 'Argentina',
  argentine: 'Argentina',
  colombian: 'Colombia',
  chilean: 'Chile',
  british: 'United Kingdom',
  'uk-based': 'United Kingdom',
  scottish: 'United Kingdom',
  irish: 'Ireland',
  german: 'Germany',
  dutch: 'Netherlands',
  belgian: 'Belgium',
  french: 'France',
  spanish: 'Spain',
  portuguese: 'Portugal',
  italian: 'Italy',
  swiss: 'Switzerland',
  austrian: 'Austria',
  polish: 'Poland',
  czech: 'Czech Republic',
  romanian: 'Romania',
  hungarian: 'Hungary',
  ukrainian: 'Ukraine',
  swedish: 'Sweden',
  norwegian: 'Norway',
  danish: 'Denmark',
  finnish: 'Finland',
  estonian: 'Estonia',
  lithuanian: 'Lithuania',
  latvian: 'Latvia',
  greek: 'Greece',
  serbian: 'Serbia',
  croatian: 'Croatia',
  bulgarian: 'Bulgaria',
  turkish: 'Turkey',
  indian: 'India',
  japanese: 'Japan',
  singaporean: 'Singapore',
  australian: 'Australia',
  'new zealand': 'New Zealand',
  kiwi: 'New Zealand',
  israeli: 'Israel',
  emirati: 'United Arab Emirates',
  nigerian: 'Nigeria',
  egyptian: 'Egypt',
  ghanaian: 'Ghana',
  pakistani: 'Pakistan',
  bangladeshi: 'Bangladesh',
  peruvian: 'Peru',
  kenyan: 'Kenya',
  'south african': 'South Africa',
  korean: 'South Korea',
  chinese: 'China',
  vietnamese: 'Vietnam',
  filipino: 'Philippines',
  indonesian: 'Indonesia',
  malaysian: 'Malaysia',
  european: 'Europe',
  'latin american': 'Latin America',
  'north american': 'North America',
  'south american': 'South America',
  african: 'Africa',
  'middle eastern': 'Middle East',
  scandinavian: 'Scandinavia',
  asian: 'Asia',
};
const ADJECTIVES = Object.keys(COUNTRY_ADJECTIVES)
  .sort((a, b) => b.length - a.length)
  .join('|');
// What a place adjective qualifies ("german jobs", "dutch fintechs", "per Latin American country").
const ADJECTIVE_NOUN =
  '(?:jobs?|roles?|gigs?|listings?|postings?|positions?|openings?|vacanc\\w+|compan(?:y|ies)|employers?|firms?|startups?|scale-?ups?|market|fintechs?|banks?|teams?|leads?|engineers?|devs?|offices?|countr(?:y|ies)|cities)';
const PLACE_ADJECTIVE = new RegExp(
  `\\b(${ADJECTIVES})(?!\\s*-?\\s*(?:speak\\w*|language|fluen\\w*|skills?))\\s+(?:(?!(?:for|the|a|an|in|at|to|of|with|and|or)\\s)[\\w+#.-]+\\s+){0,3}?${ADJECTIVE_NOUN}\\b`,
  'i',
);

/**
 * A place named by its adjective before a kind of job or employer ("german lead jobs", "Dutch
 * companies"); never a language asked about ("do I need Japanese?").
 */
export function placeByAdjective(question: string, gazetteer: Gazetteer): ResolvedPlace | undefined {
  const m = PLACE_ADJECTIVE.exec(question);
  if (!m) return undefined;
  const name = COUNTRY_ADJECTIVES[m[1]!.toLowerCase()]!;
  return resolvePlace(name, gazetteer);
}

/** A place typed with a typo that the search layer corrected ("amsterdamm" → Amsterdam). */
export function correctedPlace(
  understood: QueryPlan,
  gazetteer: Gazetteer,
  where: string,
): ResolvedPlace | undefined {
  for (const c of understood.corrections) {
    // Only words still in the text places are read from (not the member's own whereabouts).
    if (c.from.length < 5 || !where.toLowerCase().includes(c.from.toLowerCase())) continue;
    const p = namedPlace(c.to, gazetteer);
    if (p?.city || p?.country) return p;
  }
  return undefined;
}

// Where the member (or one they speak for) is ("I'm in Brazil", "I live in Lagos", "I'm based in
// Porto", "my mentee is in India"); "people based in Nigeria", "roles based in Spain" say whom a
// listing takes or where it is.
const OWN_PLACE =
  /\b(?:i'?m|i am|im|i live|(?:my|our) (?:mentee|friend|colleague|report|partner|candidate|client)s? (?:is|are|lives?)|i'?m living|i'?m currently|i currently live|(?<!\b(?:people|persons?|someone|somebody|anyone|candidates?|applicants?|folks?|those|engineers?|devs?|developers?|roles?|jobs?|listings?|positions?|companies|teams?)\s+)(?:living|based)|i'?m based|i come|coming|originally)\s+(?:currently\s+|based\s+|living\s+|located\s+)?(?:in|from)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?/giu;
// Someone the member speaks for, with or without "my" ("my mentee", "mentee", "a friend").
const OTHER_PERSON = String.raw`(?:(?:my|our|a|the)\s+)?(?:mentee|friend|mate|buddy|pal|colleague|co-?worker|teammate|report|partner|candidate|client|family|wife|husband|brother|sister|son|daughter|cousin)s?`;
// "im a senior eng in Lagos", "I am a backend developer from Brazil", "my mentee is a senior java dev
// in lisbon": the asker (or whom they speak for), by their job.
const OWN_PLACE_BY_JOB = new RegExp(
  String.raw`\b(?:i'?m|i am|im|${OTHER_PERSON}\s+(?:is|'s)|(?:she|he)(?:'s| is))\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:engs?|engineers?|devs?|developers?|leads?|programmers?|swes?|sdes?|architects?|contractors?|freelancers?|consultants?|people|person)\s+(?:currently\s+)?(?:based\s+|living\s+|located\s+|working\s+)?(?:in|from)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?`,
  'giu',
);
// The same said in the first person only ("based in Poland" alone is where the jobs are).
const OWN_PLACE_FIRST_PERSON = new RegExp(
  String.raw`\b(?:i'?m|i am|im|i|we|we'?re|we are|${OTHER_PERSON} (?:is|are|lives?|'s)|(?:he|she|they)(?:'s| is| are| lives?| live))\s+(?:currently\s+|now\s+|actually\s+)?(?:live|living|lives|based|located|staying|stay|stays|residing|reside|settled|sitting)?\s*(?:currently\s+)?(?:in|from|near|outside)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?`,
  'giu',
);
// Where someone the member speaks for comes from or is ("mentee from pune wants to move to europe",
// "collecting this for a mentee in lagos", "my mate in the states says").
const OTHER_ORIGIN = new RegExp(
  String.raw`\b${OTHER_PERSON}\s+(?:(?:who is|who's|who lives|is|are|lives)\s+)?(?:originally\s+from|from|(?:currently\s+)?(?:based\s+|living\s+|located\s+)?in)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?`,
  'giu',
);
// The people the member asks for, by where they are ("members in cape town keep asking", "folks in
// lagos asked"): the audience, not the place asked.
const AUDIENCE_IN =
  /\b(?:members|folks|people|mentees|devs|engineers|friends|peers|some(?:one|body)|a few (?:people|folks|members))\s+(?:(?:based|living)\s+)?(?:in|from)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?(?=\s+(?:keeps?|kept|asked|ask(?:s|ing)?|are asking|were asking|wants?|wanted|wonder(?:s|ing|ed)?|says?|said|told)\b)/giu;
// The member's place as a tag of its own ("lagos here.", "uk contractor here", "berlin dev here"),
// or alone in brackets after the question ("…open to someone in europe? (kraków)").
const PLACE_TAG =
  /(?:^|[.!?;,(—–]\s*|\s[-—–]\s*)(?:[\p{L}-]+\s+){0,2}[\p{L}-]+\s+here(?=\s*(?:[.!?;,:)(—–]|\s-\s|$))|\?\s*\(\s*[\p{L}][\p{L} ./-]{0,30}\)\s*$/giu;
// Where the member lives, said as a clause of its own ("6 yoe, kotlin, living in lisbon. am i …",
// "stack + yoe. based in london fwiw").
const RESIDENCE_CLAUSE =
  /(?:^|[,.;:!?(—–]\s*|\band\s+)(?:currently\s+|now\s+)?(?:living|residing|staying|based)\s+(?:in|near|outside(?: of)?)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?/giu;
// Where the member lives, said in their own language ("Ik woon in Utrecht", "ich wohne in Köln",
// "vivo en Valencia", "j'habite à Lyon", "moro em Porto", "siedzę w warszawie"), or where they are
// from ("Sou de Curitiba", "soy de Cali", "ich komme aus Graz", "je viens de Lyon", "jestem z Łodzi").
const OWN_PLACE_OTHER_LANGUAGE =
  /\b(?:(?:ik (?:woon|zit|werk)|ich (?:wohne|lebe|bin|arbeite)|(?:yo )?(?:vivo|estoy|trabajo)|j'habite|je (?:vis|suis|travaille)|(?:eu )?(?:moro|estou|vivo|trabalho)|mieszkam|siedz[eę]|jestem|pracuj[eę]|jag bor)\s+(?:in|en|em|à|a|au|aux|w|we|i)|(?:(?:yo )?soy|(?:eu )?sou|ich komme|je viens|jestem|jag kommer)\s+(?:de|da|do|aus|z|ze|från))\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?/giu;
// Where the member lives, said first as a sentence of its own ("I live in Lisbon. any remote lead
// jobs in Spain?", "Ik woon in Utrecht. …", "My mentee is in India. …").
// ("living in Buenos Aires — which remote roles are open to me?": the same without a subject, and
// closed by a dash.)
const LIVING_IN = String.raw`(?:currently\s+|now\s+)?(?:living|residing|staying|based)\s+(?:in|near)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?`;
const LEADING_RESIDENCE = new RegExp(
  `^\\s*(?:(?:${[OWN_PLACE_FIRST_PERSON.source, OWN_PLACE_OTHER_LANGUAGE.source, LIVING_IN].join(')|(?:')}))(?:\\s+(?:now|currently|atm|at the moment|right now))?\\s*(?:[.;:!,—–]+|\\s-)\\s+(?=\\S)`,
  'iu',
);

// "…could I take while living in Buenos Aires": where the member lives, said inside the question.
const WHILE_LIVING =
  /\bwhile\s+(?:living|based|staying|residing)\s+in\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?/giu;

/** Whether the member says they live in the place named ("I live in Toronto", "im a dev in Lagos"). */
export function livesIn(q: string, name: string): boolean {
  const named = new RegExp(`\\b${escapeRegExp(name)}\\b`, 'i');
  return [
    OWN_PLACE_FIRST_PERSON,
    OWN_PLACE_BY_JOB,
    OWN_PLACE_OTHER_LANGUAGE,
    RESIDENCE_CLAUSE,
    WHILE_LIVING,
  ].some((re) => [...q.matchAll(re)].some((m) => named.test(m[0])));
}

/**
 * The question without a first sentence that only says where the member lives: what it asks is
 * read from the rest (the place filters are read with it, where it stays context).
 */
export function withoutResidence(q: string): string {
  const m = LEADING_RESIDENCE.exec(q);
  return m ? q.slice(m[0].length) : q;
}

// A place the member does not want ("really don't want to commute to Madrid", "not Berlin").
const UNWANTED_PLACE =
  /\b(?:don'?t|do not|doesn'?t|won'?t|can'?t|cannot|never|rather not|not willing to|no way i'?d|avoid(?:ing)?)\b[^.?!,;]{0,30}?\b(?:commut\w*|mov\w*|relocat\w*|go(?:ing)?|travel\w*|liv\w*|work\w*|be)\s+(?:to|in|into|near)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?|\b(?:outside(?: of)?|except|excluding|other than|anywhere but|not)\s+(?:in\s+)?[\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?/gu;
// Where the member is moving ("im moving to munich next year", "relocating to Spain"): the place
// asked when no other is named, but "jobs in germany" named besides is the one asked.
const MEMBER_MOVE =
  /\b(?:mov(?:e|ing)|relocat\w*)\s+(?:over\s+|back\s+)?to\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?/gu;
// A wider place offered as the real scope ("anything in Lyon? or France generally").
const WIDER_PLACE =
  /\bor\s+(?:just\s+|anywhere\s+|anything\s+)?(?:in\s+)?(?:the\s+)?([\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:generally|in general|overall|as a whole|more (?:broadly|widely)|wide|at all)\b/iu;

/**
 * The text places are read from: where the member is ("I'm in Brazil", "I live in Lagos") says
 * where they come from when they ask about moving or visas, not where the jobs should be.
 */
export function placeText(raw: string): string {
  // A currency's country ("paid in US dollars", "Swiss francs") names no place.
  const question = raw.replace(
    /\b(?:us|u\.s\.|american|canadian|australian|singapore|hong kong|new zealand)[- ]?dollars?\b|\bswiss[- ]francs?\b|\bbritish pounds?\b|\bindian rupees?\b|\bswedish kron\w+\b|\bpolish zloty\b|\bjapanese yen\b|\bbrazilian reals?\b/gi,
    ' ',
  );
  if (!/\b(?:visas?|sponsor\w*|relocat\w*|work permit|mov(?:e|ing)|abroad|emigrat\w*)\b/i.test(question))
    return question;
  return question
    .replace(OWN_PLACE, ' ')
    .replace(OWN_PLACE_BY_JOB, ' ')
    .replace(ORIGIN_FOR, ' ')
    .replace(CITIZENSHIP, ' ')
    .replace(ORIGIN_ADJECTIVE, ' ');
}

/**
 * Where a visa asker comes from ("for someone from India", "I'm a Nigerian citizen", "as a
 * Brazilian", "I'm from Kenya"), which `placeText` takes out of the job's place: a country or none.
 */
export function originPlace(raw: string, gazetteer: Gazetteer): ResolvedPlace | undefined {
  if (!/\b(?:visas?|sponsor\w*|relocat\w*|work permit)\b/i.test(raw)) return undefined;
  for (const re of [ORIGIN_FOR, CITIZENSHIP, ORIGIN_ADJECTIVE, OWN_PLACE, OWN_PLACE_BY_JOB])
    for (const m of raw.matchAll(re)) {
      const adjective = Object.keys(COUNTRY_ADJECTIVES).find((a) =>
        new RegExp(`\\b${escapeRegExp(a)}\\b`, 'i').test(m[0]),
      );
      const p = adjective
        ? resolvePlace(COUNTRY_ADJECTIVES[adjective]!, gazetteer)
        : namedPlace(m[0].replace(/^\S+\s+/, ''), gazetteer);
      if (p?.country) return p;
    }
  return undefined;
}

// Whose visa is asked about, by where they come from ("for someone from India", "for people from
// Pakistan"): the member's origin, not the job's place.
const ORIGIN_FOR =
  /\b(?:for|to)\s+(?:an?\s+)?(?:someone|somebody|person|people|persons|candidates?|applicants?|engineers?|devs?|developers?|folks?|me|us|anyone|those|hires?|workers?)\s+(?:who (?:is|are|comes?|come)\s+|coming\s+|moving\s+|relocating\s+)?from\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?/giu;
// Their citizenship or passport ("I'm a Nigerian citizen", "on an Indian passport").
const CITIZENSHIP =
  /\b(?:(?:i'?m|i am|im|as)\s+(?:an?\s+)?)?[\p{L}-]+\s+(?:citizens?|nationals?|passport(?:[- ]holders?)?)\b|\b(?:citizen|national)\s+of\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?/giu;
// Their nationality, as the member says it of themselves or of the people asked for ("as a
// Brazilian", "for an Indian engineer").
const ORIGIN_ADJECTIVE = new RegExp(
  `\\b(?:(?:as|i'?m|i am|im)\\s+an?\\s+(?:${Object.keys(COUNTRY_ADJECTIVES).join('|')})\\b|for\\s+(?:an?\\s+)?(?:${Object.keys(COUNTRY_ADJECTIVES).join('|')})\\s+(?:[\\w-]+\\s+){0,2}?(?:engineers?|devs?|developers?|people|persons?|candidates?|applicants?|folks?|hires?|workers?|citizens?|nationals?)\\b)`,
  'gi',
);

// The member tagged by their work with the town after it ("contractor here in Lagos", "backend dev
// here from Cluj"): who asks and where, never the roles ("any lead roles here in Berlin?" names roles).
const WORK_TAG_IN =
  /\b(?:contractors?|freelancers?|consultants?|devs?|developers?|engineers?|engs?|swes?|programmers?|seniors?)\s+here\s+(?:in|from|near)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?/giu;
// Where the member works now, said of their employer ("been a senior for 4 yrs at a service company
// in Pune", "i work at a bank in Lagos"): their situation, not where the roles asked are.
const OWN_EMPLOYER_IN =
  /\b(?:been|i work|i'?m working|im working|working|worked|i'?m|im|i am|i was|currently)\b[^.?!;]{0,50}?\bat\s+(?:an?|my|our)\s+(?:[\w-]+\s+){0,3}?(?:company|shop|startup|agency|firm|consultancy|bank|employer|org|corp|mnc|outsourcer|scale-?up|enterprise|product company|service company|place)\s+(?:(?:based\s+)?in|from)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?/giu;
// A profile sentence that opens with the member's years and closes on their town ("3 years exp,
// python/django, in Lima.", "8 yrs go, k8s, in Nairobi;"): whose town it is.
const PROFILE_TOWN =
  /(?:^|[.!;]\s+)\W*\d{1,2}\+?\s*(?:years?|yrs?|yoe|y)\b[^.?!;]{0,80}?,\s*(?:based\s+|living\s+)?in\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?(?=\s*(?:[.;!]|$))/giu;

// A listing the member saw, said after the question ("C# / .NET lead roles kitne hai total? saw a
// dubai one", "…? spotted one in Lisbon"): where that one was, not the place asked.
const SIGHTING =
  /(?<=\?[^?]*)\b(?:i\s+)?(?:saw|seen|spotted|noticed|came across)\s+(?:an?|one|the|some|that)\b[^.?!]*/giu;

// Someone the member mentors, coaches or manages, by where they are ("Senior in Bogotá I mentor
// wants…", "a dev from Lagos that I coach", "the two engineers in Pune we manage"): whom the member
// speaks for, not the place asked.
const MENTORED_IN =
  /\b(?:in|from|based in|out of)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?\s+(?:(?:that|who|whom)\s+)?(?:i|we|i'?ve been|i'?m)\s+(?:currently\s+|now\s+)?(?:mentor(?:ing)?|coach(?:ing)?|manag(?:e|ing)|support(?:ing)?|advis(?:e|ing)|supervis(?:e|ing)|teach(?:ing)?|look after|work with|hired|onboarded)\b/giu;

// Offers the member holds, weighed against what is asked ("so i can compare with the toronto offers",
// "vs my offer in Berlin", "against an offer from a Dublin startup"): their yardstick, not the place
// asked ("mentee got a lead offer in singapore, what do the ranges there look like?" asks it).
const OFFER_AT = '(?:offers?|package|comp|salary|counter-?offer)';
const OWN_OFFER = new RegExp(
  String.raw`\b(?:compar\w*\s+(?:[\p{L}'’]+\s+){0,3}?(?:with|to|against)|against|vs\.?|versus|beside|next to|weigh\w*\s+(?:it|them|this)\s+(?:up\s+)?against)\s+(?:(?:my|the|an?|these|those|her|his|their|our|two|three|both|\d+)\s+)(?:[\p{L}-]+\s+){0,2}?${OFFER_AT}(?:\s+(?:in|from|at|out of)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+)?[\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?)?`,
  'giu',
);

/** Where the member (or one they speak for, or the people they ask for) is: never a place asked. */
const WHEREABOUTS = [
  OWN_OFFER,
  MENTORED_IN,
  SIGHTING,
  OWN_PLACE_FIRST_PERSON,
  OWN_PLACE_OTHER_LANGUAGE,
  OWN_PLACE_BY_JOB,
  OTHER_ORIGIN,
  RESIDENCE_CLAUSE,
  WORK_TAG_IN,
  OWN_EMPLOYER_IN,
  PROFILE_TOWN,
];
// Spans read as whereabouts only when they name a place ("lagos here", not "python dev here").
const WHEREABOUTS_IF_PLACE = [PLACE_TAG, AUDIENCE_IN];

// A channel or post of the server named for a place ("for the #poland pin", "for the nordics
// channel post"): whom the answer is for, not the place asked when the question names one.
const CHANNEL_NAME =
  /#[\p{L}]+(?:-[\p{L}]+)*|\b(?:the\s+)?[\p{L}-]+\s+(?=(?:channel|pin|thread|server)\b)/giu;

// A channel of the server named in a sentence after the question, why the member asks ("? want to tag
// them for the EU channel", "… — pinning it in #canada").
const TRAILING_CHANNEL =
  /(?<=[.?!]\s*|\s[—–-]\s*)[^.?!;]*?(?:#[\p{L}]+(?:-[\p{L}]+)*|\b[\p{L}-]+\s+(?:channel|pin|thread|server|chapter)s?\b)[^.?!;,]*/giu;

/** The text without the server's channels named for a place ("for the east asia channel"), same length. */
export function withoutChannels(text: string): string {
  return text.replace(CHANNEL_NAME, (m) => ' '.repeat(m.length));
}

interface AskedText {
  /** The text the place asked is read from. */
  text: string;
  /** The place named is only where the member (or whom they speak for) is. */
  whereabouts: boolean;
}

/**
 * The text the asked place is read from when the question names more than one: where the member
 * lives ("I live in Valencia", "I'm a senior dev in Madrid", "lagos here", "based in london fwiw")
 * or a place they do not want ("don't want to commute to Madrid") is no filter when another place
 * is asked about ("any remote lead jobs in Spain?"); alone, it is the place read, marked as
 * whereabouts (the planner decides from what is asked whether it selects: plan/index.ts). A wider
 * place offered as the scope ("Lyon? or France generally") is the one asked; a channel named for a
 * place ("for the #poland pin") only when the question names no other.
 */
function askedPlaceText(said: string, gazetteer: Gazetteer): AskedText {
  // A town in the member's profile aside ("java dev here (6 yrs, lisbon)") is never the place asked.
  // (A channel named only in why the member asks, after the question, "? want to tag them for the EU
  // channel", is whom the answer is for: the question names no place.)
  const where = withoutMemberAside(said).replace(TRAILING_CHANNEL, (m) => ' '.repeat(m.length));
  const unchanneled = where.replace(CHANNEL_NAME, (m) => ' '.repeat(m.length));
  if (unchanneled !== where) {
    const asked = readAsked(unchanneled, gazetteer);
    if (namedPlace(asked.text, gazetteer) || placeByAdjective(asked.text, gazetteer)) return asked;
  }
  return readAsked(where, gazetteer);
}

/**
 * The text without the sentences only about the member when they say where the member is, or the
 * rest names a place of its own ("mentee just got a lead offer in singapore and asked me…": the
 * place asked about stays).
 */
function ownSentencesOut(where: string, gazetteer: Gazetteer): string {
  const self = selfDescription(where);
  return self.tag || namedPlace(self.rest, gazetteer) ? self.rest : where;
}

function readAsked(where: string, gazetteer: Gazetteer): AskedText {
  const wider = WIDER_PLACE.exec(where);
  if (wider && namedPlace(wider[1]!, gazetteer)) return { text: wider[1]!, whereabouts: false };
  const placeIn = (span: string) => Boolean(namedPlace(span, gazetteer));
  // A sentence only about the member ("I'm on 98k in Amsterdam.", "Freelancer based in Dublin.")
  // is where they are, as the spans below are.
  const own = [...WHEREABOUTS, UNWANTED_PLACE].reduce(
    (text, re) => text.replace(re, ' '),
    WHEREABOUTS_IF_PLACE.reduce(
      (text, re) => text.replace(re, (m) => (placeIn(m) ? ' ' : m)),
      ownSentencesOut(where, gazetteer),
    ),
  );
  // Without the member's own context ("bengaluru based here", "relocating from Kenya", "our toronto
  // members"): a place asked besides where the member is moving ("moving to munich; jobs in
  // germany?"), else where they are moving ("mentee from pune wants to move to europe"); where they
  // are only when neither names a place ("I'm in Berlin, any lead jobs?").
  for (const asked of [withoutMemberContext(own.replace(MEMBER_MOVE, ' ')), withoutMemberContext(own)]) {
    if (asked === where) return { text: where, whereabouts: false };
    if (namedPlace(asked, gazetteer) || placeByAdjective(asked, gazetteer))
      return { text: asked, whereabouts: false };
  }
  // Whereabouts, unless the place is only one the member does not want ("not Berlin").
  return { text: where, whereabouts: Boolean(namedPlace(where.replace(UNWANTED_PLACE, ' '), gazetteer)) };
}

/**
 * Whether the only place the question names is where the member (or one they speak for) is ("im in
 * nairobi, what do healthtech lead roles want?", "lagos here. any remote lead roles?"): a place the
 * planner keeps only when what is asked is about roles there (plan/index.ts `ownPlace`).
 */
export function whereaboutsOnly(q: string, gazetteer: Gazetteer): boolean {
  const asked = askedPlaceText(placeText(q), gazetteer);
  return asked.whereabouts && Boolean(namedPlace(asked.text, gazetteer));
}

/**
 * The question without the spans that say where the member is or who is asking (a tag like "lagos
 * here" or "freelancer here" among them): what the rest asks is read from.
 */
export function withoutWhereabouts(q: string): string {
  return withoutMemberContext(
    [...WHEREABOUTS, ...WHEREABOUTS_IF_PLACE].reduce(
      (text, re) => text.replace(re, (m) => ' '.repeat(m.length)),
      q,
    ),
  );
}

// Cities spelt like a job word typed in a hurry ("for leeds": leads).
const TYPO_CITIES = new Set(['leeds']);

const WORD_CITIES = new Set([
  'split',
  'nice',
  'reading',
  'bath',
  'mobile',
  'bend',
  'split',
  'hope',
  'university',
  'cork',
  'sale',
  'lead',
  'remote',
  'home',
  'basic',
  'delta',
  'ware',
  'many',
]);

// A channel named for a place ("someone in #canada asked", "for the #africa channel").
const PLACE_CHANNEL = /#([\p{L}]+(?:-[\p{L}]+)*)/gu;

/**
 * The place a channel of the server is named for, when the question names no other place: its
 * whole name, else a part of it ("#career-nordics", "#apac-jobs").
 */
function channelPlace(q: string, gazetteer: Gazetteer): ResolvedPlace | undefined {
  for (const m of q.matchAll(PLACE_CHANNEL)) {
    const parts = m[1]!.split('-').filter((p) => p.length >= 3);
    for (const name of [m[1]!.replace(/-/g, ' '), ...parts]) {
      const place = resolvePlace(name, gazetteer);
      if (place) return place;
    }
  }
  return undefined;
}

// Two-letter country codes in a list ("DE/AT/CH/FR", "ES, SG or JP"), in capitals: each a country.
const CODE_RUN = /(?<![\p{L}\d])[A-Z]{2}(?:\s*(?:\/|,|&|\bor\b|\band\b)\s*[A-Z]{2})+(?![\p{L}\d])/gu;
// A code in lower case joined to a country named in full ("australia or nz", "nz/australia").
const JOIN = String.raw`\s*(?:\/|,|&|\bor\b|\band\b)\s*`;
const CODE_AFTER = new RegExp(
  String.raw`([\p{L}]+(?:\s+[\p{L}]+)?)(${JOIN})([A-Za-z]{2})(?![\p{L}\d])`,
  'gu',
);
const CODE_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\d])([A-Za-z]{2})(${JOIN})([\p{L}]+(?:\s+[\p{L}]+)?)`,
  'gu',
);

// Two letters that are words before they are codes, in the languages members write in.
const CODE_WORDS = new Set(
  'no in it me my or at to an as is be do go so on id hi ok us de es la el se si al co ca pe il ma am pm tv by if of up we he na po ze za da em um'.split(
    ' ',
  ),
);

/**
 * The text with the country codes of a list written out ("DE/AT/CH/FR/ES/SG/JP/AU" → "Germany/
 * Austria/…", "australia or nz" → "australia or New Zealand"): a list of codes in capitals, or a code
 * in lower case joined to a country named in full, names those countries; any other code stays as
 * the reader takes it (in capitals, "UK", "NL", it reads them itself).
 */
export function withCountryCodes(text: string, gazetteer: Gazetteer): string {
  const countryOf = (code: string) => gazetteer.country(code.toLowerCase())?.country;
  // (A code in capitals beside a name, "UK, Ireland, NL", "Kenya, SA", is read as written.)
  // (Never a word written in lower case: "germany, no contractors" names no Norway.)
  const lowerCode = (code: string) => code !== code.toUpperCase() && !CODE_WORDS.has(code.toLowerCase());
  const isCountry = (name: string) => {
    const p = resolvePlace(name.trim(), gazetteer);
    return Boolean(p?.country && !p.city);
  };
  let out = text.replace(CODE_RUN, (run) => {
    const codes = run.match(/[A-Z]{2}/g) ?? [];
    if (!codes.every((c) => countryOf(c))) return run;
    // (Slashes spaced: a place is read as a word of its own.)
    return run.replace(/\s*\/\s*/g, ' / ').replace(/[A-Z]{2}/g, (c) => countryOf(c)!);
  });
  out = out.replace(CODE_AFTER, (m, name: string, join: string, code: string) => {
    const word = name.split(/\s+/).pop()!;
    const named = isCountry(name) ? name : isCountry(word) ? word : undefined;
    const country = lowerCode(code) ? countryOf(code) : undefined;
    return named && country && country.toLowerCase() !== named.toLowerCase()
      ? `${name}${join.replace(/\//, ' / ')}${country}`
      : m;
  });
  return out.replace(CODE_BEFORE, (m, code: string, join: string, name: string) => {
    const word = name.split(/\s+/)[0]!;
    const country = lowerCode(code) ? countryOf(code) : undefined;
    return country && (isCountry(name) || isCountry(word)) && country.toLowerCase() !== word.toLowerCase()
      ? `${country}${join.replace(/\//, ' / ')}${name}`
      : m;
  });
}

/**
 * The text with the places of a list written out as the reader takes them: country codes
 * (`withCountryCodes`), a place adjective joined to another place before what they qualify ("UK or
 * irish listings", "uk/irish", "nordic or dutch listings": Ireland, the Netherlands), and a named
 * group split by a slash ("central/eastern europe": Central and Eastern Europe).
 */
export function withPlaceWords(text: string, gazetteer: Gazetteer): string {
  return withCountryCodes(
    adjectivesJoined(slashedGroups(withShorthand(text, gazetteer), gazetteer), gazetteer),
    gazetteer,
  );
}

// A place preposition before a shorthand ("jobs in sg", "relocating to aus").
const SHORTHAND_AFTER =
  /\b(?:in|to|at|across|within|around|near|from|based in|located in|out of)\s+(?:the\s+)?$/i;
// A job word a few words after it ("sg lead roles", "aus fintech companies", "hk-based").
const SHORTHAND_BEFORE = new RegExp(
  `^(?:-?\\s*based\\b|(?:\\s+[\\w+#.-]+){0,3}?\\s+${ADJECTIVE_NOUN}\\b)`,
  'i',
);
const SHORTHAND_JOIN = String.raw`\s*(?:\/|&|\+|,|\bor\b|\band\b|\bvs\.?|\bversus\b)\s*`;

/**
 * The text with a country's shorthand written out ("sg lead roles" → "Singapore lead roles",
 * "aus/nz lead jobs" → "Australia / New Zealand lead jobs"): a shorthand of place-names.yaml counts
 * only beside another place, before a job word or after a place preposition, never as the word it
 * also is ("Ich komme aus Brasilien").
 */
export function withShorthand(text: string, gazetteer: Gazetteer): string {
  const names = gazetteer.shorthandNames();
  if (!names.length) return text;
  const word = new RegExp(`(?<![\\p{L}\\d'])(${names.map(escapeRegExp).join('|')})(?![\\p{L}\\d'])`, 'giu');
  const isPlace = (w: string | undefined) =>
    Boolean(
      w && (gazetteer.shorthand(w) || (w.length > 2 && resolvePlace(w, gazetteer)) || /^[A-Z]{2}$/.test(w)),
    );
  const joinedBefore = new RegExp(`([\\p{L}']+)${SHORTHAND_JOIN}$`, 'iu');
  const joinedAfter = new RegExp(`^${SHORTHAND_JOIN}([\\p{L}']+(?:\\s+[\\p{L}']+)?)`, 'iu');
  return text.replace(word, (m: string, _w: string, at: number) => {
    const before = text.slice(0, at);
    const after = text.slice(at + m.length);
    const def = gazetteer.shorthand(m);
    // (Codes in capitals, "DE/AT/CH/SG/JP", are read as codes: withCountryCodes.)
    if (!def || (m.length === 2 && m === m.toUpperCase())) return m;
    const next = joinedAfter.exec(after)?.[1];
    const joined = isPlace(joinedBefore.exec(before)?.[1]) || isPlace(next) || isPlace(next?.split(/\s+/)[0]);
    return joined || SHORTHAND_AFTER.test(before) || SHORTHAND_BEFORE.test(after) ? ` ${def.country} ` : m;
  });
}

// A place or place adjective of one or two words, on either side of a join.
const ITEM = String.raw`[\p{L}][\p{L}.-]*(?:\s+[\p{L}][\p{L}.-]*)?`;
const ADJECTIVE_WORD = new RegExp(`(?<![\\p{L}])(${ADJECTIVES})(?![\\p{L}])`, 'giu');
// ("US + LatAm": a plus joins too.)
const PLACE_JOIN = String.raw`\s*(?:\/|,|&|\+|\bor\b|\band\b)\s*`;
const JOINED_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${ITEM})${PLACE_JOIN}$`, 'u');
const JOINED_AFTER = new RegExp(`^${PLACE_JOIN}([\\p{L}][\\p{L}.-]*)`, 'u');
// What the run qualifies, a few words on ("irish listings", "dutch fintech roles"); never a language
// ("spanish or portuguese speaking roles").
const QUALIFIED = new RegExp(
  `^\\s+(?:(?!(?:speak|language|fluen|skill)\\w*\\s)[\\w+#.-]+\\s+){0,3}?${ADJECTIVE_NOUN}\\b`,
  'i',
);

function adjectivesJoined(text: string, gazetteer: Gazetteer): string {
  const isPlace = (item: string) => {
    const words = item.trim().split(/\s+/);
    // The item's own words, nearest the join first ("which UK": UK; "dutch fintech": dutch).
    const tries = [item, words[words.length - 1]!, words[0]!].map((w) => w.trim());
    return tries.some((w) => COUNTRY_ADJECTIVES[w.toLowerCase()] !== undefined || resolvePlace(w, gazetteer));
  };
  return text.replace(ADJECTIVE_WORD, (word: string, _a: string, at: number) => {
    const before = JOINED_BEFORE.exec(text.slice(0, at));
    const rest = text.slice(at + word.length);
    const after = JOINED_AFTER.exec(rest);
    const joined = (before && isPlace(before[1]!)) || (after && isPlace(after[1]!));
    const qualified = QUALIFIED.test(rest) || (after && QUALIFIED.test(rest.slice(after[0].length)));
    // (Spaced, so "uk/irish" reads as two words.)
    return joined && qualified ? ` ${COUNTRY_ADJECTIVES[word.toLowerCase()]!} ` : word;
  });
}

/** "central/eastern europe": a named group whose first words a slash joins, as the group names it. */
function slashedGroups(text: string, gazetteer: Gazetteer): string {
  return text.replace(/(\p{L}+)\s*\/\s*(\p{L}+)\s+(\p{L}+)/gu, (m, a: string, b: string, c: string) => {
    const name = `${a} and ${b} ${c}`;
    return gazetteer.group(name.toLowerCase()) ? name : m;
  });
}

/** The places a place stands for when selected: each region of a group of regions, else itself. */
export function selectedPlaces(place: ResolvedPlace): ResolvedPlace[] {
  return place.regions?.length
    ? place.regions.map((region) => ({ name: REGION_NAMES[region], region }))
    : [place];
}

/** The place a question names (by name, adjective or typo), set as the place filter. */
export function statedPlace(
  q: string,
  understood: QueryPlan,
  gazetteer: Gazetteer,
  plan: AnswerPlan,
): ResolvedPlace | undefined {
  const where = askedPlaceText(placeText(withPlaceWords(q, gazetteer)), gazetteer).text;
  const place =
    widestNamed(where, gazetteer) ??
    namedPlace(where, gazetteer) ??
    placeByAdjective(where, gazetteer) ??
    correctedPlace(understood, gazetteer, where) ??
    channelPlace(
      q.replace(TRAILING_CHANNEL, (m) => ' '.repeat(m.length)),
      gazetteer,
    );
  if (!place) return undefined;
  // "the Americas": North America and Latin America, a list of two.
  const places = selectedPlaces(place);
  if (places.length >= 2) {
    plan.places = places;
    plan.filters.place = places.map((p) => p.name);
  } else plan.filters.place = place.name;
  plan.place = places[0]!;
  return plan.place;
}
