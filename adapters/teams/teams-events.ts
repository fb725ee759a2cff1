import type { TeamsActivity } from './teams-activity.ts';

/** An Universal Action's answer: the refreshed card, or a message for the person who pressed. */
export type CardActionAnswer =
  | { type: 'application/vnd.microsoft.card.adaptive'; value: object }
  | { type: 'application/vnd.microsoft.activity.message'; value: string };

/** A dialog's answer: the next card to show, or a closing message. */
export type TaskAnswer =
  | { task: { type: 'continue'; value: { title: string; height?: 'small' | 'medium' | 'large'; width?: 'small' | 'medium' | 'large'; card: { contentType: 'application/vnd.microsoft.card.adaptive'; content: object } } } }
  | { task: { type: 'message'; value: string } };

/**
 * What the Teams adapter does with each verified activity, independent of the Bot Framework SDK
 * (teams-binding.ts calls these from its activity handler).
 */
export interface TeamsEvents {
  /**
   * A message to the bot: personal chat, or an @mention in a channel (also an Action.Submit with
   * `value`). Resolves to a text to say at once in the turn (not through the outbox) when there
   * is one: "try again in a minute" while the store (where the outbox lives) cannot be reached.
   */
  message(activity: TeamsActivity): Promise<string | undefined>;
  /** An Adaptive Card Universal Action (`adaptiveCard/action`, `Action.Execute`). */
  cardAction(activity: TeamsActivity, action: { verb: string; data: unknown }): Promise<CardActionAnswer>;
  /** A dialog (task module) is opened from a card (`task/fetch`). */
  taskFetch(activity: TeamsActivity, data: unknown): Promise<TaskAnswer>;
  /** A dialog was submitted (`task/submit`). */
  taskSubmit(activity: TeamsActivity, data: unknown): Promise<TaskAnswer>;
  /** The bot was added to a conversation (a person installed it for their personal chat). */
  installed(activity: TeamsActivity): Promise<void>;
  /**
   * The answer to a FileConsentCard (`fileConsent/invoke`): `accept` with Teams' upload session
   * (`uploadInfo`), or `decline`; `context` is what the card carried, both unchecked here.
   */
  fileConsent(activity: TeamsActivity, response: { action: unknown; context: unknown; uploadInfo: unknown }): Promise<void>;
  /** An invoke the bot does not offer (a messaging-extension query, a legacy card invoke…): what to answer. */
  unsupportedInvoke(activity: TeamsActivity): CardActionAnswer;
}
