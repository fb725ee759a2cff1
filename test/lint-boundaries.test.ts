import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const cwd = fileURLToPath(new URL('..', import.meta.url));

async function messagesFor(code: string, filePath: string) {
  const eslint = new ESLint({ cwd });
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('lint: dependency direction', () => {
  it('refuses an import of adapters/ from the core', async () => {
    const messages = await messagesFor("import { x } from '../../adapters/slack/x.ts';\nexport const y = x;\n", 'src/desk/example.ts');
    expect(messages.some((m) => m.startsWith('no-restricted-imports') && m.includes('must not import from adapters/'))).toBe(true);
  });

  it('allows adapters to import the core', async () => {
    const messages = await messagesFor("import { loadConfig } from '../../src/config.ts';\nexport const y = loadConfig;\n", 'adapters/web/example.ts');
    expect(messages.filter((m) => m.startsWith('no-restricted-imports'))).toEqual([]);
  });

  it('refuses process.env reads in the core outside src/config.ts', async () => {
    const messages = await messagesFor('export const port = process.env.PORT;\n', 'src/desk/example.ts');
    expect(messages.some((m) => m.startsWith('no-restricted-properties'))).toBe(true);
  });
});
