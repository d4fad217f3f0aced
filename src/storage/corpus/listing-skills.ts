import type { Db } from './database.js';

/** One skill of one listing in detail: how often it is named and whether the listing requires it. */
export interface SkillDetail {
  name: string;
  category: string;
  mentions: number;
  required: boolean;
}

/**
 * The skills of every open listing of one generation in detail, held in typed columns (a few
 * bytes per skill mention: ~20 MB at 100,000 listings and 1.86 M mentions, where one object per
 * mention took ~370 MB): what /market, /gap, /recommend and role summaries count over. Read from
 * the generation's `document_skills` once, on first use, and kept while it serves.
 *
 * A listing's skills keep the order the one-listing query gives (`required DESC, mentions DESC,
 * skill`): `details(id)` equals `CorpusReader.listing(id).skillDetails`.
 */
export class ListingSkills {
  /** Skill names and categories by code. */
  readonly names: string[] = [];
  readonly categories: string[] = [];
  /** Rows: listing positions; `start[row]`…`start[row + 1]` are its entries. */
  readonly start: Uint32Array;
  /** Per entry: the skill's code, its category's code, its mentions and whether it is required. */
  readonly code: Int32Array;
  readonly category: Int32Array;
  readonly mentions: Int32Array;
  readonly required: Uint8Array;
  private readonly rowOf = new Map<string, number>();

  constructor(db: Db, ids: readonly string[]) {
    const n = ids.length;
    for (let i = 0; i < n; i++) this.rowOf.set(ids[i]!, i);
    const nameCode = new Map<string, number>();
    const categoryCode = new Map<string, number>();
    const codeOf = (map: Map<string, number>, list: string[], text: string) => {
      let c = map.get(text);
      if (c === undefined) {
        c = list.length;
        list.push(text);
        map.set(text, c);
      }
      return c;
    };
    // Grown as read (no object per mention), then laid out by row with a stable counting sort.
    let size = 0;
    let of = new Int32Array(1 << 16);
    let code = new Int32Array(1 << 16);
    let category = new Int32Array(1 << 16);
    let mentions = new Int32Array(1 << 16);
    let required = new Uint8Array(1 << 16);
    const grow = () => {
      const more = <T extends Int32Array | Uint8Array>(a: T): T => {
        const b = new (a.constructor as new (length: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      of = more(of);
      code = more(code);
      category = more(category);
      mentions = more(mentions);
      required = more(required);
    };
    for (const [id, name, cat, count, req] of db
      .prepare(
        'SELECT document_id, skill, category, mentions, required FROM document_skills ORDER BY document_id, required DESC, mentions DESC, skill',
      )
      .raw()
      .iterate() as Iterable<[string, string, string, number, number]>) {
      const row = this.rowOf.get(id);
      if (row === undefined) continue;
      if (size === of.length) grow();
      of[size] = row;
      code[size] = codeOf(nameCode, this.names, name);
      category[size] = codeOf(categoryCode, this.categories, cat);
      mentions[size] = count;
      required[size] = req === 1 ? 1 : 0;
      size++;
    }
    this.start = new Uint32Array(n + 1);
    for (let k = 0; k < size; k++) this.start[of[k]! + 1]!++;
    for (let i = 0; i < n; i++) this.start[i + 1]! += this.start[i]!;
    const next = this.start.slice(0, n);
    this.code = new Int32Array(size);
    this.category = new Int32Array(size);
    this.mentions = new Int32Array(size);
    this.required = new Uint8Array(size);
    for (let k = 0; k < size; k++) {
      const at = next[of[k]!]!++;
      this.code[at] = code[k]!;
      this.category[at] = category[k]!;
      this.mentions[at] = mentions[k]!;
      this.required[at] = required[k]!;
    }
  }

  /** The listing's row (its position in `CorpusReader.listings()`), or -1 when it is not open. */
  row(id: string): number {
    return this.rowOf.get(id) ?? -1;
  }

  /** The listing's skills in detail, as objects (for a few listings at a time). */
  details(id: string): SkillDetail[] {
    const row = this.row(id);
    const out: SkillDetail[] = [];
    if (row < 0) return out;
    for (let k = this.start[row]!; k < this.start[row + 1]!; k++)
      out.push({
        name: this.names[this.code[k]!]!,
        category: this.categories[this.category[k]!]!,
        mentions: this.mentions[k]!,
        required: this.required[k] === 1,
      });
    return out;
  }

  /** Whether the listing names the skill (and, with `requiredOnly`, requires it). */
  has(id: string, skill: string, requiredOnly = false): boolean {
    const row = this.row(id);
    if (row < 0) return false;
    for (let k = this.start[row]!; k < this.start[row + 1]!; k++)
      if (this.names[this.code[k]!] === skill && (!requiredOnly || this.required[k] === 1)) return true;
    return false;
  }
}
