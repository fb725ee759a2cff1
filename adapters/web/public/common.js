/* global document, window, fetch, localStorage, sessionStorage, navigator, crypto, setTimeout, URL */
// Helpers shared by the triage page and the helpdesk board. Everything from the server is put on
// the page as text nodes (never parsed as HTML), and links only ever point to http(s) addresses.
import { currentLocale, hasText, t } from './texts.js';

/** Creates an element: el('p', { className: 'x', hidden: true }, 'text', childNode, …). */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'className' || key === 'textContent' || key === 'hidden' || key === 'disabled' || key === 'type' || key === 'id' || key === 'tabIndex') node[key] = value;
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2).toLowerCase(), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

const URL_PATTERN = /https?:\/\/[^\s<>"'()]+/g;

/** Text with its http(s) addresses as links (the addresses and the words are text nodes). */
export function linkified(text) {
  const parts = [];
  let last = 0;
  for (const match of String(text).matchAll(URL_PATTERN)) {
    let url = match[0];
    while (/[.,;:!?]$/.test(url)) url = url.slice(0, -1);
    parts.push(text.slice(last, match.index));
    parts.push(safeLink(url, url));
    last = match.index + url.length;
  }
  parts.push(String(text).slice(last));
  return parts.filter((p) => p !== '');
}

/** A link that opens outside the app, or plain text if the address is not http(s). */
export function safeLink(url, label) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return document.createTextNode(label);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return document.createTextNode(label);
  return el('a', { href: parsed.href, rel: 'noopener noreferrer', target: '_blank' }, label);
}

/** An error of the JSON API: `status`, `code` and the server's sentence. */
export class ApiError extends Error {
  constructor(status, body) {
    super((body && body.error) || t('web.common.error_status', { status }));
    this.status = status;
    this.code = body && body.code;
    this.field = body && body.field;
  }
}

/** Calls the JSON API; resolves to the parsed body or rejects with ApiError. */
export async function api(path, { method = 'GET', body, headers = {} } = {}) {
  const init = { method, headers: { Accept: 'application/json', ...headers }, credentials: 'same-origin' };
  if (method !== 'GET') {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body ?? {});
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError(0, { error: t('web.common.error_network'), code: 'network' });
  }
  const data = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

/**
 * The catalog id of what to tell people about an error, in the page's language: the text for its
 * code (`web.<scope>.error.<code>`, else `web.common.error.<code>`); undefined when only the
 * server's sentence (error.message) says it.
 */
export function errorTextId(error, scope) {
  if (!(error instanceof ApiError)) return 'web.common.error_generic';
  if (error.code === 'network') return 'web.common.error_network';
  if (!error.code) return undefined;
  return [`web.${scope}.error.${error.code}`, `web.common.error.${error.code}`].find(hasText);
}

/** 32 random hex characters (crypto.getRandomValues also works on plain-http intranet pages). */
export function randomId() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** localStorage / sessionStorage that keep working (in memory) when storage is blocked. */
export function storage(kind) {
  const memory = new Map();
  let store = null;
  try {
    store = kind === 'session' ? sessionStorage : localStorage;
    store.setItem('c500.probe', '1');
    store.removeItem('c500.probe');
  } catch {
    store = null;
  }
  return {
    get: (key) => (store ? store.getItem(key) : (memory.get(key) ?? null)),
    set: (key, value) => (store ? store.setItem(key, value) : memory.set(key, value)),
    remove: (key) => (store ? store.removeItem(key) : memory.delete(key)),
  };
}

/** Copies text to the clipboard; falls back to a selected textarea where the Clipboard API is missing. */
export async function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Permission refused: try the fallback below.
    }
  }
  const area = el('textarea', { className: 'visually-hidden', readonly: true, 'aria-hidden': 'true' });
  area.value = text;
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

/** Says a short message through a polite live region (re-set so a repeated message is read again). */
export function announce(region, message) {
  region.textContent = '';
  setTimeout(() => {
    region.textContent = message;
  }, 50);
}

/** "2 min ago", "just now", "3 h ago", in the page's language. */
export function ago(iso, now = Date.now()) {
  const seconds = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  if (!Number.isFinite(seconds)) return '';
  if (seconds < 45) return t('web.time.just_now');
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return t('web.time.minutes_ago', { count: minutes });
  const hours = Math.round(minutes / 60);
  if (hours < 48) return t('web.time.hours_ago', { count: hours });
  return t('web.time.days_ago', { count: Math.round(hours / 24) });
}

/** Local time of day the page's language's way, e.g. "14:05" or "2:05 PM". */
export function clock(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleTimeString(currentLocale(), { hour: '2-digit', minute: '2-digit' });
}
