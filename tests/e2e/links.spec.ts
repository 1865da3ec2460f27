import { expect, test } from '@playwright/test';
import { crawlSite, pagePath } from './crawl.ts';

test.use({ javaScriptEnabled: false });

test('every internal link and #anchor on every page resolves', async ({ page, baseURL }) => {
  test.setTimeout(300_000);
  const base = new URL(baseURL!);
  const pages = await crawlSite(page, base.href);
  const broken: string[] = [];
  for (const { path, status, links } of pages.values()) {
    if (status !== 200) broken.push(`/${path} answers ${status}`);
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
