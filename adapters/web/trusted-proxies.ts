import { BlockList, isIP } from 'node:net';

/** What proxy-addr (express' `trust proxy`) means by these names, as address ranges. */
const NAMED: Record<string, [string, number][]> = {
  loopback: [['127.0.0.0', 8], ['::1', 128]],
  linklocal: [['169.254.0.0', 16], ['fe80::', 10]],
  uniquelocal: [['10.0.0.0', 8], ['172.16.0.0', 12], ['192.168.0.0', 16], ['fc00::', 7]],
};

/**
 * Whether a peer address is one of the proxies TRUST_PROXY lists (IPs, CIDRs, `loopback`,
 * `linklocal`, `uniquelocal`: the list express is given for `trust proxy`). IPv4-mapped IPv6
 * peers (`::ffff:127.0.0.1`) match their IPv4 ranges. A list is the only form that names who may
 * set identity headers: `false`, `true` and hop counts trust no peer here.
 */
export function trustedProxies(trustProxy: string | number | boolean | undefined): (address: string | undefined) => boolean {
  if (typeof trustProxy !== 'string') return () => false;
  const list = new BlockList();
  for (const raw of trustProxy.split(',')) {
    const item = raw.trim();
    const ranges = NAMED[item] ?? [[item.split('/')[0]!, item.includes('/') ? Number(item.split('/')[1]) : undefined] as const];
    for (const [address, bits] of ranges) {
      const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
      if (bits === undefined) list.addAddress(address, family);
      else list.addSubnet(address, bits, family);
    }
  }
  return (address) => {
    if (!address) return false;
    const version = isIP(address);
    return version !== 0 && list.check(address, version === 6 ? 'ipv6' : 'ipv4');
  };
}
