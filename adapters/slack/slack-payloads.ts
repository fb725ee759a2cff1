import { z } from 'zod';
import { cleanText } from '../../src/clean-text.ts';

/**
 * The parts of Slack's inbound payloads the adapter reads, validated once (classifySlackBody): the
 * HTTP receiver answers 400 to a payload of a handled kind that does not match and hands the
 * validated payload to the listeners; in Socket Mode the listeners classify it themselves.
 * Unknown extra fields pass through (`loose`): Slack adds fields over time.
 *
 * What people type (command text, messages, modal inputs, names, button values) is cleaned, not
 * refused (cleanText: a lone UTF-16 surrogate becomes U+FFFD, control characters other than line
 * breaks and tabs go): Slack signed the request, and the person cannot see such a character.
 */

const str = z.string().min(1).max(10_000);
/** Typed text, cleaned (see above). */
const typed = (max: number) => z.string().max(max).transform(cleanText);

/** A slash command (form fields). */
export const commandSchema = z.looseObject({
  command: z.string().regex(/^\/\S{1,60}$/),
  text: typed(20_000).default(''),
  user_id: str,
  user_name: typed(10_000).optional(),
  team_id: str,
  enterprise_id: z.string().optional(),
  channel_id: str,
  channel_name: z.string().optional(),
  trigger_id: str,
  response_url: z.string().url(),
});
export type SlashCommand = z.output<typeof commandSchema>;

const actionSchema = z.looseObject({
  action_id: str,
  action_ts: str,
  block_id: z.string().optional(),
  value: typed(10_000).optional(),
  text: z.looseObject({ text: typed(10_000) }).optional(),
});

/** A click on a button (interactive payload of type block_actions). */
export const blockActionsSchema = z.looseObject({
  type: z.literal('block_actions'),
  user: z.looseObject({ id: str, team_id: z.string().optional(), name: typed(10_000).optional() }),
  team: z.looseObject({ id: str }).nullable().optional(),
  container: z.looseObject({
    type: z.string(),
    message_ts: z.string().optional(),
    channel_id: z.string().optional(),
    thread_ts: z.string().optional(),
    is_ephemeral: z.boolean().optional(),
  }),
  channel: z.looseObject({ id: str }).optional(),
  message: z
    .looseObject({
      ts: z.string().optional(),
      thread_ts: z.string().optional(),
      blocks: z.array(z.looseObject({ type: z.string(), block_id: z.string().optional() })).optional(),
    })
    .optional(),
  actions: z.array(actionSchema).min(1),
  response_url: z.string().url().optional(),
  trigger_id: z.string().optional(),
});
export type BlockActions = z.output<typeof blockActionsSchema>;

/** A modal's submission (interactive payload of type view_submission). */
export const viewSubmissionSchema = z.looseObject({
  type: z.literal('view_submission'),
  user: z.looseObject({ id: str, team_id: z.string().optional() }),
  view: z.looseObject({
    id: str,
    callback_id: z.string().max(255),
    hash: z.string().optional(),
    private_metadata: z.string().max(3000).optional(),
    state: z.looseObject({ values: z.record(z.string(), z.record(z.string(), z.looseObject({ type: z.string(), value: typed(100_000).nullable().optional() }))) }).optional(),
  }),
});
export type ViewSubmission = z.output<typeof viewSubmissionSchema>;

/** The envelope of an Events API delivery. */
export const eventEnvelopeSchema = z.looseObject({
  type: z.literal('event_callback'),
  team_id: z.string().optional(),
  event_id: z.string().optional(),
  event_time: z.number().optional(),
  event: z.looseObject({ type: str }),
});
export type EventEnvelope = z.output<typeof eventEnvelopeSchema>;

/** A message event (message.im, message.channels, message.groups). */
export const messageEventSchema = z.looseObject({
  type: z.literal('message'),
  channel: str,
  ts: str,
  user: z.string().optional(),
  text: typed(50_000).optional(),
  thread_ts: z.string().optional(),
  subtype: z.string().optional(),
  bot_id: z.string().optional(),
  app_id: z.string().optional(),
  client_msg_id: z.string().optional(),
  channel_type: z.string().optional(),
  team: z.string().optional(),
  /** Files shared with the message (subtype file_share); the download URL may need files.info. */
  files: z
    .array(z.looseObject({ id: z.string(), name: typed(1000).optional(), filetype: z.string().optional(), size: z.number().optional(), url_private_download: z.string().optional() }))
    .max(20)
    .optional(),
});
export type MessageEvent = z.output<typeof messageEventSchema>;

/**
 * A file was shared (event `file_shared`, scope files:read): only ids. Slack sends it besides the
 * message event of the share, and sometimes alone; the thread is read from files.info's `shares`.
 */
export const fileSharedSchema = z.looseObject({
  type: z.literal('file_shared'),
  file_id: str,
  user_id: str,
  channel_id: str,
  event_ts: z.string().optional(),
});
export type FileShared = z.output<typeof fileSharedSchema>;

export const appHomeOpenedSchema = z.looseObject({
  type: z.literal('app_home_opened'),
  user: str,
  tab: z.string().optional(),
});
export type AppHomeOpened = z.output<typeof appHomeOpenedSchema>;

export const urlVerificationSchema = z.looseObject({ type: z.literal('url_verification'), challenge: str });
