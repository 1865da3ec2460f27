/**
 * A local stand-in for a DNS-over-HTTPS resolver, JSON form (GET ?name=&type=, as Cloudflare's and
 * Google's JSON APIs answer), serving tests/fixtures/dns/e2e-zone.yaml. The browser tests build the
 * checker with DOH_RESOLVER_URL pointing here, so the optional lookup never reaches the internet.
 * It answers only the JSON form; DNS wire format (application/dns-message) is not needed by the page.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { parse } from 'yaml';
import type { DnsRecordType } from '../../src/lib/records/index.ts';
import { zoneResolver, type ZoneData } from './zone.ts';

const TYPE_CODES: Record<DnsRecordType, number> = { A: 1, MX: 15, TXT: 16, AAAA: 28, PTR: 12 };
const zoneFile = new URL('../fixtures/dns/e2e-zone.yaml', import.meta.url);

export function startDohStandIn(port: number): Promise<Server> {
  const resolve = zoneResolver(parse(readFileSync(zoneFile, 'utf8')) as ZoneData);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const name = url.searchParams.get('name') ?? '';
    const type = (url.searchParams.get('type') ?? 'A').toUpperCase() as DnsRecordType;
    res.setHeader('access-control-allow-origin', '*');
    if (url.pathname !== '/dns-query' || !(type in TYPE_CODES)) {
      res.writeHead(400).end();
      return;
    }
    const answer = await resolve(name, type);
    const body = {
      Status: answer.status === 'ok' ? 0 : answer.status === 'nxdomain' ? 3 : 2,
      Answer: answer.records.map((data) => ({ name, type: TYPE_CODES[type], TTL: 300, data: type === 'TXT' ? characterStrings(data) : data })),
    };
    res.writeHead(200, { 'content-type': 'application/dns-json' }).end(JSON.stringify(body));
  });
  return new Promise((done) => server.listen(port, () => done(server)));
}

/** TXT data as resolvers print it: character-strings of at most 255 octets, each in quotes. */
function characterStrings(text: string): string {
  const parts = text.match(/[^]{1,255}/g) ?? [''];
  return parts.map((p) => `"${p.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(' ');
}
