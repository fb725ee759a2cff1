/* global fetch, URL, Blob */
// Evidence on the triage page: a HAR upload (its findings, and on request a redacted copy to
// download) and "Check my network", which probes each domain ChatGPT needs from this browser and
// tells the server which ones answered. Everything from the server is shown as text.
import { announce, ApiError, el, randomId } from './common.js';
import { probe } from './probe.js';
import { setText, t } from './texts.js';

/** The server's probe timeout (GET /api/network-check says it), for the hint before the first check. */
const DEFAULT_TIMEOUT_MS = 5000;

/**
 * Returns render(turn), which shows the evidence part of the conversation for this turn.
 * `deps`: api, withBusy, renderTurn, announcer, conversationId() (the current one), $ (by id).
 */
export function createEvidence(deps) {
  const { $ } = deps;
  let lastUrl = null;
  let check = null;

  $('har-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void uploadHar();
  });
  $('network-check-button').addEventListener('click', (event) => void runCheck(event.currentTarget));

  return function render(turn) {
    $('evidence').hidden = false;
    $('network-check').hidden = !turn.offerNetworkCheck && !(turn.evidence && turn.evidence.networkCheck);
    setText($('network-check-hint'), 'web.evidence.check_hint', { seconds: Math.round((check ? check.timeoutMs : DEFAULT_TIMEOUT_MS) / 1000) });
    showHarFindings(turn.evidence && turn.evidence.har);
    showCheckLines(turn.evidence && turn.evidence.networkCheck);
  };

  function showHarFindings(har) {
    $('har-findings').hidden = !har;
    if (!har) return;
    $('har-summary').textContent = har.summary;
    $('har-finding-list').replaceChildren(...har.findings.map((line) => el('li', {}, line)));
    $('har-domains').replaceChildren(...har.domains.map((line) => el('li', {}, line)));
  }

  function showCheckLines(result) {
    $('network-check-lines').replaceChildren(...(result ? result.lines.map((line) => el('li', {}, line)) : []));
  }

  async function uploadHar() {
    const file = $('har-file').files && $('har-file').files[0];
    const id = deps.conversationId();
    if (!id) return;
    if (!file) {
      setText($('har-progress'), 'web.evidence.har_missing');
      $('har-progress').hidden = false;
      $('har-file').focus();
      return;
    }
    const redacted = $('har-redacted').checked;
    await deps.withBusy($('har-submit'), async () => {
      setText($('har-progress'), 'web.evidence.har_working');
      $('har-progress').hidden = false;
      try {
        const path = `/api/conversations/${encodeURIComponent(id)}/har${redacted ? '?redacted=1' : ''}`;
        let response;
        try {
          response = await fetch(path, {
            method: 'POST',
            body: file,
            credentials: 'same-origin',
            headers: { 'Content-Type': 'application/har+json', Accept: redacted ? 'application/har+json, application/json' : 'application/json', 'Idempotency-Key': randomId() },
          });
        } catch {
          throw new ApiError(0, { error: t('web.common.error_network'), code: 'network' });
        }
        if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => null));
        if (redacted) {
          offerDownload(await response.blob());
          deps.renderTurn(await deps.api(`/api/conversations/${encodeURIComponent(id)}`));
        } else {
          deps.renderTurn(await response.json());
        }
        announce(deps.announcer, t('web.evidence.har_done'));
      } finally {
        $('har-progress').hidden = true;
      }
    });
  }

  function offerDownload(blob) {
    if (lastUrl) URL.revokeObjectURL(lastUrl);
    lastUrl = URL.createObjectURL(new Blob([blob], { type: 'application/json' }));
    const link = setText(el('a', { href: lastUrl, download: 'chatgpt-500-redacted.har', id: 'har-download-link' }), 'web.evidence.download');
    $('har-download').replaceChildren(link);
    $('har-download').hidden = false;
  }

  async function targets() {
    check ??= await deps.api('/api/network-check');
    setText($('network-check-hint'), 'web.evidence.check_hint', { seconds: Math.round(check.timeoutMs / 1000) });
    return check;
  }

  async function runCheck(button) {
    const id = deps.conversationId();
    if (!id) return;
    await deps.withBusy(button, async () => {
      const { targets: list, timeoutMs } = await targets();
      const rows = list.map((target) => {
        const state = setText(el('span', { className: 'probe-state' }), 'web.evidence.check_working');
        const row = el('li', { 'data-domain': target.domain, 'data-state': 'checking' }, `${target.domain}: `, state);
        return { target, row, state };
      });
      $('network-check-results').replaceChildren(...rows.map((r) => r.row));
      const results = await Promise.all(
        rows.map(async ({ target, row, state }) => {
          const reachable = await probe(target.url, timeoutMs);
          row.dataset.state = reachable ? 'reachable' : 'blocked';
          setText(state, reachable ? 'web.evidence.reachable' : 'web.evidence.blocked');
          return { url: target.url, reachable };
        }),
      );
      const turn = await deps.api(`/api/conversations/${encodeURIComponent(id)}/network-check`, {
        method: 'POST',
        body: { results },
        headers: { 'Idempotency-Key': randomId() },
      });
      const reachable = results.filter((r) => r.reachable).length;
      announce(deps.announcer, t('web.evidence.check_done', { reachable, blocked: results.length - reachable }));
      deps.renderTurn(turn);
    });
  }
}

/** Hides the evidence part (a new conversation). */
export function hideEvidence($) {
  $('evidence').hidden = true;
  $('har-findings').hidden = true;
  $('network-check-results').replaceChildren();
  $('network-check-lines').replaceChildren();
  $('har-download').replaceChildren();
  $('har-download').hidden = true;
}
