import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PUBLIC_DIR } from '../../../adapters/web/create-web-router.ts';
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
    expect(board.text).toContain('<h1 data-t="web.board.heading">Helpdesk board</h1>');
    for (const [path, type] of [
      ['/app.js', 'javascript'],
      ['/board.js', 'javascript'],
      ['/common.js', 'javascript'],
      ['/verdict.js', 'javascript'],
      ['/desk-updates.js', 'javascript'],
      ['/texts.js', 'javascript'],
      ['/format-text.js', 'javascript'],
      ['/style.css', 'text/css'],
    ] as const) {
      const res = await get(`${url}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toContain(type);
    }
    expect((await get(`${url}/missing.js`)).status).toBe(404);
  });

  it('keeps every script and style in files, so the CSP needs no unsafe-inline', async () => {
    const files = (await readdir(PUBLIC_DIR)).filter((f) => f.endsWith('.html'));
    expect(files.sort()).toEqual(['board.html', 'check.html', 'index.html']);
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
