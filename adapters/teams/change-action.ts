import { z } from 'zod';
import { AppError } from '../../src/app-error.ts';
import type { Desk } from '../../src/desk/desk.port.ts';
import type { Logger } from '../../src/logger.ts';
import { LOCALES } from '../../src/messages/locale.ts';
import { messagesFor } from '../../src/messages/messages-for.ts';
import { FACT_VALUES, OBSERVED_FACTS, type AskedFactId } from '../../src/triage/fact-values.ts';
import { renderChangedCard } from './cards/render-changed-card.ts';
import type { CardActionAnswer } from './teams-events.ts';
import type { TeamsActivity } from './teams-activity.ts';

const ASKED = Object.keys(FACT_VALUES).filter((f): f is AskedFactId => !(OBSERVED_FACTS as readonly string[]).includes(f));
const changeData = z.object({
  conversationId: z.string().min(1).max(200),
  facts: z.array(z.object({ fact: z.enum(ASKED as [AskedFactId, ...AskedFactId[]]), value: z.string().min(1).max(64) })).min(1).max(ASKED.length),
  user: z.string().min(1),
  locale: z.enum(LOCALES),
  text: z.string().max(4000).optional(),
});

const message = (value: string): CardActionAnswer => ({ type: 'application/vnd.microsoft.activity.message', value });

/**
 * "Change" on a card's "Got it: …" line (Action.Execute, verb c500.change): only the reporter may
 * press it; desk.change takes those facts back and, through the outbox, asks the question again
 * in a new message. The invoke's answer is the pressed card without its actions. `errorText`:
 * what to tell the presser for a desk refusal (by code); `notOurs`: for a value the bot did not make.
 */
export async function changeAction(
  deps: { desk: Pick<Desk, 'change'>; logger: Logger },
  activity: TeamsActivity,
  raw: unknown,
  options: { eventId: string; errorText: (code: string) => string | undefined; notOurs: string },
): Promise<CardActionAnswer> {
  const parsed = changeData.safeParse(raw);
  if (!parsed.success) return message(options.notOurs);
  const data = parsed.data;
  const m = messagesFor(data.locale);
  if (data.user !== activity.from.id) return message(m.t('reading.not_yours'));
  try {
    const turn = await deps.desk.change(data.conversationId, data.facts, { eventId: options.eventId, deliver: true });
    if (turn.duplicate) deps.logger.info({ conversationId: data.conversationId }, 'teams: change pressed again, or delivered twice; nothing left to change');
  } catch (error) {
    const text = error instanceof AppError ? options.errorText(error.code) : undefined;
    if (!text) throw error;
    return message(text);
  }
  const changed = renderChangedCard({ understood: data.text ?? '', locale: data.locale });
  return changed.card ? { type: 'application/vnd.microsoft.card.adaptive', value: changed.card } : message(changed.text);
}
