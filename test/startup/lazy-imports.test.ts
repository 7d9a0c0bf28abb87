import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCacheDir } from '../support/cache-dir.js';

/**
 * Start-up must not pay for the platform SDKs: discord.js and Bolt each take longer to import
 * than the whole `ask`. A module resolve hook records every module a real CLI run imports, so
 * a stray static import anywhere on the path fails here (not just as a slower bench figure).
 */
const run = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;
const bin = join(root, 'bin/storybot.js');
const PLATFORM_SDKS = /node_modules\/(?:discord\.js|@discordjs|@slack\/bolt|@slack\/web-api|@slack\/socket-mode|ioredis)\//;
const REDIS_CLIENT = /node_modules\/ioredis\//;

let dir: string;
let register: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'storybot-imports-'));
  const hooks = join(dir, 'hooks.mjs');
  await writeFile(
    hooks,
    `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (process.env.STORYBOT_IMPORT_LOG) appendFileSync(process.env.STORYBOT_IMPORT_LOG, result.url + '\\n');
  return result;
}
`,
  );
  register = join(dir, 'register.mjs');
  await writeFile(register, `import { register } from 'node:module';\nregister(${JSON.stringify(new URL(`file://${hooks}`).href)});\n`);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Every module URL a node run resolved. */
async function importsOf(args: string[], input?: string, extraEnv: Record<string, string> = {}): Promise<string[]> {
  const log = join(dir, `imports-${Math.random().toString(36).slice(2)}.log`);
  await writeFile(log, '');
  const env = { ...process.env, STORYBOT_CACHE_DIR: testCacheDir(), STORYBOT_IMPORT_LOG: log, DISCORD_TOKEN: '', SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '', ...extraEnv };
  const child = run(process.execPath, ['--import', register, ...args], { cwd: root, env });
  if (input !== undefined) {
    child.child.stdin?.end(input);
  }
  await child;
  return (await readFile(log, 'utf8')).split('\n').filter(Boolean);
}

describe('start-up imports', () => {
  it('sees a platform SDK when one is imported (the hook works)', async () => {
    const urls = await importsOf(['--input-type=module', '-e', "await import('discord.js')"]);
    expect(urls.some((url) => PLATFORM_SDKS.test(url))).toBe(true);
  });

  it('`storybot ask` loads the search library but neither discord.js nor Bolt', async () => {
    const urls = await importsOf([bin, 'ask', 'Who released the transcript?']);
    expect(urls.some((url) => url.includes('/node_modules/minisearch/'))).toBe(true);
    expect(urls.filter((url) => PLATFORM_SDKS.test(url))).toEqual([]);
  });

  it('`storybot repl` (piped) loads neither discord.js nor Bolt', async () => {
    const urls = await importsOf([bin, 'repl'], 'Who released the transcript?\n');
    expect(urls.some((url) => url.includes('/adapters/repl/'))).toBe(true);
    expect(urls.filter((url) => PLATFORM_SDKS.test(url))).toEqual([]);
  });

  it('`ask` and `repl` never load the Redis client, even with REDIS_URL set', async () => {
    const env = { REDIS_URL: 'redis://127.0.0.1:9' };
    expect((await importsOf([bin, 'ask', 'Who released the transcript?'], undefined, env)).filter((url) => REDIS_CLIENT.test(url))).toEqual([]);
    expect((await importsOf([bin, 'repl'], 'Who released the transcript?\n', env)).filter((url) => REDIS_CLIENT.test(url))).toEqual([]);
  });

  it('the shared stores load the Redis client only when REDIS_URL is set', async () => {
    const built = (file: string) => JSON.stringify(new URL(`dist/src/${file}`, `file://${root}`).href);
    const open = (url: string | undefined) =>
      `const { openStores } = await import(${built('stores/open.js')}); const { createLogger } = await import(${built('log.js')});` +
      `const stores = await openStores({ REDIS_URL: ${JSON.stringify(url)} }, createLogger({ level: 'silent' })); await stores.close();`;
    expect((await importsOf(['--input-type=module', '-e', open(undefined)])).filter((url) => REDIS_CLIENT.test(url))).toEqual([]);
    // Nothing listens on the discard port: the stores start on their fallbacks, but the client is loaded.
    expect((await importsOf(['--input-type=module', '-e', open('redis://127.0.0.1:9')])).some((url) => REDIS_CLIENT.test(url))).toBe(true);
  });

  it('with a fresh persisted index, neither `ask` nor `repl` loads zod (the config schema and story parser)', async () => {
    // The first run may build the index, which does need the story parser.
    await importsOf([bin, 'ask', 'Who released the transcript?']);
    for (const [args, input] of [[[bin, 'ask', 'Who released the transcript?']], [[bin, 'repl'], 'Who released the transcript?\n']] as const) {
      const urls = await importsOf([...args], input);
      expect(urls.filter((url) => url.includes('/node_modules/zod/')), args.join(' ')).toEqual([]);
    }
  });
});
