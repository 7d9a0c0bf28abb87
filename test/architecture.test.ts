import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(root, path)).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every module specifier a file imports, statically or dynamically. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*)['"]([^'"]+)['"]/g)].map((match) => match[1] ?? '');
}

// The entry points wire configuration and adapters together; everything else in src/ is the core.
const ENTRY_POINTS = /^src\/(?:main\.ts|cli\.ts|commands\/)/;
const PLATFORM = /^(?:discord\.js|@discordjs\/|@slack\/|node:readline|readline)/;

describe('dependencies point inward', () => {
  const core = sources('src').filter((file) => !ENTRY_POINTS.test(file));

  it('the core imports no adapter and no platform SDK', () => {
    const offending = core.flatMap((file) =>
      importsOf(file)
        .filter((specifier) => specifier.includes('adapters/') || PLATFORM.test(specifier))
        .map((specifier) => `${file} imports ${specifier}`),
    );
    expect(offending).toEqual([]);
  });

  it('the core does not read process.env (configuration arrives as a parameter)', () => {
    const offending = core.filter((file) => /process\.env/.test(readFileSync(join(root, file), 'utf8')));
    expect(offending).toEqual([]);
  });

  it('entry points import adapters only lazily, with import()', () => {
    const entries = sources('src').filter((file) => ENTRY_POINTS.test(file));
    const eager = entries.flatMap((file) => {
      const text = readFileSync(join(root, file), 'utf8');
      return [...text.matchAll(/^import[^;]*from\s+['"]([^'"]*adapters\/[^'"]*)['"]/gm)].map((match) => `${relative(root, join(root, file))}: ${match[1]}`);
    });
    expect(eager).toEqual([]);
  });

  it('no adapter imports another adapter', () => {
    const offending = sources('adapters').flatMap((file) => {
      const own = file.split('/')[1];
      return importsOf(file)
        .filter((specifier) => specifier.startsWith('.'))
        .map((specifier) => relative(root, resolve(root, dirname(file), specifier)))
        .filter((target) => target.startsWith('adapters/') && target.split('/')[1] !== own)
        .map((target) => `${file} imports ${target}`);
    });
    expect(offending).toEqual([]);
  });
});

describe('core layers', () => {
  // text → knowledge → corpus → search → knowledge-base → answer: each layer imports only those before it.
  const LAYERS = ['text', 'knowledge', 'corpus', 'search', 'knowledge-base', 'answer'];

  it('no layer imports a layer above it', () => {
    const offending = LAYERS.flatMap((layer, rank) =>
      sources(`src/${layer}`).flatMap((file) =>
        importsOf(file)
          .filter((specifier) => specifier.startsWith('.'))
          .map((specifier) => relative(join(root, 'src'), resolve(root, dirname(file), specifier)).split('/')[0] ?? '')
          .filter((target) => LAYERS.indexOf(target) > rank)
          .map((target) => `${file} imports src/${target}`),
      ),
    );
    expect(offending).toEqual([]);
  });
});
