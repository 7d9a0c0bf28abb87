/** Types for bin/build-stamp.js (plain JS: it runs before anything is compiled). */
export function writeStamp(root: string): Promise<void>;
export function buildState(root: string): Promise<{ fresh: true } | { fresh: false; reason: string }>;
export function ensureBuilt(root: string): Promise<boolean>;
