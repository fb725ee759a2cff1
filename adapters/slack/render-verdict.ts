import { BRANCH_EMOJI } from '../shared/branch-emoji.ts';
import type { Verdict } from '../../src/triage/types.ts';
import { ACTION_IDS } from './action-ids.ts';
import { actionValue } from './action-value.ts';
import { BLOCK_LIMITS } from './block-limits.ts';
import { codeBlock } from './code-block.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { fitLines } from './fit-lines.ts';
import { fitText } from './fit-text.ts';
import type { Block } from './slack-message.ts';

export interface VerdictContext {
  conversationId: string;
  userId: string;
  /** Show "Notify me when it's fixed" (the turn's or the verdict's offer). */
  offerNotify: boolean;
  /** The reporter already asked to be notified. */
  subscribed: boolean;
}


const SECTION = BLOCK_LIMITS.sectionText;

/** block_id of the "Notify me" button row (replaced by a confirmation once pressed). */
export const NOTIFY_BLOCK_ID = 'c500.notify';
const bot = (text: string) => escapeMrkdwn(text, { from: 'bot' });
const person = (text: string) => escapeMrkdwn(text, { from: 'person' });

function section(text: string): Block {
  return { type: 'section', text: { type: 'mrkdwn', text: fitText(text, SECTION) } };
}

/** A titled list in one section: lines beyond the limit become "…and N more". */
function listSection(title: string, lines: string[]): Block {
  return section(`${title}\n${fitLines(lines, { maxChars: SECTION - title.length - 1 })}`);
}

/**
 * A verdict as Block Kit: headline, why, notes, the steps, when to stop, the evidence checklist,
 * the note for IT, the retry snippet, the support report's fields and the notify button. Each
 * part is one block, so the message stays far below 50 blocks; long parts end in "and N more".
 */
export function renderVerdict(verdict: Verdict, ctx: VerdictContext): Block[] {
  const blocks: Block[] = [];
  blocks.push({ type: 'header', text: { type: 'plain_text', text: fitText(`${BRANCH_EMOJI[verdict.branch]} ${verdict.headline}`, BLOCK_LIMITS.headerText), emoji: true } });
  blocks.push(section(bot(verdict.summary)));
  if (verdict.notes.length > 0) {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: fitLines(verdict.notes.map((n) => `ℹ️ ${bot(n)}`), { maxChars: BLOCK_LIMITS.contextText }) }] });
  }
  if (verdict.steps.length > 0) {
    blocks.push(listSection('*What to do*', verdict.steps.map((s, i) => `${i + 1}. ${bot(s)}`)));
  }
  blocks.push(section(`*Stop when:* ${bot(verdict.stopWhen)}`));
  if (verdict.evidence.length > 0) {
    blocks.push(
      listSection(
        '*Evidence for support*',
        verdict.evidence.map((e) => `${e.satisfied ? '✅' : '⬜'} ${bot(e.label)}${e.detail ? ` — ${person(e.detail)}` : ''}`),
      ),
    );
  }
  if (verdict.itNote) {
    const note = verdict.itNote;
    blocks.push(section(`*For your IT team* (copy and send)\n${codeBlock(note.text, SECTION - 40)}`));
    if (note.minimumDomains.length > 0) {
      blocks.push(section(`*Allowlist, minimum*\n${codeBlock(fitLines(note.minimumDomains, { maxChars: SECTION - 60 }), SECTION - 30)}`));
    }
    if (note.broaderDomains.length > 0) {
      blocks.push(section(`*Allowlist, broader*\n${codeBlock(fitLines(note.broaderDomains, { maxChars: SECTION - 60 }), SECTION - 30)}`));
    }
  }
  if (verdict.retrySnippet) {
    blocks.push(section(`*Retry with backoff and jitter*\n${codeBlock(verdict.retrySnippet, SECTION - 40)}`));
  }
  if (verdict.supportReport) {
    const title = verdict.supportReport.kind === 'api' ? '*For the support report (API)*' : '*For the support report*';
    blocks.push(listSection(title, verdict.supportReport.fields.map((f) => `• ${bot(f)}`)));
  }
  if (ctx.subscribed) {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: "🔔 You'll be told in this thread when it's fixed." }] });
  } else if (ctx.offerNotify) {
    blocks.push({
      type: 'actions',
      block_id: NOTIFY_BLOCK_ID,
      elements: [
        {
          type: 'button',
          action_id: ACTION_IDS.notify,
          style: 'primary',
          text: { type: 'plain_text', text: "Notify me when it's fixed", emoji: true },
          value: actionValue.encodeNotify({ conversationId: ctx.conversationId, userId: ctx.userId }),
        },
      ],
    });
  }
  return blocks;
}
