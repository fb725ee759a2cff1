import type { StatusSummary } from '../../src/desk/desk.port.ts';
import type { Messages } from '../../src/messages/messages-for.ts';
import { BLOCK_LIMITS } from './block-limits.ts';
import { capBlocks } from './cap-blocks.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { renderStatus } from './render-status.ts';
import type { Block } from './slack-message.ts';

/**
 * The Home tab: the live status, how to report, then `sections` (the desk's view: open incidents
 * and the last 24 hours, already rendered).
 */
export function renderHome(input: { status: StatusSummary; command: string; sections?: Block[]; m: Messages }): Block[] {
  const { m } = input;
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: m.t('slack.home.title'), emoji: true } },
    ...renderStatus(input.status, m).blocks,
    { type: 'context', elements: [{ type: 'mrkdwn', text: m.t('slack.home.report', { command: escapeMrkdwn(input.command, { from: 'bot' }) }) }] },
    ...(input.sections ?? []),
  ];
  return capBlocks(blocks, BLOCK_LIMITS.viewBlocks, m);
}
