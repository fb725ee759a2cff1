import { incidentTexts } from '../../shared/incident-texts.ts';
import type { Incident } from '../../../src/incidents/incident-types.ts';
import type { Messages } from '../../../src/messages/messages-for.ts';
import { describeState } from '../../shared/describe-state.ts';
import type { AdaptiveCard } from './adaptive-card.ts';
import { bold } from './bold.ts';
import { CARD_ACTIONS, type UpdateSubmitData } from './card-actions.ts';
import { CARD_LIMITS } from './card-limits.ts';
import { escapeTeamsMarkdown } from './escape-teams-markdown.ts';
import { fitText } from './fit-text.ts';
import { newCard } from './new-card.ts';
import { textBlock } from './text-block.ts';

/**
 * The "Post update to reporters" dialog (the task module's card, answered to `task/fetch`): what
 * the update is about, who gets it and how it reads (the desk's own notice wording), the text
 * input, and Send. The submitted data carries UpdateSubmitData and the input's `text`. In the
 * desk's language (`m`: DESK_LOCALE).
 */
export function renderUpdateDialog(input: { incident: Incident; now: number; m: Messages }): { title: string; card: AdaptiveCard } {
  const { incident, m } = input;
  const about = escapeTeamsMarkdown(fitText(incidentTexts.describe(incident, input.now, m).replace(/\s+/g, ' ').trim(), CARD_LIMITS.paragraph), { from: 'person' });
  const preview = escapeTeamsMarkdown(incidentTexts.update(m.t('teams.update.your_text'), m), { from: 'bot' });
  const live = incident.state === 'open' || incident.state === 'acknowledged';
  const submit: UpdateSubmitData = { c500: CARD_ACTIONS.submits.incidentUpdateSubmit, incidentId: incident.id };
  const card = newCard(
    [
      textBlock(bold(about), { size: 'Medium' }),
      textBlock(m.t('teams.update.goes_to', { count: incident.reporters })),
      textBlock(preview, { isSubtle: true }),
      ...(live ? [] : [textBlock(m.t('teams.update.still_sent', { state: describeState(m, incident.state) }), { color: 'Warning' })]),
      ...(incident.notify ? [textBlock(m.t('teams.update.previous', { progress: escapeTeamsMarkdown(incidentTexts.progress(incident.notify, m), { from: 'bot' }) }), { isSubtle: true, size: 'Small' })] : []),
      {
        type: 'Input.Text',
        id: CARD_ACTIONS.updateInputId,
        label: m.t('chat.update.label'),
        isMultiline: true,
        maxLength: CARD_ACTIONS.updateMaxLength,
        isRequired: true,
        errorMessage: m.t('teams.update.error'),
        placeholder: m.t('chat.update.placeholder'),
      },
    ],
    { actions: [{ type: 'Action.Submit', title: m.t('teams.update.send'), style: 'positive', data: submit }] },
  );
  return { title: m.t('chat.update.title'), card };
}
