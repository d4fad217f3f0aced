import type { Db } from '../corpus/database.js';

/** Per-server choices an admin can make with /settings. */
export interface ServerSettings {
  /** Answers to /ask are posted in the channel (default) or shown only to the asker. */
  askPublic: boolean;
  /** Personal results (/recommend, /gap) are private by default. */
  personalPublic: boolean;
  /** Members with this role may run admin commands, besides those with Manage Server. */
  adminRoleId: string | null;
}

export const DEFAULT_SETTINGS: ServerSettings = { askPublic: true, personalPublic: false, adminRoleId: null };

export interface Exchange {
  id: string;
  userId: string;
  guildId: string | null;
  command: string;
  question: string;
  /** The reply as shown (JSON of the plain Reply). */
  reply: unknown;
  generation: string | null;
  createdAt: string;
}

export interface AuditEntry {
  actorId: string;
  actorName: string;
  guildId: string | null;
  action: string;
  details: string;
  outcome: string;
}

/**
 * The bot's records in the state database: exchanges (what buttons act on), feedback, the admin
 * audit trail and server settings. Plain inputs and outputs; used from worker threads.
 */
export class BotRecords {
  // Prepared once: the worker threads call these for every command and button.
  private readonly statements;

  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
  ) {
    this.statements = {
      saveExchange: db.prepare(
        `INSERT OR REPLACE INTO exchanges (id, user_id, guild_id, command, question, reply, generation, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      exchange: db.prepare('SELECT * FROM exchanges WHERE id = ?'),
      pruneExchanges: db.prepare('DELETE FROM exchanges WHERE created_at < ?'),
      recordFeedback: db.prepare(
        `INSERT INTO feedback (exchange_id, user_id, guild_id, command, question, answer, citations, generation, rating, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (exchange_id, user_id) DO UPDATE SET rating = excluded.rating, created_at = excluded.created_at`,
      ),
      feedbackAll: db.prepare(
        'SELECT exchange_id, user_id, guild_id, question, rating, generation, citations FROM feedback ORDER BY id',
      ),
      feedbackOfGuild: db.prepare(
        'SELECT exchange_id, user_id, guild_id, question, rating, generation, citations FROM feedback WHERE guild_id IS ? ORDER BY id',
      ),
      audit: db.prepare(
        'INSERT INTO audit (actor_id, actor_name, guild_id, action, details, outcome, at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      auditTrail: db.prepare('SELECT * FROM audit ORDER BY id DESC LIMIT ?'),
      allSettings: db.prepare('SELECT guild_id, key, value FROM server_settings'),
      putSetting: db.prepare(
        'INSERT INTO server_settings (guild_id, key, value) VALUES (?, ?, ?) ON CONFLICT (guild_id, key) DO UPDATE SET value = excluded.value',
      ),
    };
  }

  saveExchange(exchange: Omit<Exchange, 'createdAt'>): void {
    this.statements.saveExchange.run(
      exchange.id,
      exchange.userId,
      exchange.guildId,
      exchange.command,
      exchange.question,
      JSON.stringify(exchange.reply),
      exchange.generation,
      this.now().toISOString(),
    );
  }

  exchange(id: string): Exchange | null {
    const row = this.statements.exchange.get(id) as
      | {
          id: string;
          user_id: string;
          guild_id: string | null;
          command: string;
          question: string;
          reply: string;
          generation: string | null;
          created_at: string;
        }
      | undefined;
    if (!row) return null;
    return {
      id: row.id,
      userId: row.user_id,
      guildId: row.guild_id,
      command: row.command,
      question: row.question,
      reply: JSON.parse(row.reply),
      generation: row.generation,
      createdAt: row.created_at,
    };
  }

  /** Drops exchanges older than `days` (their buttons then answer "expired"). */
  pruneExchanges(days: number): number {
    const cutoff = new Date(this.now().getTime() - days * 86_400_000).toISOString();
    return this.statements.pruneExchanges.run(cutoff).changes;
  }

  /** Records a 👍 (1) or 👎 (-1) on an answer; a second vote by the same member replaces the first. */
  recordFeedback(input: {
    exchange: Exchange;
    userId: string;
    rating: 1 | -1;
    answer: string;
    citations: unknown[];
  }): void {
    this.statements.recordFeedback.run(
      input.exchange.id,
      input.userId,
      input.exchange.guildId,
      input.exchange.command,
      input.exchange.question,
      input.answer,
      JSON.stringify(input.citations),
      input.exchange.generation,
      input.rating,
      this.now().toISOString(),
    );
  }

  /** Every vote, oldest first; one server's only when `guildId` is given. */
  feedback(filter: { guildId?: string | null } = {}): Array<{
    exchangeId: string;
    userId: string;
    guildId: string | null;
    question: string;
    rating: number;
    generation: string | null;
    citations: unknown[];
  }> {
    const rows =
      filter.guildId !== undefined
        ? this.statements.feedbackOfGuild.all(filter.guildId)
        : this.statements.feedbackAll.all();
    return (
      rows as Array<{
        exchange_id: string;
        user_id: string;
        guild_id: string | null;
        question: string;
        rating: number;
        generation: string | null;
        citations: string;
      }>
    ).map((r) => ({
      exchangeId: r.exchange_id,
      userId: r.user_id,
      guildId: r.guild_id,
      question: r.question,
      rating: r.rating,
      generation: r.generation,
      citations: JSON.parse(r.citations) as unknown[],
    }));
  }

  audit(entry: AuditEntry): void {
    this.statements.audit.run(
      entry.actorId,
      entry.actorName,
      entry.guildId,
      entry.action,
      entry.details,
      entry.outcome,
      this.now().toISOString(),
    );
  }

  auditTrail(limit = 100): Array<AuditEntry & { at: string }> {
    return (
      this.statements.auditTrail.all(limit) as Array<{
        actor_id: string;
        actor_name: string;
        guild_id: string | null;
        action: string;
        details: string;
        outcome: string;
        at: string;
      }>
    ).map((r) => ({
      actorId: r.actor_id,
      actorName: r.actor_name,
      guildId: r.guild_id,
      action: r.action,
      details: r.details,
      outcome: r.outcome,
      at: r.at,
    }));
  }

  /** Every server's settings, defaults filled in (the main thread keeps them in memory). */
  allSettings(): Record<string, ServerSettings> {
    const rows = this.statements.allSettings.all() as Array<{
      guild_id: string;
      key: keyof ServerSettings;
      value: string;
    }>;
    const out: Record<string, ServerSettings> = {};
    for (const row of rows) {
      out[row.guild_id] ??= { ...DEFAULT_SETTINGS };
      (out[row.guild_id] as unknown as Record<string, unknown>)[row.key] = JSON.parse(row.value);
    }
    return out;
  }

  updateSettings(guildId: string, changes: Partial<ServerSettings>): ServerSettings {
    const put = this.statements.putSetting;
    this.db.transaction(() => {
      for (const [key, value] of Object.entries(changes)) {
        if (value !== undefined) put.run(guildId, key, JSON.stringify(value));
      }
    })();
    return this.allSettings()[guildId] ?? { ...DEFAULT_SETTINGS };
  }
}
