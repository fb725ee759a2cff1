// The verdict once its incident is resolved: a "Fixed" block on top (what to do now, and "It still
// fails: start over"), the advice given while it was down folded away under its own summary, and
// no "Notify me when it's fixed".
import { announce, el } from './common.js';
import { setText, t } from './texts.js';

/**
 * Marks the verdict in `section` resolved. `resolved`: { incidentId, at } from the conversation;
 * deps: { announcer (null: say nothing, a resolve notice says it), restart: () => void }.
 */
export function markResolved(section, resolved, { announcer, restart }) {
  if (section.dataset.resolved === 'true') return;
  section.dataset.resolved = 'true';
  section.dataset.incident = resolved.incidentId;
  const earlier = [...section.children].filter((child) => !child.classList.contains('notify'));
  section.querySelector('.notify')?.remove();
  const headline = section.querySelector('#verdict-headline');
  if (headline) headline.removeAttribute('id');
  const details = el('details', { className: 'earlier-advice' }, setText(el('summary'), 'page.earlier_advice'), ...earlier);
  const fixed = el(
    'div',
    { className: 'resolved' },
    setText(el('h3', { id: 'verdict-headline', tabIndex: -1 }), 'page.resolved_headline'),
    setText(el('p', { className: 'summary' }), 'page.resolved_summary'),
    el('p', {}, setText(el('button', { type: 'button', className: 'primary', id: 'still-failing', onClick: restart }), 'page.still_failing')),
  );
  section.replaceChildren(fixed, details);
  if (announcer) announce(announcer, t('page.resolved_headline'));
}
