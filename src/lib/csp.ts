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
