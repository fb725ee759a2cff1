import type { Command } from './main.ts';

export const startCommand: Command = {
  summary: 'not built yet',
  async run(_args, io) {
    io.stderr.write('chatgpt-500 start: not available in this version yet\n');
    return 1;
  },
};
