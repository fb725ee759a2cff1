import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CARDS = fileURLToPath(new URL('../../../../adapters/teams/cards/', import.meta.url));

/** Runtime imports of a module (type-only imports are erased and cannot load an SDK). */
function runtimeImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}

/** Every package a module loads, following its relative imports through the repository. */
function packagesLoadedBy(entry: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of runtimeImports(file)) {
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
      else packages.add(spec);
    }
  };
  visit(entry);
  return packages;
}

describe('the Teams card renderers', () => {
  const modules = readdirSync(CARDS).filter((f) => f.endsWith('.ts'));

  it('exist', () => {
    expect(modules).toContain('render-turn-card.ts');
    expect(modules).toContain('escape-teams-markdown.ts');
  });

  it.each(modules)('%s loads no Bot Framework or Slack SDK, so moving to the Agents SDK leaves them alone', (file) => {
    const loaded = [...packagesLoadedBy(resolve(CARDS, file))];
    expect(loaded.filter((p) => /^(botbuilder|botframework|@microsoft\/|@slack\/)/.test(p))).toEqual([]);
  });
});
