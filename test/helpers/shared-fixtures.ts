import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The captured payloads of ../shared/fixtures (beside the repository, as on the developers'
 * machines and in CI). They come from public repositories, so they are read in place and never
 * copied into this repository. SHARED_DIR overrides the location.
 */
export function sharedFixturePath(relative: string): string {
  const base = process.env.SHARED_DIR ?? fileURLToPath(new URL('../../../shared', import.meta.url));
  const path = join(base, 'fixtures', relative);
  if (!existsSync(path)) {
    throw new Error(`fixture ${relative} not found under ${base}/fixtures: the shared/ folder must sit beside the repository (or set SHARED_DIR)`);
  }
  return path;
}

export function readSharedFixture(relative: string): string {
  return readFileSync(sharedFixturePath(relative), 'utf8');
}
