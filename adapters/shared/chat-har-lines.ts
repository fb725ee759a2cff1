import { MAX_STRING_BYTES } from '../../src/evidence/har/create-string-shortener.ts';
import { describeFinding } from '../../src/evidence/har/describe-finding.ts';
import type { Messages } from '../../src/messages/messages-for.ts';
import type { ChatHarOutcome } from './read-chat-har.ts';

/** A byte count as people write it: "100 MB", "2 KB" (French "Mo", "Ko"). */
function sizeText(bytes: number, locale: string): string {
  const [mb, kb] = locale === 'fr' ? ['Mo', 'Ko'] : ['MB', 'KB'];
  if (bytes >= 1024 * 1024) return `${Math.floor(bytes / 1024 / 1024)} ${mb}`;
  return `${Math.max(1, Math.floor(bytes / 1024))} ${kb}`;
}

/** Findings listed in a chat message at most (the rest are counted). */
export const CHAT_MAX_FINDINGS = 15;

/**
 * What the bot writes in the chat about a shared HAR, one line per entry of the list, in the
 * reader's language: the findings (each prefixed with "• "), the symptom it settles, the
 * allowlist domains reached and failed, and that secrets were removed; or why the file could not
 * be read. `name` is the file's name as the platform shows it (the caller escapes it for its
 * markup). Lines hold hosts and paths only, from the redacted HAR.
 */
export function chatHarLines(outcome: ChatHarOutcome, name: string, m: Messages, maxBytes: number): string[] {
  if (!outcome.ok) {
    if (outcome.problem === 'too_large') return [m.t('evidence.chat.too_large', { name, limit: sizeText(maxBytes, m.locale) })];
    return [m.t(`evidence.chat.${outcome.problem}`, { name })];
  }
  const report = outcome.report;
  const lines = [
    m.t('evidence.chat.findings', { name }),
    m.t('evidence.har.summary', { entries: m.t('evidence.har.entries', { count: report.entries }), redacted: m.t('evidence.har.redacted', { count: report.redacted }) }),
  ];
  const shown = report.findings.slice(0, CHAT_MAX_FINDINGS);
  const more = report.omitted + report.findings.length - shown.length;
  if (shown.length === 0) lines.push(m.t('evidence.har.no_findings'));
  else {
    lines.push(m.t('evidence.har.findings', { count: report.findings.length + report.omitted }));
    for (const finding of shown) lines.push(`• ${describeFinding(finding, m)}`);
    if (more > 0) lines.push(m.t('evidence.har.omitted', { count: more }));
  }
  if (report.facts.symptom) lines.push(m.t('evidence.har.symptom', { symptom: report.facts.symptom }));
  const { reached, failed } = report.allowlist;
  if (failed.length > 0) lines.push(m.t('evidence.allowlist.failed', { domains: failed.join(', ') }));
  if (reached.length > 0) lines.push(m.t('evidence.allowlist.reached', { domains: reached.join(', ') }));
  if (report.shortened > 0) lines.push(m.t('evidence.har.shortened', { count: report.shortened, mb: MAX_STRING_BYTES / 1024 / 1024 }));
  lines.push(m.t('evidence.chat.kept'));
  return lines;
}
