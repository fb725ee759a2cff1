// The verdict of a triage: what to do, when to stop, the evidence checklist, and copy buttons.
import { announce, copyText, el, linkified } from './common.js';

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
  parts.push(el('h4', {}, 'What to do'), el('ol', { className: 'steps' }, verdict.steps.map((s) => el('li', {}, ...linkified(s)))));
  parts.push(el('h4', {}, 'Stop when'), el('p', { className: 'stop-when' }, ...linkified(verdict.stopWhen)));
  if (verdict.evidence && verdict.evidence.length) parts.push(...evidenceList(verdict.evidence));
  if (verdict.itNote) parts.push(...itNote(verdict.itNote, announcer));
  if (verdict.retrySnippet) parts.push(...snippet('Retry with backoff and jitter', verdict.retrySnippet, 'Copy snippet', announcer));
  if (verdict.supportReport && verdict.supportReport.fields.length) {
    parts.push(el('h4', {}, 'What support needs'), el('ul', { className: 'support-fields' }, verdict.supportReport.fields.map((f) => el('li', {}, f))));
  }
  if (turn.offerNotify || verdict.offerNotify) parts.push(notifyBlock(turn.subscribed, deps));
  section.replaceChildren(...parts);
  announce(announcer, `Result: ${verdict.headline}`);
  section.querySelector('#verdict-headline').focus();
}

function evidenceList(evidence) {
  return [
    el('h4', { id: 'evidence-heading' }, 'Evidence for support'),
    el(
      'ul',
      { className: 'evidence', 'aria-labelledby': 'evidence-heading' },
      evidence.map((item) =>
        el(
          'li',
          { className: item.satisfied ? 'done' : 'todo' },
          el('span', { className: 'mark', 'aria-hidden': 'true' }, item.satisfied ? '✓' : '○'),
          el('span', { className: 'visually-hidden' }, item.satisfied ? 'Done: ' : 'Still needed: '),
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
    el('h4', {}, 'Note for IT'),
    el('pre', { className: 'copyable', id: 'it-note-text', tabIndex: 0, 'aria-label': 'Note for IT' }, note.text),
    el(
      'p',
      { className: 'copy-buttons' },
      copyButton('Copy note for IT', note.text, 'The note for IT is copied.', announcer),
      copyButton('Copy domain list', domains, 'The domain list is copied.', announcer),
    ),
  ];
}

function snippet(title, code, label, announcer) {
  return [el('h4', {}, title), el('pre', { className: 'copyable', tabIndex: 0, 'aria-label': title }, el('code', {}, code)), el('p', { className: 'copy-buttons' }, copyButton(label, code, 'The snippet is copied.', announcer))];
}

function copyButton(label, text, done, announcer) {
  return el('button', {
    type: 'button',
    className: 'copy',
    onClick: async () => {
      const ok = await copyText(text);
      announce(announcer, ok ? done : 'Copying did not work: select the text and copy it by hand.');
    },
  }, label);
}

function notifyBlock(subscribed, { subscribe, withBusy }) {
  const status = el('p', { className: 'notify-status', role: 'status' }, subscribed ? 'You’ll be told here when it’s fixed.' : '');
  if (subscribed) return el('div', { className: 'notify' }, status);
  const button = el(
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
          status.textContent = 'Done: keep this page open and it will tell you when ChatGPT is fixed.';
          status.setAttribute('tabindex', '-1');
          status.focus();
        }),
    },
    'Notify me when it’s fixed',
  );
  return el('div', { className: 'notify' }, button, status);
}
