import type { Details } from '../../src/triage/types.ts';
import { describeFinding } from '../../src/evidence/har/describe-finding.ts';
import type { Locale } from '../../src/messages/locale.ts';
import { messagesFor } from '../../src/messages/messages-for.ts';

/** What the person attached, as the page shows it: lines in the conversation's language. */
export interface EvidenceView {
  har?: {
    entries: number;
    redacted: number;
    /** "HAR read: 12 requests; 3 secret values redacted." */
    summary: string;
    /** One line per kept finding, then "…and n more" when some were not kept. */
    findings: string[];
    /** The allowlist domains reached and failed, as lines ("Failed: …", "Reached: …"). */
    domains: string[];
  };
  networkCheck?: {
    at: string;
    reachable: string[];
    blocked: string[];
    /** "Blocked from your browser: …" / "Reachable from your browser: …". */
    lines: string[];
  };
}

/** The evidence kept with a conversation (Details.har, Details.networkCheck) in `locale`, or undefined when there is none. */
export function toEvidenceView(details: Details, locale: Locale): EvidenceView | undefined {
  const m = messagesFor(locale);
  const view: EvidenceView = {};
  const har = details.har;
  if (har) {
    const findings = har.findings.length === 0 ? [m.t('evidence.har.no_findings')] : har.findings.map((finding) => describeFinding(finding, m));
    if (har.omitted > 0) findings.push(m.t('evidence.har.omitted', { count: har.omitted }));
    const domains: string[] = [];
    if (har.failed.length) domains.push(m.t('evidence.allowlist.failed', { domains: har.failed.join(', ') }));
    if (har.reached.length) domains.push(m.t('evidence.allowlist.reached', { domains: har.reached.join(', ') }));
    view.har = {
      entries: har.entries,
      redacted: har.redacted,
      summary: m.t('evidence.har.summary', { entries: m.t('evidence.har.entries', { count: har.entries }), redacted: m.t('evidence.har.redacted', { count: har.redacted }) }),
      findings,
      domains,
    };
  }
  const check = details.networkCheck;
  if (check) {
    const lines: string[] = [];
    if (check.blocked.length) lines.push(m.t('evidence.web.check.blocked', { domains: check.blocked.join(', ') }));
    if (check.reachable.length) lines.push(m.t(check.blocked.length ? 'evidence.web.check.reachable' : 'evidence.web.check.all_reachable', { domains: check.reachable.join(', ') }));
    view.networkCheck = { at: new Date(check.at).toISOString(), reachable: [...check.reachable], blocked: [...check.blocked], lines };
  }
  return view.har || view.networkCheck ? view : undefined;
}
