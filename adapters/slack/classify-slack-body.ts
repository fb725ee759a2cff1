import {
  appHomeOpenedSchema,
  blockActionsSchema,
  commandSchema,
  eventEnvelopeSchema,
  fileSharedSchema,
  messageEventSchema,
  urlVerificationSchema,
  viewSubmissionSchema,
  type AppHomeOpened,
  type BlockActions,
  type EventEnvelope,
  type FileShared,
  type MessageEvent,
  type SlashCommand,
  type ViewSubmission,
} from './slack-payloads.ts';

/**
 * What a verified, parsed request body is, with the validated (and cleaned) payload the handlers
 * read: classified once, by the HTTP receiver or, in Socket Mode, by the handler itself.
 */
export type SlackDelivery =
  | { kind: 'url_verification'; challenge: string }
  | { kind: 'ssl_check' }
  | { kind: 'command'; command: SlashCommand }
  | { kind: 'block_actions'; actions: BlockActions }
  | { kind: 'view_submission'; submission: ViewSubmission }
  /** An Events API delivery; `message` / `homeOpened` / `fileShared` for the event types the bot handles. */
  | { kind: 'event'; envelope: EventEnvelope; message?: MessageEvent; homeOpened?: AppHomeOpened; fileShared?: FileShared }
  /** A well-formed kind the bot does not use (view submissions, shortcuts, app_rate_limited…): 200, nothing else. */
  | { kind: 'ignored'; type: string }
  | { kind: 'malformed'; problem: string };

/** Interactive payload types Slack may send that this app does not handle. */
const IGNORED_TYPES = new Set([
  'view_closed',
  'shortcut',
  'message_action',
  'block_suggestion',
  'interactive_message',
  'dialog_submission',
  'dialog_cancellation',
  'dialog_suggestion',
  'workflow_step_edit',
  'app_rate_limited',
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Sorts a body into the kinds the adapter handles and checks the fields it will read. Anything
 * that is not an object, has no known type, or lacks a field the handler needs is `malformed`.
 */
export function classifySlackBody(body: unknown): SlackDelivery {
  if (!isRecord(body)) return { kind: 'malformed', problem: 'the body is not an object' };
  if (body.ssl_check === '1') return { kind: 'ssl_check' };
  if ('command' in body) {
    const r = commandSchema.safeParse(body);
    return r.success ? { kind: 'command', command: r.data } : { kind: 'malformed', problem: `slash command: ${r.error.issues[0]?.path.join('.')}` };
  }
  const type = body.type;
  if (typeof type !== 'string') return { kind: 'malformed', problem: 'no type' };
  if (type === 'url_verification') {
    const r = urlVerificationSchema.safeParse(body);
    return r.success ? { kind: 'url_verification', challenge: r.data.challenge } : { kind: 'malformed', problem: 'url_verification without a challenge' };
  }
  if (type === 'block_actions') {
    const r = blockActionsSchema.safeParse(body);
    return r.success ? { kind: 'block_actions', actions: r.data } : { kind: 'malformed', problem: `block_actions: ${r.error.issues[0]?.path.join('.')}` };
  }
  if (type === 'view_submission') {
    const r = viewSubmissionSchema.safeParse(body);
    return r.success ? { kind: 'view_submission', submission: r.data } : { kind: 'malformed', problem: `view_submission: ${r.error.issues[0]?.path.join('.')}` };
  }
  if (type === 'event_callback') {
    const r = eventEnvelopeSchema.safeParse(body);
    if (!r.success) return { kind: 'malformed', problem: `event_callback: ${r.error.issues[0]?.path.join('.')}` };
    const envelope = r.data;
    const eventType = envelope.event.type;
    const e =
      eventType === 'message'
        ? messageEventSchema.safeParse(envelope.event)
        : eventType === 'app_home_opened'
          ? appHomeOpenedSchema.safeParse(envelope.event)
          : eventType === 'file_shared'
            ? fileSharedSchema.safeParse(envelope.event)
            : undefined;
    if (e && !e.success) return { kind: 'malformed', problem: `${eventType} event: ${e.error.issues[0]?.path.join('.')}` };
    if (e?.data.type === 'message') return { kind: 'event', envelope, message: e.data };
    if (e?.data.type === 'app_home_opened') return { kind: 'event', envelope, homeOpened: e.data };
    if (e?.data.type === 'file_shared') return { kind: 'event', envelope, fileShared: e.data };
    return { kind: 'event', envelope };
  }
  if (IGNORED_TYPES.has(type)) return { kind: 'ignored', type };
  return { kind: 'malformed', problem: `unknown type ${JSON.stringify(type.slice(0, 40))}` };
}
