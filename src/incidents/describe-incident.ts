import type { MessageId } from '../messages/catalogs.ts';
import { messagesFor, type Messages } from '../messages/messages-for.ts';
import type { Incident } from './incident-types.ts';

const EN = messagesFor('en');

const NETWORK_PLACES: Readonly<Record<string, MessageId>> = {
  office: 'desk.place.office',
  vpn: 'desk.place.vpn',
  home: 'desk.place.home',
  mobile_data: 'desk.place.mobile_data',
};

/**
 * A place key as people read it: `network:vpn` → "VPN"; a site key keeps the case it has here
 * (`Incident.placeName` has the label as given). In the language of `m` (default English).
 */
export function placeLabel(place: string | undefined, m: Messages = EN): string {
  if (!place) return m.t('desk.place.unknown');
  if (place.startsWith('site:')) return m.t('desk.place.site', { name: place.slice(5) });
  const network = place.slice(place.indexOf(':') + 1);
  const id = NETWORK_PLACES[network];
  return id ? m.t(id) : network;
}

/** The incident's place in the language of `m`: a site by the label it was given, a network by its name. */
function placeOf(incident: Incident, m: Messages): string {
  const { place, placeName } = incident;
  // placeName is "site <label as given>" for a site (parse-aggregation-reply.ts): keep the label.
  if (place?.startsWith('site:') && placeName?.startsWith('site ')) return m.t('desk.place.site', { name: placeName.slice(5) });
  if (place?.startsWith('site:') && placeName) return placeName;
  return placeLabel(place, m);
}

/** "on 3 networks at 2 sites": the known networks and sites, each its own dimension ('' with neither). */
function whereOf(incident: Incident, { t }: Messages): string {
  const parts = [
    incident.networks > 0 ? t('desk.incident.on_networks', { count: incident.networks }) : '',
    incident.sites > 0 ? t('desk.incident.at_sites', { count: incident.sites }) : '',
  ].filter(Boolean);
  return parts.length > 0 ? ` ${parts.join(' ')}` : '';
}

/**
 * One line for a card title or a terminal: "ChatGPT outage: 41 people on 6 networks at 3 sites in
 * 12 min". Minutes run from opening to resolution (or to `now` while live). An outage opened from
 * the status page before anyone here reported is named after the status incident. In the
 * language of `m` (the desk's, DESK_LOCALE; default English).
 */
export function describeIncident(incident: Incident, now: number, m: Messages = EN): string {
  const { t } = m;
  const end = incident.resolved?.at ?? now;
  const minutes = Math.max(1, Math.round((end - incident.openedAt) / 60_000));
  const people = t('desk.incident.people', { count: incident.reporters });
  switch (incident.kind) {
    case 'upstream': {
      const linked = incident.statusIncidents[0];
      if (incident.reporters === 0 && linked) return t('desk.incident.upstream_status_only', { name: linked.name, minutes });
      const where = whereOf(incident, m);
      return linked ? t('desk.incident.upstream_linked', { people, where, minutes, name: linked.name }) : t('desk.incident.upstream', { people, where, minutes });
    }
    case 'network_local':
      return t('desk.incident.network_local', { place: placeOf(incident, m), people, minutes });
    case 'api':
      return t('desk.incident.api', { people, minutes });
  }
}

/**
 * The progress of the latest notice to the incident's people, for the card and the board:
 * "Resolve notice: notified 3,120 of 5,000", then "… sent to all 5,000" or the ones that failed.
 */
export function describeNotifyProgress(notify: NonNullable<Incident['notify']>, m: Messages = EN): string {
  const { t } = m;
  const what = t(notify.kind === 'resolved' ? 'desk.notify.resolved' : 'desk.notify.update');
  const done = notify.sent + notify.failed + notify.skipped;
  const extra = [
    notify.failed > 0 ? t('desk.notify.failed', { count: notify.failed }) : '',
    notify.skipped > 0 ? t('desk.notify.expired', { count: notify.skipped }) : '',
  ].filter(Boolean);
  const tail = extra.length > 0 ? ` (${extra.join(', ')})` : '';
  const progress = () => t('desk.notify.progress', { what, sent: notify.sent, total: notify.total }) + tail;
  if (done < notify.total) return progress();
  if (notify.sent === notify.total) return notify.total === 1 ? t('desk.notify.sent_one', { what }) : t('desk.notify.sent_all', { what, count: notify.total });
  return progress();
}
