import { expect, test } from '@playwright/test';
import { CRAWL_TIMEOUT_MS, crawlSite, pagePath } from './crawl.ts';

test.use({ javaScriptEnabled: false });

test('every internal link and #anchor on every page resolves', async ({ page, baseURL }) => {
  test.setTimeout(CRAWL_TIMEOUT_MS);
  const base = new URL(baseURL!);
  const pages = await crawlSite(page, base.href);
  const broken: string[] = [];
  for (const { path, status, links, brokenFiles } of pages.values()) {
    if (status !== 200) broken.push(`/${path} answers ${status}`);
    for (const href of brokenFiles) broken.push(`/${path} links to the file ${href}, which does not exist`);
    for (const href of links) {
      const target = pages.get(pagePath(href, base));
      const hash = decodeURIComponent(new URL(href).hash.slice(1));
      if (!target || target.status !== 200) broken.push(`/${path} links to ${href}, which does not exist`);
      else if (hash && !target.ids.has(hash)) broken.push(`/${path} links to ${href}, but that page has no id "${hash}"`);
    }
  }
  expect(pages.size).toBeGreaterThan(5);
  expect(broken).toEqual([]);
});

test('without JavaScript every page has its heading and content, and links to the rest of the site', async ({ page, baseURL }) => {
  test.setTimeout(CRAWL_TIMEOUT_MS);
  const pages = await crawlSite(page, new URL(baseURL!).href);
  // The language chooser at the root is two links by design; every other page is content.
  const chooser = pages.get('')!;
  expect(chooser.links.map((href) => new URL(href).pathname)).toEqual(expect.arrayContaining([expect.stringMatching(/\/en\/$/), expect.stringMatching(/\/ja\/$/)]));
  const thin = [...pages.values()]
    .filter((p) => p.path !== '')
    .filter((p) => p.heading === '' || p.textLength < 200 || p.links.length < 5)
    .map((p) => `/${p.path}: heading "${p.heading}", ${p.textLength} characters, ${p.links.length} links`);
  expect(thin).toEqual([]);
});
