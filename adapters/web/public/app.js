/* global document, location, setInterval */
// The triage page: starts a conversation, shows each question as buttons (free text accepted),
// then the verdict. Focus moves to each new question or verdict; bot messages go to a live log.
import { announce, api, ApiError, el, errorTextId, linkified, randomId, storage } from './common.js';
import { createDeskUpdates, pollInterval } from './desk-updates.js';
import { currentLocale, languageMenu, loadTexts, setText, t } from './texts.js';
import { renderVerdict } from './verdict.js';
import { createUnderstood } from './understood.js';
import { createEvidence, hideEvidence } from './evidence.js';
import { createReportForm, hideReport } from './report-form.js';

const local = storage('local');
const session = storage('session');
const $ = (id) => document.getElementById(id);

const NAME_KEY = 'c500.reporterName';
const CONVERSATION_KEY = 'c500.conversationId';
const STATUS_REFRESH_MS = 60_000;
/** The language menu's remembered choice (adapters/web/page-locale.ts reads it when serving the page). */
const LOCALE_COOKIE = 'c500_locale';

let conversationId = null;
let busy = false;

/** "Updates from the desk": polls the conversation for notices while the page is visible. */
const deskUpdates = createDeskUpdates({
  doc: document,
  section: $('desk-updates'),
  list: $('desk-updates-list'),
  announcer: $('announcer'),
  load: (id) => api(`/api/conversations/${encodeURIComponent(id)}`),
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
  } catch {
    $('status-banner').dataset.status = 'unknown';
    setText($('status-line'), 'web.page.status_unreadable');
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

function showStart() {
  $('conversation').hidden = true;
  $('start-panel').hidden = false;
  $('start-heading').focus();
}

function forgetConversation() {
  conversationId = null;
  session.remove(CONVERSATION_KEY);
  deskUpdates.reset();
  hideEvidence($);
  hideReport($);
}

function renderTurn(turn) {
  conversationId = turn.id;
  session.set(CONVERSATION_KEY, turn.id);
  deskUpdates.follow(turn.id);
  if (turn.status) renderStatus(turn.status);
  $('start-panel').hidden = true;
  $('conversation').hidden = false;
  for (const line of turn.preface || []) addMessage('bot', ...linkified(line));
  showUnderstood(turn.read);
  if (turn.verdict) {
    $('question').hidden = true;
    renderVerdict($('verdict'), turn, { announcer: $('announcer'), subscribe, withBusy });
  }
  else if (turn.next) renderQuestion(turn.next, turn.understood === false);
  renderReport(turn);
  renderEvidence(turn);
}

/** "Notify me when it's fixed". */
async function subscribe() {
  await api(`/api/conversations/${encodeURIComponent(conversationId)}/subscribe`, { method: 'POST', body: {} });
}

function renderQuestion(question, unclear) {
  $('verdict').hidden = true;
  const section = $('question');
  section.hidden = false;
  $('question-text').textContent = question.text;
  const note = $('question-note');
  const again = unclear || question.askedAgain === 'unclear';
  const noteId = again ? 'web.page.unclear' : question.askedAgain === 'not_tried' ? 'web.page.not_tried' : undefined;
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
  if (again) addMessage('bot', setText(el('span'), 'web.page.unclear'));
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
    addMessage('you', t('web.page.answer_echo', { question: question.text, answer: choice.label }));
    renderTurn(turn);
  });
}

async function answerText(event) {
  event.preventDefault();
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
    addMessage('you', text);
    renderTurn(turn);
  });
}

async function start(event) {
  event.preventDefault();
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
    if (text) addMessage('you', text);
    renderTurn(turn);
  });
}

// ---- page start ---------------------------------------------------------------------------

async function restore() {
  const id = session.get(CONVERSATION_KEY);
  if (!id) return;
  try {
    const view = await api(`/api/conversations/${encodeURIComponent(id)}`);
    addMessage('bot', setText(el('span'), 'web.page.resumed'));
    // The desk's notices are in the preface of a reload too: they are shown once, under "Updates from the desk".
    const notices = view.notices || [];
    const noticeTexts = new Set(notices.map((notice) => notice.text));
    renderTurn({ ...view, preface: (view.preface || []).filter((line) => !noticeTexts.has(line)) });
    deskUpdates.show(notices);
  } catch {
    session.remove(CONVERSATION_KEY);
  }
}

async function init() {
  try {
    await loadTexts(currentLocale());
  } catch {
    // The server rendered the page's static texts already; scripted texts show their ids until a reload.
  }
  // Switching the language rewrites the page's own texts; the conversation's messages stay as the bot wrote them.
  languageMenu({ select: $('language'), cookie: LOCALE_COOKIE, onChange: () => void refreshStatus() });
  $('reporter-name').value = local.get(NAME_KEY) || '';
  $('start-form').addEventListener('submit', start);
  $('reply-form').addEventListener('submit', answerText);
  $('restart').addEventListener('click', () => {
    forgetConversation();
    $('messages').replaceChildren();
    $('start-text').value = '';
    clearError();
    showStart();
  });
  void refreshStatus();
  setInterval(refreshStatus, STATUS_REFRESH_MS);
  void restore();
}

void init();
