#!/usr/bin/env node
// Entry point of the `chatgpt-500` command: loads the TypeScript sources through tsx.
// `start` lives in adapters/app (the composition root) and `teams-package` in adapters/teams;
// every other command is in src/cli.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
const { processIo } = await import('../src/cli/cli-io.ts');
process.exitCode = await main(process.argv.slice(2), processIo(), {
  start: async () => (await import('../adapters/app/start-command.ts')).startCommand,
  'teams-package': async () => (await import('../adapters/teams/teams-package-command.ts')).teamsPackageCommand,
});
