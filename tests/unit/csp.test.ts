import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { mergePolicies, narrowPolicy, policyOfPage } from '../../src/lib/csp.ts';

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

  describe('a page policy narrowed to the page', () => {
    const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');
    const hash = (text: string) => `'sha256-${sha256(text)}'`;
    const page = (policy: string, body: string) => `<head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body>`;
    const menu = 'menu()';
    const copy = 'copy()';
    const highlight = '::highlight(x){color:red}';

    it("keeps the hashes of the page's own inline scripts and styles, drops the rest, and keeps every other source", () => {
      const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(menu)} ${hash(copy)} ${hash('picker()')}; style-src 'self' ${hash(highlight)} ${hash('')}`;
      const html = page(policy, `<script type="module">${menu}</script><script type="module" src="/_astro/a.js"></script><style>${highlight}</style>`);
      expect(policyOfPage(narrowPolicy(html, sha256))).toBe(`default-src 'self';script-src 'self' 'wasm-unsafe-eval' ${hash(menu)};style-src 'self' ${hash(highlight)}`);
    });

    it('changes nothing else in the page, and leaves a page without a policy alone', () => {
      const html = page(`script-src 'self' ${hash(copy)}`, `<p>text</p><script>${copy}</script>`);
      expect(narrowPolicy(html, sha256)).toBe(html.replace(/content="[^"]*"/, `content="script-src 'self' ${hash(copy)}"`));
      expect(narrowPolicy('<head></head><p>x</p>', sha256)).toBe('<head></head><p>x</p>');
    });

    it('keeps hashes made with another algorithm, which it cannot check', () => {
      const html = page("script-src 'self' 'sha384-abc'", '');
      expect(policyOfPage(narrowPolicy(html, sha256))).toBe("script-src 'self' 'sha384-abc'");
    });
  });
});
