/* global document, fetch, location, crypto */
// The page a chat thread's "Check my network" link opens (/check/<token>): the triage page's probe
// (probe.js) against the targets GET /api/check/<token> names, then the result posted with the
// token; the bot answers in the chat thread. The page's texts are in it already (data-t).
import { probe } from './probe.js';

const $ = (id) => document.getElementById(id);
const text = (id) => $(`text-${id}`).textContent;
const token = decodeURIComponent(location.pathname.split('/').pop() ?? '');
const api = `/api/check/${encodeURIComponent(token)}`;

/** What the server said went wrong (its sentence is in the conversation's language). */
class Refused extends Error {}

function randomId() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function item(domain, state) {
  const li = document.createElement('li');
  li.dataset.domain = domain;
  li.dataset.state = state;
  const label = document.createElement('span');
  label.className = 'probe-state';
  label.textContent = text(state);
  li.append(`${domain}: `, label);
  return { li, label };
}

async function run(button) {
  button.disabled = true;
  $('network-check-outcome').textContent = '';
  try {
    const meta = await fetch(api, { headers: { Accept: 'application/json' }, credentials: 'omit' });
    const info = await meta.json();
    if (!meta.ok) throw new Refused(info.error ?? text('failed'));
    const rows = info.targets.map((target) => ({ target, ...item(target.domain, 'checking') }));
    $('network-check-results').replaceChildren(...rows.map((r) => r.li));
    const results = await Promise.all(
      rows.map(async ({ target, li, label }) => {
        const reachable = await probe(target.url, info.timeoutMs);
        li.dataset.state = reachable ? 'reachable' : 'blocked';
        label.textContent = text(li.dataset.state);
        return { url: target.url, reachable };
      }),
    );
    const sent = await fetch(api, {
      method: 'POST',
      credentials: 'omit',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': randomId() },
      body: JSON.stringify({ conversationId: info.conversationId, results }),
    });
    const answer = await sent.json();
    if (!sent.ok) throw new Refused(answer.error ?? text('failed'));
    $('network-check-lines').replaceChildren(...answer.lines.map((line) => Object.assign(document.createElement('li'), { textContent: line })));
    $('network-check-outcome').textContent = text('sent');
  } catch (error) {
    $('network-check-outcome').textContent = error instanceof Refused ? error.message : text('failed');
  } finally {
    button.disabled = false;
  }
}

$('network-check-button').addEventListener('click', (event) => void run(event.currentTarget));
