/** Pure arithmetic over what a page loaded: kinds, sums per kind, the targets, a page's own assets. */

export const KINDS = ['html', 'css', 'js', 'other'] as const;
export type Kind = (typeof KINDS)[number];

/** Bytes per kind and in total. */
export type Sizes = Record<Kind | 'total', number>;

/** What the issue asks of a page before the reader does anything, gzip-compressed. */
export const TARGETS = { jsBytes: 5 * 1024, totalBytes: 30 * 1024 } as const;

/** The kind of a response, from its Content-Type. */
export function kindOf(contentType: string): Kind {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (type === 'text/html') return 'html';
  if (type === 'text/css') return 'css';
  if (/(java|ecma)script/.test(type)) return 'js';
  return 'other';
}

/** Sums sizes per kind; `size` picks which size to add up. */
export function sizesByKind<T extends { kind: Kind }>(items: readonly T[], size: (item: T) => number): Sizes {
  const sizes: Sizes = { html: 0, css: 0, js: 0, other: 0, total: 0 };
  for (const item of items) {
    sizes[item.kind] += size(item);
    sizes.total += size(item);
  }
  return sizes;
}

/** Whether gzip sizes meet the targets for JavaScript and for everything. */
export function meetsTargets(gzip: Sizes): { js: boolean; total: boolean } {
  return { js: gzip.js <= TARGETS.jsBytes, total: gzip.total <= TARGETS.totalBytes };
}

/**
 * The files an HTML page asks for itself, as absolute URLs: its scripts, stylesheets, preloads
 * and icon. What a page loads beyond these (and itself) it loaded on demand.
 */
export function ownAssets(html: string, pageUrl: string): Set<string> {
  const urls = new Set<string>([new URL(pageUrl).href]);
  for (const [tag, name] of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const attrs = Object.fromEntries([...tag.matchAll(/\b(src|href|rel)\s*=\s*"([^"]*)"/gi)].map((m) => [m[1]!.toLowerCase(), m[2]!]));
    const isAsset = name!.toLowerCase() === 'script' || /\b(stylesheet|modulepreload|preload|icon)\b/i.test(attrs.rel ?? '');
    const ref = name!.toLowerCase() === 'script' ? attrs.src : attrs.href;
    if (isAsset && ref) urls.add(new URL(ref, pageUrl).href);
  }
  return urls;
}
