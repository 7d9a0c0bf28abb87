#!/usr/bin/env node
// The compiled CLI is built by `npm install` (the `prepare` script) or `npm run build`.
import { existsSync } from 'node:fs';
const entry = new URL('../dist/src/cli.js', import.meta.url);
if (!existsSync(entry)) {
  console.error('storybot is not built yet: run `npm run build` (npm install does it for you).');
  process.exit(1);
}
await import(entry.href);
