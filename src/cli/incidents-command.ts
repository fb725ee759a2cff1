import type { Command } from './main.ts';

export const incidentsCommand: Command = {
  summary: 'not built yet',
  async run(_args, io) {
    io.stderr.write('chatgpt-500 incidents: not available in this version yet\n');
    return 1;
  },
};
