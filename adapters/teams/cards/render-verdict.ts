import type { Messages } from '../../../src/messages/messages-for.ts';
import type { Verdict } from '../../../src/triage/types.ts';
import { moreLine } from '../../shared/more-line.ts';
import type { CardAction, CardElement } from './adaptive-card.ts';
import { BRANCH_EMOJI } from '../../shared/branch-emoji.ts';
import { CARD_ACTIONS, type NotifyData, type ReportFetchData } from './card-actions.ts';
import { CARD_LIMITS } from './card-limits.ts';
import { capList } from './cap-list.ts';
import { escapeTeamsMarkdown } from './escape-teams-markdown.ts';
import { fitText } from './fit-text.ts';
import { monospaceBlock } from './monospace-block.ts';
import { paragraphs } from './paragraphs.ts';
import { scaled } from './scaled.ts';
import { section } from './section.ts';
import { textBlock } from './text-block.ts';

export interface VerdictContext {
  conversationId: string;
  /** The reporter's Teams user id, carried in the Notify button. */
  userId: string;
  /** Show "Notify me when it's fixed" (the turn's or the verdict's offer). */
  offerNotify: boolean;
  /** The reporter already asked to be notified: the button becomes a line saying so. */
  subscribed: boolean;
  /** Offer "Fill in the support report" (the verdict calls for support): opens the report dialog. */
  offerReport?: boolean;
  /** See scaled.ts; 1 unless fitCard is shrinking the card. */
  scale?: number;
  /** The turn's language. */
  m: Messages;
}

const bot = (text: string) => escapeTeamsMarkdown(text, { from: 'bot' });
const person = (text: string) => escapeTeamsMarkdown(text, { from: 'person' });
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A copyable list (domains): one per line, "…and N more" as the last line. */
function codeList(items: readonly string[], max: number, m: Messages): string {
  const { shown, more } = capList(items, max, moreLine(m));
  return [...shown, ...(more ? [more] : [])].join('\n');
}

/**
 * A verdict as card elements and card actions, the same parts as the Slack verdict: headline,
 * why, notes, the steps, when to stop, the evidence checklist, the note for IT with the allowlist
 * (monospace, copyable as sent), the retry snippet, the support report's fields, and "Notify me
 * when it's fixed" (or, once asked, a line saying they will be told here).
 */
export function renderVerdict(verdict: Verdict, ctx: VerdictContext): { body: CardElement[]; actions: CardAction[] } {
  const { m } = ctx;
  const moreOf = moreLine(m);
  const scale = ctx.scale ?? 1;
  const line = scaled(CARD_LIMITS.line, scale, 80);
  const paragraph = scaled(CARD_LIMITS.paragraph, scale, 200);
  const code = scaled(CARD_LIMITS.code, scale, 300);
  const body: CardElement[] = [];

  const headline = fitText(oneLine(verdict.headline), CARD_LIMITS.title);
  body.push(textBlock(`${BRANCH_EMOJI[verdict.branch]} ${bot(headline)}`, { size: 'Large', weight: 'Bolder', style: 'heading' }));
  body.push(textBlock(paragraphs(bot(fitText(verdict.summary, paragraph)))));

  if (verdict.notes.length > 0) {
    const { shown, more } = capList(verdict.notes, scaled(5, scale, 1), moreOf);
    body.push(...shown.map((n) => textBlock(`ℹ️ ${bot(oneLine(fitText(n, line)))}`, { isSubtle: true })));
    if (more) body.push(textBlock(more, { isSubtle: true }));
  }

  if (verdict.steps.length > 0) {
    const { shown, more } = capList(verdict.steps, scaled(15, scale, 3), moreOf);
    const items = shown.map((s, i) => textBlock(`**${i + 1}.** ${bot(oneLine(fitText(s, line)))}`));
    if (more) items.push(textBlock(more, { isSubtle: true }));
    body.push(section(m.t('chat.verdict.what_to_do'), items));
  }

  body.push(textBlock(`**${m.t('chat.verdict.stop_when')}** ${bot(oneLine(fitText(verdict.stopWhen, paragraph)))}`, { spacing: 'Medium' }));

  if (verdict.evidence.length > 0) {
    const { shown, more } = capList(verdict.evidence, scaled(10, scale, 4), moreOf);
    const items = shown.map((e) => {
      const detail = e.detail ? ` — ${person(oneLine(fitText(e.detail, line)))}` : '';
      return textBlock(`${e.satisfied ? '✅' : '⬜'} ${bot(oneLine(fitText(e.label, line)))}${detail}`);
    });
    if (more) items.push(textBlock(more, { isSubtle: true }));
    body.push(section(m.t('chat.verdict.evidence'), items));
  }

  if (verdict.itNote) {
    const note = verdict.itNote;
    const items: CardElement[] = [monospaceBlock(fitText(note.text, code))];
    if (note.minimumDomains.length > 0) {
      items.push(textBlock(`**${m.t('chat.verdict.allowlist_minimum')}**`), monospaceBlock(codeList(note.minimumDomains, scaled(40, scale, 6), m)));
    }
    if (note.broaderDomains.length > 0) {
      items.push(textBlock(`**${m.t('chat.verdict.allowlist_broader')}**`), monospaceBlock(codeList(note.broaderDomains, scaled(60, scale, 6), m)));
    }
    body.push(section(`${m.t('chat.verdict.it_note')} ${m.t('chat.verdict.it_note_hint')}`, items));
  }

  if (verdict.retrySnippet) {
    body.push(section(m.t('chat.verdict.retry'), [monospaceBlock(fitText(verdict.retrySnippet, code))]));
  }

  if (verdict.supportReport) {
    const { shown, more } = capList(verdict.supportReport.fields, scaled(20, scale, 3), moreOf);
    const items = shown.map((f) => textBlock(`• ${bot(oneLine(fitText(f, line)))}`));
    if (more) items.push(textBlock(more, { isSubtle: true }));
    body.push(section(m.t(verdict.supportReport.kind === 'api' ? 'chat.verdict.support_report_api' : 'chat.verdict.support_report'), items));
  }

  const actions: CardAction[] = [];
  if (ctx.offerReport) {
    const data: ReportFetchData = { msteams: { type: 'task/fetch' }, c500: CARD_ACTIONS.submits.report, conversationId: ctx.conversationId, user: ctx.userId };
    actions.push({ type: 'Action.Submit', title: m.t('reportForm.button'), data });
  }
  if (ctx.subscribed) {
    body.push(textBlock(m.t('teams.verdict.subscribed'), { spacing: 'Medium', color: 'Good' }));
  } else if (ctx.offerNotify) {
    const data: NotifyData = { conversationId: ctx.conversationId, user: ctx.userId };
    actions.push({ type: 'Action.Execute', title: m.t('chat.verdict.notify'), style: 'positive', verb: CARD_ACTIONS.verbs.notify, data });
  }
  return { body, actions };
}
