import type { Command } from '../../src/cli/main.ts';

export const startCommand: Command = {
  summary: 'run the bot',
  async run(_args, io) {
    io.stderr.write('chatgpt-500 start: not available in this version yet\n');
    return 1;
  },
};
