/** Whatever is pasted or answered, the checks return a report or a verdict: they never throw. */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { lintRecord, spfVerdict, type DnsResolver } from '../../../src/lib/records/index.ts';

const spfish = fc.array(fc.constantFrom('v=spf1', ' ', 'include:', 'a', 'mx', '/24', '//64', ':', '%{', 'ir', '}', '.', 'example.com', '-all', '~', '?', '+', 'redirect=', 'exp=', 'ip4:192.0.2.1', 'ip6:2001:db8::', 'ptr', 'exists:', '%%', '=', '"', ';'), { maxLength: 30 }).map((parts) => parts.join(''));
const tagged = fc.array(fc.constantFrom('v=DMARC1', 'v=DKIM1', 'v=STSv1', 'v=TLSRPTv1', 'v=BIMI1', '; ', 'p=', 'k=', 'rsa', 'ed25519', 'MIGf', 'AAAA', '==', 'rua=', 'mailto:', 'a@b.c', 'pct=', 'id=', 'l=', 'https://', '\n', 'version: STSv1', 'mode: ', 'max_age: ', '0 .', '10 mx.example.com'), { maxLength: 30 }).map((parts) => parts.join(''));

test('lintRecord never throws, on any text', () => {
  fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), spfish, tagged), (text) => {
    const report = lintRecord(text);
    expect(['spf', 'dmarc', 'dkim', 'mx', 'mta-sts', 'tls-rpt', 'bimi', 'unknown']).toContain(report.kind);
  }), { numRuns: 2000 });
});

test('spfVerdict never throws, whatever the records and answers', async () => {
  await fc.assert(fc.asyncProperty(spfish, fc.constantFrom<'ok' | 'nxdomain' | 'error'>('ok', 'nxdomain', 'error'), fc.string(), async (record, status, ip) => {
    const resolve: DnsResolver = async (_name, type) => ({ status, records: type === 'TXT' ? [record] : type === 'MX' ? ['10 mx.example.com'] : ['192.0.2.1'] });
    const verdict = await spfVerdict({ ip: fc.sample(fc.constantFrom('192.0.2.1', '2001:db8::1', ip), 1)[0]!, mailFrom: 'a@example.com', helo: 'mx.example.com' }, resolve);
    expect(['pass', 'fail', 'softfail', 'neutral', 'none', 'permerror', 'temperror']).toContain(verdict.result);
  }), { numRuns: 500 });
});
