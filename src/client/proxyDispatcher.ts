import type { LookupFunction } from 'node:net';
import { EnvHttpProxyAgent, type Dispatcher } from 'undici';

export interface DispatcherOptions {
  connectMs: number;
  headersMs: number;
  bodyMs: number;
  connections: number;
  lookup?: LookupFunction;
}

/**
 * Used when NO_PROXY is not set at all: the embedded simulator listens on loopback, and a corporate
 * proxy cannot reach the user's own 127.0.0.1. Set NO_PROXY (even empty) to decide otherwise.
 */
const LOOPBACK = 'localhost,127.0.0.1,[::1]';

/**
 * The undici dispatcher every outbound request goes through (suites, token login, teardown, cleanup):
 * undici's EnvHttpProxyAgent, which honours HTTP_PROXY / HTTPS_PROXY / NO_PROXY (and their lower-case
 * forms) and connects directly otherwise. Municipal networks often allow the internet only through a
 * proxy. `proxyTunnel: false` sends plain-http requests to an HTTP proxy in absolute form (as curl
 * does); https always goes through a CONNECT tunnel, so the proxy never sees the TLS content.
 */
export function createDispatcher(
  o: DispatcherOptions,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Dispatcher {
  return new EnvHttpProxyAgent({
    noProxy: env.no_proxy ?? env.NO_PROXY ?? LOOPBACK,
    connect: { timeout: o.connectMs, ...(o.lookup && { lookup: o.lookup }) },
    headersTimeout: o.headersMs,
    bodyTimeout: o.bodyMs,
    pipelining: 1,
    connections: o.connections,
    proxyTunnel: false,
  });
}

export { proxySecrets } from '../core/proxySecrets.js';
