import { runOnePlatform } from './platform.js';
import type { CommandIO } from './types.js';

/** `npm run slack`: the Slack app alone; SIGINT/SIGTERM finish answers in flight, then exit 0. */
export const run = (io: CommandIO): Promise<number> => runOnePlatform(io, 'slack');
