import type { Incident } from '../../../src/incidents/incident-types.ts';
import type { Messages } from '../../../src/messages/messages-for.ts';
import { moreLine } from '../../shared/more-line.ts';
import type { CardElement } from './adaptive-card.ts';
import { CARD_LIMITS } from './card-limits.ts';
import { capList } from './cap-list.ts';
import { fitCard } from './fit-card.ts';
import { incidentLine } from './incident-line.ts';
import { newCard } from './new-card.ts';
import { scaled } from './scaled.ts';
import { section } from './section.ts';
import type { TeamsMessage } from './teams-message.ts';
import { textBlock } from './text-block.ts';

function list(title: string, incidents: readonly Incident[], now: number, empty: string, scale: number, m: Messages): CardElement {
  if (incidents.length === 0) return section(title, [textBlock(`_${empty}_`, { isSubtle: true })]);
  const { shown, more } = capList(incidents, scaled(15, scale, 1), moreLine(m));
  const maxChars = scaled(CARD_LIMITS.line, scale, 80);
  const items = shown.map((i) => textBlock(incidentLine(i, now, m, maxChars)));
  if (more) items.push(textBlock(more, { isSubtle: true }));
  return section(title, items);
}

/**
 * The answer to "incidents", as Slack's: the open incidents (or "No open incidents right now."),
 * and, when the caller passes closed ones too, those closed recently, each as one line.
 */
export function renderIncidentListCard(input: { incidents: Incident[]; now: number; m: Messages }): TeamsMessage {
  const { m } = input;
  const live = input.incidents.filter((i) => i.state === 'open' || i.state === 'acknowledged');
  const closed = input.incidents.filter((i) => i.state === 'resolved' || i.state === 'merged');
  const text = live.length === 0 ? m.t('chat.incidents.none_open') : m.t('chat.incidents.count', { count: live.length });
  return fitCard((scale) => {
    const body = [list(m.t('chat.incidents.open'), live, input.now, m.t('chat.incidents.none_open'), scale, m)];
    if (closed.length > 0) body.push(list(m.t('chat.incidents.closed'), closed, input.now, m.t('chat.incidents.none'), scale, m));
    return { text, card: newCard(body, { fallbackText: text, fullWidth: true }) };
  }, m);
}
