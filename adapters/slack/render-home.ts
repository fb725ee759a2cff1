import type { StatusSummary } from '../../src/desk/desk.port.ts';
import { BLOCK_LIMITS } from './block-limits.ts';
import { capBlocks } from './cap-blocks.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { renderStatus } from './render-status.ts';
import type { Block } from './slack-message.ts';

/**
 * The Home tab: the live status, how to report, then `sections` (the desk's view: open incidents
 * and the last 24 hours, already rendered).
 */
export function renderHome(input: { status: StatusSummary; command: string; sections?: Block[] }): Block[] {
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: 'ChatGPT status and reports', emoji: true } },
    ...renderStatus(input.status).blocks,
    { type: 'context', elements: [{ type: 'mrkdwn', text: `Report a problem: \`${escapeMrkdwn(input.command, { from: 'bot' })} what happens\` in any channel or DM.` }] },
    ...(input.sections ?? []),
  ];
  return capBlocks(blocks, BLOCK_LIMITS.viewBlocks);
}
