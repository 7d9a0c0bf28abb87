import { fileURLToPath } from 'node:url';

/** The project folder, found from this file whether it runs from `src/` (tests) or `dist/src/` (built). */
export const PROJECT_ROOT = fileURLToPath(new URL(import.meta.url.includes('/dist/') ? '../../' : '../', import.meta.url));

/** The bundled stories. */
export const DEFAULT_KNOWLEDGE_DIR = fileURLToPath(new URL('knowledge/', `file://${PROJECT_ROOT}`));

/** The persisted indexes (git-ignored). */
export const DEFAULT_CACHE_DIR = fileURLToPath(new URL('.cache/', `file://${PROJECT_ROOT}`));
