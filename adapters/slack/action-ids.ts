/**
 * action_id prefixes of the bot's buttons. An action_id must be unique within its block, so
 * answer buttons add their index ("c500.answer.2"); what a click means travels in `value`.
 */
export const ACTION_IDS = {
  answer: 'c500.answer',
  notify: 'c500.notify',
  /** "Change" on a "Got it: …" line: takes back what a typed reply was read as. */
  change: 'c500.change',
  /** "Fill in the support report" under a verdict: opens the report modal. */
  report: 'c500.report',
  /** "Check my network": a link button (it opens the page; its click is only acknowledged). */
  netcheck: 'c500.netcheck',
  incidentAck: 'c500.incident.ack',
  incidentResolve: 'c500.incident.resolve',
  incidentSnooze: 'c500.incident.snooze',
  incidentUpdate: 'c500.incident.update',
  /** Under the outage announcement: "I'm affected too" (value: the incident id). */
  announceAffected: 'c500.announce.affected',
  /** Under the outage announcement: "It's something else" (value: the incident id). */
  announceElse: 'c500.announce.else',
  /** "Send me the redacted HAR" under a shared HAR's findings; its value is the file's id. */
  harRedacted: 'c500.har.redacted',
} as const;

/** Every action_id the bot renders starts with this. */
export const ACTION_ID_PREFIX = 'c500.';
