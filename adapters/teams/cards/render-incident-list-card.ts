import type { Incident } from '../../../src/incidents/incident-types.ts';
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

function list(title: string, incidents: readonly Incident[], now: number, empty: string, scale: number): CardElement {
  if (incidents.length === 0) return section(title, [textBlock(`_${empty}_`, { isSubtle: true })]);
  const { shown, more } = capList(incidents, scaled(15, scale, 1));
  const maxChars = scaled(CARD_LIMITS.line, scale, 80);
  const items = shown.map((i) => textBlock(incidentLine(i, now, maxChars)));
  if (more) items.push(textBlock(more, { isSubtle: true }));
  return section(title, items);
}

/**
 * The answer to "incidents", as Slack's: the open incidents (or "No open incidents right now."),
 * and, when the caller passes closed ones too, those closed recently, each as one line.
 */
export function renderIncidentListCard(input: { incidents: Incident[]; now: number }): TeamsMessage {
  const live = input.incidents.filter((i) => i.state === 'open' || i.state === 'acknowledged');
  const closed = input.incidents.filter((i) => i.state === 'resolved' || i.state === 'merged');
  const text = live.length === 0 ? 'No open incidents right now.' : live.length === 1 ? '1 open incident' : `${live.length} open incidents`;
  return fitCard((scale) => {
    const body = [list('Open incidents', live, input.now, 'No open incidents right now.', scale)];
    if (closed.length > 0) body.push(list('Closed in the last 24 hours', closed, input.now, 'None.', scale));
    return { text, card: newCard(body, { fallbackText: text, fullWidth: true }) };
  });
}
