/* global setTimeout, clearTimeout, URLSearchParams */
// "Updates from the desk": the notices the desk sends into a conversation later (resolve notices,
// desk updates). While the page is visible it polls the conversation, one request at a time, and
// shows each notice once (by time and text), announcing the new ones to screen readers.
import { announce, ApiError, clock, el, linkified } from './common.js';
import { t } from './texts.js';

/** How often the page asks for notices while it is visible. */
export const POLL_MS = 15_000;
/** The slowest it gets after repeated errors. */
const MAX_BACKOFF_MS = 5 * 60_000;
/** The fastest a `?poll=` override may make it (tests use 500). */
const MIN_POLL_MS = 500;

/** The poll interval: POLL_MS, or the page address's `?poll=<ms>` (at least 500 ms). */
export function pollInterval(search) {
  const asked = Number(new URLSearchParams(search).get('poll'));
  return Number.isFinite(asked) && asked > 0 ? Math.max(MIN_POLL_MS, Math.min(asked, POLL_MS)) : POLL_MS;
}

const key = (notice) => `${notice.at}\n${notice.text}`;

/**
 * deps: { doc: the document (visibility), section and list (the area, hidden until it has a notice),
 * announcer (a polite live region), load: (conversationId) => Promise<ConversationView>, onView
 * (each polled view, e.g. to mark the verdict resolved), intervalMs }.
 */
export function createDeskUpdates({ doc, section, list, announcer, load, onView = () => {}, intervalMs = POLL_MS }) {
  const shown = new Set();
  let conversationId = null;
  let timer = null;
  let inFlight = false;
  let failures = 0;

  const visible = () => doc.visibilityState !== 'hidden';
  const delay = () => (failures === 0 ? intervalMs : Math.min(intervalMs * 2 ** failures, MAX_BACKOFF_MS));

  function cancel() {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }

  /** Plans the next poll, unless one is in flight (it plans its own successor), the page is hidden, or there is no conversation. */
  function schedule(ms) {
    cancel();
    if (!conversationId || inFlight || !visible()) return;
    timer = setTimeout(poll, ms);
  }

  async function poll() {
    timer = null;
    if (!conversationId || inFlight || !visible()) return;
    const polled = conversationId;
    inFlight = true;
    let again = true;
    try {
      const view = await load(polled);
      failures = 0;
      if (polled === conversationId) {
        show(view.notices, { say: true });
        onView(view);
      }
    } catch (error) {
      // An expired conversation has nothing more to say; the next action on the page says it expired.
      if (error instanceof ApiError && error.status === 404) again = false;
      else failures++;
    } finally {
      inFlight = false;
    }
    if (again) schedule(delay());
    else if (polled === conversationId) conversationId = null;
  }

  /** Adds the notices not shown before; `say` announces them. */
  function show(notices, { say = false } = {}) {
    const fresh = (notices || []).filter((notice) => !shown.has(key(notice)));
    for (const notice of fresh) {
      shown.add(key(notice));
      list.append(
        el('li', { className: 'desk-update' }, el('time', { datetime: notice.at, className: 'desk-update-time' }, clock(notice.at)), ' ', ...linkified(notice.text)),
      );
    }
    section.hidden = shown.size === 0;
    if (say && fresh.length) announce(announcer, t('web.page.desk_update_announce', { text: fresh.map((notice) => notice.text).join(' ') }));
  }

  function reset() {
    cancel();
    conversationId = null;
    failures = 0;
    shown.clear();
    list.replaceChildren();
    section.hidden = true;
  }

  doc.addEventListener('visibilitychange', () => {
    if (visible()) schedule(failures === 0 ? 0 : delay());
    else cancel();
  });

  return {
    show,
    /** Polls this conversation from now on (a different one starts with an empty area). */
    follow(id) {
      if (id !== conversationId) {
        reset();
        conversationId = id;
      }
      if (timer === null && !inFlight) schedule(delay());
    },
    /** Stops polling and empties the area (start over, expired conversation). */
    reset,
  };
}
