import type { ServiceDeps } from './deps.js';

/** Everything autocomplete and /help need, small enough to keep in the Discord adapter's memory. */
export interface Catalog {
  generation: string | null;
  /** The corpus in figures, for /help answered from the main thread's memory. */
  status?: { listings: number; guides: number } | null;
  listings: Array<{ id: string; title: string; company: string }>;
  companies: string[];
  skills: string[];
  locations: string[];
  /** Industries for the `industry` option: id, label and the words members use for them. */
  industries: Array<{ id: string; label: string; aliases: string[] }>;
}

/** The names members pick from: listings, companies, skills, places and industries of the serving corpus. */
export function catalog(deps: Pick<ServiceDeps, 'reader' | 'pipeline'>): Catalog {
  const reader = deps.reader();
  const skills = [...deps.pipeline.taxonomy.skills.keys()].sort((a, b) => a.localeCompare(b));
  const industries = [...deps.pipeline.industries.industries.values()].map((i) => ({
    id: i.id,
    label: i.label,
    aliases: i.aliases,
  }));
  if (!reader) return { generation: null, listings: [], companies: [], skills, locations: [], industries };
  const listings = reader.listingTitles();
  const places = new Set<string>();
  for (const l of reader.listings()) {
    for (const p of l.locations) {
      if (p.city) places.add(p.city);
      if (p.country) places.add(p.country);
      if (p.region) places.add(p.region);
    }
  }
  const { listings: listingCount, guides } = reader.status();
  return {
    generation: reader.generation.id,
    status: { listings: listingCount, guides },
    listings,
    companies: [...new Set(listings.map((l) => l.company))].sort((a, b) => a.localeCompare(b)),
    skills,
    locations: [...places].sort((a, b) => a.localeCompare(b)),
    industries,
  };
}
