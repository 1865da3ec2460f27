/**
 * One test per finding, with records as providers and RFCs publish them. Where a provider's page
 * gives the record, its address is beside it.
 */
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { lintRecord, type RecordReport } from '../../../src/lib/records/index.ts';

const codes = (r: RecordReport) => r.findings.map((f) => f.code);
const finding = (r: RecordReport, code: string) => r.findings.find((f) => f.code === code);

/** RFC 6376 Appendix C: the example key of the selector "brisbane" (1024 bits). */
const RFC6376_KEY = 'MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDwIRP/UC3SBsEmGqZ9ZJW3/DkMoGeLnQg1fWn7/zYtIxN2SnFCjxOCKG9v3b4jYfcTNh5ijSsq631uBItLa7od+v/RtdC2UzJ1lWT947qR+Rcac2gbto/NMqJ0fzfVjH4OuKhitdY9tf6mcwGjaNBcWToIMmPSPDdQPNUYckcQ2QIDAQAB';
/** RFC 8463 Appendix A: the ed25519 example key of the selector "brisbane". */
const RFC8463_KEY = '11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=';

function rsaKey(bits: number): string {
  return generateKeyPairSync('rsa', { modulusLength: bits }).publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
}

describe('SPF', () => {
  test('Microsoft 365’s record has nothing wrong and costs one lookup (learn.microsoft.com, email-authentication-spf-configure)', () => {
    const r = lintRecord('v=spf1 include:spf.protection.outlook.com -all');
    expect(r.kind).toBe('spf');
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(finding(r, 'spf.lookups-own')?.values).toEqual({ count: 1 });
    expect(r.terms.map((t) => t.code)).toEqual(['spf.term.version', 'spf.term.include', 'spf.term.all']);
  });

  test('a record pasted in quotes, as DNS tools print it, reads the same', () => {
    const r = lintRecord('"v=spf1 ip4:192.168.0.10 ip4:192.168.0.12 " "include:spf.protection.outlook.com -all"');
    expect(r.kind).toBe('spf');
    expect(r.terms.map((t) => t.text)).toEqual(['v=spf1', 'ip4:192.168.0.10', 'ip4:192.168.0.12', 'include:spf.protection.outlook.com', '-all']);
  });

  test('two SPF records on one name are a permerror for receivers', () => {
    const r = lintRecord('example.com. 300 IN TXT "v=spf1 include:_spf.google.com ~all"\nexample.com. 300 IN TXT "v=spf1 include:sendgrid.net ~all"');
    expect(finding(r, 'spf.several')).toMatchObject({ severity: 'problem', values: { count: 2 } });
  });

  test('+all lets any server pass', () => {
    expect(finding(lintRecord('v=spf1 a mx +all'), 'spf.plus-all')?.severity).toBe('problem');
    expect(finding(lintRecord('v=spf1 a mx all'), 'spf.plus-all')?.severity).toBe('problem');
  });

  test('?all says nothing about other servers: Amazon SES’s old example record (docs.amazonwebservices.com/ses/latest/DeveloperGuide/SPF.html)', () => {
    expect(finding(lintRecord('v=spf1 include:amazonses.com ?all'), 'spf.neutral-all')?.severity).toBe('warning');
  });

  test('ptr is slow and discouraged (RFC 7208 §5.5)', () => {
    expect(finding(lintRecord('v=spf1 ptr:example.com -all'), 'spf.ptr')).toMatchObject({ severity: 'warning', values: { term: 'ptr:example.com' } });
  });

  test('more than 10 lookups in the record itself is a permerror', () => {
    const record = `v=spf1 ${Array.from({ length: 11 }, (_, i) => `include:s${i}.example.com`).join(' ')} -all`;
    expect(finding(lintRecord(record), 'spf.lookups-over-own')).toMatchObject({ severity: 'problem', values: { count: 11 } });
  });

  test('an unknown mechanism is a syntax error, with its position', () => {
    const r = lintRecord('v=spf1 include:_spf.google.com inclde:sendgrid.net ~all');
    expect(finding(r, 'spf.syntax.unknown-mechanism')).toMatchObject({ severity: 'problem', position: 31, values: { term: 'inclde:sendgrid.net', position: 32 } });
  });

  test('syntax errors name the term and where it starts', () => {
    expect(finding(lintRecord('v=spf1 ip4:192.0.2.300 -all'), 'spf.syntax.bad-ip')).toMatchObject({ position: 11 });
    expect(finding(lintRecord('v=spf1 ip4:192.0.2.0/33 -all'), 'spf.syntax.bad-cidr')?.values?.term).toBe('ip4:192.0.2.0/33');
    expect(finding(lintRecord('v=spf1 include:%{z}.example.com -all'), 'spf.syntax.bad-macro')).toBeDefined();
    expect(finding(lintRecord('v=spf1 a:museum -all'), 'spf.syntax.bad-domain')).toBeDefined();
    expect(finding(lintRecord('v=spf1 redirect=a.example.com redirect=b.example.com'), 'spf.syntax.duplicate-modifier')).toBeDefined();
    expect(finding(lintRecord('v=spf include:_spf.google.com ~all'), 'spf.syntax.version')).toBeDefined();
  });

  test('the SPF record type (99) is obsolete: publish TXT', () => {
    expect(finding(lintRecord('example.com. 3600 IN SPF "v=spf1 mx -all"'), 'spf.rr-type')?.severity).toBe('warning');
  });

  test('redirect is ignored when the record has all', () => {
    expect(finding(lintRecord('v=spf1 mx redirect=_spf.example.com -all'), 'spf.redirect-with-all')?.severity).toBe('warning');
    expect(codes(lintRecord('v=spf1 redirect=_spf.google.com'))).not.toContain('spf.no-all');
  });

  test('terms after all are never reached; a record without all ends neutral', () => {
    expect(finding(lintRecord('v=spf1 -all include:_spf.google.com'), 'spf.after-all')?.values?.term).toBe('include:_spf.google.com');
    expect(codes(lintRecord('v=spf1 +a +mx'))).toContain('spf.no-all');
  });

  test('an unknown modifier is ignored by receivers, so it is probably a typo', () => {
    expect(finding(lintRecord('v=spf1 mx redirct=_spf.example.com -all'), 'spf.unknown-modifier')?.values?.term).toBe('redirct=_spf.example.com');
  });
});

describe('DMARC (RFC 9989)', () => {
  test('p=none with reports is step one, and says what comes next', () => {
    const r = lintRecord('v=DMARC1; p=none; rua=mailto:dmarc-reports@example.com');
    expect(r.kind).toBe('dmarc');
    expect(codes(r)).toEqual(['dmarc.policy-none', 'dmarc.external-reports']);
    expect(finding(r, 'dmarc.external-reports')?.values).toEqual({ domains: 'example.com' });
  });

  test('quarantine and reject are steps two and three', () => {
    expect(codes(lintRecord('v=DMARC1; p=quarantine; rua=mailto:d@example.com'))).toContain('dmarc.policy-quarantine');
    expect(codes(lintRecord('v=DMARC1; p=reject; rua=mailto:d@rua.agari.com; ruf=mailto:d@ruf.agari.com'))).toContain('dmarc.policy-reject');
  });

  test('pct, rf and ri are removed, but older receivers may still read them', () => {
    const r = lintRecord('v=DMARC1; p=quarantine; pct=25; rf=afrf; ri=86400; rua=mailto:d@example.com');
    expect(r.findings.filter((f) => f.code === 'dmarc.removed-tag').map((f) => f.values?.tag)).toEqual(['pct', 'rf', 'ri']);
  });

  test('np, psd and t are read; t=y on an enforcing policy means testing', () => {
    const r = lintRecord('v=DMARC1; p=reject; np=reject; psd=n; t=y; rua=mailto:d@example.com');
    expect(codes(r)).toContain('dmarc.testing');
    expect(codes(r)).not.toContain('dmarc.unknown-tag');
    expect(r.terms.map((t) => t.code)).toEqual(['dmarc.tag.v', 'dmarc.tag.p', 'dmarc.tag.np', 'dmarc.tag.psd', 'dmarc.tag.t', 'dmarc.tag.rua']);
  });

  test('no rua: no reports, so no way to see who sends as the domain', () => {
    expect(finding(lintRecord('v=DMARC1; p=none'), 'dmarc.no-rua')?.severity).toBe('warning');
  });

  test('bad values and addresses that are not mailto: are problems', () => {
    expect(finding(lintRecord('v=DMARC1; p=block; rua=mailto:d@example.com'), 'dmarc.bad-value')?.values).toEqual({ tag: 'p', value: 'block' });
    expect(finding(lintRecord('v=DMARC1; p=none; rua=d@example.com'), 'dmarc.bad-uri')?.values?.tag).toBe('rua');
    expect(codes(lintRecord('v=DMARC1; p=block'))).toContain('dmarc.no-policy');
  });

  test('unknown tags are ignored by receivers (RFC 9989), so they are flagged', () => {
    expect(finding(lintRecord('v=DMARC1; p=none; rua=mailto:d@example.com; foo=bar'), 'dmarc.unknown-tag')?.values?.tag).toBe('foo');
  });

  test('a weaker policy for subdomains is pointed out', () => {
    expect(finding(lintRecord('v=DMARC1; p=reject; sp=none; rua=mailto:d@example.com'), 'dmarc.weaker-subdomains')).toBeDefined();
  });

  test('a tag that is not tag=value is a syntax error with its position', () => {
    expect(finding(lintRecord('v=DMARC1; p=none; rua mailto:d@example.com'), 'dmarc.syntax')?.position).toBe(18);
  });
});

describe('DKIM keys', () => {
  test('RFC 6376’s example key is RSA of 1024 bits: accepted, but weak', () => {
    const r = lintRecord(`v=DKIM1; p=${RFC6376_KEY}`);
    expect(r.kind).toBe('dkim');
    expect(finding(r, 'dkim.rsa-weak')?.values).toEqual({ bits: 1024 });
  });

  test('a 2048-bit key is fine; a 512-bit key is refused by receivers', () => {
    expect(finding(lintRecord(`v=DKIM1; k=rsa; p=${rsaKey(2048)}`), 'dkim.rsa-ok')?.values).toEqual({ bits: 2048 });
    expect(finding(lintRecord(`v=DKIM1; k=rsa; p=${rsaKey(512)}`), 'dkim.rsa-refused')?.values).toEqual({ bits: 512 });
  });

  test('the key length is read from a bare RSAPublicKey too', () => {
    const pkcs1 = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'pkcs1', format: 'der' }).toString('base64');
    expect(finding(lintRecord(`v=DKIM1; p=${pkcs1}`), 'dkim.rsa-ok')?.values).toEqual({ bits: 2048 });
  });

  test('an empty p= is a revoked key', () => {
    expect(finding(lintRecord('v=DKIM1; p='), 'dkim.revoked')?.severity).toBe('problem');
  });

  test('RFC 8463’s ed25519 key is read, with a note that not every receiver checks ed25519', () => {
    const r = lintRecord(`v=DKIM1; k=ed25519; p=${RFC8463_KEY}`);
    expect(codes(r)).toEqual(['dkim.ed25519']);
  });

  test('t=y, h=sha1 only, s= without email, a bad key type or broken base64 are pointed out', () => {
    expect(codes(lintRecord(`v=DKIM1; t=y; p=${RFC6376_KEY}`))).toContain('dkim.testing');
    expect(codes(lintRecord(`v=DKIM1; h=sha1; p=${RFC6376_KEY}`))).toContain('dkim.sha1-only');
    expect(codes(lintRecord(`v=DKIM1; s=tlsrpt; p=${RFC6376_KEY}`))).toContain('dkim.not-for-email');
    expect(codes(lintRecord('v=DKIM1; k=dsa; p=AAAA'))).toContain('dkim.bad-key-type');
    expect(codes(lintRecord('v=DKIM1; p=not*base64'))).toContain('dkim.bad-base64');
    expect(codes(lintRecord('k=rsa; v=DKIM1; p=AAAA'))).toContain('dkim.version');
  });
});

describe('MX, MTA-STS, TLS-RPT, BIMI', () => {
  test('Google Workspace’s MX records read as MX', () => {
    const r = lintRecord('1 aspmx.l.google.com.\n5 alt1.aspmx.l.google.com.\n5 alt2.aspmx.l.google.com.');
    expect(r.kind).toBe('mx');
    expect(r.findings).toEqual([]);
    expect(r.terms).toHaveLength(3);
  });

  test('null MX (RFC 7505): the domain takes no mail; with other MX records it is an error', () => {
    expect(codes(lintRecord('0 .'))).toEqual(['mx.null']);
    expect(codes(lintRecord('0 .\n10 mx.example.com'))).toContain('mx.null-with-others');
    expect(codes(lintRecord('10 .'))).toContain('mx.null-preference');
    expect(codes(lintRecord('10 192.0.2.1'))).toContain('mx.ip-address');
  });

  test('MTA-STS record and policy (RFC 8461 examples)', () => {
    expect(codes(lintRecord('v=STSv1; id=20160831085700Z;'))).toEqual(['mta-sts.record-ok']);
    expect(codes(lintRecord('v=STSv1;'))).toEqual(['mta-sts.no-id']);
    expect(codes(lintRecord('version: STSv1\nmode: enforce\nmx: mail.example.com\nmx: *.example.net\nmax_age: 1296000'))).toEqual([]);
    expect(codes(lintRecord('version: STSv1\nmode: testing\nmax_age: 86400'))).toEqual(['mta-sts.mode-testing', 'mta-sts.no-mx']);
  });

  test('TLS-RPT (RFC 8460 examples)', () => {
    expect(codes(lintRecord('v=TLSRPTv1; rua=mailto:reports@example.com'))).toEqual(['tls-rpt.ok']);
    expect(codes(lintRecord('v=TLSRPTv1; rua=http://reporting.example.com/v1/tlsrpt'))).toEqual(['tls-rpt.bad-uri']);
    expect(codes(lintRecord('v=TLSRPTv1;'))).toEqual(['tls-rpt.no-rua']);
  });

  test('BIMI', () => {
    expect(codes(lintRecord('v=BIMI1; l=https://example.com/logo.svg; a=https://example.com/vmc.pem'))).toEqual(['bimi.needs-dmarc']);
    expect(codes(lintRecord('v=BIMI1; l=http://example.com/logo.png;'))).toEqual(['bimi.bad-logo', 'bimi.no-certificate', 'bimi.needs-dmarc']);
    expect(codes(lintRecord('v=BIMI1; l=; a=;'))).toEqual(['bimi.declined']);
  });

  test('anything else is said to be unrecognised', () => {
    expect(lintRecord('hello').kind).toBe('unknown');
  });
});
