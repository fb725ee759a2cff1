import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PUBLIC_DIR } from '../../../adapters/web/public-dir.ts';
import { CATALOGS } from '../../../src/messages/catalogs.ts';
import { formatMessage } from '../../../src/messages/format-message.ts';
import { LOCALES } from '../../../src/messages/locale.ts';
import { get } from '../app/helpers/serve-app.ts';
import { startRealDesk } from './helpers/real-desk.ts';
import { serveWeb } from './helpers/serve-web.ts';

describe('the web pages', () => {
  it('serves the triage page at /, the board at /board, and their scripts and styles', async () => {
    const { url } = await serveWeb({ desk: (await startRealDesk()).desk });
    const page = await get(`${url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.text).toContain('<script type="module" src="app.js"></script>');
    const board = await get(`${url}/board`);
    expect(board.status).toBe(200);
    expect(board.text).toContain('data-t="board.heading">Helpdesk board</span>');
    for (const [path, type] of [
      ['/app.js', 'javascript'],
      ['/board.js', 'javascript'],
      ['/common.js', 'javascript'],
      ['/verdict.js', 'javascript'],
      ['/desk-updates.js', 'javascript'],
      ['/texts.js', 'javascript'],
      ['/format-text.js', 'javascript'],
      ['/style.css', 'text/css'],
      ['/board.css', 'text/css'],
      ['/board-chart.js', 'javascript'],
      ['/icon.svg', 'image/svg+xml'],
    ] as const) {
      const res = await get(`${url}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toContain(type);
    }
    expect((await get(`${url}/missing.js`)).status).toBe(404);
  });

  it('with a chat platform and no HELPDESK_TOKEN: /board and /board/… answer 403 with the page saying how to set one, in the board\'s language; no script, no data', async () => {
    const { url } = await serveWeb({ desk: (await startRealDesk()).desk, config: { chat: true, deskLocale: 'fr' } });
    const ids = [...(await readFile(join(PUBLIC_DIR, 'board-off.html'), 'utf8')).matchAll(/\sdata-t="([^"]*)"/g)].map((m) => m[1]!);
    expect(ids).toContain('start.board_off.step_set');
    for (const path of ['/board', '/board.html', '/board/incidents/inc-01jd']) {
      const res = await get(`${url}${path}`);
      expect(res.status, path).toBe(403);
      expect(res.headers.get('content-type'), path).toContain('text/html');
      expect(res.headers.get('content-language'), path).toBe('fr');
      expect(res.text, path).toContain('Le tableau du support a besoin d’un jeton');
      expect(res.text, path).not.toMatch(/<script/);
    }
    for (const locale of LOCALES) {
      const html = (await get(`${url}/board`, { cookie: `c500_board_locale=${locale}` })).text;
      expect(html).toContain(`<html lang="${locale}">`);
      for (const id of ids) {
        const text = formatMessage(locale, CATALOGS[locale][id as keyof (typeof CATALOGS)['en']]).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
        expect({ locale, id, found: html.includes(text) }).toEqual({ locale, id, found: true });
      }
    }
    // The page stays; the incident API refuses with a coded error naming HELPDESK_TOKEN.
    expect((await get(`${url}/`)).status).toBe(200);
    const api = await get(`${url}/api/incidents`);
    expect(api.status).toBe(403);
    expect(api.text).toContain('"code":"helpdesk_token_unset"');
    expect(api.text).toContain('HELPDESK_TOKEN');
  });

  it('with a chat platform and a HELPDESK_TOKEN: /board is the board', async () => {
    const { url } = await serveWeb({ desk: (await startRealDesk()).desk, config: { chat: true, HELPDESK_TOKEN: 'a-long-helpdesk-token-0123456789' } });
    const board = await get(`${url}/board`);
    expect(board.status).toBe(200);
    expect(board.text).toContain('<script type="module" src="/board.js"></script>');
  });

  it('serves the board at an incident’s permalink, with absolute asset paths', async () => {
    const { url } = await serveWeb({ desk: (await startRealDesk()).desk });
    const res = await get(`${url}/board/incidents/inc-123`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.text).toContain('<script type="module" src="/board.js"></script>');
    expect(res.text).toContain('<link rel="stylesheet" href="/board.css">');
    expect((await get(`${url}/board/incidents/inc-123/more`)).status).toBe(404);
  });

  it('serves /favicon.ico as an icon (and the SVG mark the pages link)', async () => {
    const { url } = await serveWeb({ desk: (await startRealDesk()).desk });
    const res = await fetch(`${url}/favicon.ico`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/x-icon');
    const bytes = Buffer.from(await res.arrayBuffer());
    // An ICO header (reserved 0, type 1) with at least one image.
    expect([bytes.readUInt16LE(0), bytes.readUInt16LE(2)]).toEqual([0, 1]);
    expect(bytes.readUInt16LE(4)).toBeGreaterThan(0);
    const svg = await get(`${url}/icon.svg`);
    expect(svg.text).toContain('<svg');
  });

  it('sends the board area of the catalog with GET /api/texts?area=board only', async () => {
    const { url } = await serveWeb({ desk: (await startRealDesk()).desk });
    const page = (await get(`${url}/api/texts?locale=de`)).body as { texts: Record<string, unknown> };
    const board = (await get(`${url}/api/texts?locale=de&area=board`)).body as { texts: Record<string, unknown> };
    expect(Object.keys(page.texts).some((id) => id.startsWith('board.'))).toBe(false);
    expect(board.texts['board.resolve_dialog.heading']).toBe('Diese Störung als behoben markieren?');
    expect(board.texts['web.common.language']).toBeDefined();
  });

  it('keeps every script and style in files, so the CSP needs no unsafe-inline', async () => {
    const files = (await readdir(PUBLIC_DIR)).filter((f) => f.endsWith('.html'));
    expect(files.sort()).toEqual(['board-off.html', 'board.html', 'check.html', 'index.html']);
    for (const file of files) {
      const html = await readFile(join(PUBLIC_DIR, file), 'utf8');
      expect(html, file).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
      expect(html, file).not.toMatch(/<style/);
      expect(html, file).not.toMatch(/\s(on[a-z]+|style)=/);
    }
  });

  it('never puts server data on the page with innerHTML', async () => {
    for (const file of (await readdir(PUBLIC_DIR)).filter((f) => f.endsWith('.js'))) {
      const js = await readFile(join(PUBLIC_DIR, file), 'utf8');
      expect(js, file).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    }
  });
});
