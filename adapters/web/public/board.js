/* global document, setInterval, clearInterval, CSS */
// The helpdesk board: polls GET /api/incidents, renders one card per incident (counts,
// breakdowns, timeline, a bar chart of reports per minute) with Acknowledge and Resolve.
import { ago, announce, api, ApiError, clock, el, errorTextId, safeLink, storage } from './common.js';
import { currentLocale, hasText, languageMenu, loadTexts, setText, t, tParts } from './texts.js';

const session = storage('session');
const local = storage('local');
const $ = (id) => document.getElementById(id);
const SVG = 'http://www.w3.org/2000/svg';
const TOKEN_KEY = 'c500.helpdeskToken';
const ACTOR_KEY = 'c500.helpdeskName';
const POLL_MS = 5000;
/** The board's language menu's remembered choice (adapters/web/page-locale.ts; default DESK_LOCALE). */
const LOCALE_COOKIE = 'c500_board_locale';

const LIVE_STATES = ['open', 'acknowledged'];
const DIMENSIONS = ['network', 'site', 'surface', 'symptom'];

/** The catalog's text for `id`, or `fallback` when the catalog has none (a kind or state this board does not know). */
const textOr = (id, fallback) => (hasText(id) ? t(id) : fallback);
const kindLabel = (kind) => textOr(`web.board.kind.${kind}`, kind);
const stateLabel = (state) => textOr(`web.board.state.${state}`, state);
/** A breakdown value: the catalog's label for a fact value; a site's name as it was given. */
const valueLabel = (dimension, value) => textOr(value === 'unknown' ? 'web.board.value.unknown' : `web.board.value.${dimension}.${value}`, value.replaceAll('_', ' '));

let lastIncidents = [];
/** When the board last refreshed, so a change of language rewrites "Updated at" in its own clock format. */
let updatedAt = null;
let lastJson = '';
let knownIds = null;
let timer = null;

function authHeaders() {
  const token = session.get(TOKEN_KEY);
  return token ? { Authorization: `Bearer ${token}` } : {};
}

async function refresh() {
  try {
    const data = await api('/api/incidents', { headers: authHeaders() });
    $('error').hidden = true;
    $('token-form').hidden = true;
    render(data.incidents || []);
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

function showUpdated() {
  if (updatedAt) setText($('updated'), 'web.board.updated_at', { time: updatedAt.toLocaleTimeString(currentLocale()) });
}

/** "N messages could not be delivered", with the reasons, when there are any. */
function renderDeliveries(d) {
  const box = $('deliveries');
  if (!d || !d.failed) {
    box.hidden = true;
    return;
  }
  setText($('deliveries-heading'), 'web.board.undelivered', { count: d.failed });
  $('deliveries-reasons').replaceChildren(...(d.reasons || []).map((r) => el('li', {}, `${r.reason.replace(/^slack:/, 'Slack: ').replaceAll('_', ' ')}: ${r.count}`)));
  box.hidden = false;
}

function handleError(error) {
  if (error instanceof ApiError && error.status === 401) {
    const form = $('token-form');
    const wasHidden = form.hidden;
    setText($('token-reason'), session.get(TOKEN_KEY) ? 'web.board.token_rejected' : 'web.board.token_needed');
    form.hidden = false;
    if (wasHidden) $('token').focus();
    stopPolling();
    return;
  }
  if (error instanceof ApiError && error.status === 403) stopPolling();
  const box = $('error');
  const id = error instanceof ApiError ? errorTextId(error, 'board') : 'web.board.refresh_failed';
  if (id) setText(box, id);
  else {
    delete box.dataset.t;
    box.textContent = error.message;
  }
  box.hidden = false;
  setText($('updated'), 'web.board.not_up_to_date');
}

function render(incidents) {
  lastIncidents = incidents;
  const json = JSON.stringify(incidents);
  if (json === lastJson) {
    // Nothing changed: only the relative times move on.
    document.querySelectorAll('[data-ago]').forEach((node) => (node.textContent = ago(node.dataset.ago)));
    return;
  }
  lastJson = json;
  announceNew(incidents);
  const focusKey = document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.focusKey : undefined;
  const open = incidents.filter((i) => LIVE_STATES.includes(i.state));
  const recent = incidents.filter((i) => !LIVE_STATES.includes(i.state));
  $('open-list').replaceChildren(...open.map(card));
  $('recent-list').replaceChildren(...recent.map(card));
  $('open-empty').hidden = open.length > 0;
  $('recent-empty').hidden = recent.length > 0;
  $('open-count').textContent = open.length ? `(${open.length})` : '';
  if (focusKey) {
    const again = document.querySelector(`[data-focus-key="${CSS.escape(focusKey)}"]`);
    if (again) again.focus();
  }
}

function announceNew(incidents) {
  const ids = new Set(incidents.map((i) => i.id));
  if (knownIds) {
    const fresh = incidents.filter((i) => !knownIds.has(i.id));
    if (fresh.length) announce($('announcer'), t('web.board.new_incident', { titles: fresh.map(title).join('; ') }));
  }
  knownIds = ids;
}

function title(incident) {
  return incident.title || kindLabel(incident.kind);
}

function card(incident) {
  const headingId = `incident-${incident.id}`;
  const children = [
    el(
      'header',
      { className: 'card-header' },
      el('h3', { id: headingId }, title(incident)),
      el('span', { className: `state state-${incident.state}` }, stateLabel(incident.state)),
    ),
    el(
      'p',
      { className: 'counts' },
      el('span', { className: 'kind' }, kindLabel(incident.kind)),
      ' · ',
      tParts('web.board.people', { count: incident.reporters }, { count: count(incident.reporters) }),
      ', ',
      tParts('web.board.reports', { count: incident.reports }, { count: count(incident.reports) }),
      ' · ',
      tParts('web.board.first_last', {}, { first: timeNode(incident.firstReportAt), last: timeNode(incident.lastReportAt) }),
    ),
  ];
  if (incident.statusIncident) {
    const si = incident.statusIncident;
    children.push(el('p', { className: 'status-incident' }, tParts('web.board.status_page', {}, { name: si.url ? safeLink(si.url, si.name) : si.name })));
  }
  if (incident.acknowledgedBy) children.push(el('p', { className: 'ack' }, t('web.board.acknowledged_by', { name: incident.acknowledgedBy })));
  if (incident.reached) children.push(el('p', { className: 'reached' }, t('web.board.reached', { count: incident.reached })));
  if (incident.notified) children.push(el('p', { className: 'notified', role: 'status' }, notifiedText(incident.notified)));
  children.push(chart(incident));
  children.push(breakdowns(incident.breakdowns || {}));
  if (incident.timeline && incident.timeline.length) {
    children.push(
      el('h4', {}, t('web.board.timeline')),
      el(
        'ol',
        { className: 'timeline' },
        incident.timeline.map((entry) => el('li', { className: `timeline-${entry.type}` }, el('time', { datetime: entry.at }, clock(entry.at)), ' ', timelineText(entry))),
      ),
    );
  }
  children.push(actions(incident));
  return el('article', { className: `card card-${incident.state}`, 'aria-labelledby': headingId, 'data-incident-id': incident.id }, children);
}

const people = (n) => t('web.board.people', { count: n });
const places = (n) => t('web.board.places', { count: n });
const RESOLVED = { status: 'web.board.timeline.resolved_status', quiet: 'web.board.timeline.resolved_quiet', merged: 'web.board.timeline.resolved_merged' };

/** A place of the aggregator ("network:office", "site:Berlin") in the board's language. */
function placeText(place) {
  if (typeof place !== 'string' || !place) return '';
  if (place.startsWith('site:')) return t('web.board.site', { name: place.slice(5) });
  return valueLabel('network', place.slice(place.indexOf(':') + 1));
}

/** A timeline line in the board's language, from the entry's facts; the server's line where they are missing. */
function timelineText(entry) {
  const d = entry.detail;
  if (!d) return entry.text;
  switch (entry.type) {
    case 'opened':
      return t(d.reason === 'status' ? 'web.board.timeline.opened_status' : 'web.board.timeline.opened_crowd', { people: people(d.reporters), places: places(d.places) });
    case 'threshold': {
      const who = d.reporters !== undefined ? people(d.reporters) : t('web.board.more_people');
      return d.places !== undefined ? t('web.board.timeline.threshold_places', { people: who, places: places(d.places) }) : t('web.board.timeline.threshold', { people: who });
    }
    case 'kind_changed':
      return t('web.board.timeline.kind_changed', { to: kindLabel(d.to), from: kindLabel(d.from) });
    case 'absorbed':
      return d.place ? t('web.board.timeline.absorbed_place', { id: d.incidentId, place: placeText(d.place) }) : t('web.board.timeline.absorbed', { id: d.incidentId });
    case 'merged':
      return t('web.board.timeline.merged', { id: d.into });
    case 'status_linked':
      return t('web.board.status_page', { name: d.name });
    case 'status_resolved':
      return t('web.board.timeline.status_resolved');
    case 'left':
      return d.branch
        ? t('web.board.timeline.left_verdict', { verdict: textOr(`web.board.branch.${d.branch}`, d.branch), people: people(d.reporters) })
        : t('web.board.timeline.left', { people: people(d.reporters) });
    case 'acknowledged':
      return t('web.board.acknowledged_by', { name: d.by });
    case 'snoozed':
      return t('web.board.timeline.snoozed', { name: d.by, time: clock(d.until) });
    case 'note':
      return t('web.board.timeline.note', { name: d.by, text: d.text });
    case 'resolved':
      return t(RESOLVED[d.reason] || 'web.board.timeline.resolved', { name: d.by });
    default:
      return entry.text;
  }
}

/** How far the latest notice to the incident's people got: "Resolve notice: notified 3,120 of 5,000". */
function notifiedText(n) {
  if (typeof n.total !== 'number') return n.text;
  const what = t(n.kind === 'resolved' ? 'web.board.notify.resolved' : 'web.board.notify.update');
  if (n.sent === n.total) return t('web.board.notify.sent_all', { what, count: n.total });
  const problems = [n.failed > 0 ? t('web.board.notify.failed', { count: n.failed }) : '', n.skipped > 0 ? t('web.board.notify.expired', { count: n.skipped }) : '']
    .filter(Boolean)
    .join(', ');
  return problems ? t('web.board.notify.progress_problems', { what, sent: n.sent, total: n.total, problems }) : t('web.board.notify.progress', { what, sent: n.sent, total: n.total });
}

/** A count in bold, written the board's language's way. */
const count = (n) => el('strong', {}, new Intl.NumberFormat(currentLocale()).format(n));

function timeNode(iso) {
  if (!iso) return '—';
  return el('time', { datetime: iso, title: new Date(iso).toLocaleString(currentLocale()), 'data-ago': iso }, ago(iso));
}

function breakdowns(b) {
  const rows = DIMENSIONS.filter((key) => b[key] && Object.keys(normalize(b[key])).length);
  if (!rows.length) return el('p', { className: 'breakdowns empty' }, t('web.board.no_breakdown'));
  return el(
    'dl',
    { className: 'breakdowns' },
    rows.map((key) => [
      el('dt', {}, t(`web.board.dimension.${key}`)),
      el(
        'dd',
        {},
        Object.entries(normalize(b[key]))
          .sort((x, y) => y[1] - x[1])
          .map(([value, n]) => el('span', { className: 'tally' }, `${valueLabel(key, value)} `, count(n))),
      ),
    ]),
  );
}

/** Breakdowns as {"office": 5} or [{"value": "office", "count": 5}]. */
function normalize(entries) {
  if (Array.isArray(entries)) return Object.fromEntries(entries.map((e) => [String(e.value), Number(e.count)]));
  return entries;
}

function chart(incident) {
  const points = incident.perMinute || [];
  const figure = el('figure', { className: 'chart' });
  if (!points.length) return figure;
  const max = Math.max(1, ...points.map((p) => p.count));
  const total = points.reduce((sum, p) => sum + p.count, 0);
  const peak = points.reduce((best, p) => (p.count > best.count ? p : best), points[0]);
  const barWidth = 10;
  const gap = 2;
  const height = 60;
  const svg = document.createElementNS(SVG, 'svg');
  const width = points.length * (barWidth + gap);
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('role', 'img');
  const titleId = `chart-title-${incident.id}`;
  svg.setAttribute('aria-labelledby', titleId);
  const svgTitle = document.createElementNS(SVG, 'title');
  svgTitle.id = titleId;
  svgTitle.textContent = t('web.board.chart_title', { count: points.length, total, peak: peak.count, time: clock(peak.minute) });
  svg.append(svgTitle);
  points.forEach((p, i) => {
    const h = Math.max(p.count > 0 ? 2 : 0, Math.round((p.count / max) * (height - 4)));
    const rect = document.createElementNS(SVG, 'rect');
    rect.setAttribute('x', String(i * (barWidth + gap)));
    rect.setAttribute('y', String(height - h));
    rect.setAttribute('width', String(barWidth));
    rect.setAttribute('height', String(h));
    rect.setAttribute('class', 'bar');
    const tip = document.createElementNS(SVG, 'title');
    tip.textContent = `${clock(p.minute)}: ${p.count}`;
    rect.append(tip);
    svg.append(rect);
  });
  figure.append(
    svg,
    el('figcaption', {}, t('web.board.chart_caption', { from: clock(points[0].minute), to: clock(points[points.length - 1].minute), peak: peak.count })),
  );
  return figure;
}

function actions(incident) {
  const buttons = [];
  if (incident.state === 'open') buttons.push(actionButton(incident, 'acknowledge', t('web.board.acknowledge')));
  if (LIVE_STATES.includes(incident.state)) buttons.push(actionButton(incident, 'resolve', t('web.board.resolve')));
  return el('p', { className: 'actions' }, buttons);
}

function actionButton(incident, action, label) {
  return el(
    'button',
    {
      type: 'button',
      className: action === 'resolve' ? 'primary' : '',
      'data-focus-key': `${action}:${incident.id}`,
      'aria-describedby': `incident-${incident.id}`,
      onClick: async (event) => {
        const button = event.currentTarget;
        button.disabled = true;
        try {
          const by = $('actor').value.trim();
          await api(`/api/incidents/${encodeURIComponent(incident.id)}/${action}`, { method: 'POST', body: by ? { by } : {}, headers: authHeaders() });
          announce($('announcer'), t(action === 'resolve' ? 'web.board.resolved_announce' : 'web.board.acknowledged_announce', { title: title(incident) }));
          lastJson = '';
          await refresh();
          const heading = document.getElementById(`incident-${incident.id}`);
          if (heading && !document.activeElement?.dataset?.focusKey) {
            heading.setAttribute('tabindex', '-1');
            heading.focus();
          }
        } catch (error) {
          button.disabled = false;
          handleError(error);
        }
      },
    },
    label,
  );
}

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
  try {
    await loadTexts(currentLocale());
  } catch {
    // The server rendered the board's static texts already; scripted texts show their ids until a reload.
  }
  // A change of language redraws the cards in it (the incident titles and timelines are the server's, in DESK_LOCALE).
  languageMenu({
    select: $('language'),
    cookie: LOCALE_COOKIE,
    onChange: () => {
      if ($('updated').dataset.t === 'web.board.updated_at') showUpdated();
      if (knownIds === null) return;
      lastJson = '';
      render(lastIncidents);
    },
  });
  $('actor').value = local.get(ACTOR_KEY) || '';
  $('actor').addEventListener('change', () => {
    const name = $('actor').value.trim();
    if (name) local.set(ACTOR_KEY, name);
    else local.remove(ACTOR_KEY);
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
  startPolling();
}

void init();
