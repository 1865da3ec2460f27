import { describe, expect, it } from 'vitest';
import cases from '../../fixtures/headers/authentication-results.json' with { type: 'json' };
import { parseAuthenticationResults } from '../../../src/lib/headers/index.ts';
import { readAuthenticationResults } from '../../../src/lib/headers/auth-results.ts';

interface Case {
  name: string;
  group: string;
  header: string;
  options: { relaxed: boolean; internationalized: boolean };
  expected: {
    error?: boolean;
    authserv_id?: string;
    count?: number;
    results?: Array<{ method?: string; result?: string; reason?: string; properties?: Record<string, string> }>;
  };
}

describe('Authentication-Results: the dkim_verifier cases (RFC 8601 Appendix B among them)', () => {
  for (const [n, c] of (cases as Case[]).entries()) {
    it(`${c.group} › ${c.name} (${n}${c.options.relaxed ? ', relaxed' : ''}${c.options.internationalized ? ', EAI' : ''})`, () => {
      const parsed = readAuthenticationResults(c.header, c.options);
      if (c.expected.error) {
        expect(parsed).toBeNull();
        return;
      }
      expect(parsed).not.toBeNull();
      if (c.expected.authserv_id !== undefined) expect(parsed!.authservId).toBe(c.expected.authserv_id);
      if (c.expected.count !== undefined) expect(parsed!.results).toHaveLength(c.expected.count);
      for (const [i, want] of (c.expected.results ?? []).entries()) {
        const got = parsed!.results[i]!;
        if (want.method) expect(got.method).toBe(want.method);
        if (want.result) expect(got.result).toBe(want.result);
        if (want.reason) expect(got.reason).toBe(want.reason);
        for (const [key, value] of Object.entries(want.properties ?? {})) expect(got.properties[key]).toBe(value);
      }
    });
  }

  it('the analyser’s reading accepts every input the relaxed cases accept', () => {
    for (const c of cases as Case[]) {
      if (c.options.relaxed && !c.expected.error) expect(parseAuthenticationResults(c.header), c.name).not.toBeNull();
    }
  });
});

describe('ARC-Authentication-Results', () => {
  it('keeps the instance apart from the authserv-id', () => {
    const arc = parseAuthenticationResults(
      'ARC-Authentication-Results: i=1; mx.google.com;\r\n       dkim=pass header.i=@example.org header.s=s1 header.b=abc;\r\n       spf=pass (google.com: domain of a@example.org designates 192.0.2.1 as permitted sender) smtp.mailfrom=a@example.org;\r\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=example.org',
    );
    expect(arc).toMatchObject({ authservId: 'mx.google.com', instance: 1 });
    expect(arc!.results.map((r) => `${r.method}=${r.result}`)).toEqual(['dkim=pass', 'spf=pass', 'dmarc=pass']);
    expect(arc!.results[1]!.properties['smtp.mailfrom']).toBe('a@example.org');
  });
});

describe('older Yahoo and AOL fields', () => {
  it('keep the authserv-id when a property follows it without a ";"', () => {
    const ar = parseAuthenticationResults('Authentication-Results: mta1.mail.example.com  from=example.com; domainkeys=neutral (no sig);  from=example.com; dkim=pass (ok)');
    expect(ar).toMatchObject({ authservId: 'mta1.mail.example.com' });
    expect(ar!.results.map((r) => `${r.method}=${r.result}`)).toEqual(['domainkeys=neutral', 'dkim=pass']);
    expect(readAuthenticationResults('mta1.mail.example.com from=example.com; dkim=pass', { relaxed: false, internationalized: false })).toBeNull();
  });
});
