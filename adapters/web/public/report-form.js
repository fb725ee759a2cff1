/* global URL, URLSearchParams, Blob */
// The support report on the triage page (issue 14): after a verdict that calls for support, a form
// prefilled from GET /api/conversations/:id/report (times in this browser's timezone); after any
// other verdict, on request. Posting it shows the report to paste into OpenAI's support form, with
// a Copy button and a JSON download. Everything from the server is shown as text.
import { announce, ApiError, copyText, el } from './common.js';
import { currentLocale, hasText, setText, t } from './texts.js';

/** This browser's timezone (an IANA name), or undefined where Intl cannot say. */
function browserTimezone() {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

/** A typed value as the API reads it: a list of ids, a number (as typed when it is none: the server names it), or the text. */
function valueOf(key, text) {
  if (key === 'requestIds') return text.split(/[\s,;]+/).filter(Boolean);
  if (key === 'statusCode' || key === 'failingPercent') {
    const n = Number(text.replace(/\s*%$/, '').replace(',', '.'));
    return Number.isFinite(n) ? n : text;
  }
  if (key === 'tier') return text.toLowerCase();
  return text;
}

/**
 * Returns render(turn), which shows the report part for this turn (hidden without a verdict).
 * `deps`: api, withBusy, announcer, conversationId() (the current one), $ (by id).
 */
export function createReportForm(deps) {
  const { $ } = deps;
  let shownFor = null;
  let inputs = [];
  let jsonUrl = null;

  $('report-open').addEventListener('click', () => {
    $('report-open').hidden = true;
    $('report-form').hidden = false;
    if (inputs[0]) inputs[0].control.focus();
  });
  $('report-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void submit();
  });
  $('report-copy').addEventListener('click', async () => {
    const ok = await copyText($('report-text').textContent);
    if (ok) announce(deps.announcer, t('reportForm.web.copied'));
    setText($('report-copied'), 'reportForm.web.copied').hidden = !ok;
  });

  return function render(turn) {
    if (!turn.verdict) {
      hideReport($);
      shownFor = null;
      return;
    }
    // A later turn of the same verdict (a HAR, the network check) keeps what the person typed.
    const key = `${turn.id}:${turn.verdict.branch}`;
    if (shownFor === key) return;
    shownFor = key;
    hideReport($);
    void load(turn.id);
  };

  async function load(id) {
    const timezone = browserTimezone();
    const query = new URLSearchParams({ locale: currentLocale(), ...(timezone ? { timezone } : {}) });
    let draft;
    try {
      draft = await deps.api(`/api/conversations/${encodeURIComponent(id)}/report?${query}`);
    } catch {
      return; // No form rather than a broken one: the verdict still lists what support needs.
    }
    if (id !== deps.conversationId()) return;
    inputs = draft.form.map((field) => fieldOf(field, timezone));
    $('report-fields').replaceChildren(...inputs.map((i) => i.row));
    $('report').hidden = false;
    $('report-form').hidden = !draft.json.calledFor;
    $('report-open').hidden = draft.json.calledFor;
  }

  function fieldOf(field, timezone) {
    const id = `report-${field.key}`;
    const control = field.multiline ? el('textarea', { id, name: field.key, rows: 4, maxlength: field.maxLength }) : el('input', { id, name: field.key, type: 'text', maxlength: field.maxLength, autocomplete: 'off' });
    control.value = field.key === 'timezone' && !field.value && timezone ? timezone : field.value;
    const hint = field.hint ? setText(el('p', { className: 'hint', id: `${id}-hint` }), `reportForm.hint.${field.key}`) : null;
    const error = el('p', { className: 'field-error', id: `${id}-error`, hidden: true });
    control.setAttribute('aria-describedby', [hint ? hint.id : null, error.id].filter(Boolean).join(' '));
    const label = setText(el('label', { for: id }), `reportForm.label.${field.key}`);
    return { key: field.key, control, error, row: el('div', { className: 'field' }, label, hint, control, error) };
  }

  async function submit() {
    const id = deps.conversationId();
    if (!id) return;
    const body = {};
    for (const input of inputs) {
      input.error.hidden = true;
      input.control.removeAttribute('aria-invalid');
      const text = input.control.value.trim();
      if (text) body[input.key] = valueOf(input.key, text);
    }
    await deps.withBusy($('report-submit'), async () => {
      let filed;
      try {
        filed = await deps.api(`/api/conversations/${encodeURIComponent(id)}/report?locale=${encodeURIComponent(currentLocale())}`, { method: 'POST', body });
      } catch (error) {
        const input = error instanceof ApiError && error.field ? inputs.find((i) => i.key === String(error.field).split('.')[0]) : undefined;
        if (!input) throw error;
        setText(input.error, hasText(`reportForm.invalid.${input.key}`) ? `reportForm.invalid.${input.key}` : 'reportForm.invalid.text').hidden = false;
        input.control.setAttribute('aria-invalid', 'true');
        input.control.focus();
        return;
      }
      showReport(filed);
    });
  }

  function showReport(filed) {
    $('report-text').textContent = filed.text;
    if (jsonUrl) URL.revokeObjectURL(jsonUrl);
    jsonUrl = URL.createObjectURL(new Blob([`${JSON.stringify(filed.json, null, 2)}\n`], { type: 'application/json' }));
    $('report-json').setAttribute('href', jsonUrl);
    $('report-copied').hidden = true;
    $('report-output').hidden = false;
    announce(deps.announcer, t('reportForm.web.ready'));
    $('report-output-heading').focus();
  }
}

/** Hides the report part (a new conversation, a question again). */
export function hideReport($) {
  $('report').hidden = true;
  $('report-form').hidden = true;
  $('report-open').hidden = true;
  $('report-output').hidden = true;
  $('report-fields').replaceChildren();
}
