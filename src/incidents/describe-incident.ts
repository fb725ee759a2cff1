import type { Incident } from './incident-types.ts';

const NETWORK_LABELS: Record<string, string> = { office: 'office network', vpn: 'VPN', home: 'home network', mobile_data: 'mobile data' };

/**
 * A place key as people read it: `network:vpn` → "VPN"; a site key keeps the case it has here
 * (`Incident.placeName` has the label as given).
 */
export function placeLabel(place: string | undefined): string {
  if (!place) return 'unknown place';
  if (place.startsWith('site:')) return `site ${place.slice(5)}`;
  const network = place.slice(place.indexOf(':') + 1);
  return NETWORK_LABELS[network] ?? network;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "on 3 networks at 2 sites": the known networks and sites, each its own dimension ('' with neither). */
function whereOf(incident: Incident): string {
  const parts = [
    incident.networks > 0 ? `on ${plural(incident.networks, 'network', 'networks')}` : '',
    incident.sites > 0 ? `at ${plural(incident.sites, 'site', 'sites')}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? ` ${parts.join(' ')}` : '';
}

/**
 * One line for a card title or a terminal: "ChatGPT outage: 41 people on 6 networks at 3 sites in
 * 12 min". Minutes run from opening to resolution (or to `now` while live). An outage opened from
 * the status page before anyone here reported is named after the status incident.
 */
export function describeIncident(incident: Incident, now: number): string {
  const end = incident.resolved?.at ?? now;
  const minutes = Math.max(1, Math.round((end - incident.openedAt) / 60_000));
  const people = plural(incident.reporters, 'person', 'people');
  switch (incident.kind) {
    case 'upstream': {
      const linked = incident.statusIncidents[0];
      if (incident.reporters === 0 && linked) return `ChatGPT outage on the status page: ${linked.name} (no reports here yet, ${minutes} min)`;
      const status = linked ? ` (status page: ${linked.name})` : '';
      return `ChatGPT outage: ${people}${whereOf(incident)} in ${minutes} min${status}`;
    }
    case 'network_local':
      return `${incident.placeName ?? placeLabel(incident.place)}: ${people} in ${minutes} min, another network works`;
    case 'api':
      return `OpenAI API server errors: ${people} in ${minutes} min`;
  }
}

const count = (n: number) => n.toLocaleString('en-US');

/**
 * The progress of the latest notice to the incident's people, for the card and the board:
 * "Resolve notice: notified 3,120 of 5,000", then "… sent to all 5,000" or the ones that failed.
 */
export function describeNotifyProgress(notify: NonNullable<Incident['notify']>): string {
  const what = notify.kind === 'resolved' ? 'Resolve notice' : 'Update to reporters';
  const done = notify.sent + notify.failed + notify.skipped;
  const extra = [
    notify.failed > 0 ? `${count(notify.failed)} could not be delivered` : '',
    notify.skipped > 0 ? `${count(notify.skipped)} ${notify.skipped === 1 ? 'conversation had' : 'conversations had'} expired` : '',
  ].filter(Boolean);
  const tail = extra.length > 0 ? ` (${extra.join(', ')})` : '';
  if (done < notify.total) return `${what}: notified ${count(notify.sent)} of ${count(notify.total)}${tail}`;
  if (notify.sent === notify.total) return `${what}: sent to ${notify.total === 1 ? 'the 1 recipient' : `all ${count(notify.total)}`}`;
  return `${what}: notified ${count(notify.sent)} of ${count(notify.total)}${tail}`;
}
