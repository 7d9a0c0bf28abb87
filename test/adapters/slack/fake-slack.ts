import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/** A chat.postMessage call as the fake received it. */
export interface RecordedPost {
  token: string | undefined;
  channel: string;
  thread_ts: string | undefined;
  text: string;
  blocks: unknown[];
  unfurl_links: unknown;
  unfurl_media: unknown;
  /** `performance.now()` when it arrived, to measure event → reply latency. */
  at: number;
  raw: Record<string, unknown>;
}

export interface RecordedAck {
  envelope_id: string;
  payload: unknown;
}

export const FAKE_BOT = { userId: 'U0STORYBOT', botId: 'B0STORYBOT', teamId: 'T0TEAM001' } as const;

/**
 * A small stand-in for Slack on 127.0.0.1: the three Web API methods the adapter uses and the
 * Socket Mode protocol (hello, events_api envelopes, `{envelope_id, payload}` acks).
 */
export class FakeSlack {
  readonly posts: RecordedPost[] = [];
  readonly acks: RecordedAck[] = [];
  readonly calls: string[] = [];
  /** chat.postMessage calls answered so far (they are recorded on arrival, answered after the delay). */
  postsCompleted = 0;
  /** Holds each chat.postMessage response this long, to keep an answer in flight. */
  postDelayMs = 0;
  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private readonly sockets = new Set<WebSocket>();
  private waiters: Array<() => void> = [];
  private port = 0;

  constructor() {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.wss = new WebSocketServer({ server: this.server, path: '/socket' });
    this.wss.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => {
        this.sockets.delete(socket);
        this.notify();
      });
      socket.on('message', (data) => {
        const message = JSON.parse(String(data)) as RecordedAck;
        this.acks.push(message);
        this.notify();
      });
      socket.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0FAKE' } }));
      this.notify();
    });
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  get openSockets(): number {
    return this.sockets.size;
  }

  /** Sends an Events API payload over every open socket, as Slack does in Socket Mode. */
  sendEvent(payload: object, retry = { attempt: 0, reason: '' }): string {
    const envelope_id = randomUUID();
    const envelope = {
      envelope_id,
      type: 'events_api',
      accepts_response_payload: false,
      retry_attempt: retry.attempt,
      retry_reason: retry.reason,
      payload,
    };
    for (const socket of this.sockets) socket.send(JSON.stringify(envelope));
    return envelope_id;
  }

  /**
   * Stops reading from the open sockets for a while, as a slow Slack would: the client's close
   * frame then goes unanswered until the delay ends (proves `stop()` waits for the handshake).
   */
  stallReads(ms: number): void {
    for (const socket of this.sockets) {
      const raw = (socket as unknown as { _socket?: { pause(): void; resume(): void } })._socket;
      raw?.pause();
      setTimeout(() => raw?.resume(), ms);
    }
  }

  /** Resolves when `check` holds, re-checked on every request, ack or socket change. */
  async until(check: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
    if (check()) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((waiter) => waiter !== onChange);
        reject(new Error(`fake Slack: timed out waiting for ${what}`));
      }, timeoutMs);
      const onChange = (): void => {
        if (!check()) return;
        clearTimeout(timer);
        this.waiters = this.waiters.filter((waiter) => waiter !== onChange);
        resolve();
      };
      this.waiters.push(onChange);
    });
  }

  waitForPosts(count: number, timeoutMs?: number): Promise<void> {
    return this.until(() => this.posts.length >= count, `${count} chat.postMessage call(s)`, timeoutMs);
  }

  private closing: Promise<void> | undefined;

  close(): Promise<void> {
    this.closing ??= this.shutdown();
    return this.closing;
  }

  private async shutdown(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0] ?? '';
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const body = parseBody(await readBody(req), req.headers['content-type']);
    this.calls.push(method);
    const reply = (data: object): void => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(data));
    };

    if (method === 'auth.test') {
      if (!token?.startsWith('xoxb-') || token.includes('revoked')) return reply({ ok: false, error: 'invalid_auth' });
      return reply({ ok: true, user_id: FAKE_BOT.userId, bot_id: FAKE_BOT.botId, team_id: FAKE_BOT.teamId, user: 'storybot' });
    }
    if (method === 'apps.connections.open') {
      if (!token?.startsWith('xapp-') || token.includes('revoked')) return reply({ ok: false, error: 'invalid_auth' });
      return reply({ ok: true, url: `ws://127.0.0.1:${this.port}/socket` });
    }
    if (method === 'chat.postMessage') {
      const blocks = typeof body.blocks === 'string' ? (JSON.parse(body.blocks) as unknown[]) : (body.blocks as unknown[]);
      this.posts.push({
        token,
        channel: String(body.channel),
        thread_ts: body.thread_ts === undefined ? undefined : String(body.thread_ts),
        text: String(body.text ?? ''),
        blocks: blocks ?? [],
        unfurl_links: body.unfurl_links,
        unfurl_media: body.unfurl_media,
        at: performance.now(),
        raw: body,
      });
      this.notify();
      if (this.postDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.postDelayMs));
      reply({ ok: true, channel: body.channel, ts: `${Date.now() / 1000}`, message: { text: body.text } });
      this.postsCompleted += 1;
      this.notify();
      return;
    }
    reply({ ok: false, error: 'unknown_method' });
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (data += chunk));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

/** The Web API client sends form-encoded bodies (objects as JSON strings); accept JSON too. */
function parseBody(raw: string, type: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (type?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  return Object.fromEntries(new URLSearchParams(raw));
}
