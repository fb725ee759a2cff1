import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { describeIncident, placeLabel } from '../incidents/describe-incident.ts';
import type { Incident } from '../incidents/incident-types.ts';
import { LOCALES } from '../messages/locale.ts';
import { messagesFor, type Messages } from '../messages/messages-for.ts';
import { localeOption } from './locale-option.ts';
import { UsageError, type CliIo } from './cli-io.ts';
import type { Command } from './main.ts';
import { incidentsOverHttp } from './incidents-over-http.ts';
import { withRedisStore } from './with-redis-store.ts';

const clock = (ms: number) => `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

function formatIncident(incident: Incident, now: number, m: Messages): string {
  const { t } = m;
  const state =
    incident.acknowledged && incident.state === 'acknowledged' ? t('cli.incidents.acknowledged_by', { name: incident.acknowledged.by }) : t(`cli.incidents.state.${incident.state}`);
  const top = (table: Record<string, number>, label: (key: string) => string) =>
    Object.entries(table)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([key, count]) => `${label(key)} ${count}`)
      .join(', ');
  const networks = top(incident.breakdown.networks, (n) => (n === 'unknown' ? t('cli.incidents.not_asked') : placeLabel(`network:${n}`, m)));
  const sites = top(incident.breakdown.sites, (site) => (site === 'unknown' ? t('cli.incidents.no_site') : site));
  const details = [
    t('cli.incidents.opened', { at: clock(incident.openedAt) }),
    t('cli.incidents.reports', { count: incident.reports }),
    t('cli.incidents.last_report', { at: clock(incident.lastReportAt) }),
  ];
  if (incident.resolved) details.push(t('cli.incidents.resolved', { at: clock(incident.resolved.at), reason: incident.resolved.reason }));
  if (networks) details.push(t('cli.incidents.networks', { list: networks }));
  if (sites) details.push(t('cli.incidents.sites', { list: sites }));
  return `${incident.id}  ${state}  ${describeIncident(incident, now, m)}\n  ${details.join(' · ')}\n`;
}

function print(io: CliIo, incidents: Incident[], json: boolean, recent: boolean, m: Messages): void {
  if (json) {
    io.stdout.write(`${JSON.stringify({ incidents })}\n`);
    return;
  }
  if (incidents.length === 0) {
    io.stdout.write(`${m.t(recent ? 'cli.incidents.none_recent' : 'cli.incidents.none')}\n`);
    return;
  }
  const now = Date.now();
  for (const incident of incidents) io.stdout.write(formatIncident(incident, now, m));
}

/** `chatgpt-500 incidents`: the helpdesk's list (texts in --locale, LANG, else DESK_LOCALE). */
export const incidentsCommand: Command = {
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: { json: { type: 'boolean' }, recent: { type: 'boolean' }, url: { type: 'string' }, locale: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    });
    const config = loadConfig(io.env);
    // The helpdesk's list: in the language asked for, else the terminal's, else DESK_LOCALE.
    const m = messagesFor(localeOption(values.locale, io.env, config.deskLocale));
    if (values.help) {
      io.stdout.write(m.t('cli.incidents.help', { locales: LOCALES.join(', ') }));
      return 0;
    }
    const json = values.json ?? false;
    const recent = values.recent ?? false;
    if (values.url !== undefined) {
      if (!isHttpUrl(values.url)) throw new UsageError(m.t('cli.incidents.bad_url', { url: values.url }));
      return incidentsOverHttp(io, { url: values.url, token: config.HELPDESK_TOKEN, recent, json, m });
    }
    if (config.store === 'memory') {
      // A bot on the in-memory store keeps its incidents in its own process: this one sees none,
      // and an empty list would say "no incidents" where it means "cannot tell". Exit 1.
      const base = (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, '');
      io.stderr.write(`${m.t('start.incidents.memory', { url: base })}\n`);
      return 1;
    }
    return withRedisStore(config, io, 'incidents', m, async (store) => {
      print(io, await store.incidents.list({ openOnly: !recent }), json, recent, m);
      return 0;
    });
  },
};

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
