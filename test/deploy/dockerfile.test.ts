import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The Dockerfile's two stages, carried out without Docker: its COPY lines copy from this checkout
 * into a temp folder standing for /app, its build-stage RUN lines run there (npm from the local
 * cache: `npm ci` filled it), then the run stage is assembled from the build and started. Slow (a
 * production install and a compile, about a minute): it is the production install's only test.
 */
const repo = new URL('../..', import.meta.url).pathname;
const dockerfile = readFileSync(join(repo, 'Dockerfile'), 'utf8');

interface Stage {
  copies: { from?: string; sources: string[]; dest: string }[];
  runs: string[];
  instructions: string[];
}

/** Each stage's instructions (comments dropped, one per line: this Dockerfile continues none). */
function stages(): Stage[] {
  const lines = dockerfile.split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
  const found: Stage[] = [];
  for (const line of lines) {
    if (line.startsWith('FROM ')) found.push({ copies: [], runs: [], instructions: [] });
    const stage = found.at(-1)!;
    stage.instructions.push(line);
    if (line.startsWith('RUN ')) stage.runs.push(line.slice(4));
    if (line.startsWith('COPY ')) {
      const words = line.split(/\s+/).slice(1);
      const from = words.find((word) => word.startsWith('--from='))?.slice('--from='.length);
      const paths = words.filter((word) => !word.startsWith('--'));
      stage.copies.push({ ...(from ? { from } : {}), sources: paths.slice(0, -1), dest: paths.at(-1)! });
    }
  }
  return found;
}

/** COPY as Docker does it, into `app` (the WORKDIR /app), from `context` or from the build stage's folder. */
function copy(app: string, context: string, build: string, { from, sources, dest }: Stage['copies'][number]): void {
  for (const source of sources) {
    const origin = from ? join(build, source.replace(/^\/app\//, '')) : join(context, source);
    const target = dest.endsWith('/') || sources.length > 1 ? join(app, dest, basename(source)) : join(app, dest);
    mkdirSync(join(target, '..'), { recursive: true });
    // The build folder is thrown away: moving node_modules is instant where copying is not.
    if (from) renameSync(origin, target);
    else cpSync(origin, target, { recursive: true });
  }
}

/** Whether a Docker engine answers here (a docker command alone is not enough). */
function dockerEngine(): string | null {
  try {
    return execFileSync('docker', ['version', '--format', '{{.Server.Version}}'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim() || null;
  } catch {
    return null;
  }
}

const engine = dockerEngine();
let work: string;
let app: string;
let build: string;
let buildLog = '';
const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false' };

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'storybot-dockerfile-'));
  build = join(work, 'build');
  app = join(work, 'app');
  const [buildStage, runStage] = stages();
  for (const step of buildStage!.copies) copy(build, repo, build, step);
  for (const command of buildStage!.runs) {
    const ran = spawnSync('sh', ['-c', command], { cwd: build, env, encoding: 'utf8' });
    buildLog += `$ ${command}\n${ran.stdout}${ran.stderr}`;
    if (ran.status !== 0) return;
  }
  // The run stage's own RUN only creates .cache and hands folders to the image's user: Docker's part.
  for (const step of runStage!.copies) copy(app, repo, build, step);
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the Dockerfile, built and started without Docker', () => {
  it('builds in one stage and runs from another, as a non-root user, with the stories and the cache as volumes and a health check', () => {
    const [buildStage, runStage] = stages();
    expect(buildStage!.instructions[0]).toMatch(/^FROM node:20\S* AS build$/);
    expect(runStage!.instructions).toContain('USER node');
    expect(runStage!.instructions).toContain('VOLUME ["/app/knowledge", "/app/.cache"]');
    expect(runStage!.instructions.find((line) => line.startsWith('HEALTHCHECK'))).toMatch(/CMD \["node", "bin\/storybot\.js", "health"\]$/);
    expect(runStage!.instructions.at(-1)).toBe('CMD ["node", "bin/storybot.js", "start"]');
  });

  it('the production install (npm ci --omit=dev) compiles, and the run stage holds the build without its source', () => {
    expect(existsSync(join(app, 'dist/src/cli.js')), buildLog).toBe(true);
    expect(existsSync(join(app, 'src'))).toBe(false);
    expect(existsSync(join(app, 'node_modules/vitest'))).toBe(false);
  });

  it('answers a question with a citation, as `docker run … ask` would', () => {
    const run = spawnSync(process.execPath, ['bin/storybot.js', 'ask', 'When did the call take place?'], { cwd: app, env, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/14 October.*\[1\]/);
    expect(run.stdout).toMatch(/Sources:\n\[1\]/);
    expect(run.status).toBe(0);
  });

  it('its CMD (start) with no platform settings answers piped questions from the bundled story (`docker run -i`)', () => {
    const run = spawnSync(process.execPath, ['bin/storybot.js', 'start'], { cwd: app, env, encoding: 'utf8', input: 'When did the call take place?\n' });
    expect(run.stdout).toMatch(/14 October.*\[1\]/);
    expect(run.status).toBe(0);
  });

  it('its HEALTHCHECK command runs, and fails while no bot writes a heartbeat', () => {
    const run = spawnSync(process.execPath, ['bin/storybot.js', 'health'], { cwd: app, env, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^storybot health: no heartbeat at .*\.cache\/heartbeat-/);
  });

  it.skipIf(!engine)(`docker build ${engine ? `(Docker ${engine})` : '(skipped: Docker is not available on this machine, no engine answers; the stages above were built without it)'}`, () => {
    const built = spawnSync('docker', ['build', '-q', '-t', 'storybot-test', repo], { encoding: 'utf8', timeout: 600_000 });
    expect(built.status, built.stderr).toBe(0);
  }, 600_000);
});
