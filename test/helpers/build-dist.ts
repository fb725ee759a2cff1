import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * vitest global setup: the tests that spawn `bin/chatgpt-500.js` run the compiled dist/, as the
 * image does, so dist/ is built once before any test file when it is missing or older than the
 * sources (`node scripts/build.js --if-stale`; about 20 s of CPU on a fresh clone).
 */
export default function buildDist(): void {
  execFileSync(process.execPath, ['scripts/build.js', '--if-stale'], { cwd: ROOT, stdio: 'inherit' });
}
