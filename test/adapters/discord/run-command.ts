/**
 * Runs one `src/commands/<name>.ts` module as its own process, the way the CLI would, until the
 * lead's registry lists it (then `bin/storybot.js <name>` does the same).
 */
import type { CommandModule } from '../../../src/commands/types.js';

const [name = '', ...argv] = process.argv.slice(2);
const module = (await import(`../../../src/commands/${name}.js`)) as CommandModule;
process.exitCode = await module.run({ argv, env: process.env, stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
