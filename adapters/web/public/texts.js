/* global document, fetch */
// The page's own texts in its language: the web area of the message catalog, from
// GET /api/texts?locale=xx. The server renders the HTML in the language already (<html lang>, every
// [data-t] element); scripts write through t(), and elements made by textEl() or marked with
// data-t / data-t-<attribute> are rewritten by applyTexts() when the language menu changes.
import { formatParts, formatText } from './format-text.js';

/** The languages of the menu (src/messages/locale.ts LOCALES). */
export const LOCALES = ['en', 'de', 'es', 'fr'];
const TRANSLATED_ATTRIBUTES = ['aria-label', 'title', 'placeholder'];
const YEAR_SECONDS = 365 * 24 * 3600;

const state = { locale: LOCALES.includes(document.documentElement.lang) ? document.documentElement.lang : 'en', texts: {}, area: 'web' };

/** Asks for the board's own texts too (the board area of the catalog) from now on. */
export function useTextArea(area) {
  state.area = area;
}

/** The page's language now. */
export const currentLocale = () => state.locale;

/** A catalog text, formatted; the id itself if the texts could not be loaded. */
export function t(id, params = {}) {
  const message = state.texts[id];
  return message === undefined ? id : formatText(state.locale, message, params);
}

/** A catalog text as parts, with nodes for some parameters (see formatParts). */
export function tParts(id, params = {}, nodes = {}) {
  const message = state.texts[id];
  return message === undefined ? [id] : formatParts(state.locale, message, params, nodes);
}

/** Whether the catalog has this id (e.g. a text for an error code). */
export const hasText = (id) => Object.hasOwn(state.texts, id);

/** Loads the texts of `locale` (the browser revalidates them with their ETag). */
export async function loadTexts(locale) {
  const area = state.area === 'web' ? '' : `&area=${encodeURIComponent(state.area)}`;
  const response = await fetch(`/api/texts?locale=${encodeURIComponent(locale)}${area}`, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (!response.ok) throw new Error(`texts: ${response.status}`);
  const body = await response.json();
  state.locale = body.locale;
  state.texts = body.texts;
}

/** Marks `node` as showing text `id` (with `params`) and writes it; applyTexts() rewrites it in another language. */
export function setText(node, id, params) {
  node.dataset.t = id;
  if (params && Object.keys(params).length) node.dataset.tParams = JSON.stringify(params);
  else delete node.dataset.tParams;
  node.textContent = t(id, params);
  return node;
}

/** Rewrites every marked text and attribute under `root`, and <html lang>. */
export function applyTexts(root = document) {
  document.documentElement.lang = state.locale;
  for (const node of root.querySelectorAll('[data-t]')) {
    let params = {};
    try {
      params = node.dataset.tParams ? JSON.parse(node.dataset.tParams) : {};
    } catch {
      params = {};
    }
    node.textContent = t(node.dataset.t, params);
  }
  for (const attribute of TRANSLATED_ATTRIBUTES) {
    for (const node of root.querySelectorAll(`[data-t-${attribute}]`)) node.setAttribute(attribute, t(node.getAttribute(`data-t-${attribute}`)));
  }
}

/**
 * The language menu: shows the page's language, and on a change remembers the choice in `cookie`
 * (the server renders the next visit in it), loads the texts, rewrites the page and calls onChange.
 */
export function languageMenu({ select, cookie, onChange = () => {} }) {
  select.value = state.locale;
  select.addEventListener('change', async () => {
    const chosen = select.value;
    if (!LOCALES.includes(chosen)) return;
    document.cookie = `${cookie}=${chosen}; Path=/; Max-Age=${YEAR_SECONDS}; SameSite=Lax`;
    try {
      await loadTexts(chosen);
    } catch {
      select.value = state.locale;
      return;
    }
    applyTexts();
    onChange(chosen);
  });
}
