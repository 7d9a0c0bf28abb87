#!/usr/bin/env node
// Whether dist/ was compiled from the source beside it. `npm run build` writes a stamp of the
// source (file count, newest mtime, content hash); bin/storybot.js compares before starting, so a
// `git pull` without a rebuild cannot leave an old build answering. Plain JS: it must run unbuilt.
//   node bin/build-stamp.js write    after tsc (the `build` script)
//   node bin/build-stamp.js ensure   rebuild when stale (the bench and train scripts)
// Only node:fs and node:path load on a fresh start; hashing and rebuilding import what they need.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The build's settings; its `include` lists the folders compiled (not scripts/load: it runs under tsx). */
const BUILD_CONFIG = 'tsconfig.build.json';
const SOURCE_FILES = ['tsconfig.json', BUILD_CONFIG];
const STAMP = join('dist', 'build-stamp.json');
const ENTRY = join('dist', 'src', 'cli.js');

/** The `.ts` files under `dir`, relative to the project (a walk: readdir's `recursive` costs several times more). */
function walk(root, dir, into) {
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(root, path, into);
    else if (entry.name.endsWith('.ts')) into.push(path);
  }
  return into;
}

/** The source files, relative to the project, each with its mtime. */
function sourceFiles(root) {
  const files = [];
  for (const dir of JSON.parse(readFileSync(join(root, BUILD_CONFIG), 'utf8')).include) if (existsSync(join(root, dir))) walk(root, dir, files);
  files.push(...SOURCE_FILES.filter((name) => existsSync(join(root, name))));
  return files.sort().map((path) => ({ path, mtimeMs: statSync(join(root, path)).mtimeMs }));
}

async function contentHash(root, files) {
  const { createHash } = await import('node:crypto');
  const hash = createHash('sha1');
  for (const { path } of files) hash.update(`${path}\0`).update(readFileSync(join(root, path))).update('\0');
  return hash.digest('hex');
}

export async function writeStamp(root) {
  const files = sourceFiles(root);
  const newestMtimeMs = Math.max(0, ...files.map((file) => file.mtimeMs));
  const stamp = { files: files.length, newestMtimeMs, hash: await contentHash(root, files) };
  writeFileSync(join(root, STAMP), `${JSON.stringify(stamp)}\n`);
}

/**
 * `{ fresh: true }`, or why dist/ cannot be trusted. Cheap when nothing changed: one stat per
 * source file; the contents are hashed only when a file looks newer (a checkout, a copy).
 */
export async function buildState(root) {
  if (!existsSync(join(root, ENTRY))) return { fresh: false, reason: 'there is no build yet (no dist/)' };
  // A packaged build (the Docker image) ships without its source: nothing to compare.
  if (!existsSync(join(root, 'src'))) return { fresh: true };
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(join(root, STAMP), 'utf8'));
  } catch {
    return { fresh: false, reason: 'dist/ has no build stamp (it was built by hand or by an older version)' };
  }
  const files = sourceFiles(root);
  const changed = files.filter((file) => file.mtimeMs > stamp.newestMtimeMs);
  if (files.length === stamp.files && changed.length === 0) return { fresh: true };
  if ((await contentHash(root, files)) === stamp.hash) {
    // Touched, not changed: remember the new times so the next start is cheap again.
    try {
      await writeStamp(root);
    } catch {
      // A read-only install: the hash keeps saying fresh.
    }
    return { fresh: true };
  }
  const what = changed.length > 0 ? `${changed[0].path}${changed.length > 1 ? ` and ${changed.length - 1} more` : ''} changed` : 'source files were added or removed';
  return { fresh: false, reason: `dist/ is out of date: ${what} since the last build` };
}

/** The TypeScript compiler of this install, or null (a production install of an older layout, --ignore-scripts…). */
async function compiler(root) {
  const { createRequire } = await import('node:module');
  try {
    return createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
  } catch {
    return null;
  }
}

/**
 * Makes dist/ match the source: rebuilds when it is stale and the compiler is installed, saying
 * why on stderr (stdout may be JSON for a reader). Returns false, having said what to do, when it cannot.
 */
export async function ensureBuilt(root) {
  const state = await buildState(root);
  if (state.fresh) return true;
  const tsc = await compiler(root);
  if (!tsc) {
    process.stderr.write(`storybot: ${state.reason}, and this install has no TypeScript compiler to rebuild it. Run \`npm ci\` in ${root}, then start again.\n`);
    return false;
  }
  process.stderr.write(`storybot: ${state.reason}; rebuilding (npm run build) …\n`);
  const { spawnSync } = await import('node:child_process');
  const built = spawnSync(process.execPath, [tsc, '-p', join(root, BUILD_CONFIG)], { cwd: root, stdio: ['ignore', 2, 2] });
  if (built.status !== 0) {
    process.stderr.write('storybot: the rebuild failed (the compiler says why above); fix it, or run `git status` to see what changed, then start again.\n');
    return false;
  }
  await writeStamp(root);
  return true;
}

const root = fileURLToPath(new URL('..', import.meta.url));
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const mode = process.argv[2];
  if (mode === 'write') await writeStamp(root);
  else if (mode === 'ensure') process.exitCode = (await ensureBuilt(root)) ? 0 : 1;
  else {
    process.stderr.write('usage: node bin/build-stamp.js write|ensure\n');
    process.exitCode = 2;
  }
}
