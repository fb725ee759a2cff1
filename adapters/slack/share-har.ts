import type { HarAnalysisOptions } from '../../src/evidence/har/create-har-analyzer.ts';
import { messagesFor } from '../../src/messages/messages-for.ts';
import { chatHarLines } from '../shared/chat-har-lines.ts';
import { readChatHar, type ChatHarOutcome } from '../shared/read-chat-har.ts';
import { ACTION_IDS } from './action-ids.ts';
import { CLAIM_TTL_SECONDS } from './delivery-claims.ts';
import { harButtonValue } from './har-button-value.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import type { SlackFiles } from './slack-files.ts';
import type { SlackHandlerDeps } from './slack-handler-deps.ts';
import type { MessageEvent } from './slack-payloads.ts';

/** What reading a HAR shared in a thread needs (SlackHandlerDeps.har). */
export interface SlackHarDeps {
  files: SlackFiles;
  /** HAR_MAX_BYTES. */
  maxBytes: number;
  allowlist: HarAnalysisOptions['allowlist'];
}

/** HAR files read per message at most. */
const MAX_HARS_PER_MESSAGE = 3;

/**
 * The claim (the store's one idempotency claim, SlackHandlerDeps.claims) that one shared file is
 * read once in a channel, whichever delivery brings it first: the message event of the share or
 * the file_shared event, on any replica.
 */
export const harClaimId = (channel: string, fileId: string): string => `slack:har:${channel}:${fileId}`;

type SharedFile = NonNullable<MessageEvent['files']>[number];

export const isHarFile = (file: SharedFile): boolean => file.filetype === 'har' || /\.har$/i.test(file.name ?? '');

/**
 * HAR files the reporter shared in their conversation's thread (a message event's `files`, or a
 * file_shared event's file), each read once (harClaimId), after the event was acknowledged (bolt acks events before the listeners run): each is
 * downloaded with the bot token (files.info first when the event carries no download URL) and
 * streamed into processHar. The findings, or why the file could not be read, are posted in the
 * thread through the outbox, in the conversation's language; a report is attached to the
 * conversation through the desk (harAttached, the facts it makes certain), whose next turn the
 * outbox delivers too. Only findings from the redacted HAR are posted, logged or stored.
 */
export async function shareHar(
  deps: SlackHandlerDeps & { har: SlackHarDeps },
  place: { channel: string; threadTs: string; user: string },
  conversationId: string,
  eventId: string,
  files: readonly SharedFile[],
): Promise<void> {
  const log = deps.logger.child({ conversationId });
  const snapshot = await deps.desk.get(conversationId);
  const m = messagesFor(snapshot?.locale ?? (await deps.locales.of(place.user)));
  for (const file of files.filter(isHarFile).slice(0, MAX_HARS_PER_MESSAGE)) {
    if (!(await deps.claims.claim(harClaimId(place.channel, file.id), CLAIM_TTL_SECONDS))) {
      log.info({ fileId: file.id }, 'shared HAR already read (message and file_shared events)');
      continue;
    }
    const id = `${eventId}:har:${file.id}`;
    const outcome = await readShared(deps.har, file);
    if (!outcome.ok) log.warn({ fileId: file.id, problem: outcome.problem, ...(outcome.error ? { err: outcome.error } : {}) }, 'shared HAR not read');
    else log.info({ fileId: file.id, entries: outcome.report.entries, findings: outcome.report.findings.length, redacted: outcome.report.redacted }, 'shared HAR read');
    const name = escapeMrkdwn(file.name ?? file.id, { from: 'person' });
    const lines = chatHarLines(outcome, `*${name}*`, m, deps.har.maxBytes).map((line, i) => (i === 0 ? line : escapeMrkdwn(line, { from: 'person' })));
    // On request, the redacted copy comes back as a file in the thread (nothing of the HAR is kept
    // until then: the button names the file, which is read again from Slack).
    if (outcome.ok) lines.push(m.t('harChat.offer'));
    const button = outcome.ok ? { button: { actionId: ACTION_IDS.harRedacted, text: m.t('harChat.button'), value: harButtonValue.encode({ fileId: file.id, name: file.name ?? file.id }) } } : {};
    await deps.send({ id, lane: `ch:${place.channel}`, payload: { type: 'note', channel: place.channel, threadTs: place.threadTs, mrkdwn: lines.join('\n'), ...button } });
    if (outcome.ok) await deps.desk.attachEvidence(conversationId, { kind: 'har', report: outcome.report }, { eventId: id, deliver: true });
  }
}

async function readShared(har: SlackHarDeps, file: SharedFile): Promise<ChatHarOutcome> {
  let url = file.url_private_download;
  let size = file.size;
  if (!url) {
    try {
      const info = await har.files.info(file.id);
      url = info.urlPrivateDownload;
      size = info.size ?? size;
    } catch (error) {
      return { ok: false, problem: 'unavailable', error };
    }
    if (!url) return { ok: false, problem: 'unavailable' };
  }
  const href = url;
  return readChatHar(() => har.files.open(href, har.maxBytes), { maxBytes: har.maxBytes, allowlist: har.allowlist, ...(size !== undefined ? { size } : {}) });
}
