/** The domain lookup: what it asks, the include tree and its lookup count, and DoH answers. */
import { describe, expect, test } from 'vitest';
import { dohResolver, lookupDomain, normaliseDomain, plannedQueries, readSelectors } from '../../../src/lib/records/index.ts';
import { zoneResolver } from '../../dns/zone.ts';

const zone = zoneResolver({
  'example.test': [{ TXT: 'v=spf1 include:_spf.example.test include:mail.vendor.test ~all' }, { MX: [10, 'mx.example.test'] }],
  '_spf.example.test': [{ TXT: 'v=spf1 ip4:192.0.2.0/24 a mx -all' }],
  'mail.vendor.test': [{ TXT: 'v=spf1 include:a.vendor.test include:b.vendor.test -all' }],
  'a.vendor.test': [{ TXT: 'v=spf1 a:one.vendor.test a:two.vendor.test a:three.vendor.test -all' }],
  'b.vendor.test': [{ TXT: 'v=spf1 a:four.vendor.test a:five.vendor.test -all' }],
  '_dmarc.example.test': [{ TXT: 'v=DMARC1; p=none; rua=mailto:dmarc@example.test' }],
  's1._domainkey.example.test': [{ TXT: 'v=DKIM1; p=' }],
});

describe('the domain lookup', () => {
  test('says which names it will ask before it asks them', () => {
    expect(plannedQueries('example.test', ['s1']).map((q) => `${q.type} ${q.name}`)).toEqual([
      'TXT example.test',
      'MX example.test',
      'TXT _dmarc.example.test',
      'TXT s1._domainkey.example.test',
      'TXT _mta-sts.example.test',
      'TXT _smtp._tls.example.test',
    ]);
  });

  test('reads what people type as a domain and as selectors', () => {
    expect(normaliseDomain(' https://Example.COM/contact ')).toBe('example.com');
    expect(normaliseDomain('info@example.co.jp')).toBe('example.co.jp');
    expect(normaliseDomain('not a domain')).toBeNull();
    expect(readSelectors('google, s1 selector1._domainkey.example.com、k1')).toEqual(['google', 's1', 'selector1', 'k1']);
  });

  test('counts the whole include tree and names the branch that costs most', async () => {
    const result = await lookupDomain('example.test', ['s1'], zone);
    expect(result.spfTree?.total).toBe(11);
    const spf = result.found.find((f) => f.query.purpose === 'spf')!;
    expect(spf.report?.findings.find((f) => f.code === 'spf.lookups-over')?.values).toEqual({ count: 11, chain: 'mail.vendor.test (7) → a.vendor.test (3)' });
    expect(result.found.find((f) => f.query.purpose === 'dkim')?.report?.findings.map((f) => f.code)).toEqual(['dkim.revoked']);
    expect(result.found.find((f) => f.query.purpose === 'mta-sts')?.status).toBe('none');
  });

  test('an include that has no SPF record is a permerror in waiting', async () => {
    const broken = zoneResolver({ 'example.test': [{ TXT: 'v=spf1 include:gone.example.test -all' }] });
    const spf = (await lookupDomain('example.test', [], broken)).found[0]!;
    expect(spf.report?.findings.map((f) => f.code)).toContain('spf.branch-none');
  });
});

describe('DNS over HTTPS (JSON)', () => {
  test('asks name and type with the resolver’s own parameters, and reads TXT strings, NXDOMAIN and failures', async () => {
    const asked: string[] = [];
    const answers: Record<string, unknown> = {
      TXT: { Status: 0, Answer: [{ type: 5, data: 'alias.example.com.' }, { type: 16, data: '"v=spf1 include:_spf.google.com " "~all"' }] },
      MX: { Status: 3 },
      A: { Status: 2 },
    };
    const fetcher = (async (url: string) => {
      asked.push(url);
      const type = new URL(url).searchParams.get('type')!;
      return new Response(JSON.stringify(answers[type]), { status: 200 });
    }) as typeof fetch;
    const resolve = dohResolver({ url: 'https://dns.google/resolve', params: { edns_client_subnet: '0.0.0.0/0' } }, fetcher);
    expect(await resolve('example.com', 'TXT')).toEqual({ status: 'ok', records: ['v=spf1 include:_spf.google.com ~all'] });
    expect(await resolve('example.com', 'MX')).toEqual({ status: 'nxdomain', records: [] });
    expect(await resolve('example.com', 'A')).toEqual({ status: 'error', records: [] });
    expect(asked[0]).toBe('https://dns.google/resolve?name=example.com&type=TXT&edns_client_subnet=0.0.0.0%2F0');
  });
});

describe('the resolvers the reader may choose', () => {
  test('Cloudflare, Google without the reader’s subnet, and the deployer’s own; the policy allows exactly those', async () => {
    const { connectSources, resolverChoices } = await import('../../../src/lib/records/resolvers.ts');
    expect(resolverChoices().map((r) => r.id)).toEqual(['cloudflare', 'google']);
    expect(resolverChoices()[1]!.params).toEqual({ edns_client_subnet: '0.0.0.0/0' });
    expect(connectSources(resolverChoices('https://doh.example.net/dns-query'))).toBe("connect-src 'self' https://cloudflare-dns.com https://dns.google https://doh.example.net");
    expect(() => resolverChoices('http://doh.example.net/dns-query')).toThrow(/https/);
  });
});
