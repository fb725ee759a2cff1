import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from '../../../adapters/app/security-headers.ts';

describe('contentSecurityPolicy', () => {
  it('is the strict policy without probe origins', () => {
    expect(contentSecurityPolicy()).toBe(CONTENT_SECURITY_POLICY);
    expect(contentSecurityPolicy([])).toBe(CONTENT_SECURITY_POLICY);
  });

  it("adds the network check's probe origins to connect-src and img-src only, once each", () => {
    const policy = contentSecurityPolicy(['https://chatgpt.com', 'http://127.0.0.1:9', 'https://chatgpt.com']);
    expect(policy).toContain("connect-src 'self' https://chatgpt.com http://127.0.0.1:9;");
    expect(policy).toContain("img-src 'self' data: https://chatgpt.com http://127.0.0.1:9;");
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("default-src 'self';");
  });

  it('ignores anything that is not a bare origin (no way to inject a directive)', () => {
    const policy = contentSecurityPolicy(["https://a.example; script-src 'unsafe-inline'", 'https://b.example/path', 'javascript:alert(1)']);
    expect(policy).toBe(CONTENT_SECURITY_POLICY);
  });
});
