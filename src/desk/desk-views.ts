import { messagesFor } from '../messages/messages-for.ts';
import type { StatusReading } from '../status/build-status-reading.ts';
import type { Store } from '../store/store.port.ts';
import { createIncidentDesk } from './create-incident-desk.ts';
import type { DeskConfig } from './desk-context.ts';
import type { Desk } from './desk.port.ts';
import { summarizeStatus } from './summarize-status.ts';

/**
 * What the desk shows without running a conversation: the status summary and the incidents. Part
 * of the desk (createDesk), and all the delivery thread needs of it (App Home).
 */
export function deskViews(deps: {
  store: Store;
  now: () => number;
  status: { current(): StatusReading };
  config: Pick<DeskConfig, 'REPORT_RETENTION_DAYS' | 'DEFAULT_LOCALE' | 'deskLocale'>;
}): Pick<Desk, 'status' | 'incidents'> {
  const { config } = deps;
  const defaultLocale = config.DEFAULT_LOCALE ?? 'en';
  return {
    // Announcement followers are kept as long as reports (REPORT_RETENTION_DAYS, default 7).
    incidents: createIncidentDesk({ store: deps.store, now: deps.now, retentionMs: (config.REPORT_RETENTION_DAYS ?? 7) * 86_400_000, locale: config.deskLocale ?? defaultLocale }),
    status: () => summarizeStatus(deps.status.current(), messagesFor(defaultLocale)),
  };
}
