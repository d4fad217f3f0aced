import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';

/**
 * A fake Discord on 127.0.0.1 for the real discord.js client: the gateway (HELLO, IDENTIFY →
 * READY, heartbeats, RESUME) and the REST routes a slash-command bot uses. It enforces what
 * Discord enforces — the 3 s acknowledgement deadline (10062), double acknowledgements (40060),
 * message limits (50035), autocomplete limits — and can inject 429s, 5xx, hangs and socket closes.
 * Every request is recorded so tests can check what the bot sent.
 */

export const APPLICATION_ID = '1100000000000000001';
export const GUILD_ID = '1200000000000000001';
export const CHANNEL_ID = '1300000000000000001';
export const MANAGE_GUILD = String(1n << 5n);

/** A file part of a multipart request, with its bytes as sent. */
export interface FakeAttachment {
  filename: string;
  contentType: string | null;
  data: Buffer;
}

export interface RecordedRequest {
  method: string;
  path: string;
  body: Record<string, unknown> | null;
  files: string[];
  attachments: FakeAttachment[];
  at: number;
  status: number;
}

export interface Violation {
  path: string;
  reason: string;
}

/** A message as the fake stores it: the original response or a follow-up. */
export interface FakeMessage {
  id: string;
  content: string;
  embeds: Array<Record<string, unknown>>;
  components: Array<{ components: Array<{ custom_id?: string; label?: string; disabled?: boolean }> }>;
  flags: number;
  files: string[];
  /** The files' bytes, in the order they were sent (kept from the previous version on an edit without files). */
  attachments: FakeAttachment[];
  allowedMentions: unknown;
  deleted?: boolean;
}

export interface InteractionRecord {
  id: string;
  token: string;
  type: number;
  name: string;
  createdAt: number;
  ackAt?: number;
  ackType?: number;
  ackData?: Record<string, unknown>;
  original?: FakeMessage;
  followUps: FakeMessage[];
  errors: number[];
  /** Resolves when the original message (or an immediate reply) has content. */
  answered: Promise<FakeMessage>;
  resolveAnswered: (m: FakeMessage) => void;
}

interface Fault {
  match: (method: string, path: string) => boolean;
  times: number;
  status?: number;
  retryAfter?: number;
  hang?: boolean;
}

export interface UserSpec {
  id?: string;
  username?: string;
  /** Permission bits as Discord sends them; MANAGE_GUILD for an admin. */
  permissions?: string;
  roles?: string[];
  /** A DM: no guild, no member. */
  dm?: boolean;
  /** The server the interaction comes from (default GUILD_ID). */
  guildId?: string;
}

let snowflake = 1400000000000000000n;
const nextId = () => String(snowflake++);

const LIMITS = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  total: 6000,
};

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  readonly violations: Violation[] = [];
  readonly interactions = new Map<string, InteractionRecord>();
  readonly registered: { global?: unknown[]; guild?: unknown[] } = {};
  identifies = 0;
  /** The `shard` of each IDENTIFY ([id, total]), in order. */
  readonly identifiedShards: unknown[] = [];
  resumes = 0;
  connections = 0;
  /** Set to a lower value in tests that need a tighter deadline. */
  deadlineMs = 3000;
  private server!: http.Server;
  private wss!: WebSocketServer;
  private socket: WebSocket | undefined;
  private seq = 0;
  private faults: Fault[] = [];
  private readyWaiters: Array<() => void> = [];
  private readonly sessionId = randomBytes(8).toString('hex');
  port = 0;

  static async start(): Promise<FakeDiscord> {
    const fake = new FakeDiscord();
    await fake.listen();
    return fake;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  private async listen(): Promise<void> {
    this.server = http.createServer((req, res) => void this.onRequest(req, res));
    this.wss = new WebSocketServer({ server: this.server });
    this.wss.on('connection', (ws) => this.onConnection(ws));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', () => resolve()));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Resolves once the bot has identified (or resumed) and is ready for interactions. */
  waitForReady(): Promise<void> {
    if (this.socket && this.identifies + this.resumes > 0) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  /** Closes the gateway socket with a close code (4000: the client resumes; 4004: it must stop). */
  closeGateway(code: number): void {
    this.socket?.close(code, 'closed by the fake');
  }

  /** The next `times` requests matching make the fake fail: a status (with retry_after for 429) or a hang. */
  inject(fault: Fault): void {
    this.faults.push(fault);
  }

  // ── Gateway ───────────────────────────────────────────────────────────────────────────────

  private onConnection(ws: WebSocket): void {
    this.connections++;
    this.socket = ws;
    const send = (payload: unknown) => ws.readyState === WebSocket.OPEN && ws.send(JSON.stringify(payload));
    send({ op: 10, d: { heartbeat_interval: 41_250 } });
    ws.on('message', (raw) => {
      const message = JSON.parse(String(raw)) as { op: number; d: Record<string, unknown> };
      if (message.op === 1) send({ op: 11 });
      else if (message.op === 2) {
        this.identifies++;
        this.identifiedShards.push(message.d.shard);
        send({
          op: 0,
          t: 'READY',
          s: ++this.seq,
          d: {
            v: 10,
            user: {
              id: APPLICATION_ID,
              username: 'RoleRadar',
              discriminator: '0',
              bot: true,
              avatar: null,
              global_name: null,
            },
            guilds: [],
            session_id: this.sessionId,
            resume_gateway_url: `ws://127.0.0.1:${this.port}`,
            shard: [0, 1],
            application: { id: APPLICATION_ID, flags: 0 },
          },
        });
        this.flushReady();
      } else if (message.op === 6) {
        this.resumes++;
        send({ op: 0, t: 'RESUMED', s: ++this.seq, d: {} });
        this.flushReady();
      }
    });
  }

  private flushReady(): void {
    const waiters = this.readyWaiters;
    this.readyWaiters = [];
    // Give discord.js a moment to process READY before interactions arrive.
    setTimeout(() => {
      for (const w of waiters) w();
    }, 50);
  }

  private dispatch(t: string, d: unknown): void {
    if (!this.socket || this.socket.readyState !== WebSocket.OPEN)
      throw new Error('the bot is not connected');
    this.socket.send(JSON.stringify({ op: 0, t, s: ++this.seq, d }));
  }

  // ── Interactions ──────────────────────────────────────────────────────────────────────────

  private base(
    type: number,
    user: UserSpec,
    data: unknown,
    extra: Record<string, unknown> = {},
  ): { payload: Record<string, unknown>; record: InteractionRecord } {
    const id = nextId();
    const token = `tok-${randomBytes(12).toString('hex')}`;
    const u = {
      id: user.id ?? '1500000000000000001',
      username: user.username ?? 'member',
      discriminator: '0',
      avatar: null,
      global_name: user.username ?? 'member',
    };
    const payload: Record<string, unknown> = {
      id,
      application_id: APPLICATION_ID,
      type,
      token,
      version: 1,
      data,
      channel_id: CHANNEL_ID,
      channel: { id: CHANNEL_ID, type: user.dm ? 1 : 0 },
      app_permissions: '2248473465835073',
      locale: 'en-US',
      authorizing_integration_owners: { '0': GUILD_ID },
      entitlements: [],
      ...(user.dm
        ? { user: u, context: 1 }
        : {
            guild_id: user.guildId ?? GUILD_ID,
            guild_locale: 'en-US',
            context: 0,
            member: {
              user: u,
              roles: user.roles ?? [],
              permissions: user.permissions ?? '0',
              joined_at: '2026-01-01T00:00:00.000Z',
              deaf: false,
              mute: false,
              flags: 0,
              nick: null,
            },
          }),
      ...extra,
    };
    let resolveAnswered: (m: FakeMessage) => void = () => {};
    const answered = new Promise<FakeMessage>((resolve) => {
      resolveAnswered = resolve;
    });
    const record: InteractionRecord = {
      id,
      token,
      type,
      name: String(
        (data as { name?: string; custom_id?: string }).name ??
          (data as { custom_id?: string }).custom_id ??
          '',
      ),
      createdAt: performance.now(),
      followUps: [],
      errors: [],
      answered,
      resolveAnswered,
    };
    this.interactions.set(id, record);
    return { payload, record };
  }

  /** Sends a slash command; `options` as Discord nests them (use `subcommand()` for subcommands). */
  command(name: string, options: unknown[] = [], user: UserSpec = {}): InteractionRecord {
    const { payload, record } = this.base(2, user, {
      id: nextId(),
      name,
      type: 1,
      options,
      ...(user.dm ? {} : { guild_id: user.guildId ?? GUILD_ID }),
    });
    this.dispatch('INTERACTION_CREATE', payload);
    return record;
  }

  autocomplete(name: string, options: unknown[], user: UserSpec = {}): InteractionRecord {
    const { payload, record } = this.base(4, user, { id: nextId(), name, type: 1, options });
    this.dispatch('INTERACTION_CREATE', payload);
    return record;
  }

  /** Clicks a button on a message the bot sent. */
  click(message: FakeMessage, customId: string, user: UserSpec = {}): InteractionRecord {
    const { payload, record } = this.base(
      3,
      user,
      { custom_id: customId, component_type: 2 },
      {
        message: {
          id: message.id,
          channel_id: CHANNEL_ID,
          type: 20,
          content: message.content,
          embeds: message.embeds,
          components: message.components,
          flags: message.flags,
          author: { id: APPLICATION_ID, username: 'RoleRadar', discriminator: '0', avatar: null, bot: true },
          attachments: [],
          mentions: [],
          mention_roles: [],
          mention_everyone: false,
          pinned: false,
          tts: false,
          timestamp: new Date().toISOString(),
          edited_timestamp: null,
        },
      },
    );
    this.dispatch('INTERACTION_CREATE', payload);
    return record;
  }

  /** Submits a modal the bot opened, with text input values by custom id. */
  submitModal(customId: string, values: Record<string, string>, user: UserSpec = {}): InteractionRecord {
    const { payload, record } = this.base(5, user, {
      custom_id: customId,
      components: Object.entries(values).map(([id, value]) => ({
        type: 1,
        components: [{ type: 4, custom_id: id, value }],
      })),
    });
    this.dispatch('INTERACTION_CREATE', payload);
    return record;
  }

  /** Every message body the bot sent (callbacks with data, edits, follow-ups). */
  messageBodies(): Array<Record<string, unknown>> {
    return this.requests
      .filter((r) => r.body && (r.path.includes('/webhooks/') || r.path.includes('/callback')))
      .map((r) => {
        const b = r.body!;
        return (r.path.includes('/callback') ? ((b.data as Record<string, unknown>) ?? null) : b) as Record<
          string,
          unknown
        >;
      })
      .filter((b): b is Record<string, unknown> => b !== null && ('content' in b || 'embeds' in b));
  }

  // ── REST ──────────────────────────────────────────────────────────────────────────────────

  private async onRequest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, '');
    const method = req.method ?? 'GET';
    const raw = await readBody(req);
    const { body, files, attachments } = parseBody(raw, String(req.headers['content-type'] ?? ''));
    const recorded: RecordedRequest = {
      method,
      path,
      body,
      files,
      attachments,
      at: performance.now(),
      status: 200,
    };
    this.requests.push(recorded);
    const reply = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      recorded.status = status;
      if (res.destroyed) return;
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(payload === undefined ? '' : JSON.stringify(payload));
    };

    const fault = this.faults.find((f) => f.times > 0 && f.match(method, path));
    if (fault) {
      fault.times--;
      if (fault.hang) return; // never answered
      if (fault.status === 429) {
        const retryAfter = fault.retryAfter ?? 1;
        reply(
          429,
          { message: 'You are being rate limited.', retry_after: retryAfter, global: false },
          {
            'retry-after': String(Math.ceil(retryAfter)),
            'x-ratelimit-scope': 'user',
            'x-ratelimit-bucket': 'fake-bucket',
            'x-ratelimit-limit': '5',
            'x-ratelimit-remaining': '0',
            'x-ratelimit-reset-after': String(retryAfter),
          },
        );
        return;
      }
      reply(fault.status ?? 500, { message: 'Injected failure', code: 0 });
      return;
    }

    if (method === 'GET' && path === '/gateway/bot') {
      reply(200, {
        url: `ws://127.0.0.1:${this.port}`,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 },
      });
      return;
    }
    let m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path);
    if (m && method === 'PUT') {
      const commands = (body as unknown as unknown[]) ?? [];
      if (m[2]) this.registered.guild = commands;
      else this.registered.global = commands;
      reply(
        200,
        commands.map((c) => ({
          ...(c as object),
          id: nextId(),
          application_id: APPLICATION_ID,
          version: nextId(),
        })),
      );
      return;
    }
    m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path);
    if (m && method === 'POST') {
      const record = this.interactions.get(m[1]!);
      if (!record || record.token !== m[2])
        return reply(404, { message: 'Unknown interaction', code: 10062 });
      const now = performance.now();
      if (record.ackAt !== undefined) {
        record.errors.push(40060);
        return reply(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
      }
      if (now - record.createdAt > this.deadlineMs) {
        record.errors.push(10062);
        return reply(404, { message: 'Unknown interaction', code: 10062 });
      }
      const type = Number((body as { type?: number })?.type);
      const data = ((body as { data?: Record<string, unknown> })?.data ?? {}) as Record<string, unknown>;
      if (type === 8) {
        const choices = (data.choices as Array<{ name: string; value: string }>) ?? [];
        if (choices.length > 25 || choices.some((c) => c.name.length > 100 || String(c.value).length > 100)) {
          this.violations.push({ path, reason: 'autocomplete choices over the limits' });
          return reply(400, { message: 'Invalid Form Body', code: 50035 });
        }
      }
      if (type === 4 || type === 7) {
        const problem = checkMessage(data);
        if (problem) {
          this.violations.push({ path, reason: problem });
          return reply(400, { message: `Invalid Form Body: ${problem}`, code: 50035 });
        }
      }
      record.ackAt = now;
      record.ackType = type;
      record.ackData = data;
      if (type === 4) {
        record.original = toMessage(data, attachments);
        record.resolveAnswered(record.original);
      } else if (type === 5) record.original = toMessage({ content: '', flags: data.flags }, []);
      else if (type === 8 || type === 9) record.resolveAnswered(toMessage({ content: '' }, []));
      res.writeHead(204).end();
      recorded.status = 204;
      return;
    }
    m = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/(@original|\d+))?$/.exec(path);
    if (m) {
      const record = [...this.interactions.values()].find((r) => r.token === m![2]);
      if (!record) return reply(404, { message: 'Unknown Webhook', code: 10015 });
      if (performance.now() - record.createdAt > 15 * 60_000)
        return reply(401, { message: 'Invalid Webhook Token', code: 50027 });
      if (body && (method === 'PATCH' || method === 'POST')) {
        const problem = checkMessage(body);
        if (problem) {
          this.violations.push({ path, reason: problem });
          return reply(400, { message: `Invalid Form Body: ${problem}`, code: 50035 });
        }
      }
      if (method === 'PATCH' && m[3] === '@original') {
        if (!record.ackAt) return reply(404, { message: 'Unknown Message', code: 10008 });
        const previous = record.original;
        record.original = toMessage(
          { ...(previous ? { flags: previous.flags } : {}), ...body },
          attachments,
          previous,
        );
        // A message is answered once it carries its final content; progress edits carry no embeds
        // but do carry content: tests that watch progress read `original` directly.
        // A streamed answer in progress says so in its footer: the answer is the edit after it.
        const streaming = record.original.embeds.some(
          (e) => (e.footer as { text?: string } | undefined)?.text === 'Writing the answer…',
        );
        if (!/^Refreshing the corpus…/.test(record.original.content) && !streaming)
          record.resolveAnswered(record.original);
        return reply(200, messageJson(record.original));
      }
      if (method === 'DELETE' && m[3] === '@original') {
        if (record.original) record.original.deleted = true;
        res.writeHead(204).end();
        recorded.status = 204;
        return;
      }
      if (method === 'POST' && !m[3]) {
        const message = toMessage(body ?? {}, attachments);
        record.followUps.push(message);
        if (record.original?.deleted || record.ackType === 6) record.resolveAnswered(message);
        return reply(200, messageJson(message));
      }
    }
    reply(404, { message: `No route for ${method} ${path}`, code: 0 });
  }
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** JSON bodies, or multipart ones (when files are attached): `payload_json` plus file parts, bytes kept. */
function parseBody(
  raw: Buffer,
  contentType: string,
): { body: Record<string, unknown> | null; files: string[]; attachments: FakeAttachment[] } {
  if (!raw.length) return { body: null, files: [], attachments: [] };
  if (contentType.startsWith('multipart/form-data')) {
    const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
    // latin1 maps every byte to one character and back, so file bytes survive the split intact.
    const text = raw.toString('latin1');
    const parts = text.split(`--${boundary?.[1] ?? boundary?.[2]}`);
    let body: Record<string, unknown> | null = null;
    const attachments: FakeAttachment[] = [];
    for (const part of parts) {
      const headerEnd = part.indexOf('\r\n\r\n');
      if (headerEnd < 0) continue;
      const headers = part.slice(0, headerEnd);
      // Each part ends with the CRLF that precedes the next boundary.
      const content = Buffer.from(part.slice(headerEnd + 4).replace(/\r\n$/, ''), 'latin1');
      const name = /name="([^"]+)"/.exec(headers)?.[1];
      const filename = /filename="([^"]+)"/.exec(headers)?.[1];
      if (name === 'payload_json') body = JSON.parse(content.toString('utf8'));
      else if (filename)
        attachments.push({
          filename,
          contentType: /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim() ?? null,
          data: content,
        });
    }
    return { body, files: attachments.map((a) => a.filename), attachments };
  }
  return { body: JSON.parse(raw.toString('utf8')), files: [], attachments: [] };
}

/** What Discord would refuse with 50035, or null. */
export function checkMessage(b: Record<string, unknown>): string | null {
  const content = typeof b.content === 'string' ? b.content : '';
  if (content.length > LIMITS.content) return `content ${content.length} > 2000`;
  const embeds = (b.embeds as Array<Record<string, unknown>> | undefined) ?? [];
  if (embeds.length > LIMITS.embeds) return `${embeds.length} embeds > 10`;
  let total = 0;
  for (const e of embeds) {
    const title = String(e.title ?? '');
    const description = String(e.description ?? '');
    const footer = String((e.footer as { text?: string } | undefined)?.text ?? '');
    const fields = (e.fields as Array<{ name: string; value: string }> | undefined) ?? [];
    if (title.length > LIMITS.title) return `title ${title.length} > 256`;
    if (description.length > LIMITS.description) return `description ${description.length} > 4096`;
    if (footer.length > LIMITS.footer) return `footer ${footer.length} > 2048`;
    if (fields.length > LIMITS.fields) return `${fields.length} fields > 25`;
    for (const f of fields) {
      if (!f.name || f.name.length > LIMITS.fieldName) return `field name ${f.name?.length ?? 0} (1–256)`;
      if (!f.value || f.value.length > LIMITS.fieldValue)
        return `field value ${f.value?.length ?? 0} (1–1024)`;
      total += f.name.length + f.value.length;
    }
    total += title.length + description.length + footer.length;
  }
  if (total > LIMITS.total) return `embeds total ${total} > 6000`;
  const rows = (b.components as Array<{ components?: Array<{ custom_id?: string }> }> | undefined) ?? [];
  if (rows.length > 5) return `${rows.length} action rows > 5`;
  for (const row of rows) {
    if ((row.components?.length ?? 0) > 5) return 'more than 5 buttons in a row';
    for (const c of row.components ?? []) if ((c.custom_id?.length ?? 0) > 100) return 'custom_id > 100';
  }
  return null;
}

function toMessage(
  b: Record<string, unknown>,
  attachments: FakeAttachment[],
  previous?: FakeMessage,
): FakeMessage {
  const kept = attachments.length ? attachments : (previous?.attachments ?? []);
  return {
    id: previous?.id ?? nextId(),
    content: typeof b.content === 'string' ? b.content : (previous?.content ?? ''),
    embeds: (b.embeds as Array<Record<string, unknown>>) ?? previous?.embeds ?? [],
    components: (b.components as FakeMessage['components']) ?? previous?.components ?? [],
    flags: Number(b.flags ?? previous?.flags ?? 0),
    files: kept.map((a) => a.filename),
    attachments: kept,
    allowedMentions: b.allowed_mentions,
  };
}

function messageJson(m: FakeMessage) {
  return {
    id: m.id,
    channel_id: CHANNEL_ID,
    type: 20,
    content: m.content,
    embeds: m.embeds,
    components: m.components,
    flags: m.flags,
    author: { id: APPLICATION_ID, username: 'RoleRadar', discriminator: '0', avatar: null, bot: true },
    attachments: m.attachments.map((a, i) => ({
      id: String(i + 1),
      filename: a.filename,
      size: a.data.length,
      ...(a.contentType ? { content_type: a.contentType } : {}),
      url: `https://cdn.example.com/${a.filename}`,
      proxy_url: `https://cdn.example.com/${a.filename}`,
    })),
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
  };
}

/** Discord's nested option shape for a subcommand with options. */
export function subcommand(name: string, options: unknown[] = []): unknown {
  return { type: 1, name, options };
}

export function option(name: string, value: string | number | boolean, focused = false): unknown {
  const type =
    typeof value === 'string' ? 3 : typeof value === 'boolean' ? 5 : Number.isInteger(value) ? 4 : 10;
  return { type, name, value, ...(focused ? { focused: true } : {}) };
}

/**
 * The environment of a compiled bot process served by this fake Discord (the load and start-up
 * probe scripts): the test token and application, the fake's API, a data folder, no metrics port
 * and no model, warnings only.
 */
export function fakeBotEnv(fake: FakeDiscord, dataDir: string, workers: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DISCORD_TOKEN: 'load.test.token',
    DISCORD_APPLICATION_ID: '1100000000000000001',
    DISCORD_API_URL: fake.apiUrl,
    ROLERADAR_DATA_DIR: dataDir,
    ROLERADAR_METRICS_PORT: '0',
    ROLERADAR_WORKERS: workers,
    LOG_LEVEL: 'warn',
    OPENAI_API_KEY: '',
    OPENAI_MODEL: '',
  };
}
