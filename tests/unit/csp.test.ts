import { describe, expect, it } from 'vitest';
import { mergePolicies, policyOfPage } from '../../src/lib/csp.ts';

describe('the site-wide Content-Security-Policy', () => {
  it('unites the sources of each directive across pages, without repeats', () => {
    const merged = mergePolicies(
      ["default-src 'self'; script-src 'self' 'sha256-a'", "default-src 'self'; script-src 'self' 'sha256-b'; style-src 'self'"],
      ["frame-ancestors 'none'"],
    );
    expect(merged).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'; frame-ancestors 'none'");
  });

  it('reads a page policy from its meta tag, with entities decoded', () => {
    expect(policyOfPage('<head><meta http-equiv="content-security-policy" content="script-src &#39;self&#39;"></head>')).toBe("script-src 'self'");
    expect(policyOfPage('<head></head>')).toBeNull();
  });
});
