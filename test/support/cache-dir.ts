import { inject } from 'vitest';
import './global-setup.js';

/** The run's temp folder for persisted indexes (see global-setup.ts): never the project's `.cache/`. */
export const testCacheDir = (): string => inject('cacheDir');
