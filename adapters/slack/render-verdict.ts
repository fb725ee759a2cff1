import { BRANCH_EMOJI } from '../shared/branch-emoji.ts';
import { moreLine } from '../shared/more-line.ts';
import type { Messages } from '../../src/messages/messages-for.ts';
import type { Verdict } from '../../src/triage/types.ts';
import { ACTION_IDS } from './action-ids.ts';
import { actionValue } from './action-value.ts';
import { BLOCK_LIMITS } from './block-limits.ts';
import { codeBlock } from './code-block.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { fitLines } from './fit-lines.ts';
import { fitText } from './fit-text.ts';
import { reportButtonBlock } from './render-report-offer.ts';
import type { Block } from './slack-message.ts';

export interface VerdictContext {
  conversationId: string;
  userId: string;
  /** Show "Notify me when it's fixed" (the turn's or the verdict's offer). */
  offerNotify: boolean;
  /** The reporter already asked to be notified. */
  subscribed: boolean;
  /** Show "Fill in the support report" (the verdict calls for support). */
  offerReport?: boolean;
  /** The turn's language. */
  m: Messages;
}


const SECTION = BLOCK_LIMITS.sectionText;

/** block_id of the "Notify me" button row (replaced by a confirmation once pressed). */
export const NOTIFY_BLOCK_ID = 'c500.notify';
export { REPORT_BLOCK_ID } from './render-report-offer.ts';
const bot = (text: string) => escapeMrkdwn(text, { from: 'bot' });
const person = (text: string) => escapeMrkdwn(text, { from: 'person' });

function section(text: string): Block {
  return { type: 'section', text: { type: 'mrkdwn', text: fitText(text, SECTION) } };
}

/** A titled list in one section: lines beyond the limit become "…and N more". */
function listSection(title: string, lines: string[], m: Messages): Block {
  return section(`${title}\n${fitLines(lines, { maxChars: SECTION - title.length - 1, more: moreLine(m) })}`);
}

/**
 * A verdict as Block Kit: headline, why, notes, the steps, when to stop, the evidence checklist,
 * the note for IT, the retry snippet, the support report's fields with "Fill in the support
 * report" (where the verdict calls for support), and the notify button. Each
 * part is one block, so the message stays far below 50 blocks; long parts end in "and N more".
 */
export function renderVerdict(verdict: Verdict, ctx: VerdictContext): Block[] {
  const { m } = ctx;
  const blocks: Block[] = [];
  blocks.push({ type: 'header', text: { type: 'plain_text', text: fitText(`${BRANCH_EMOJI[verdict.branch]} ${verdict.headline}`, BLOCK_LIMITS.headerText), emoji: true } });
  blocks.push(section(bot(verdict.summary)));
  if (verdict.notes.length > 0) {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: fitLines(verdict.notes.map((n) => `ℹ️ ${bot(n)}`), { maxChars: BLOCK_LIMITS.contextText, more: moreLine(m) }) }] });
  }
  if (verdict.steps.length > 0) {
    blocks.push(listSection(`*${m.t('chat.verdict.what_to_do')}*`, verdict.steps.map((s, i) => `${i + 1}. ${bot(s)}`), m));
  }
  blocks.push(section(`*${m.t('chat.verdict.stop_when')}* ${bot(verdict.stopWhen)}`));
  if (verdict.evidence.length > 0) {
    blocks.push(
      listSection(
        `*${m.t('chat.verdict.evidence')}*`,
        verdict.evidence.map((e) => `${e.satisfied ? '✅' : '⬜'} ${bot(e.label)}${e.detail ? ` — ${person(e.detail)}` : ''}`),
        m,
      ),
    );
  }
  if (verdict.itNote) {
    const note = verdict.itNote;
    blocks.push(section(`*${m.t('chat.verdict.it_note')}* ${m.t('chat.verdict.it_note_hint')}\n${codeBlock(note.text, SECTION - 40)}`));
    if (note.minimumDomains.length > 0) {
      blocks.push(section(`*${m.t('chat.verdict.allowlist_minimum')}*\n${codeBlock(fitLines(note.minimumDomains, { maxChars: SECTION - 60, more: moreLine(m) }), SECTION - 30)}`));
    }
    if (note.broaderDomains.length > 0) {
      blocks.push(section(`*${m.t('chat.verdict.allowlist_broader')}*\n${codeBlock(fitLines(note.broaderDomains, { maxChars: SECTION - 60, more: moreLine(m) }), SECTION - 30)}`));
    }
  }
  if (verdict.retrySnippet) {
    blocks.push(section(`*${m.t('chat.verdict.retry')}*\n${codeBlock(verdict.retrySnippet, SECTION - 40)}`));
  }
  if (verdict.supportReport) {
    const title = `*${m.t(verdict.supportReport.kind === 'api' ? 'chat.verdict.support_report_api' : 'chat.verdict.support_report')}*`;
    blocks.push(listSection(title, verdict.supportReport.fields.map((f) => `• ${bot(f)}`), m));
  }
  if (ctx.offerReport) blocks.push(reportButtonBlock(ctx));
  if (ctx.subscribed) {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: m.t('slack.verdict.subscribed') }] });
  } else if (ctx.offerNotify) {
    blocks.push({
      type: 'actions',
      block_id: NOTIFY_BLOCK_ID,
      elements: [
        {
          type: 'button',
          action_id: ACTION_IDS.notify,
          style: 'primary',
          text: { type: 'plain_text', text: m.t('chat.verdict.notify'), emoji: true },
          value: actionValue.encodeNotify({ conversationId: ctx.conversationId, userId: ctx.userId }),
        },
      ],
    });
  }
  return blocks;
}
