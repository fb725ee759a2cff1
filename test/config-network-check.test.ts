import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

describe('NETWORK_CHECK_TARGETS', () => {
  it('defaults to https://<domain>/favicon.ico for each minimum allowlist domain', () => {
    expect(loadConfig({}).networkCheckTargets).toEqual([
      'https://chatgpt.com/favicon.ico',
      'https://chat.openai.com/favicon.ico',
      'https://openai.com/favicon.ico',
      'https://oaistatic.com/favicon.ico',
      'https://oaiusercontent.com/favicon.ico',
      'https://challenges.cloudflare.com/favicon.ico',
    ]);
    expect(loadConfig({ IT_ALLOWLIST_MINIMUM: 'chatgpt.com,*.openai.com,openai.com' }).networkCheckTargets).toEqual(['https://chatgpt.com/favicon.ico', 'https://openai.com/favicon.ico']);
  });

  it('takes https URLs, and http only on this machine', () => {
    expect(loadConfig({ NETWORK_CHECK_TARGETS: 'https://chatgpt.com/, http://127.0.0.1:8080/x.ico' }).networkCheckTargets).toEqual(['https://chatgpt.com/', 'http://127.0.0.1:8080/x.ico']);
    for (const bad of ['http://chatgpt.com/', 'ftp://chatgpt.com/', 'https://user:pw@chatgpt.com/', 'chatgpt.com']) {
      expect(() => loadConfig({ NETWORK_CHECK_TARGETS: bad })).toThrow(ConfigError);
      expect(() => loadConfig({ NETWORK_CHECK_TARGETS: bad })).toThrow(/NETWORK_CHECK_TARGETS/);
    }
  });
});
