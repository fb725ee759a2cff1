/** The fields of a support-ready report (triage-spec.md, "Evidence and the support report"). */
export const SUPPORT_REPORT_FIELDS: Readonly<Record<'web' | 'api', readonly string[]>> = {
  web: [
    'Time of the failure, with timezone',
    'Browser or app, and its version',
    'Device',
    'Screenshots of the error',
    'Whether a private window or another network changed the result',
    'HAR and console logs, if captured (redacted: no cookies or tokens)',
    'Conversation URL, when one exists',
  ],
  api: [
    'Impacted Org ID',
    'Service tier (standard, priority or scale)',
    'Model',
    'Endpoint',
    'Project, when relevant',
    'Status code',
    'Time range, with timezone',
    'Approximate failing percentage',
    'Error payload',
    'x-request-id or X-Client-Request-Id',
    'A short summary of the request',
  ],
};

export function supportReport(kind: 'web' | 'api'): { kind: 'web' | 'api'; fields: string[] } {
  return { kind, fields: [...SUPPORT_REPORT_FIELDS[kind]] };
}
