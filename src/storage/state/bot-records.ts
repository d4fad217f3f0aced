import type { Db } from '../corpus/database.js';
import {
  type AuditRow,
  auditParams,
  type ExchangeRow,
  exchangeParams,
  type FeedbackDbRow,
  feedbackParams,
  STATE_SQL,
  settingChanges,
  settingsFromRows,
  toAuditEntry,
  toExchange,
  toFeedback,
} from './state-sql.js';
import type { FeedbackRow, NewFeedback } from './state-store.js';

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
 * audit trail and server settings. Plain inputs and outputs; used from worker threads. The
 * statements and row mappers are shared with PostgreSQL (state-sql.ts).
 */
export class BotRecords {
  // Prepared once: the worker threads call these for every command and button.
  private readonly statements;

  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
  ) {
    const prepare = (sql: string) => db.prepare(sql);
    this.statements = {
      saveExchange: prepare(STATE_SQL.saveExchange),
      exchange: prepare(STATE_SQL.exchange),
      pruneExchanges: prepare(STATE_SQL.pruneExchanges),
      recordFeedback: prepare(STATE_SQL.recordFeedback),
      feedbackAll: prepare(STATE_SQL.feedbackAll),
      feedbackOfGuild: prepare(STATE_SQL.feedbackOfGuild),
      audit: prepare(STATE_SQL.audit),
      auditTrail: prepare(STATE_SQL.auditTrail),
      allSettings: prepare(STATE_SQL.allSettings),
      putSetting: prepare(STATE_SQL.putSetting),
    };
  }

  private at(): string {
    return this.now().toISOString();
  }

  saveExchange(exchange: Omit<Exchange, 'createdAt'>): void {
    this.statements.saveExchange.run(...exchangeParams(exchange, this.at()));
  }

  exchange(id: string): Exchange | null {
    const row = this.statements.exchange.get(id) as ExchangeRow | undefined;
    return row ? toExchange(row) : null;
  }

  /** Drops exchanges older than `days` (their buttons then answer "expired"). */
  pruneExchanges(days: number): number {
    const cutoff = new Date(this.now().getTime() - days * 86_400_000).toISOString();
    return this.statements.pruneExchanges.run(cutoff).changes;
  }

  /** Records a 👍 (1) or 👎 (-1) on an answer; a second vote by the same member replaces the first. */
  recordFeedback(input: NewFeedback): void {
    this.statements.recordFeedback.run(...feedbackParams(input, this.at()));
  }

  /** Every vote, oldest first; one server's only when `guildId` is given. */
  feedback(filter: { guildId?: string | null } = {}): FeedbackRow[] {
    const rows =
      filter.guildId !== undefined
        ? this.statements.feedbackOfGuild.all(filter.guildId)
        : this.statements.feedbackAll.all();
    return (rows as FeedbackDbRow[]).map(toFeedback);
  }

  audit(entry: AuditEntry): void {
    this.statements.audit.run(...auditParams(entry, this.at()));
  }

  auditTrail(limit = 100): Array<AuditEntry & { at: string }> {
    return (this.statements.auditTrail.all(limit) as AuditRow[]).map(toAuditEntry);
  }

  /** Every server's settings, defaults filled in (the main thread keeps them in memory). */
  allSettings(): Record<string, ServerSettings> {
    return settingsFromRows(
      this.statements.allSettings.all() as Array<{ guild_id: string; key: string; value: string }>,
    );
  }

  updateSettings(guildId: string, changes: Partial<ServerSettings>): ServerSettings {
    const put = this.statements.putSetting;
    this.db.transaction(() => {
      for (const [key, value] of settingChanges(changes)) put.run(guildId, key, value);
    })();
    return this.allSettings()[guildId] ?? { ...DEFAULT_SETTINGS };
  }
}
