import { noticeText } from '../../../src/desk/notice-text.ts';
import { describeIncident, describeNotifyProgress } from '../../../src/incidents/describe-incident.ts';
import type { Incident } from '../../../src/incidents/incident-types.ts';
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
 * input, and Send. The submitted data carries UpdateSubmitData and the input's `text`.
 */
export function renderUpdateDialog(input: { incident: Incident; now: number }): { title: string; card: AdaptiveCard } {
  const { incident } = input;
  const about = escapeTeamsMarkdown(fitText(describeIncident(incident, input.now).replace(/\s+/g, ' ').trim(), CARD_LIMITS.paragraph), { from: 'person' });
  const people = incident.reporters === 1 ? 'the 1 person' : `all ${incident.reporters} people`;
  const preview = escapeTeamsMarkdown(noticeText.update('…your text…'), { from: 'bot' });
  const live = incident.state === 'open' || incident.state === 'acknowledged';
  const submit: UpdateSubmitData = { c500: CARD_ACTIONS.submits.incidentUpdateSubmit, incidentId: incident.id };
  const card = newCard(
    [
      textBlock(bold(about), { size: 'Medium' }),
      textBlock(`Goes to ${people} who reported this incident, each in their own conversation with the bot (Slack, Teams or the web page), and onto the incident's timeline. They read:`),
      textBlock(preview, { isSubtle: true }),
      ...(live ? [] : [textBlock(`This incident is ${incident.state}: reporters still get the update.`, { color: 'Warning' })]),
      ...(incident.notify ? [textBlock(`Previous notice: ${escapeTeamsMarkdown(describeNotifyProgress(incident.notify), { from: 'bot' })}`, { isSubtle: true, size: 'Small' })] : []),
      {
        type: 'Input.Text',
        id: CARD_ACTIONS.updateInputId,
        label: 'Update',
        isMultiline: true,
        maxLength: CARD_ACTIONS.updateMaxLength,
        isRequired: true,
        errorMessage: 'Write the update to send, up to 3,000 characters.',
        placeholder: 'e.g. OpenAI is rolling out a fix; we expect recovery within 30 minutes.',
      },
    ],
    { actions: [{ type: 'Action.Submit', title: 'Send to reporters', style: 'positive', data: submit }] },
  );
  return { title: 'Update to reporters', card };
}
