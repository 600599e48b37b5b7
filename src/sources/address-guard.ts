// Safety: the crawler must never be turned against the machine it runs on or its network
// (server-side request forgery). Only http and https, and only public unicast addresses, checked on
// the address actually connected to (after DNS), on every request including each redirect.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

export class BlockedAddressError extends Error {
  constructor(readonly target: string, readonly address: string, readonly range: string) {
    super(`${target}: refusing to connect to ${address} (${range} address; --allow-private admits private and local targets)`);
  }
}

/**
 * The ipaddr.js range name of an address. IPv6 forms that carry an IPv4 address are judged as that
 * IPv4 address: IPv4-mapped (::ffff:a.b.c.d) and the deprecated IPv4-compatible form (::a.b.c.d),
 * which ipaddr.js would otherwise call plain unicast.
 */
export function addressRange(address: string): string {
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6') {
    const v6 = parsed as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress()) return v6.toIPv4Address().range();
    const p = v6.parts;
    const compatible = p.slice(0, 6).every((x) => x === 0) && (p[6] !== 0 || (p[7] ?? 0) > 1);
    if (compatible) return ipaddr.fromByteArray(v6.toByteArray().slice(12)).range();
  }
  return parsed.range();
}

export function isPublicAddress(address: string): boolean {
  return addressRange(address) === 'unicast';
}

export function checkScheme(url: URL): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${url.toString()}: only http and https URLs can be fetched, not ${url.protocol.replace(':', '')}`);
  }
}

/** Which addresses may be connected to. The default admits public unicast addresses only. */
export type AddressPolicy = (address: string) => boolean;

export const publicOnly: AddressPolicy = isPublicAddress;
export const anyAddress: AddressPolicy = () => true;

/** For a URL whose host is an IP literal, DNS is skipped by the socket layer, so check it here. */
export function checkLiteralHost(url: URL, allow: AddressPolicy): void {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && !allow(host)) throw new BlockedAddressError(url.toString(), host, addressRange(host));
}

/** A DNS lookup for http(s).request that fails the connection when any resolved address is not public. */
export function guardedLookup(target: string, allow: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, '', 0);
      const list = addresses;
      const bad = list.find((a) => !allow(a.address));
      if (bad) return callback(new BlockedAddressError(target, bad.address, addressRange(bad.address)), '', 0);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      const first = list[0];
      if (!first) return callback(new Error(`${hostname}: no address`), '', 0);
      callback(null, first.address, first.family);
    });
  };
}
