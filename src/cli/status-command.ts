import type { Command } from './main.ts';

export const statusCommand: Command = {
  summary: 'not built yet',
  async run(_args, io) {
    io.stderr.write('chatgpt-500 status: not available in this version yet\n');
    return 1;
  },
};
