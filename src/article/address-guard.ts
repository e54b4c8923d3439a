// Server-side request forgery guard (issue 10): a URL given to `ingest`, a feed's item links and
// every redirect may point inward (127.0.0.1, localhost, [::1], 2130706433, 10.x, 169.254.169.254,
// …). The check runs where the connection is made, after DNS resolution and for every hop, so a
// redirect, a decimal IP or a name that resolves inward cannot slip past a check made earlier.
import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions, type LookupOneOptions } from 'node:dns';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { Agent, buildConnector } from 'undici';

/**
 * ipaddr.js ranges that are not the public internet. 'unicast' is the only public one; the rest
 * (loopback, private, linkLocal — which holds the 169.254.169.254 metadata service —, uniqueLocal,
 * carrierGradeNat, unspecified, multicast, broadcast, reserved, 6to4/teredo wrappers, …) are refused.
 */
const PUBLIC_RANGES = new Set(['unicast']);

/** Addresses of cloud metadata services outside the ranges above (Alibaba's is in 100.64/10's neighbour). */
const METADATA = new Set(['100.100.100.200', 'fd00:ec2::254']);

/** true for an address that is not on the public internet (or is a metadata service). */
export function isPrivateAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return true;
  let ip = ipaddr.parse(address);
  // ::ffff:127.0.0.1 is 127.0.0.1.
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  if (METADATA.has(ip.toString())) return true;
  return !PUBLIC_RANGES.has(ip.range());
}

export class BlockedAddressError extends Error {
  readonly code = 'EPARLEYPRIVATE';
  constructor(readonly host: string, readonly address: string) {
    super(`${host === address ? address : `${host} resolves to ${address}`}, a loopback, private, link-local or metadata address`);
    this.name = 'BlockedAddressError';
  }
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A dns.lookup that refuses names resolving to any address `isPrivate` refuses. */
export function guardedLookup(isPrivate: (address: string) => boolean) {
  return (hostname: string, options: LookupOneOptions | LookupAllOptions, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      // Every address, not only the first: a name with one public and one inward address is refused.
      const bad = addresses.find((a) => isPrivate(a.address));
      if (bad) return callback(new BlockedAddressError(hostname, bad.address) as NodeJS.ErrnoException, []);
      if ((options as LookupAllOptions).all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

/**
 * An undici dispatcher whose every connection (the first request and each redirect) is checked:
 * IP literals directly, names through `guardedLookup` at connect time (no gap for DNS rebinding).
 */
export function guardedAgent(isPrivate: (address: string) => boolean = isPrivateAddress): Agent {
  const connect = buildConnector({ lookup: guardedLookup(isPrivate) } as buildConnector.BuildOptions);
  return new Agent({
    connect(options, callback) {
      const host = options.hostname.replace(/^\[|\]$/g, '');
      if (isIP(host) && isPrivate(host)) return callback(new BlockedAddressError(host, host), null);
      return connect(options, callback);
    },
  });
}
