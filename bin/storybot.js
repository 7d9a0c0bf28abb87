#!/usr/bin/env node
// The compiled CLI, once bin/build-stamp.js has checked that dist/ was built from the source beside
// it (rebuilding it when the compiler is installed): an old build never answers silently.
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from './build-stamp.js';

if (!(await ensureBuilt(fileURLToPath(new URL('..', import.meta.url))))) process.exit(1);
await import(new URL('../dist/src/cli.js', import.meta.url).href);
