import { describe } from 'vitest';
import { HAS_REDIS, INSTALL_REDIS } from './redis-server.js';

/**
 * `describe` for tests that need a real Redis: skipped, with a notice saying how to install it,
 * on a machine without one; under CI (CI=true) a missing redis-server is a failure instead,
 * because `.ci/run` installs it.
 */
export function describeWithRedis(name: string, body: () => void): void {
  if (HAS_REDIS) {
    describe(name, body);
    return;
  }
  if (process.env.CI === 'true') throw new Error(`redis-server is not installed, and CI must run "${name}": ${INSTALL_REDIS}`);
  console.warn(`[storybot tests] skipping "${name}": redis-server is not installed. Install it with: ${INSTALL_REDIS}`);
  describe.skip(name, body);
}

