import { fork, type ChildProcess } from 'node:child_process';
import type { BotReply, BotRequest } from './bot-process.js';

/** A forked bot process (TypeScript run through tsx, GC exposed for heap readings). */
export class BotProcess {
  private readonly child: ChildProcess;
  private readonly replies: BotReply[] = [];
  private waiters: Array<() => void> = [];
  readonly exited: Promise<number | null>;

  constructor(entry: URL, env: Record<string, string>) {
    this.child = fork(entry, [], {
      execArgv: ['--expose-gc', '--import', 'tsx', ...(process.env.LOAD_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.LOAD_PROFILE}`] : []), ...(process.env.LOAD_TRACE_GC ? ['--trace-gc'] : [])],
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.child.on('message', (reply: BotReply) => {
      this.replies.push(reply);
      for (const waiter of this.waiters.splice(0)) waiter();
    });
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
    void this.exited.then(() => {
      for (const waiter of this.waiters.splice(0)) waiter();
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  private async next<T extends BotReply['type']>(type: T, timeoutMs = 30_000): Promise<Extract<BotReply, { type: T }>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.replies.findIndex((reply) => reply.type === type || reply.type === 'failed');
      const found = this.replies[index];
      if (found) {
        this.replies.splice(index, 1);
        if (found.type === 'failed') throw new Error(`bot process failed: ${found.message}`);
        return found as Extract<BotReply, { type: T }>;
      }
      if (this.child.exitCode !== null) throw new Error(`bot process exited with ${this.child.exitCode}`);
      if (Date.now() > deadline) throw new Error(`bot process: no ${type} reply in ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  ready() {
    return this.next('ready', 60_000);
  }

  heap() {
    this.send({ type: 'heap' });
    return this.next('heap');
  }

  async stop(): Promise<void> {
    if (this.child.connected) this.send({ type: 'stop' });
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await this.exited;
    clearTimeout(timer);
  }

  private send(request: BotRequest): void {
    this.child.send(request);
  }
}
