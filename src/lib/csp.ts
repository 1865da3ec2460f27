/**
 * One Content-Security-Policy for a whole site from the policies of its pages: every directive
 * with the union of its sources, in first-seen order. A host that sends the policy as a header
 * (public/_headers) then allows exactly what the pages' own <meta> policies allow, and no more.
 */
export function mergePolicies(policies: readonly string[], extra: readonly string[] = []): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of [...policies, ...extra]) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = directives.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      directives.set(name, set);
    }
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The policy of a page's <meta http-equiv="content-security-policy">, or null. */
export function policyOfPage(html: string): string | null {
  const content = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
  return content === undefined ? null : content.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

const META_POLICY = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

/**
 * A page with its policy narrowed to what the page itself has. Astro's policy lists, on every
 * page, the hashes of every script and style of the whole site, external files included (these
 * are allowed by 'self' anyway). This keeps in script-src and style-src only the hashes of the
 * inline scripts and styles found in the page; every other source stays (hashes made with another
 * algorithm too). It only removes: a
 * hash the page needs and Astro did not list is still missing (the e2e policy test looks).
 */
export function narrowPolicy(html: string, sha256: (text: string) => string): string {
  const meta = META_POLICY.exec(html);
  if (!meta) return html;
  const hashesOf = (pattern: RegExp) => new Set([...html.matchAll(pattern)].map((m) => `'sha256-${sha256(m[1]!)}'`));
  const present = { 'script-src': hashesOf(INLINE_SCRIPT), 'style-src': hashesOf(INLINE_STYLE) };
  const narrowed = meta[2]!
    .split(';')
    .map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (name !== 'script-src' && name !== 'style-src') return part;
      return [name, ...sources.filter((s) => !s.startsWith("'sha256-") || present[name].has(s))].join(' ');
    })
    .join(';');
  return html.replace(META_POLICY, (_, start: string, _content: string, end: string) => start + narrowed + end);
}
