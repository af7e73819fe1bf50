import { isIP } from 'node:net';
import { normalisedHostOf } from '../core/productionHost.js';

/** IPv4 ranges that never reach DVV: loopback, RFC 1918 private, link-local, CGNAT, "this network". */
function isLocalIpv4(ip: string): boolean {
  const [a = -1, b = -1] = ip.split('.').map(Number);
  return (
    a === 127 ||
    a === 10 ||
    a === 0 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 169 && b === 254) ||
    (a === 100 && b >= 64 && b <= 127)
  );
}

function isLocalIpv6(ip: string): boolean {
  const v = ip.toLowerCase();
  // IPv4-mapped: the URL parser writes ::ffff:127.0.0.1 as ::ffff:7f00:1.
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(v);
  if (mapped) {
    const [hi, lo] = [parseInt(mapped[1]!, 16), parseInt(mapped[2]!, 16)];
    return isLocalIpv4(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`);
  }
  // Loopback, unspecified, unique-local fc00::/7, link-local fe80::/10.
  return v === '::1' || v === '::' || /^f[cd]/.test(v) || /^fe[89ab]/.test(v);
}

/**
 * True when a URL names a loopback or private address (or `localhost`, `*.localhost`, `*.local`):
 * such a target is a simulator or a developer's stand-in, never DVV's environment. Judged on the URL
 * alone (no DNS lookup): `bundle` never touches the network.
 */
export function isLocalUrl(url: string): boolean {
  const host = normalisedHostOf(url);
  if (host === undefined) return false;
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local')) return true;
  const family = isIP(host);
  if (family === 4) return isLocalIpv4(host);
  if (family === 6) return isLocalIpv6(host);
  return false;
}
