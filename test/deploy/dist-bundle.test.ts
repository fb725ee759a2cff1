import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error scripts/build.js is plain JavaScript without type declarations
import { ENTRY_POINTS } from '../../scripts/build.js';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/**
 * dist/ as vitest's global setup built it (scripts/build.js): the bundle, the entry points at their
 * module paths, and the files the code reads through import.meta.url where it looks for them.
 */
describe('dist/ (scripts/build.js)', () => {
  const bundleFiles = readdirSync(`${DIST}bundle`).filter((f) => f.endsWith('.js'));

  it('keeps every entry point at its module path, re-exporting the bundle', () => {
    expect(ENTRY_POINTS).toContain('adapters/app/start-command.js');
    for (const entry of ENTRY_POINTS as string[]) {
      const name = entry.split('/').at(-1) as string;
      expect(bundleFiles).toContain(name);
      expect(readFileSync(`${DIST}${entry}`, 'utf8')).toMatch(new RegExp(`^export \\* from '\\./(\\.\\./)+bundle/${name.replace('.', '\\.')}';\\n$`));
    }
  });

  it('holds no other compiled module outside the bundle', () => {
    const compiled = (dir: string): string[] =>
      readdirSync(`${DIST}${dir}`, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? compiled(`${dir}/${e.name}`) : e.name.endsWith('.js') ? [`${dir}/${e.name}`.replace(/^\//, '')] : [],
      );
    const outside = [...compiled('src'), ...compiled('adapters')].filter((f) => !f.startsWith('adapters/web/public/'));
    expect(outside.sort()).toEqual([...(ENTRY_POINTS as string[])].sort());
  });

  it('writes the bundle in characters up to U+00FF only (V8 keeps such a source at one byte per character)', () => {
    for (const file of bundleFiles) expect(/[\u0100-\uffff]/.test(readFileSync(`${DIST}bundle/${file}`, 'utf8')), file).toBe(false);
  });

  it('points no bundled module at a path of its own chunk: the files read through import.meta.url are where the modules were', () => {
    for (const lua of ['src/incidents/lua', 'src/outbox/lua']) expect(readdirSync(`${DIST}${lua}`).some((f) => f.endsWith('.lua')), lua).toBe(true);
    expect(existsSync(`${DIST}adapters/web/public/app.js`)).toBe(true);
    expect(existsSync(`${DIST}deploy/teams/manifest.json`)).toBe(true);
    const code = bundleFiles.map((f) => readFileSync(`${DIST}bundle/${f}`, 'utf8')).join('\n');
    expect(code).toContain('"../src/incidents/aggregation-script.js"');
    expect(code).toContain('"../adapters/app/delivery-thread.js"');
  });
});
