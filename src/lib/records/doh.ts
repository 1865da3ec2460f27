/**
 * A DnsResolver over DNS over HTTPS, JSON form (the API Cloudflare's and Google's public resolvers
 * answer: ?name=&type=, Status, Answer[]). fetch is injected, so tests can count and answer requests.
 */
import { unquote } from './input.ts';
import type { DnsAnswer, DnsRecordType, DnsResolver } from './types.ts';

const TYPE_CODES: Record<DnsRecordType, number> = { A: 1, MX: 15, TXT: 16, AAAA: 28, PTR: 12 };

export interface DohEndpoint {
  /** e.g. https://cloudflare-dns.com/dns-query */
  url: string;
  /** Extra query parameters, e.g. Google's edns_client_subnet=0.0.0.0/0 (send no part of the reader's address). */
  params?: Record<string, string>;
}

interface DohJson {
  Status: number;
  Answer?: Array<{ type: number; data: string }>;
}

export function dohResolver(endpoint: DohEndpoint, fetcher: typeof fetch = fetch): DnsResolver {
  return async (name, type) => {
    const url = new URL(endpoint.url);
    url.searchParams.set('name', name);
    url.searchParams.set('type', type);
    for (const [k, v] of Object.entries(endpoint.params ?? {})) url.searchParams.set(k, v);
    try {
      const response = await fetcher(url.href, { headers: { accept: 'application/dns-json' } });
      if (!response.ok) return { status: 'error', records: [] };
      return readAnswer((await response.json()) as DohJson, type);
    } catch {
      return { status: 'error', records: [] };
    }
  };
}

/** RCODE 0 is an answer, 3 is NXDOMAIN, anything else a failure; CNAMEs in the chain are skipped. */
export function readAnswer(json: DohJson, type: DnsRecordType): DnsAnswer {
  if (json.Status === 3) return { status: 'nxdomain', records: [] };
  if (json.Status !== 0) return { status: 'error', records: [] };
  const records = (json.Answer ?? []).filter((a) => a.type === TYPE_CODES[type]).map((a) => (type === 'TXT' ? unquote(a.data) : a.data.replace(/\.$/, '')));
  return { status: 'ok', records };
}
