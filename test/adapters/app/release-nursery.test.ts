import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MB = 1024 * 1024;

/**
 * A child node as bin/chatgpt-500.js starts `start` (nursery held at growth factor 1), which builds
 * long-lived data, calls releaseNursery (after marking the hold, or not), and builds more; it prints
 * the new space's size after each build.
 */
async function run(marked: boolean): Promise<{ first: number; held: number; after: number }> {
  const module = fileURLToPath(new URL('../../../adapters/app/release-nursery.ts', import.meta.url));
  const script = `
    import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
    const { releaseNursery } = await import(${JSON.stringify(module)});
    const newSpace = () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;
    setFlagsFromString('--semi-space-growth-factor=1');
    const first = newSpace();
    if (${marked}) globalThis[Symbol.for('chatgpt-500.nursery-held')] = true;
    const keep = [];
    const build = () => { for (let i = 0; i < 400000; i++) keep.push({ i, s: 'x' + i }); };
    build();
    const held = newSpace();
    releaseNursery();
    build();
    build();
    process.stdout.write(JSON.stringify({ first, held, after: newSpace() }));
  `;
  const child = spawn(process.execPath, ['--import', 'tsx', '--max-semi-space-size=8', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(err).toBe('');
  expect(code).toBe(0);
  return JSON.parse(out) as { first: number; held: number; after: number };
}

describe('releaseNursery', () => {
  it('lets the nursery that was held during the start grow under load again', async () => {
    const { first, held, after } = await run(true);
    // Held: the size it had when it was held (tsx's own loading may have grown it before), whatever
    // survives; released: grown towards its cap (2 × 8 MB).
    expect(first).toBeLessThan(8 * MB);
    expect(held).toBe(first);
    expect(after).toBeGreaterThanOrEqual(8 * MB);
  }, 30_000);

  it('leaves the growth factor alone when the process was not started with the nursery held', async () => {
    const { first, held, after } = await run(false);
    expect(held).toBe(first);
    expect(after).toBe(first);
  }, 30_000);
});
