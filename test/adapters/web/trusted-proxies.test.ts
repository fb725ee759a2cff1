import { describe, expect, it } from 'vitest';
import { trustedProxies } from '../../../adapters/web/trusted-proxies.ts';

describe('trustedProxies (who may set WEB_IDENTITY_HEADER)', () => {
  it('matches addresses and CIDRs of the list, IPv4-mapped IPv6 peers included', () => {
    const trusted = trustedProxies('127.0.0.1, 10.0.0.0/8,fd00::/8');
    for (const peer of ['127.0.0.1', '::ffff:127.0.0.1', '10.1.2.3', '::ffff:10.255.0.1', 'fd12::1']) expect(trusted(peer), peer).toBe(true);
    for (const peer of ['127.0.0.2', '11.0.0.1', '::1', 'fe80::1', '', undefined, 'not-an-ip']) expect(trusted(peer), String(peer)).toBe(false);
  });

  it('knows the names express knows: loopback, linklocal, uniquelocal', () => {
    const trusted = trustedProxies('loopback,uniquelocal');
    for (const peer of ['127.0.0.1', '127.9.9.9', '::1', '192.168.1.1', '172.20.0.1', '10.0.0.1', 'fc00::1']) expect(trusted(peer), peer).toBe(true);
    expect(trusted('169.254.1.1')).toBe(false);
    expect(trustedProxies('linklocal')('169.254.1.1')).toBe(true);
  });

  it('trusts nobody for false, true or a hop count (they do not say who set a header)', () => {
    for (const setting of [false, true, 1, undefined]) expect(trustedProxies(setting)('127.0.0.1')).toBe(false);
  });
});
