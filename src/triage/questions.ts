import type { MessageId } from '../messages/catalogs.ts';
import type { AskedFactId } from './fact-values.ts';

export interface QuestionData {
  /** The catalog id of the question as the person reads it. */
  text: MessageId;
  /** The choices in the order shown; each label is `triage.choice.<fact>.<value>` in the catalog. */
  choices: readonly { value: string; label: MessageId }[];
  /** "How to test this", for the isolating tests (a catalog id). */
  help?: MessageId;
}

/**
 * The questions of the asked facts, as catalog ids (texts in triage.*; see src/messages). Yes/no
 * questions are worded so that "yes" means "works", so a free-text "yes" maps onto the first
 * choice. `symptom` choices depend on the surface: see symptom-questions.ts.
 */
export const QUESTIONS: Readonly<Record<Exclude<AskedFactId, 'symptom'>, QuestionData>> = {
  surface: {
    text: 'triage.question.surface',
    choices: [
      { value: 'web', label: 'triage.choice.surface.web' },
      { value: 'desktop', label: 'triage.choice.surface.desktop' },
      { value: 'mobile', label: 'triage.choice.surface.mobile' },
      { value: 'api', label: 'triage.choice.surface.api' },
    ],
  },
  clean_browser: {
    text: 'triage.question.clean_browser',
    choices: [
      { value: 'works', label: 'triage.choice.clean_browser.works' },
      { value: 'fails', label: 'triage.choice.clean_browser.fails' },
      { value: 'not_tried', label: 'triage.choice.clean_browser.not_tried' },
    ],
    help: 'triage.help.clean_browser',
  },
  web_works: {
    text: 'triage.question.web_works',
    choices: [
      { value: 'works', label: 'triage.choice.web_works.works' },
      { value: 'fails', label: 'triage.choice.web_works.fails' },
    ],
    help: 'triage.help.web_works',
  },
  network: {
    text: 'triage.question.network',
    choices: [
      { value: 'office', label: 'triage.choice.network.office' },
      { value: 'vpn', label: 'triage.choice.network.vpn' },
      { value: 'home', label: 'triage.choice.network.home' },
      { value: 'mobile_data', label: 'triage.choice.network.mobile_data' },
    ],
  },
  other_network: {
    text: 'triage.question.other_network',
    choices: [
      { value: 'works', label: 'triage.choice.other_network.works' },
      { value: 'fails', label: 'triage.choice.other_network.fails' },
      { value: 'not_tried', label: 'triage.choice.other_network.not_tried' },
    ],
    help: 'triage.help.other_network',
  },
  api_health: {
    text: 'triage.question.api_health',
    choices: [
      { value: 'works', label: 'triage.choice.api_health.works' },
      { value: 'fails', label: 'triage.choice.api_health.fails' },
      { value: 'unknown', label: 'triage.choice.api_health.unknown' },
    ],
    help: 'triage.help.api_health',
  },
  retries: {
    text: 'triage.question.retries',
    choices: [
      { value: 'intermittent', label: 'triage.choice.retries.intermittent' },
      { value: 'persists', label: 'triage.choice.retries.persists' },
    ],
  },
};
