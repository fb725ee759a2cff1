import type { Announcement } from '../../../src/announce/announcement-content.ts';
import type { CardAction } from './adaptive-card.ts';
import { CARD_ACTIONS, type IncidentActionData } from './card-actions.ts';
import { escapeTeamsMarkdown } from './escape-teams-markdown.ts';
import { newCard } from './new-card.ts';
import type { TeamsMessage } from './teams-message.ts';
import { textBlock } from './text-block.ts';

/**
 * The outage announcement as an Adaptive Card: the title, what is down, that the desk knows,
 * what to do meanwhile and that there is no need to report it, with "I'm affected too" and "It's
 * something else" (Action.Execute, data: the incident id); once resolved, that it is fixed and
 * only "It's something else".
 */
export function renderAnnouncementCard(a: Announcement): TeamsMessage {
  const text = (t: string) => escapeTeamsMarkdown(t, { from: 'bot' });
  const data: IncidentActionData = { incidentId: a.incidentId };
  const actions: CardAction[] = [
    ...(a.buttons.affected ? [{ type: 'Action.Execute' as const, title: a.buttons.affected, style: 'positive' as const, verb: CARD_ACTIONS.verbs.announceAffected, data }] : []),
    { type: 'Action.Execute', title: a.buttons.somethingElse, verb: CARD_ACTIONS.verbs.announceElse, data },
  ];
  const card = newCard([textBlock(text(a.title), { size: 'Large', weight: 'Bolder' }), ...a.lines.map((line) => textBlock(text(line)))], { actions, fallbackText: text(a.fallback), fullWidth: true });
  return { text: text(a.fallback), card };
}
