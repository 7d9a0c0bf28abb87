import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small round-robin HTTP load balancer on 127.0.0.1, as put in front of several bot replicas:
 * each request goes to the next backend in turn, its body and headers passed through unchanged
 * (Slack's signature covers the raw body). The response says which backend served it
 * (`x-served-by`, an index into `backends`), so a test can send a redelivery to another one.
 */
export class RoundRobinProxy {
  /** Backend index of each request, in arrival order. */
  readonly served: number[] = [];
  private next = 0;
  private readonly server: Server;
  /** Why forwarding failed, per failure (a 502 was answered for each). */
  readonly failures: string[] = [];

  constructor(readonly backends: string[]) {
    this.server = createServer((req, res) => this.forward(req, res));
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this;
  }

  /** The balancer's address, with the same path the backends serve (e.g. /slack/events). */
  url(path = '/slack/events'): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${path}`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private forward(req: IncomingMessage, res: ServerResponse): void {
    const index = this.next++ % this.backends.length;
    this.served.push(index);
    const target = new URL(req.url ?? '/', this.backends[index]);
    const upstream = request(
      target,
      // A connection per request: a pooled keep-alive socket the backend has just closed would
      // fail the request (ECONNRESET), which the balancer would have to blame on the replica.
      { method: req.method, headers: { ...req.headers, host: target.host, connection: 'close' }, agent: false },
      (reply) => {
        res.writeHead(reply.statusCode ?? 502, { ...reply.headers, 'x-served-by': String(index) });
        reply.pipe(res);
      },
    );
    upstream.on('error', (error: NodeJS.ErrnoException) => {
      this.failures.push(error.code ?? error.message);
      // A backend that is down answers 502, as a real balancer would; Slack would retry.
      if (!res.headersSent) res.writeHead(502, { 'x-served-by': String(index) });
      res.end();
    });
    req.pipe(upstream);
  }
}
