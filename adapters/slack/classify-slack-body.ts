import { appHomeOpenedSchema, blockActionsSchema, commandSchema, eventEnvelopeSchema, messageEventSchema, urlVerificationSchema, viewSubmissionSchema } from './slack-payloads.ts';

/** What a verified, parsed request body is. */
export type SlackDelivery =
  | { kind: 'url_verification' }
  | { kind: 'ssl_check' }
  | { kind: 'command'; command: string }
  | { kind: 'block_actions'; actionId: string }
  | { kind: 'view_submission'; callbackId: string }
  | { kind: 'event'; eventType: string; eventId?: string }
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
    return r.success ? { kind: 'command', command: r.data.command } : { kind: 'malformed', problem: `slash command: ${r.error.issues[0]?.path.join('.')}` };
  }
  const type = body.type;
  if (typeof type !== 'string') return { kind: 'malformed', problem: 'no type' };
  if (type === 'url_verification') {
    return urlVerificationSchema.safeParse(body).success ? { kind: 'url_verification' } : { kind: 'malformed', problem: 'url_verification without a challenge' };
  }
  if (type === 'block_actions') {
    const r = blockActionsSchema.safeParse(body);
    return r.success ? { kind: 'block_actions', actionId: r.data.actions[0]!.action_id } : { kind: 'malformed', problem: `block_actions: ${r.error.issues[0]?.path.join('.')}` };
  }
  if (type === 'view_submission') {
    const r = viewSubmissionSchema.safeParse(body);
    return r.success ? { kind: 'view_submission', callbackId: r.data.view.callback_id } : { kind: 'malformed', problem: `view_submission: ${r.error.issues[0]?.path.join('.')}` };
  }
  if (type === 'event_callback') {
    const r = eventEnvelopeSchema.safeParse(body);
    if (!r.success) return { kind: 'malformed', problem: `event_callback: ${r.error.issues[0]?.path.join('.')}` };
    const event = r.data.event;
    const schema = event.type === 'message' ? messageEventSchema : event.type === 'app_home_opened' ? appHomeOpenedSchema : undefined;
    if (schema) {
      const e = schema.safeParse(event);
      if (!e.success) return { kind: 'malformed', problem: `${event.type} event: ${e.error.issues[0]?.path.join('.')}` };
    }
    return { kind: 'event', eventType: event.type, ...(r.data.event_id ? { eventId: r.data.event_id } : {}) };
  }
  if (IGNORED_TYPES.has(type)) return { kind: 'ignored', type };
  return { kind: 'malformed', problem: `unknown type ${JSON.stringify(type.slice(0, 40))}` };
}
