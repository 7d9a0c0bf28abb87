import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { InteractionPayload } from './payloads.js';
import { shardOf, snowflake } from './snowflake.js';

/**
 * A small Discord on 127.0.0.1 for end-to-end tests with the real discord.js client.
 * REST under `/api/v10` (gateway info, interaction callbacks, webhook edits and follow-ups,
 * command registration) and a JSON gateway (HELLO, IDENTIFY → READY, heartbeat ACK, RESUME,
 * RECONNECT, dispatches). It records every request so tests can assert what a user would see.
 */

export interface RestCall {
  method: string;
  /** Decoded path below `/api/v10` (`%40original` arrives encoded and is decoded here). */
  path: string;
  query: URLSearchParams;
  auth: string | undefined;
  body: any;
  at: number;
}

export interface GatewaySession {
  sessionId: string;
  shard: [number, number];
  intents: number;
  seq: number;
  socket: WebSocket;
  heartbeats: number;
  resumes: number;
}

export interface Reply {
  /** The call carrying what the user finally sees. */
  call: RestCall;
  /** Every call made for this interaction, in order. */
  calls: RestCall[];
  message: { content?: string; embeds?: any[]; flags?: number; allowed_mentions?: { parse?: string[] }; choices?: any[] };
  /** Milliseconds from the INTERACTION_CREATE dispatch to the final reply arriving. */
  latencyMs: number;
}

export interface FakeDiscordOptions {
  token: string;
  applicationId: string;
  /** What `GET /gateway/bot` recommends. */
  shards?: number;
  heartbeatIntervalMs?: number;
  /** Guilds the bot is in; READY lists the ones of each shard. */
  guildIds?: string[];
}

const API = '/api/v10';
const GUILDS_INTENT = 1;
const EPHEMERAL = 1 << 6;

export class FakeDiscord {
  readonly calls: RestCall[] = [];
  readonly sessions: GatewaySession[] = [];
  readonly identifies: Array<{ shard: [number, number]; intents: number; compress: boolean }> = [];
  private readonly sentAt = new Map<string, number>();
  private readonly waiters = new Set<() => void>();
  private readonly botUser: Record<string, unknown>;
  /** Holds interaction callbacks this long before answering, to keep a reply in flight. */
  callbackDelayMs = 0;
  /** Close codes of the gateway connections the client closed. */
  readonly closes: number[] = [];
  /** Every dispatch sent, and to which shard. */
  readonly dispatches: Array<{ type: string; shard: number }> = [];

  private constructor(
    private readonly options: Required<FakeDiscordOptions>,
    private readonly http: Server,
    private readonly wss: WebSocketServer,
    readonly port: number,
  ) {
    this.botUser = { id: options.applicationId, username: 'storybot', discriminator: '0', global_name: null, avatar: null, bot: true };
  }

  static async start(options: FakeDiscordOptions): Promise<FakeDiscord> {
    const http = createServer();
    const wss = new WebSocketServer({ server: http });
    http.listen(0, '127.0.0.1');
    await once(http, 'listening');
    const { port } = http.address() as AddressInfo;
    const fake = new FakeDiscord(
      { shards: 1, heartbeatIntervalMs: 41_250, guildIds: [], ...options },
      http,
      wss,
      port,
    );
    http.on('request', (req, res) => void fake.onRequest(req, res));
    wss.on('connection', (socket) => fake.onConnection(socket));
    return fake;
  }

  /** What `DISCORD_API_URL` should be set to. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  // ---- REST -------------------------------------------------------------------------------

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const call: RestCall = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname.startsWith(API) ? url.pathname.slice(API.length) : url.pathname),
      query: url.searchParams,
      auth: req.headers.authorization,
      body: parseBody(raw, req.headers['content-type']),
      at: performance.now(),
    };
    this.calls.push(call);
    const [status, body] = this.route(call);
    if (this.callbackDelayMs > 0 && call.path.endsWith('/callback')) {
      for (const wake of this.waiters) wake();
      await new Promise((resolve) => setTimeout(resolve, this.callbackDelayMs));
    }
    res.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
    res.end(body === undefined ? undefined : JSON.stringify(body));
    for (const wake of this.waiters) wake();
  }

  private route(call: RestCall): [number, unknown] {
    const authorized = call.auth === `Bot ${this.options.token}`;
    const { method, path } = call;
    const unauthorized: [number, unknown] = [401, { message: '401: Unauthorized', code: 0 }];

    if (method === 'GET' && path === '/gateway/bot') {
      if (!authorized) return unauthorized;
      const count = this.options.shards;
      return [200, {
        url: this.gatewayUrl,
        shards: count,
        // Enough sessions for every shard, or @discordjs/ws refuses to connect.
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 14_400_000, max_concurrency: 1 },
      }];
    }
    let match = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path);
    if (method === 'POST' && match) return [204, undefined];

    match = /^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/.exec(path);
    if (match && method === 'PATCH') return [200, this.message(call.body)];
    if (match && method === 'DELETE') return [204, undefined];

    match = /^\/webhooks\/(\d+)\/([^/]+)$/.exec(path);
    if (match && method === 'POST') return [200, this.message(call.body)];

    match = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path);
    if (match && method === 'PUT') {
      if (!authorized) return unauthorized;
      if (match[1] !== this.options.applicationId) return [403, { message: 'Missing Access', code: 50001 }];
      const list = Array.isArray(call.body) ? call.body : [];
      return [200, list.map((command: Record<string, unknown>) => ({
        id: snowflake(), application_id: match?.[1], version: snowflake(), ...(match?.[2] ? { guild_id: match[2] } : {}), ...command,
      }))];
    }
    return [404, { message: '404: Not Found', code: 0 }];
  }

  private message(body: any): Record<string, unknown> {
    return {
      id: snowflake(),
      channel_id: snowflake(),
      type: 20,
      author: this.botUser,
      content: body?.content ?? '',
      embeds: body?.embeds ?? [],
      attachments: [],
      components: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: body?.flags ?? 0,
      webhook_id: this.options.applicationId,
    };
  }

  // ---- Gateway ----------------------------------------------------------------------------

  private onConnection(socket: WebSocket): void {
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.options.heartbeatIntervalMs }, s: null, t: null }));
    socket.on('message', (data) => this.onGatewayMessage(socket, JSON.parse(String(data))));
    socket.on('close', (code) => {
      this.closes.push(code);
      for (const wake of this.waiters) wake();
    });
  }

  private onGatewayMessage(socket: WebSocket, payload: { op: number; d: any }): void {
    switch (payload.op) {
      case 1: { // Heartbeat
        const session = this.sessions.find((s) => s.socket === socket);
        if (session) session.heartbeats += 1;
        socket.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
        for (const wake of this.waiters) wake();
        return;
      }
      case 2: // Identify
        return this.identify(socket, payload.d);
      case 6: // Resume
        return this.resume(socket, payload.d);
      default:
    }
  }

  private identify(socket: WebSocket, d: { token: string; shard?: [number, number]; intents: number; compress?: boolean }): void {
    if (d.token !== this.options.token) {
      socket.close(4004, 'Authentication failed.');
      return;
    }
    const shard = d.shard ?? [0, 1];
    this.identifies.push({ shard, intents: d.intents, compress: Boolean(d.compress) });
    const session: GatewaySession = { sessionId: snowflake(), shard, intents: d.intents, seq: 0, socket, heartbeats: 0, resumes: 0 };
    this.sessions.push(session);
    const guilds = this.options.guildIds.filter((id) => shardOf(id, shard[1]) === shard[0]);
    this.dispatch(session, 'READY', {
      v: 10,
      user: { ...this.botUser, verified: true, mfa_enabled: false, flags: 0 },
      guilds: guilds.map((id) => ({ id, unavailable: true })),
      session_id: session.sessionId,
      resume_gateway_url: this.gatewayUrl,
      shard,
      application: { id: this.options.applicationId, flags: 0 },
    });
    // With the GUILDS intent, discord.js waits for each listed guild's GUILD_CREATE.
    if (d.intents & GUILDS_INTENT) {
      for (const id of guilds) this.dispatch(session, 'GUILD_CREATE', minimalGuild(id, this.options.applicationId));
    }
    for (const wake of this.waiters) wake();
  }

  private resume(socket: WebSocket, d: { token: string; session_id: string; seq: number }): void {
    const session = this.sessions.find((s) => s.sessionId === d.session_id);
    if (!session || d.token !== this.options.token) {
      socket.send(JSON.stringify({ op: 9, d: false, s: null, t: null }));
      return;
    }
    session.socket = socket;
    session.resumes += 1;
    this.dispatch(session, 'RESUMED', {});
    for (const wake of this.waiters) wake();
  }

  private dispatch(session: GatewaySession, type: string, data: unknown): void {
    session.seq += 1;
    this.dispatches.push({ type, shard: session.shard[0] });
    session.socket.send(JSON.stringify({ op: 0, t: type, s: session.seq, d: data }));
  }

  /** Live sessions, one per shard (the newest wins after a reconnect). */
  private sessionFor(shardId: number): GatewaySession {
    const session = this.sessions.findLast((s) => s.shard[0] === shardId && s.socket.readyState === s.socket.OPEN);
    if (!session) throw new Error(`no gateway session for shard ${shardId}`);
    return session;
  }

  /** Sends an INTERACTION_CREATE to the shard Discord would route it to (DMs go to shard 0). */
  sendInteraction(payload: InteractionPayload): void {
    const session0 = this.sessions[0];
    const count = session0?.shard[1] ?? 1;
    const guildId = 'guild_id' in payload ? payload.guild_id : undefined;
    const session = this.sessionFor(guildId ? shardOf(guildId, count) : 0);
    this.sentAt.set(payload.id, performance.now());
    this.dispatch(session, 'INTERACTION_CREATE', payload);
  }

  /** Asks the client to reconnect (opcode 7); discord.js should come back with RESUME. */
  requestReconnect(shardId = 0): void {
    this.sessionFor(shardId).socket.send(JSON.stringify({ op: 7, d: null, s: null, t: null }));
  }

  // ---- Waiting ----------------------------------------------------------------------------

  /** Resolves once `check` returns a value, re-checking after every request and gateway event. */
  async waitUntil<T>(check: () => T | undefined, what: string, timeoutMs = 5000): Promise<T> {
    const now = check();
    if (now !== undefined) return now;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(wake);
        reject(new Error(`fake Discord: timed out waiting for ${what}`));
      }, timeoutMs);
      const wake = () => {
        const value = check();
        if (value === undefined) return;
        clearTimeout(timer);
        this.waiters.delete(wake);
        resolve(value);
      };
      this.waiters.add(wake);
    });
  }

  /** Every REST call made for one interaction (its callback and its webhook). */
  callsFor(payload: InteractionPayload): RestCall[] {
    return this.calls.filter(
      (call) => call.path.startsWith(`/interactions/${payload.id}/`) || call.path.startsWith(`/webhooks/${payload.application_id}/${payload.token}`),
    );
  }

  /**
   * Waits for what the user finally sees for an interaction: a message or autocomplete callback,
   * the edit of a deferred reply, or a follow-up.
   */
  async reply(payload: InteractionPayload, timeoutMs = 5000): Promise<Reply> {
    const call = await this.waitUntil(() => this.callsFor(payload).find(isFinal), `a reply to interaction ${payload.id}`, timeoutMs);
    const data = call.path.endsWith('/callback') ? call.body?.data : call.body;
    return {
      call,
      calls: this.callsFor(payload),
      message: data ?? {},
      latencyMs: call.at - (this.sentAt.get(payload.id) ?? call.at),
    };
  }

  /** Sends an interaction and waits for its reply. */
  async interact(payload: InteractionPayload, timeoutMs?: number): Promise<Reply> {
    this.sendInteraction(payload);
    return this.reply(payload, timeoutMs);
  }

  async waitForSessions(count: number, timeoutMs = 10_000): Promise<void> {
    await this.waitUntil(() => (this.sessions.length >= count ? true : undefined), `${count} gateway sessions`, timeoutMs);
  }

  async stop(): Promise<void> {
    for (const wake of this.waiters) wake();
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }
}

export const isEphemeral = (reply: Reply): boolean => ((reply.message.flags ?? 0) & EPHEMERAL) !== 0 || deferredEphemerally(reply);

function deferredEphemerally(reply: Reply): boolean {
  const deferral = reply.calls.find((call) => call.path.endsWith('/callback') && call.body?.type === 5);
  return deferral !== undefined && ((deferral.body?.data?.flags ?? 0) & EPHEMERAL) !== 0 && reply.call.method === 'PATCH';
}

function isFinal(call: RestCall): boolean {
  if (call.path.endsWith('/callback')) return call.body?.type === 4 || call.body?.type === 8;
  if (call.path.endsWith('/@original')) return call.method === 'PATCH';
  return call.method === 'POST';
}

function parseBody(raw: string, type: string | undefined): unknown {
  if (!raw) return undefined;
  if (type?.includes('application/json')) return JSON.parse(raw);
  // discord.js sends multipart only with files; the tests never attach any.
  return raw;
}

function minimalGuild(id: string, ownerId: string): Record<string, unknown> {
  return {
    id, name: `guild ${id}`, icon: null, owner_id: ownerId, roles: [], emojis: [], stickers: [], features: [],
    channels: [], threads: [], members: [], voice_states: [], presences: [], stage_instances: [],
    guild_scheduled_events: [], member_count: 1, large: false, unavailable: false, joined_at: new Date(0).toISOString(),
    afk_channel_id: null, afk_timeout: 300, verification_level: 0, default_message_notifications: 0,
    explicit_content_filter: 0, mfa_level: 0, system_channel_id: null, system_channel_flags: 0, premium_tier: 0,
    preferred_locale: 'en-US', nsfw_level: 0, premium_progress_bar_enabled: false,
  };
}
