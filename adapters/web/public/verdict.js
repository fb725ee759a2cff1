// The verdict of a triage: what to do, when to stop, the evidence checklist, and copy buttons.
import { announce, copyText, el, linkified } from './common.js';
import { setText, t } from './texts.js';

/** An element showing catalog text `id` (rewritten when the language changes). */
const textEl = (tag, props, id) => setText(el(tag, props), id);

/**
 * Renders the verdict into `section`: headline (focused), summary, steps, stop-when, the evidence
 * checklist, the IT note and retry snippet with copy buttons, and "Notify me when it's fixed".
 * deps: { announcer, subscribe: () => Promise, withBusy: (button, work) => Promise }.
 */
export function renderVerdict(section, turn, deps) {
  const verdict = turn.verdict;
  const { announcer } = deps;
  section.hidden = false;
  section.dataset.branch = verdict.branch;
  const parts = [
    el('h3', { id: 'verdict-headline', tabIndex: -1 }, verdict.headline),
    el('p', { className: 'summary' }, ...linkified(verdict.summary)),
  ];
  if (verdict.notes && verdict.notes.length) parts.push(el('ul', { className: 'notes' }, verdict.notes.map((n) => el('li', {}, ...linkified(n)))));
  parts.push(textEl('h4', {}, 'web.verdict.what_to_do'), el('ol', { className: 'steps' }, verdict.steps.map((s) => el('li', {}, ...linkified(s)))));
  parts.push(textEl('h4', {}, 'web.verdict.stop_when'), el('p', { className: 'stop-when' }, ...linkified(verdict.stopWhen)));
  if (verdict.evidence && verdict.evidence.length) parts.push(...evidenceList(verdict.evidence));
  if (verdict.itNote) parts.push(...itNote(verdict.itNote, announcer));
  if (verdict.retrySnippet) parts.push(...snippet(verdict.retrySnippet, announcer));
  if (verdict.supportReport && verdict.supportReport.fields.length) {
    parts.push(textEl('h4', {}, 'web.verdict.support_needs'), el('ul', { className: 'support-fields' }, verdict.supportReport.fields.map((f) => el('li', {}, f))));
  }
  if (turn.offerNotify || verdict.offerNotify) parts.push(notifyBlock(turn.subscribed, deps));
  section.replaceChildren(...parts);
  announce(announcer, t('web.verdict.result', { headline: verdict.headline }));
  section.querySelector('#verdict-headline').focus();
}

function evidenceList(evidence) {
  return [
    textEl('h4', { id: 'evidence-heading' }, 'web.verdict.evidence'),
    el(
      'ul',
      { className: 'evidence', 'aria-labelledby': 'evidence-heading' },
      evidence.map((item) =>
        el(
          'li',
          { className: item.satisfied ? 'done' : 'todo' },
          el('span', { className: 'mark', 'aria-hidden': 'true' }, item.satisfied ? '✓' : '○'),
          textEl('span', { className: 'visually-hidden' }, item.satisfied ? 'web.verdict.evidence_done' : 'web.verdict.evidence_needed'),
          el('span', { className: 'visually-hidden' }, ' '),
          el('span', { className: 'label' }, item.label),
          item.detail ? el('span', { className: 'detail' }, ` — ${item.detail}`) : null,
        ),
      ),
    ),
  ];
}

function itNote(note, announcer) {
  const domains = [...note.minimumDomains, ...note.broaderDomains].join('\n');
  return [
    textEl('h4', {}, 'web.verdict.it_note'),
    el('pre', { className: 'copyable', id: 'it-note-text', tabIndex: 0, 'aria-label': t('web.verdict.it_note'), 'data-t-aria-label': 'web.verdict.it_note' }, note.text),
    el(
      'p',
      { className: 'copy-buttons' },
      copyButton('web.verdict.copy_it_note', note.text, 'web.verdict.it_note_copied', announcer),
      copyButton('web.verdict.copy_domains', domains, 'web.verdict.domains_copied', announcer),
    ),
  ];
}

function snippet(code, announcer) {
  const title = 'web.verdict.retry_snippet';
  return [
    textEl('h4', {}, title),
    el('pre', { className: 'copyable', tabIndex: 0, 'aria-label': t(title), 'data-t-aria-label': title }, el('code', {}, code)),
    el('p', { className: 'copy-buttons' }, copyButton('web.verdict.copy_snippet', code, 'web.verdict.snippet_copied', announcer)),
  ];
}

/** A copy button: `label` and `done` are catalog ids. */
function copyButton(label, text, done, announcer) {
  return textEl('button', {
    type: 'button',
    className: 'copy',
    onClick: async () => {
      const ok = await copyText(text);
      announce(announcer, t(ok ? done : 'web.verdict.copy_failed'));
    },
  }, label);
}

function notifyBlock(subscribed, { subscribe, withBusy }) {
  const status = el('p', { className: 'notify-status', role: 'status' });
  if (subscribed) setText(status, 'web.verdict.subscribed');
  if (subscribed) return el('div', { className: 'notify' }, status);
  const button = textEl(
    'button',
    {
      type: 'button',
      className: 'primary',
      id: 'notify-button',
      onClick: () =>
        withBusy(button, async () => {
          await subscribe();
          button.dataset.keepDisabled = 'true';
          button.hidden = true;
          setText(status, 'web.verdict.subscribed_now');
          status.setAttribute('tabindex', '-1');
          status.focus();
        }),
    },
    'web.verdict.notify',
  );
  return el('div', { className: 'notify' }, button, status);
}
