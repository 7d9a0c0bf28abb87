import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildState, writeStamp } from '../../bin/build-stamp.js';

/**
 * A `git pull` changes the source; the build in dist/ is then old. bin/storybot.js must not run it
 * silently: it rebuilds when the compiler is installed, else refuses and says what to run.
 */
const binDir = new URL('../../bin/', import.meta.url).pathname;
let root: string;

function put(path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

/** A file's mtime set one minute later than anything the build saw (a pull, an edit). */
function later(path: string): void {
  const future = new Date(Date.now() + 60_000);
  utimesSync(join(root, path), future, future);
}

const state = async (): Promise<{ fresh: boolean; reason?: string }> => buildState(root);

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'storybot-build-stamp-'));
  put('package.json', '{"type":"module"}\n');
  put('tsconfig.build.json', '{"include":["src","adapters"]}\n');
  put('src/cli.ts', 'export {};\n');
  put('adapters/repl/index.ts', 'export {};\n');
  put('dist/src/cli.js', "process.stdout.write('old build\\n');\n");
  await writeStamp(root);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('build stamp', () => {
  it('a build made from the source beside it is fresh', async () => {
    expect(await state()).toEqual({ fresh: true });
  });

  it('an edited source file makes it stale, naming the file', async () => {
    put('adapters/repl/index.ts', 'export const changed = 1;\n');
    later('adapters/repl/index.ts');
    expect(await state()).toEqual({ fresh: false, reason: 'dist/ is out of date: adapters/repl/index.ts changed since the last build' });
  });

  it('an added or removed file makes it stale, whatever the times say', async () => {
    put('src/new.ts', 'export {};\n');
    utimesSync(join(root, 'src/new.ts'), new Date(0), new Date(0));
    expect((await state()).reason).toBe('dist/ is out of date: source files were added or removed since the last build');
  });

  it('a file touched but not changed (a checkout, a copy) is still fresh', async () => {
    later('src/cli.ts');
    expect(await state()).toEqual({ fresh: true });
  });

  it('no stamp, or no build at all, is said as such', async () => {
    rmSync(join(root, 'dist/build-stamp.json'));
    expect((await state()).reason).toMatch(/dist\/ has no build stamp/);
    rmSync(join(root, 'dist'), { recursive: true });
    expect((await state()).reason).toBe('there is no build yet (no dist/)');
  });

  it('a packaged build without its source (the Docker image) has nothing to compare and runs', async () => {
    rmSync(join(root, 'src'), { recursive: true });
    expect(await state()).toEqual({ fresh: true });
  });
});

describe('bin/storybot.js over a stale build', () => {
  beforeEach(() => {
    for (const name of ['storybot.js', 'build-stamp.js']) put(`bin/${name}`, readFileSync(join(binDir, name), 'utf8'));
    put('src/cli.ts', 'export const pulled = 1;\n');
    later('src/cli.ts');
  });
  const start = () => spawnSync(process.execPath, [join(root, 'bin/storybot.js'), 'ask', 'hi'], { cwd: root, encoding: 'utf8' });

  it('refuses to start without a compiler, and says why and what to run', () => {
    const { status, stdout, stderr } = start();
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`storybot: dist/ is out of date: src/cli.ts changed since the last build, and this install has no TypeScript compiler to rebuild it. Run \`npm ci\` in ${root}/, then start again.\n`);
  });

  it('rebuilds first when the compiler is installed, saying so on stderr', () => {
    // A stand-in compiler: writes the new build as tsc would.
    put('node_modules/typescript/package.json', '{"name":"typescript"}\n');
    put('node_modules/typescript/bin/tsc', "require('fs').writeFileSync('dist/src/cli.js', \"process.stdout.write('new build\\\\n');\");\n");
    const { status, stdout, stderr } = start();
    expect(stderr).toBe('storybot: dist/ is out of date: src/cli.ts changed since the last build; rebuilding (npm run build) …\n');
    expect(stdout).toBe('new build\n');
    expect(status).toBe(0);
    // The stamp now matches: the next start runs at once.
    expect(start().stderr).toBe('');
  });
});
