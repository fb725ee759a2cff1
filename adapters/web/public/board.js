/* global document, window, history, location, setInterval, clearInterval, URLSearchParams, CSS */
// The helpdesk board: a desk console. /board lists the incidents (GET /api/incidents) as a dense
// table with filters and a search kept in the address (?state=&kind=&q=), resolved ones as compact
// lines; /board/incidents/<id> is one incident's page (GET /api/incidents/<id>) with its chart,
// breakdowns, timeline and the actions: Acknowledge, Snooze, Post update, Resolve (confirmed, with
// an optional note that goes into the resolve notice). With HELPDESK_TOKEN set, only the sign-in
// form shows until the token is accepted.
import { ago, announce, api, ApiError, clock, el, safeLink, storage } from './common.js';
import { currentLocale, hasText, languageMenu, loadTexts, setText, t, tParts, useTextArea } from './texts.js';
import { chart } from './board-chart.js';

const session = storage('session');
const local = storage('local');
const $ = (id) => document.getElementById(id);
const TOKEN_KEY = 'c500.helpdeskToken';
const ACTOR_KEY = 'c500.helpdeskName';
const POLL_MS = 5000;
/** The board's language menu's remembered choice (adapters/web/page-locale.ts; default DESK_LOCALE). */
const LOCALE_COOKIE = 'c500_board_locale';

const LIVE_STATES = ['open', 'acknowledged'];
const DIMENSIONS = ['network', 'site', 'surface', 'symptom'];
/** `all` (the default): live ones in the table, resolved ones in the compact list below. */
const STATE_FILTERS = ['all', 'open', 'acknowledged', 'resolved'];
const KIND_FILTERS = ['all', 'upstream', 'network_local', 'api'];
const SNOOZE_MINUTES = [15, 30, 60, 120, 240, 480];
const SEVERITY_RANK = { sev1: 0, sev2: 1, sev3: 2, sev4: 3 };

/** /board/incidents/<id>: the id; null on the list. */
const detailId = (() => {
  const match = /^\/board\/incidents\/([^/]+)\/?$/.exec(location.pathname);
  return match ? decodeURIComponent(match[1]) : null;
})();

/** The catalog's text for `id`, or `fallback` when the catalog has none (a kind or state this board does not know). */
const textOr = (id, fallback) => (hasText(id) ? t(id) : fallback);
const kindLabel = (kind) => textOr(`board.kind.${kind}`, kind);
const stateLabel = (state) => textOr(`board.state.${state}`, state);
const severityLabel = (severity) => textOr(`board.severity.${severity}`, severity);
/** A breakdown value: the catalog's label for a fact value; a site's name as it was given. */
const valueLabel = (dimension, value) => textOr(value === 'unknown' ? 'board.value.unknown' : `board.value.${dimension}.${value}`, value.replaceAll('_', ' '));
const platformLabel = (platform) => textOr(`board.platform.${platform}`, platform);

let lastIncidents = [];
let lastDetail = null;
let updatedAt = null;
let lastJson = '';
let knownIds = null;
let timer = null;
let signedIn = false;
/** The snooze duration last chosen (kept across refreshes of the incident's page). */
let snoozeChoice = '30';

function authHeaders() {
  const token = session.get(TOKEN_KEY);
  return token ? { Authorization: `Bearer ${token}` } : {};
}

// ---- loading and the sign-in gate ----

async function refresh() {
  try {
    if (detailId) {
      const detail = await api(`/api/incidents/${encodeURIComponent(detailId)}`, { headers: authHeaders() });
      showConsole();
      renderDetail(detail);
    } else {
      const data = await api('/api/incidents', { headers: authHeaders() });
      showConsole();
      renderList(data.incidents || []);
    }
    updatedAt = new Date();
    showUpdated();
  } catch (error) {
    handleError(error);
    return;
  }
  try {
    renderDeliveries(await api('/api/outbox', { headers: authHeaders() }));
  } catch {
    // An older server, or the outbox unreadable for a moment: the incidents are still shown.
  }
}

/** The token was accepted (or none is needed): the console replaces the sign-in form. */
function showConsole() {
  $('error').hidden = true;
  if (signedIn) return;
  signedIn = true;
  $('token-form').hidden = true;
  $('console').hidden = false;
  $('list-view').hidden = Boolean(detailId);
  $('detail-view').hidden = !detailId;
}

function showUpdated() {
  if (!updatedAt) return;
  setText($('updated'), 'board.updated_at', { time: updatedAt.toLocaleTimeString(currentLocale()) });
  $('updated').hidden = false;
}

function handleError(error) {
  if (error instanceof ApiError && error.status === 401) {
    // Only the sign-in form: no console, no headings without content, no "Loading…".
    signedIn = false;
    const form = $('token-form');
    const wasHidden = form.hidden;
    $('console').hidden = true;
    $('updated').hidden = true;
    $('error').hidden = true;
    setText($('token-reason'), session.get(TOKEN_KEY) ? 'board.token_rejected' : 'board.token_needed');
    form.hidden = false;
    if (wasHidden) $('token').focus();
    stopPolling();
    return;
  }
  if (error instanceof ApiError && error.status === 404 && detailId) {
    showConsole();
    $('detail-view').replaceChildren(backLink(), el('p', { className: 'empty' }, t('board.detail.not_found')));
    stopPolling();
    return;
  }
  if (error instanceof ApiError && error.status === 403) stopPolling();
  showError(error);
  if (updatedAt) setText($('updated'), 'board.not_up_to_date');
}

function showError(error) {
  const box = $('error');
  const id = errorText(error);
  if (id) setText(box, id);
  else {
    delete box.dataset.t;
    box.textContent = error.message;
  }
  box.hidden = false;
}

/** The catalog id for an error: the board's text for its code, else the page's; undefined when only the server's sentence says it. */
function errorText(error) {
  if (!(error instanceof ApiError)) return 'board.refresh_failed';
  if (error.code === 'network') return 'web.common.error_network';
  if (!error.code) return undefined;
  return [`board.error.${error.code}`, `web.common.error.${error.code}`].find(hasText);
}

/** "N messages could not be delivered", with the reasons, when there are any. */
function renderDeliveries(d) {
  const box = $('deliveries');
  if (!d || !d.failed) {
    box.hidden = true;
    return;
  }
  setText($('deliveries-heading'), 'board.undelivered', { count: d.failed });
  $('deliveries-reasons').replaceChildren(...(d.reasons || []).map((r) => el('li', {}, `${reasonText(r.reason)}: ${r.count}`)));
  box.hidden = false;
}

const reasonText = (reason) => String(reason).replace(/^slack:/, 'Slack: ').replaceAll('_', ' ');

// ---- filters and search, kept in the address ----

function readFilters() {
  const query = new URLSearchParams(location.search);
  const state = query.get('state');
  const kind = query.get('kind');
  return {
    state: STATE_FILTERS.includes(state) ? state : 'all',
    kind: KIND_FILTERS.includes(kind) ? kind : 'all',
    q: (query.get('q') || '').slice(0, 100),
  };
}

function writeFilters() {
  const filters = { state: $('filter-state').value, kind: $('filter-kind').value, q: $('filter-q').value.trim() };
  const query = new URLSearchParams();
  if (filters.state !== 'all') query.set('state', filters.state);
  if (filters.kind !== 'all') query.set('kind', filters.kind);
  if (filters.q) query.set('q', filters.q);
  const search = query.toString();
  history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
  lastJson = '';
  renderList(lastIncidents);
}

function matches(incident, filters) {
  if (filters.kind !== 'all' && incident.kind !== filters.kind) return false;
  if (filters.q) {
    const needle = filters.q.toLocaleLowerCase();
    const haystack = [incident.id, title(incident), incident.place || '', incident.acknowledgedBy || '', kindLabel(incident.kind)].join(' ').toLocaleLowerCase();
    if (!haystack.includes(needle)) return false;
  }
  return true;
}

function stateMatches(state, filter) {
  if (filter === 'all') return true;
  if (filter === 'resolved') return !LIVE_STATES.includes(state);
  return state === filter;
}

// ---- the list ----

function renderList(incidents) {
  lastIncidents = incidents;
  const filters = readFilters();
  const json = JSON.stringify([incidents, filters]);
  if (json === lastJson) {
    // Nothing changed: only the relative times and durations move on.
    document.querySelectorAll('[data-ago]').forEach((node) => (node.textContent = ago(node.dataset.ago)));
    document.querySelectorAll('[data-since]').forEach((node) => (node.textContent = duration(node.dataset.since, node.dataset.until)));
    return;
  }
  lastJson = json;
  announceNew(incidents);
  const focusKey = document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.focusKey : undefined;
  const shown = incidents.filter((i) => matches(i, filters));
  // Live ones in the table (worst first, then newest), the others as compact lines; the state filter picks which.
  const open = shown
    .filter((i) => LIVE_STATES.includes(i.state) && stateMatches(i.state, filters.state))
    .sort((a, b) => (SEVERITY_RANK[a.severity] ?? 9) - (SEVERITY_RANK[b.severity] ?? 9) || Date.parse(b.openedAt) - Date.parse(a.openedAt));
  const recent = shown.filter((i) => !LIVE_STATES.includes(i.state) && stateMatches(i.state, filters.state));
  const filtered = filters.kind !== 'all' || filters.q !== '';
  $('open-list').replaceChildren(...open.map(row));
  $('open-table').hidden = open.length === 0;
  $('recent-list').replaceChildren(...recent.map(resolvedLine));
  const showOpen = filters.state !== 'resolved';
  const showRecent = filters.state === 'resolved' || filters.state === 'all';
  $('open-heading').parentElement.hidden = !showOpen;
  $('recent-heading').parentElement.hidden = !showRecent;
  setText($('open-empty'), filtered || filters.state !== 'all' ? 'board.no_match' : 'board.open_empty');
  $('open-empty').hidden = open.length > 0;
  setText($('recent-empty'), filtered ? 'board.no_match' : 'board.recent_empty');
  $('recent-empty').hidden = recent.length > 0;
  $('open-count').textContent = open.length ? `(${open.length})` : '';
  $('recent-count').textContent = recent.length ? `(${recent.length})` : '';
  if (focusKey) {
    const again = document.querySelector(`[data-focus-key="${CSS.escape(focusKey)}"]`);
    if (again) again.focus();
  }
}

function announceNew(incidents) {
  const ids = new Set(incidents.map((i) => i.id));
  if (knownIds) {
    const fresh = incidents.filter((i) => !knownIds.has(i.id));
    if (fresh.length) announce($('announcer'), t('board.new_incident', { titles: fresh.map(title).join('; ') }));
  }
  knownIds = ids;
}

function title(incident) {
  return incident.title || kindLabel(incident.kind);
}

const permalink = (incident) => `/board/incidents/${encodeURIComponent(incident.id)}`;

function titleLink(incident) {
  return el('a', { className: 'incident-link one-line', href: permalink(incident), title: title(incident), id: `incident-${incident.id}` }, title(incident));
}

function severityBadge(incident) {
  return el('span', { className: `sev sev-${incident.severity}`, title: t('board.severity_rule') }, severityLabel(incident.severity));
}

function stateBadge(incident) {
  return el('span', { className: `state state-${incident.state}` }, stateLabel(incident.state));
}

function row(incident) {
  const snoozed = incident.snoozedUntil ? el('span', { className: 'snoozed' }, t('board.snoozed_until', { time: clock(incident.snoozedUntil) })) : null;
  return el(
    'tr',
    { 'data-incident-id': incident.id, className: `row-${incident.state}` },
    el('td', { className: 'c-sev' }, severityBadge(incident)),
    el('td', { className: 'c-title' }, titleLink(incident), el('span', { className: 'sub one-line' }, `${kindLabel(incident.kind)} · ${t('board.reports', { count: incident.reports })} · `, timeNode(incident.lastReportAt))),
    el('td', { className: 'c-people' }, t('board.people', { count: incident.reporters })),
    el('td', { className: 'c-duration' }, durationNode(incident)),
    el('td', { className: 'c-owner' }, incident.acknowledgedBy ? el('span', { className: 'one-line', title: incident.acknowledgedBy }, incident.acknowledgedBy) : el('span', { className: 'owner-none' }, t('board.unowned'))),
    el('td', { className: 'c-state' }, stateBadge(incident), snoozed),
    el('td', { className: 'c-actions' }, incident.state === 'open' ? acknowledgeButton(incident) : null),
  );
}

function resolvedLine(incident) {
  const when = incident.resolvedAt || incident.lastReportAt;
  const by = incident.resolvedBy ? t('board.resolved_by_when', { name: incident.resolvedBy }) : stateLabel(incident.state);
  return el('li', { 'data-incident-id': incident.id }, titleLink(incident), el('span', { className: 'when' }, `${by} · `, timeNode(when), ` · ${t('board.people', { count: incident.reporters })}`));
}

/** How long it has been live (to its resolve once resolved): "42 min", "3 h 5 min", "2 d 4 h". */
function duration(sinceIso, untilIso) {
  const ms = (untilIso ? Date.parse(untilIso) : Date.now()) - Date.parse(sinceIso);
  if (!Number.isFinite(ms)) return '';
  const minutes = Math.max(0, Math.floor(ms / 60000));
  if (minutes < 60) return t('board.duration.minutes', { count: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return t('board.duration.hours', { hours, minutes: minutes % 60 });
  return t('board.duration.days', { days: Math.floor(hours / 24), hours: hours % 24 });
}

function durationNode(incident) {
  const props = { datetime: incident.openedAt, title: new Date(incident.openedAt).toLocaleString(currentLocale()), 'data-since': incident.openedAt };
  if (incident.resolvedAt) props['data-until'] = incident.resolvedAt;
  return el('time', props, duration(incident.openedAt, incident.resolvedAt));
}

/** A count in bold, written the board's language's way. */
const count = (n) => el('strong', {}, new Intl.NumberFormat(currentLocale()).format(n));

function timeNode(iso) {
  if (!iso) return '—';
  return el('time', { datetime: iso, title: new Date(iso).toLocaleString(currentLocale()), 'data-ago': iso }, ago(iso));
}

// ---- one incident's page ----

function backLink() {
  return el('a', { className: 'back', href: '/board' }, `← ${t('board.back')}`);
}

function renderDetail(detail) {
  lastDetail = detail;
  const json = JSON.stringify(detail);
  if (json === lastJson) {
    document.querySelectorAll('[data-ago]').forEach((node) => (node.textContent = ago(node.dataset.ago)));
    document.querySelectorAll('[data-since]').forEach((node) => (node.textContent = duration(node.dataset.since, node.dataset.until)));
    return;
  }
  const focusKey = document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.focusKey : undefined;
  // A half-written update survives a refresh.
  const draft = $('update-text') ? $('update-text').value : '';
  lastJson = json;
  const incident = detail.incident;
  document.title = `${title(incident)} — ${t('board.title')}`;
  const live = LIVE_STATES.includes(incident.state);
  const facts = [
    el('li', {}, t('board.col.people'), ': ', count(incident.reporters)),
    el('li', {}, t('board.col.duration'), ': ', el('strong', {}, durationNode(incident))),
    el('li', {}, t('board.col.owner'), ': ', incident.acknowledgedBy ? el('strong', {}, incident.acknowledgedBy) : el('span', { className: 'owner-none' }, t('board.unowned'))),
    el('li', {}, tParts('board.first_last', {}, { first: timeNode(incident.firstReportAt), last: timeNode(incident.lastReportAt) })),
  ];
  if (incident.snoozedUntil) facts.push(el('li', {}, t('board.snoozed_by_until', { name: incident.snoozedBy || '', time: clock(incident.snoozedUntil) })));
  if (incident.reached) facts.push(el('li', { className: 'reached' }, t('board.reached', { count: incident.reached })));
  if (incident.resolvedBy) facts.push(el('li', {}, t('board.resolved_by', { name: incident.resolvedBy }), ' · ', timeNode(incident.resolvedAt)));
  const children = [
    backLink(),
    el('header', { className: 'detail-head' }, severityBadge(incident), el('h1', { id: 'detail-title', tabindex: '-1' }, title(incident)), stateBadge(incident)),
    el('p', { className: 'sub' }, `${kindLabel(incident.kind)} · ${incident.id}`),
    el('ul', { className: 'facts' }, facts),
  ];
  if (incident.resolveNote) children.push(el('p', { className: 'resolve-note' }, t('board.resolve_note', { note: incident.resolveNote })));
  if (incident.notified) children.push(el('p', { className: 'notified', role: 'status' }, notifiedText(incident.notified)));
  if (live) children.push(actionBar(incident), updateForm(incident));
  children.push(
    el(
      'div',
      { className: 'grid' },
      box('board.section.chart', chart(incident, { t, clock, width: Math.min(window.innerWidth, 1440) - 72 }), 'box-wide'),
      box('board.section.breakdowns', breakdowns(incident.breakdowns || {})),
      box('board.section.platforms', platforms(detail.reportersByPlatform || {})),
      box('board.section.status', statusIncidents(incident)),
      box('board.section.reports', reportsFiled(incident.reportsFiled || [])),
      box('board.section.undelivered', undelivered(detail.undelivered)),
      box('board.timeline', timeline(incident), 'box-wide'),
    ),
  );
  $('detail-view').replaceChildren(...children);
  if ($('update-text') && draft) $('update-text').value = draft;
  if (focusKey) {
    const again = document.querySelector(`[data-focus-key="${CSS.escape(focusKey)}"]`);
    if (again) again.focus();
  }
}

function box(headingId, content, extra = '') {
  return el('section', { className: `box ${extra}`.trim() }, el('h2', {}, t(headingId)), content);
}

function platforms(byPlatform) {
  const entries = Object.entries(byPlatform).sort((a, b) => b[1] - a[1]);
  if (!entries.length) return el('p', { className: 'empty' }, t('board.none'));
  return el('ul', { className: 'platforms' }, entries.map(([platform, n]) => el('li', {}, `${platformLabel(platform)}: `, count(n))));
}

function statusIncidents(incident) {
  const links = incident.statusIncidents || (incident.statusIncident ? [{ ...incident.statusIncident, resolved: false }] : []);
  if (!links.length) return el('p', { className: 'empty' }, t('board.status.none'));
  return el(
    'ul',
    {},
    links.map((link) => el('li', {}, link.url ? safeLink(link.url, link.name) : link.name, link.resolved ? ` (${t('board.status.resolved')})` : '')),
  );
}

function reportsFiled(ids) {
  if (!ids.length) return el('p', { className: 'empty' }, t('board.none'));
  return el('ul', {}, ids.map((id) => el('li', {}, el('code', {}, id))));
}

function undelivered(letters) {
  if (letters === undefined) return el('p', { className: 'empty' }, t('board.undelivered_unknown'));
  if (!letters.length) return el('p', { className: 'empty' }, t('board.undelivered_none'));
  return el(
    'ul',
    {},
    letters.map((letter) => el('li', {}, t('board.undelivered_line', { kind: letter.kind, reason: reasonText(letter.reason), count: letter.attempts }), ' · ', timeNode(letter.at))),
  );
}

function timeline(incident) {
  const entries = incident.timeline || [];
  if (!entries.length) return el('p', { className: 'empty' }, t('board.none'));
  return el(
    'ol',
    { className: 'timeline' },
    entries.map((entry) => el('li', { className: `timeline-${entry.type}` }, el('time', { datetime: entry.at }, clock(entry.at)), ' ', timelineText(entry))),
  );
}

const people = (n) => t('board.people', { count: n });
const places = (n) => t('board.places', { count: n });
const RESOLVED = { status: 'board.timeline.resolved_status', quiet: 'board.timeline.resolved_quiet', merged: 'board.timeline.resolved_merged' };

/** A place of the aggregator ("network:office", "site:Berlin") in the board's language. */
function placeText(place) {
  if (typeof place !== 'string' || !place) return '';
  if (place.startsWith('site:')) return t('board.site', { name: place.slice(5) });
  return valueLabel('network', place.slice(place.indexOf(':') + 1));
}

/** A timeline line in the board's language, from the entry's facts; the server's line where they are missing. */
function timelineText(entry) {
  const d = entry.detail;
  if (!d) return entry.text;
  switch (entry.type) {
    case 'opened':
      return t(d.reason === 'status' ? 'board.timeline.opened_status' : 'board.timeline.opened_crowd', { people: people(d.reporters), places: places(d.places) });
    case 'threshold': {
      const who = d.reporters !== undefined ? people(d.reporters) : t('board.more_people');
      return d.places !== undefined ? t('board.timeline.threshold_places', { people: who, places: places(d.places) }) : t('board.timeline.threshold', { people: who });
    }
    case 'kind_changed':
      return t('board.timeline.kind_changed', { to: kindLabel(d.to), from: kindLabel(d.from) });
    case 'absorbed':
      return d.place ? t('board.timeline.absorbed_place', { id: d.incidentId, place: placeText(d.place) }) : t('board.timeline.absorbed', { id: d.incidentId });
    case 'merged':
      return t('board.timeline.merged', { id: d.into });
    case 'status_linked':
      return t('board.status_page', { name: d.name });
    case 'status_resolved':
      return t('board.timeline.status_resolved');
    case 'left':
      return d.branch
        ? t('board.timeline.left_verdict', { verdict: textOr(`board.branch.${d.branch}`, d.branch), people: people(d.reporters) })
        : t('board.timeline.left', { people: people(d.reporters) });
    case 'acknowledged':
      return t('board.acknowledged_by', { name: d.by });
    case 'snoozed':
      return t('board.timeline.snoozed', { name: d.by, time: clock(d.until) });
    case 'note':
      return t('board.timeline.note', { name: d.by, text: d.text });
    case 'resolved':
      if (d.note) return t('board.timeline.resolved_note', { name: d.by, note: d.note });
      return t(RESOLVED[d.reason] || 'board.timeline.resolved', { name: d.by });
    default:
      return entry.text;
  }
}

/** How far the latest notice to the incident's people got: "Resolve notice: notified 3,120 of 5,000". */
function notifiedText(n) {
  if (typeof n.total !== 'number') return n.text;
  const what = t(n.kind === 'resolved' ? 'board.notify.resolved' : 'board.notify.update');
  if (n.sent === n.total) return t('board.notify.sent_all', { what, count: n.total });
  const problems = [n.failed > 0 ? t('board.notify.failed', { count: n.failed }) : '', n.skipped > 0 ? t('board.notify.expired', { count: n.skipped }) : '']
    .filter(Boolean)
    .join(', ');
  return problems ? t('board.notify.progress_problems', { what, sent: n.sent, total: n.total, problems }) : t('board.notify.progress', { what, sent: n.sent, total: n.total });
}

function breakdowns(b) {
  const rows = DIMENSIONS.filter((key) => b[key] && Object.keys(b[key]).length);
  if (!rows.length) return el('p', { className: 'empty' }, t('board.no_breakdown'));
  return el(
    'dl',
    { className: 'breakdowns' },
    rows.map((key) => [
      el('dt', {}, t(`board.dimension.${key}`)),
      el(
        'dd',
        {},
        Object.entries(b[key])
          .sort((x, y) => y[1] - x[1])
          .map(([value, n]) => el('span', { className: 'tally' }, `${valueLabel(key, value)} `, count(n))),
      ),
    ]),
  );
}

// ---- actions ----

/** Who acts: the name on this page (list toolbar or incident page), else the one remembered. */
const actor = () => ($('detail-actor') ? $('detail-actor').value.trim() : '') || $('actor').value.trim() || local.get(ACTOR_KEY) || '';

function rememberActor(event) {
  const name = event.currentTarget.value.trim();
  if (name) local.set(ACTOR_KEY, name);
  else local.remove(ACTOR_KEY);
}

/** Runs an action, then refreshes; `done` says what happened for screen readers; `then` runs before the refresh. */
async function act(button, path, body, done, then = () => {}) {
  button.disabled = true;
  try {
    const by = actor();
    const result = await api(path, { method: 'POST', body: by ? { ...body, by } : body, headers: authHeaders() });
    then(result);
    announce($('announcer'), done(result));
    lastJson = '';
    await refresh();
    return result;
  } catch (error) {
    showError(error);
    return null;
  } finally {
    button.disabled = false;
  }
}

const actionPath = (incident, action) => `/api/incidents/${encodeURIComponent(incident.id)}/${action}`;

function acknowledgeButton(incident) {
  return el(
    'button',
    {
      type: 'button',
      'data-focus-key': `acknowledge:${incident.id}`,
      'aria-describedby': `incident-${incident.id}`,
      onClick: (event) => act(event.currentTarget, actionPath(incident, 'acknowledge'), {}, () => t('board.acknowledged_announce', { title: title(incident) })),
    },
    t('board.acknowledge'),
  );
}

function actionBar(incident) {
  const buttons = [];
  if (incident.state === 'open') buttons.push(acknowledgeButton(incident));
  const select = el(
    'select',
    { id: 'snooze-minutes', 'data-focus-key': `snooze-minutes:${incident.id}` },
    SNOOZE_MINUTES.map((minutes) => el('option', { value: String(minutes) }, minutes < 60 ? t('board.snooze.minutes', { count: minutes }) : t('board.snooze.hours', { count: minutes / 60 }))),
  );
  select.value = snoozeChoice;
  select.addEventListener('change', () => (snoozeChoice = select.value));
  buttons.push(
    el(
      'p',
      { className: 'snooze' },
      el('label', { for: 'snooze-minutes' }, t('board.snooze_for')),
      select,
      el(
        'button',
        {
          type: 'button',
          id: 'snooze-button',
          'data-focus-key': `snooze:${incident.id}`,
          onClick: (event) =>
            act(event.currentTarget, actionPath(incident, 'snooze'), { minutes: Number(select.value) }, (result) =>
              t('board.snoozed_announce', { title: title(incident), time: clock(result.incident.snoozedUntil) }),
            ),
        },
        t('board.snooze'),
      ),
    ),
    el(
      'p',
      { className: 'snooze' },
      el('label', { for: 'detail-actor' }, t('board.your_name')),
      el('input', { id: 'detail-actor', type: 'text', autocomplete: 'name', maxlength: '100', value: local.get(ACTOR_KEY) || '', 'data-focus-key': `actor:${incident.id}`, onChange: rememberActor }),
    ),
    el('span', { className: 'spacer' }),
    el(
      'button',
      { type: 'button', id: 'resolve-button', className: 'primary danger', 'data-focus-key': `resolve:${incident.id}`, onClick: () => openResolveDialog(incident) },
      t('board.resolve'),
    ),
  );
  return el('div', { className: 'action-bar', role: 'group', 'aria-label': t('board.col.actions') }, buttons);
}

function updateForm(incident) {
  const area = el('textarea', { id: 'update-text', rows: 2, maxLength: 4000, 'aria-describedby': 'update-hint' });
  const form = el(
    'form',
    {
      className: 'update-form',
      id: 'update-form',
      onSubmit: async (event) => {
        event.preventDefault();
        const text = area.value.trim();
        if (!text) {
          announce($('announcer'), t('board.update_empty'));
          area.focus();
          return;
        }
        const result = await act(form.querySelector('button'), actionPath(incident, 'update'), { text }, (r) => t('board.update_sent', { count: r.queued ?? 0 }));
        if (result) {
          $('update-text').value = '';
          setText($('update-status'), 'board.update_sent', { count: result.queued ?? 0 });
        }
      },
    },
    el('label', { for: 'update-text' }, t('board.update_label')),
    area,
    el('p', { className: 'hint', id: 'update-hint' }, t('board.update_hint')),
    el('p', { className: 'row' }, el('button', { type: 'submit', 'data-focus-key': `update:${incident.id}` }, t('board.update_send')), el('span', { id: 'update-status', role: 'status' })),
  );
  return form;
}

let resolving = null;

function openResolveDialog(incident) {
  resolving = incident;
  $('resolve-what').textContent = title(incident);
  $('resolve-note').value = '';
  $('resolve-dialog').showModal();
  $('resolve-note').focus();
}

async function confirmResolve() {
  const incident = resolving;
  if (!incident) return;
  const note = $('resolve-note').value.trim();
  const result = await act(
    $('resolve-confirm'),
    actionPath(incident, 'resolve'),
    note ? { note } : {},
    () => t('board.resolved_announce', { title: title(incident) }),
    () => {
      resolving = null;
      $('resolve-dialog').close();
    },
  );
  if (result) {
    const heading = $('detail-title');
    if (heading) heading.focus();
  }
}

// ---- polling and start ----

function startPolling() {
  stopPolling();
  void refresh();
  timer = setInterval(refresh, POLL_MS);
}

function stopPolling() {
  if (timer) clearInterval(timer);
  timer = null;
}

async function init() {
  useTextArea('board');
  try {
    await loadTexts(currentLocale());
  } catch {
    // The server rendered the board's static texts already; scripted texts show their ids until a reload.
  }
  // A change of language redraws in it (the incident titles and timelines are the server's, in DESK_LOCALE).
  languageMenu({
    select: $('language'),
    cookie: LOCALE_COOKIE,
    onChange: () => {
      showUpdated();
      lastJson = '';
      if (detailId && lastDetail) renderDetail(lastDetail);
      else if (!detailId && knownIds !== null) renderList(lastIncidents);
    },
  });
  const filters = readFilters();
  $('filter-state').value = filters.state;
  $('filter-kind').value = filters.kind;
  $('filter-q').value = filters.q;
  $('filters').addEventListener('submit', (event) => event.preventDefault());
  $('filter-state').addEventListener('change', writeFilters);
  $('filter-kind').addEventListener('change', writeFilters);
  $('filter-q').addEventListener('input', writeFilters);
  $('actor').value = local.get(ACTOR_KEY) || '';
  $('actor').addEventListener('change', rememberActor);
  $('resolve-cancel').addEventListener('click', () => $('resolve-dialog').close());
  $('resolve-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void confirmResolve();
  });
  $('token-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const token = $('token').value.trim();
    if (!token) return $('token').focus();
    session.set(TOKEN_KEY, token);
    $('token').value = '';
    lastJson = '';
    startPolling();
  });
  window.addEventListener('popstate', () => {
    lastJson = '';
    const f = readFilters();
    $('filter-state').value = f.state;
    $('filter-kind').value = f.kind;
    $('filter-q').value = f.q;
    if (!detailId) renderList(lastIncidents);
  });
  startPolling();
}

void init();
