import type pg from 'pg';
import { clientConfig, GENERATION_CHANNEL, pgDriver, SETTINGS_CHANNEL } from './state-pg.js';

export interface WatchOptions {
  url: string;
  schema: string;
  /** The polling fallback: how often the serving generation and the settings are checked anyway. */
  pollMs: number;
  log: { info(message: string): void; warn(message: string): void };
  /** A new generation may be serving (a NOTIFY, or the poll saw one): the bot syncs to it. */
  onGeneration: () => Promise<void>;
  /** Server settings changed on some instance (a NOTIFY, or every poll). */
  onSettings: () => Promise<void>;
  /** false: poll only, no LISTEN connection (to measure the fallback on its own). Default true. */
  listen?: boolean;
}

/**
 * How a bot instance learns what the others did, from the main thread: one connection that
 * LISTENs for new generations and changed settings (a switch starts within milliseconds of the
 * publishing commit), and a poll every `pollMs` in case a notification was missed (the connection
 * dropped, the server restarted). The connection is re-established after a failure; meanwhile the
 * poll keeps working on fresh connections. Handlers never run twice at once (a call during a
 * running one is remembered and runs after it).
 */
export class SharedStateWatcher {
  private client: pg.Client | undefined;
  private timer: NodeJS.Timeout | undefined;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private stopped = false;
  private readonly runners = new Map<string, { running: boolean; again: boolean }>();

  constructor(private readonly options: WatchOptions) {}

  async start(): Promise<void> {
    if (this.options.listen !== false) await this.connect();
    this.timer = setInterval(() => this.poll(), this.options.pollMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => {});
  }

  /** The id of the generation every instance should serve (a cheap query; null before the first publish). */
  async servingGeneration(): Promise<string | null> {
    const sql = 'SELECT generation_id FROM serving WHERE id = 1';
    if (this.client) {
      const { rows } = await this.client.query<{ generation_id: string }>(sql);
      return rows[0]?.generation_id ?? null;
    }
    const client = new (pgDriver().Client)(clientConfig(this.options));
    client.on('error', () => {});
    try {
      await client.connect();
      const { rows } = await client.query<{ generation_id: string }>(sql);
      return rows[0]?.generation_id ?? null;
    } finally {
      await client.end().catch(() => {});
    }
  }

  /** Runs both checks now (also what the poll does). */
  poll(): void {
    this.run('generation', this.options.onGeneration);
    this.run('settings', this.options.onSettings);
  }

  private async connect(): Promise<void> {
    const client = new (pgDriver().Client)(clientConfig(this.options));
    client.on('error', (error) => {
      this.options.log.warn(`Lost the PostgreSQL notification connection (${error.message}); reconnecting`);
      this.scheduleReconnect();
    });
    client.on('end', () => {
      if (!this.stopped && this.client === client) this.scheduleReconnect();
    });
    client.on('notification', (message) => {
      if (message.channel === GENERATION_CHANNEL) this.run('generation', this.options.onGeneration);
      else if (message.channel === SETTINGS_CHANNEL) this.run('settings', this.options.onSettings);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${GENERATION_CHANNEL}`);
      await client.query(`LISTEN ${SETTINGS_CHANNEL}`);
      this.client = client;
    } catch (error) {
      await client.end().catch(() => {});
      this.options.log.warn(
        `No PostgreSQL notification connection (${(error as Error).message}); polling every ${this.options.pollMs} ms until it is back`,
      );
      this.scheduleReconnect();
    }
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.reconnectTimer) return;
    const old = this.client;
    this.client = undefined;
    void old?.end().catch(() => {});
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      // Notifications sent while disconnected are lost: check at once after reconnecting.
      void this.connect().then(() => {
        if (this.client) this.poll();
      });
    }, 2000);
    this.reconnectTimer.unref();
  }

  private run(name: string, handler: () => Promise<void>): void {
    const state = this.runners.get(name) ?? { running: false, again: false };
    this.runners.set(name, state);
    if (state.running) {
      state.again = true;
      return;
    }
    state.running = true;
    void (async () => {
      try {
        do {
          state.again = false;
          await handler().catch((error: unknown) =>
            this.options.log.warn(`Checking for shared ${name} changes failed: ${(error as Error).message}`),
          );
        } while (state.again && !this.stopped);
      } finally {
        state.running = false;
      }
    })();
  }
}
