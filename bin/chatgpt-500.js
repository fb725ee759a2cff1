#!/usr/bin/env node
/* global URL */
// Entry point of the `chatgpt-500` command: runs the compiled JavaScript in dist/.
// In a checkout (tsconfig.build.json beside bin/), dist/ is first built when it is missing or older
// than the sources (scripts/build.js; a message on stderr); the Docker image has only dist/.
// `start` lives in adapters/app (the composition root) and `teams-package` in adapters/teams;
// every other command is in src/cli.
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

if (existsSync(new URL('../tsconfig.build.json', import.meta.url))) {
  const { buildIfStale } = await import('../scripts/build.js');
  try {
    buildIfStale();
  } catch (error) {
    process.stderr.write(`chatgpt-500: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
// `start`: V8's nursery (its new space) keeps its first size while the bot loads its modules and
// builds the parser's tables, so that the start's garbage does not grow it to its cap (16 MB with
// --max-semi-space-size=8) for the first seconds of an idle replica; the start command gives V8
// its usual growth back once it serves (adapters/app/start-nursery.ts, which reads this mark).
// Not when the operator chose a growth factor of their own (V8 takes '-' or '_' in its flags).
const ownGrowth = /--semi[-_]space[-_]growth[-_]factor/.test(`${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`);
if (process.argv[2] === 'start' && !ownGrowth) {
  setFlagsFromString('--semi-space-growth-factor=1');
  globalThis[Symbol.for('chatgpt-500.start-nursery-held')] = true;
}
const { main } = await import('../dist/src/cli/main.js');
const { processIo } = await import('../dist/src/cli/cli-io.js');
process.exitCode = await main(process.argv.slice(2), processIo(), {
  start: async () => (await import('../dist/adapters/app/start-command.js')).startCommand,
  'teams-package': async () => (await import('../dist/adapters/teams/teams-package-command.js')).teamsPackageCommand,
});
