import type { Page } from '@playwright/test';

export interface CrawledPage {
  /** Path relative to the site's base URL, e.g. "en/cases/mailbox-full/" */
  path: string;
  status: number;
  ids: Set<string>;
  /** The page's first <h1> and how much text its <main> holds, as a reader without JS sees them. */
  heading: string;
  textLength: number;
  /** Internal links to pages found on the page, as absolute URLs. */
  links: string[];
  /** Internal links to files that are not pages (the Atom feed, images) that do not answer 200. */
  brokenFiles: string[];
}

/**
 * Time allowed to crawl the whole site (about 400 pages with the code pages; a visit took up to
 * 2 s while other builds shared the machine's 2 cores). A test that then visits every page
 * again extends its timeout with visitsTimeout(), so every page is still checked.
 */
export const CRAWL_TIMEOUT_MS = 900_000;

/** The timeout for a test that crawled the site and then makes `visits` visits per page. */
export function visitsTimeout(pages: number, visits: number, msPerVisit: number): number {
  return CRAWL_TIMEOUT_MS + pages * visits * msPerVisit;
}

/** A link to a file rather than a page: its last path part has an extension. */
const FILE = /\.[a-z0-9]+$/i;

/**
 * Visits every page reachable from the chooser, the two home pages and the sitemap,
 * following same-site links. Run it in a context with JavaScript off to see what every reader sees.
 */
export async function crawlSite(page: Page, baseURL: string): Promise<Map<string, CrawledPage>> {
  const base = new URL(baseURL);
  const seen = new Map<string, CrawledPage>();
  const fileStatus = new Map<string, number>();
  const statusOf = async (href: string) => {
    const url = new URL(href);
    const key = url.origin + url.pathname;
    if (!fileStatus.has(key)) fileStatus.set(key, (await page.request.get(key)).status());
    return fileStatus.get(key)!;
  };
  const queue = ['', 'en/', 'ja/', ...(await sitemapPaths(page, base))];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    const response = await page.goto(new URL(path, base).href);
    const found = await page.evaluate(() => ({
      ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
      heading: document.querySelector('h1')?.textContent?.trim() ?? '',
      textLength: document.querySelector('main')?.textContent?.trim().length ?? 0,
      links: [...document.querySelectorAll<HTMLAnchorElement | HTMLLinkElement>('a[href], link[rel="alternate"][href], link[rel="canonical"]')].map((a) => a.href),
    }));
    const internal = found.links.filter((href) => href.startsWith(base.href));
    const links = internal.filter((href) => !FILE.test(new URL(href).pathname));
    const brokenFiles: string[] = [];
    for (const href of internal.filter((h) => FILE.test(new URL(h).pathname))) {
      if ((await statusOf(href)) !== 200) brokenFiles.push(href);
    }
    seen.set(path, { path, status: response?.status() ?? 0, ids: new Set(found.ids), links, brokenFiles, heading: found.heading, textLength: found.textLength });
    for (const href of links) {
      const target = pagePath(href, base);
      if (!seen.has(target) && !queue.includes(target)) queue.push(target);
    }
  }
  return seen;
}

/** The page part of an internal URL, relative to the base: no #hash, no query. */
export function pagePath(href: string, base: URL): string {
  const url = new URL(href);
  return decodeURIComponent(url.pathname).slice(decodeURIComponent(base.pathname).length);
}

async function sitemapPaths(page: Page, base: URL): Promise<string[]> {
  const index = await page.request.get(new URL('sitemap-index.xml', base).href);
  const sitemaps = [...(await index.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  const paths: string[] = [];
  for (const sitemap of sitemaps) {
    // The sitemap holds the deployed addresses (SITE_URL): keep only their path.
    const body = await (await page.request.get(new URL(new URL(sitemap).pathname, base.origin).href)).text();
    for (const m of body.matchAll(/<loc>([^<]+)<\/loc>/g)) paths.push(pagePath(new URL(new URL(m[1]!).pathname, base.origin).href, base));
  }
  return paths;
}
