import type { StatusReading } from './build-status-reading.ts';
import { describeChatgptImpact } from './describe-chatgpt-impact.ts';
import { isChatgptComponent } from './is-chatgpt-component.ts';
import type { ComponentStatus } from './status-model.ts';

const STATUS_WORDS: Record<ComponentStatus, string> = {
  operational: 'operational',
  degraded_performance: 'degraded performance',
  partial_outage: 'partial outage',
  full_outage: 'full outage',
  under_maintenance: 'under maintenance',
  unknown: 'unknown (status not recognised)',
};

/** The reading as a person reads it in a terminal: headline, ChatGPT components, incidents with links, age. */
export function formatStatusText(reading: StatusReading, options: { chatgptGroup?: RegExp } = {}): string {
  const lines: string[] = [headline(reading)];
  if (reading.stale && reading.status !== 'unknown') {
    lines.push(`Warning: the last read failed (${reading.error ?? 'unknown error'}); this reading is ${reading.ageSeconds ?? 0} s old.`);
  }
  const model = reading.model;
  if (model) {
    const ours = model.components.filter((c) => isChatgptComponent(c, options.chatgptGroup));
    if (ours.length > 0) {
      const width = Math.max(...ours.map((c) => c.name.length));
      lines.push('', 'ChatGPT components:');
      for (const c of ours) lines.push(`  ${c.name.padEnd(width)}  ${STATUS_WORDS[c.status]}`);
    }
    const incidents = reading.incidents.filter((i) => !i.maintenance);
    const maintenances = reading.incidents.filter((i) => i.maintenance);
    if (incidents.length > 0) lines.push('', 'Open incidents:');
    for (const i of incidents) {
      const m = model.incidents.find((x) => x.id === i.id);
      lines.push(`  • ${i.name} [${i.status}] — ${i.chatgpt ? 'ChatGPT' : 'other OpenAI products'}`);
      if (i.components.length > 0) lines.push(`    Affects: ${i.components.join(', ')}`);
      if (m?.startedAt) lines.push(`    Started: ${when(m.startedAt)}`);
      if (m?.lastUpdate) lines.push(`    Last update${m.lastUpdate.at ? ` (${when(m.lastUpdate.at)})` : ''}: ${clip(m.lastUpdate.text)}`);
      lines.push(`    ${i.url}`);
    }
    if (maintenances.length > 0) lines.push('', 'Maintenance in progress:');
    for (const i of maintenances) {
      lines.push(`  • ${i.name} — ${i.chatgpt ? 'ChatGPT' : 'other OpenAI products'}`);
      if (i.components.length > 0) lines.push(`    Affects: ${i.components.join(', ')}`);
      lines.push(`    ${i.url}`);
    }
  }
  lines.push('', age(reading));
  return `${lines.join('\n')}\n`;
}

function headline(reading: StatusReading): string {
  switch (reading.status) {
    case 'chatgpt_incident':
      return `ChatGPT: live incident — ${describeChatgptImpact(reading) ?? 'ChatGPT has an open incident'}.`;
    case 'other_product_incident':
      return 'ChatGPT: operational — OpenAI reports an incident or maintenance in another product (not ChatGPT).';
    case 'operational':
      return 'ChatGPT: operational — no open incident on the status page.';
    case 'unknown':
      return `ChatGPT: status unknown — ${reading.reason ?? 'the status could not be read'}.`;
  }
}

function age(reading: StatusReading): string {
  if (reading.fetchedAt === null) return `Not read from ${reading.source}.`;
  return `Read from ${reading.source} ${reading.ageSeconds ?? 0} s ago (${when(reading.fetchedAt)}).`;
}

function when(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}

function clip(s: string, max = 240): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
