/**
 * The DNS-over-HTTPS resolvers the reader may choose from, and the Content-Security-Policy source
 * list that allows exactly those (on the checker page only).
 */
import type { DohEndpoint } from './doh.ts';

export interface ResolverChoice extends DohEndpoint {
  id: 'cloudflare' | 'google' | 'site';
  /** The host the reader is told about before anything is asked. */
  host: string;
}

/** Cloudflare's and Google's JSON APIs; Google is asked not to pass on any part of the reader's address. A deployer may add its own. */
export function resolverChoices(siteResolverUrl?: string): ResolverChoice[] {
  const choices: ResolverChoice[] = [
    { id: 'cloudflare', url: 'https://cloudflare-dns.com/dns-query', host: 'cloudflare-dns.com' },
    { id: 'google', url: 'https://dns.google/resolve', params: { edns_client_subnet: '0.0.0.0/0' }, host: 'dns.google' },
  ];
  if (siteResolverUrl) {
    const url = new URL(siteResolverUrl);
    if (url.protocol !== 'https:' && url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') {
      throw new Error(`DOH_RESOLVER_URL must be an https:// address (got ${siteResolverUrl})`);
    }
    choices.push({ id: 'site', url: url.href, host: url.host });
  }
  return choices;
}

/** "connect-src 'self' https://cloudflare-dns.com …": the origins of the choices and nothing else. */
export function connectSources(choices: readonly ResolverChoice[]): `connect-src ${string}` {
  return `connect-src ${["'self'", ...new Set(choices.map((c) => new URL(c.url).origin))].join(' ')}`;
}
