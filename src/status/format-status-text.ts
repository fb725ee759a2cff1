import type { StatusReading } from './build-status-reading.ts';
import { describeChatgptImpact } from './describe-chatgpt-impact.ts';
import { isChatgptComponent } from './is-chatgpt-component.ts';
import type { ComponentStatus } from './status-model.ts';
import { messagesFor, type Messages } from '../messages/messages-for.ts';
import type { MessageId } from '../messages/catalogs.ts';

const STATUS_WORDS: Readonly<Record<ComponentStatus, MessageId>> = {
  operational: 'cli.status.word.operational',
  degraded_performance: 'cli.status.word.degraded_performance',
  partial_outage: 'cli.status.word.partial_outage',
  full_outage: 'cli.status.word.full_outage',
  under_maintenance: 'cli.status.word.under_maintenance',
  unknown: 'cli.status.word.unknown',
};

/** The reading as a person reads it in a terminal: headline, ChatGPT components, incidents with links, age. */
export function formatStatusText(reading: StatusReading, options: { chatgptGroup?: RegExp; messages?: Messages } = {}): string {
  const m = options.messages ?? messagesFor('en');
  const { t } = m;
  const lines: string[] = [headline(reading, m)];
  if (reading.stale && reading.status !== 'unknown') {
    lines.push(t('cli.status.stale', { error: reading.error ?? t('cli.status.unknown_error'), seconds: reading.ageSeconds ?? 0 }));
  }
  const model = reading.model;
  if (model) {
    const ours = model.components.filter((c) => isChatgptComponent(c, options.chatgptGroup));
    if (ours.length > 0) {
      const width = Math.max(...ours.map((c) => c.name.length));
      lines.push('', t('cli.status.components'));
      for (const c of ours) lines.push(`  ${c.name.padEnd(width)}  ${t(STATUS_WORDS[c.status])}`);
    }
    const incidents = reading.incidents.filter((i) => !i.maintenance);
    const maintenances = reading.incidents.filter((i) => i.maintenance);
    const product = (chatgpt: boolean) => t(chatgpt ? 'cli.status.product_chatgpt' : 'cli.status.product_other');
    if (incidents.length > 0) lines.push('', t('cli.status.open_incidents'));
    for (const i of incidents) {
      const x = model.incidents.find((candidate) => candidate.id === i.id);
      lines.push(`  • ${i.name} [${i.status}] — ${product(i.chatgpt)}`);
      if (i.components.length > 0) lines.push(`    ${t('cli.status.affects', { components: i.components.join(', ') })}`);
      if (x?.startedAt) lines.push(`    ${t('cli.status.started', { at: when(x.startedAt) })}`);
      if (x?.lastUpdate) {
        const text = clip(x.lastUpdate.text);
        lines.push(`    ${x.lastUpdate.at ? t('cli.status.last_update_at', { at: when(x.lastUpdate.at), text }) : t('cli.status.last_update', { text })}`);
      }
      lines.push(`    ${i.url}`);
    }
    if (maintenances.length > 0) lines.push('', t('cli.status.maintenance'));
    for (const i of maintenances) {
      lines.push(`  • ${i.name} — ${product(i.chatgpt)}`);
      if (i.components.length > 0) lines.push(`    ${t('cli.status.affects', { components: i.components.join(', ') })}`);
      lines.push(`    ${i.url}`);
    }
  }
  lines.push('', age(reading, m));
  return `${lines.join('\n')}\n`;
}

function headline(reading: StatusReading, m: Messages): string {
  const { t } = m;
  switch (reading.status) {
    case 'chatgpt_incident':
      return t('cli.status.headline.chatgpt_incident', { impact: describeChatgptImpact(reading, m) ?? t('desk.impact.open') });
    case 'other_product_incident':
      return t('cli.status.headline.other_product_incident');
    case 'operational':
      return t('cli.status.headline.operational');
    case 'unknown':
      // The reason is the reader's diagnostic (English): shown as is, for whoever runs the command.
      return t('cli.status.headline.unknown', { reason: reading.reason ?? t('cli.status.unknown_reason') });
  }
}

function age(reading: StatusReading, { t }: Messages): string {
  if (reading.fetchedAt === null) return t('cli.status.not_read', { source: reading.source });
  return t('cli.status.read', { source: reading.source, seconds: reading.ageSeconds ?? 0, at: when(reading.fetchedAt) });
}

function when(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}

function clip(s: string, max = 240): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
