/* global document, location, setInterval */
// The triage page: starts a conversation, shows each question as buttons (free text accepted),
// then the verdict. The conversation reads as a chat: each answered question is the bot's message,
// each answer (a button's label or the typed text) the person's, then how a typed answer was read.
// The server keeps the transcript: a reload or another tab of this browser shows it again
// (GET /api/conversations/current). Focus moves to each new question or verdict.
import { announce, api, ApiError, el, errorTextId, linkified, randomId, storage } from './common.js';
import { createDeskUpdates, pollInterval } from './desk-updates.js';
import { markResolved } from './resolved.js';
import { currentLocale, languageMenu, loadTexts, setText, t } from './texts.js';
import { renderVerdict } from './verdict.js';
import { createUnderstood } from './understood.js';
import { createEvidence, hideEvidence } from './evidence.js';
import { createReportForm, hideReport } from './report-form.js';

const local = storage('local');
const $ = (id) => document.getElementById(id);

const NAME_KEY = 'c500.reporterName';
const STATUS_REFRESH_MS = 60_000;
/** The language menu's remembered choice (adapters/web/page-locale.ts reads it when serving the page). */
const LOCALE_COOKIE = 'c500_locale';

let conversationId = null;
let busy = false;
/** The question on screen: `logged` once it is in the log above (answered, or asked again after an unclear answer). */
let current = null;
/** The fact of a question whose answer was not understood: asked again, it is not logged twice. */
let unclearFact = null;
/** Preface lines already in the log (a crowd line is repeated only when it changes). */
const shownLines = new Set();
/** The verdict is on screen and its incident resolved. */
let resolvedShown = false;

/** "Updates from the desk": polls the conversation for notices while the page is visible. */
const deskUpdates = createDeskUpdates({
  doc: document,
  section: $('desk-updates'),
  list: $('desk-updates-list'),
  announcer: $('announcer'),
  load: (id) => api(`/api/conversations/${encodeURIComponent(id)}`),
  onView: (view) => showResolved(view),
  intervalMs: pollInterval(location.search),
});

/** "Got it: …" after a typed reply, with its Change link. */
const showUnderstood = createUnderstood({ api, withBusy, addMessage, renderTurn, conversationId: () => conversationId });

/** The HAR upload and "Check my network". */
const renderEvidence = createEvidence({ api, withBusy, renderTurn, announcer: $('announcer'), conversationId: () => conversationId, $ });

/** The support report form (where the verdict calls for support; on request after any other). */
const renderReport = createReportForm({ api, withBusy, announcer: $('announcer'), conversationId: () => conversationId, $ });

// ---- status banner ------------------------------------------------------------------------

async function refreshStatus() {
  try {
    renderStatus(await api(`/api/status?locale=${encodeURIComponent(currentLocale())}`));
  } catch (error) {
    // Our own rate limit is not the status page failing: a status already shown stays (it is a minute old at most).
    const limited = error instanceof ApiError && error.status === 429;
    if (limited && $('status-banner').dataset.status !== 'loading') return;
    $('status-banner').dataset.status = 'unknown';
    setText($('status-line'), limited ? 'page.status_rate_limited' : 'web.page.status_unreadable');
  }
}

function renderStatus(status) {
  // The line changes every minute ("as of 3 min ago"): only a change of the status itself is announced.
  const before = $('status-banner').dataset.status;
  if (before !== 'loading' && before !== status.status) announce($('announcer'), t('web.page.status_changed', { line: status.line }));
  $('status-banner').dataset.status = status.status;
  // The server's line, in the language it was written in: no longer one of the page's own texts.
  delete $('status-line').dataset.t;
  $('status-line').textContent = status.line;
  const list = $('status-incidents');
  list.replaceChildren(
    ...(status.incidents || []).map((incident) => el('li', {}, incident.url ? linkOrText(incident.url, incident.name) : incident.name)),
  );
  list.hidden = list.children.length === 0;
}

function linkOrText(url, label) {
  const [node] = linkified(url);
  if (typeof node === 'string') return label;
  node.textContent = label;
  return node;
}

// ---- errors -------------------------------------------------------------------------------

function showError(error) {
  const box = $('error');
  // A text of the catalog follows the language menu; the server's own sentence stays as it came.
  const id = errorTextId(error, 'page');
  if (id) setText(box, id);
  else {
    delete box.dataset.t;
    box.textContent = error.message;
  }
  box.hidden = false;
}

function clearError() {
  $('error').hidden = true;
  $('error').textContent = '';
}

async function withBusy(button, work) {
  if (busy) return;
  busy = true;
  clearError();
  const buttons = document.querySelectorAll('#main button');
  buttons.forEach((b) => (b.disabled = true));
  $('main').setAttribute('aria-busy', 'true');
  try {
    await work();
  } catch (error) {
    if (error instanceof ApiError && error.status === 404 && conversationId) {
      forgetConversation();
      showError(new ApiError(404, { error: t('web.page.error.expired'), code: 'expired' }));
      showStart();
    } else {
      showError(error);
    }
  } finally {
    busy = false;
    $('main').removeAttribute('aria-busy');
    document.querySelectorAll('#main button').forEach((b) => (b.disabled = b.dataset.keepDisabled === 'true'));
    if (button && document.activeElement === document.body) button.focus();
  }
}

// ---- conversation -------------------------------------------------------------------------

function addMessage(who, ...content) {
  const speaker = setText(el('span', { className: 'visually-hidden' }), who === 'you' ? 'web.page.you' : 'web.page.bot');
  const item = el('li', { className: `message ${who}` }, speaker, ' ', ...content);
  $('messages').append(item);
  return item;
}

/** The question on screen goes into the log as the bot's message (once), before its answer. */
function logQuestion() {
  if (!current || current.logged) return;
  addMessage('bot', el('span', { className: 'asked' }, current.question.text)).dataset.fact = current.question.fact;
  current.logged = true;
}

function addUnclear() {
  addMessage('bot', setText(el('span'), 'web.page.unclear')).classList.add('unclear');
}

/** The transcript the server keeps (a reload, another tab): questions, answers, readings. */
function showTranscript(lines) {
  let lastQuestion = null;
  unclearFact = null;
  for (const line of lines || []) {
    if (line.kind === 'question') {
      addMessage('bot', el('span', { className: 'asked' }, line.text)).dataset.fact = line.fact;
      lastQuestion = line.fact;
    } else if (line.kind === 'unclear') addUnclear();
    else if (line.kind === 'read') addMessage('bot', line.text).classList.add('read');
    else addMessage('you', line.text);
    unclearFact = line.kind === 'unclear' ? lastQuestion : null;
  }
}

/** "Question 2 of about 4", then "Your result". */
function renderProgress(turn) {
  const bar = $('progress-bar');
  if (turn.progress) {
    setText($('progress-text'), 'page.progress', { step: turn.progress.step, about: turn.progress.about });
    bar.max = turn.progress.about;
    bar.value = Math.min(turn.progress.step - 0.5, turn.progress.about);
  } else {
    setText($('progress-text'), 'page.progress_done');
    bar.max = 1;
    bar.value = 1;
  }
  $('progress').hidden = !turn.progress && !turn.verdict;
}

function showStart() {
  $('conversation').hidden = true;
  $('start-panel').hidden = false;
  $('start-heading').focus();
}

function forgetConversation() {
  conversationId = null;
  current = null;
  unclearFact = null;
  resolvedShown = false;
  shownLines.clear();
  deskUpdates.reset();
  hideEvidence($);
  hideReport($);
  // This browser no longer resumes it (a reload or another tab starts afresh).
  api('/api/conversations/current', { method: 'DELETE' }).catch(() => {});
}

function renderTurn(turn) {
  conversationId = turn.id;
  deskUpdates.follow(turn.id);
  if (turn.status) renderStatus(turn.status);
  $('start-panel').hidden = true;
  $('conversation').hidden = false;
  // The status line is the banner's; every other line once.
  const statusLine = turn.status && turn.status.line;
  for (const line of turn.preface || []) {
    if (line === statusLine || shownLines.has(line)) continue;
    shownLines.add(line);
    addMessage('bot', ...linkified(line));
  }
  showUnderstood(turn.read);
  if (turn.understood === false) {
    addUnclear();
    unclearFact = turn.next ? turn.next.fact : null;
  }
  renderProgress(turn);
  if (turn.verdict) {
    current = null;
    $('question').hidden = true;
    resolvedShown = false;
    renderVerdict($('verdict'), turn, { announcer: $('announcer'), subscribe, withBusy });
    showResolved(turn);
  }
  else if (turn.next) renderQuestion(turn.next);
  renderReport(turn);
  renderEvidence(turn);
}

/** Once the incident is resolved, the verdict says so (no "wait it out" after the fix). */
function showResolved(view) {
  if (!view || !view.resolved || resolvedShown || $('verdict').hidden) return;
  resolvedShown = true;
  // A resolve notice for it is announced under "Updates from the desk" already.
  const told = (view.notices || []).some((notice) => notice.incidentId === view.resolved.incidentId);
  markResolved($('verdict'), view.resolved, { announcer: told ? null : $('announcer'), restart });
}

/** "Notify me when it's fixed". */
async function subscribe() {
  await api(`/api/conversations/${encodeURIComponent(conversationId)}/subscribe`, { method: 'POST', body: {} });
}

function renderQuestion(question) {
  $('verdict').hidden = true;
  const section = $('question');
  section.hidden = false;
  // Asked again after an answer that was not understood: it is in the log already.
  current = { question, logged: unclearFact === question.fact };
  unclearFact = null;
  $('question-text').textContent = question.text;
  const note = $('question-note');
  // "I couldn't match that" is the bot's message in the log; the note is for "not tried" only.
  const noteId = question.askedAgain === 'not_tried' ? 'web.page.not_tried' : undefined;
  if (noteId) setText(note, noteId);
  else {
    delete note.dataset.t;
    note.textContent = '';
  }
  note.hidden = !noteId;
  const help = $('question-help');
  help.replaceChildren(...(question.help ? linkified(question.help) : []));
  // "How to test this" is shown when the person has not tried the test; otherwise one click away.
  const helpNow = Boolean(question.help) && question.askedAgain === 'not_tried';
  help.hidden = !helpNow;
  const buttons = question.choices.map((choice) =>
    el('button', { type: 'button', className: 'choice', onClick: (event) => answerChoice(event.currentTarget, question, choice) }, choice.label),
  );
  if (question.help && !helpNow) {
    buttons.push(setText(el('button', { type: 'button', className: 'link-button', 'aria-controls': 'question-help', 'aria-expanded': 'false', onClick: (event) => showHelp(event.currentTarget) }), 'web.page.how_to_test'));
  }
  $('choices').replaceChildren(...buttons);
  $('reply-text').value = '';
  $('question-text').focus();
}

function showHelp(button) {
  $('question-help').hidden = false;
  button.remove();
  $('question-help').setAttribute('tabindex', '-1');
  $('question-help').focus();
}

async function answerChoice(button, question, choice) {
  await withBusy(button, async () => {
    const turn = await api(`/api/conversations/${encodeURIComponent(conversationId)}/answers`, {
      method: 'POST',
      body: { fact: question.fact, value: choice.value },
      headers: { 'Idempotency-Key': randomId() },
    });
    logQuestion();
    addMessage('you', choice.label);
    renderTurn(turn);
  });
}

async function answerText(event) {
  event.preventDefault();
  await textsReady;
  const input = $('reply-text');
  const text = input.value.trim();
  if (!text) {
    input.focus();
    return;
  }
  await withBusy(null, async () => {
    const turn = await api(`/api/conversations/${encodeURIComponent(conversationId)}/answers`, {
      method: 'POST',
      body: { text },
      headers: { 'Idempotency-Key': randomId() },
    });
    logQuestion();
    addMessage('you', text);
    renderTurn(turn);
  });
}

async function start(event) {
  event.preventDefault();
  await textsReady;
  const name = $('reporter-name').value.trim();
  const text = $('start-text').value.trim();
  if (name) local.set(NAME_KEY, name);
  else local.remove(NAME_KEY);
  await withBusy($('start-button'), async () => {
    // Who reports is the server's to say (the session cookie, or the company's sign-in): the page sends only the name people typed.
    // The conversation speaks the page's language (the menu's choice): the server keeps it for every later message.
    const body = { ...(name ? { reporter: { name } } : {}), ...(text ? { text } : {}), locale: currentLocale() };
    const turn = await api('/api/conversations', { method: 'POST', body, headers: { 'Idempotency-Key': randomId() } });
    $('messages').replaceChildren();
    current = null;
    unclearFact = null;
    resolvedShown = false;
    shownLines.clear();
    if (text) addMessage('you', text);
    renderTurn(turn);
  });
}

// ---- page start ---------------------------------------------------------------------------

/** This browser's conversation, from the server (a reload, another tab): its transcript, then where it stands. */
async function restore() {
  let view;
  try {
    view = await api('/api/conversations/current');
  } catch {
    return;
  }
  // 204: nothing to resume; or a conversation started meanwhile.
  if (!view || conversationId) return;
  $('messages').replaceChildren();
  showTranscript(view.transcript);
  // The desk's notices are in the preface of a reload too: they are shown once, under "Updates from the desk".
  const notices = view.notices || [];
  const noticeTexts = new Set(notices.map((notice) => notice.text));
  renderTurn({ ...view, preface: (view.preface || []).filter((line) => !noticeTexts.has(line)) });
  deskUpdates.show(notices);
}

/** "Start over": a new, empty conversation form. */
function restart() {
  forgetConversation();
  $('messages').replaceChildren();
  $('start-text').value = '';
  clearError();
  showStart();
}

/** The page's scripted texts; the forms wait for them (a click before they arrive is not lost to a native submit). */
// The server rendered the page's static texts already; if these fail, scripted texts show their ids until a reload.
const textsReady = loadTexts(currentLocale()).catch(() => {});

async function init() {
  $('start-form').addEventListener('submit', start);
  $('reply-form').addEventListener('submit', answerText);
  $('restart').addEventListener('click', restart);
  await textsReady;
  // Switching the language rewrites the page's own texts; the conversation's messages stay as the bot wrote them.
  languageMenu({ select: $('language'), cookie: LOCALE_COOKIE, onChange: () => void refreshStatus() });
  if (!$('reporter-name').value) $('reporter-name').value = local.get(NAME_KEY) || '';
  void refreshStatus();
  setInterval(refreshStatus, STATUS_REFRESH_MS);
  void restore();
}

void init();
