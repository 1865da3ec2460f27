/**
 * Draws the link-preview image (Open Graph / Twitter, 1200×630) for each language into
 * public/og/<lang>.png. Run it after changing the site's name or tagline: `npm run og-images`.
 * It needs a Chromium (found as in the tests) and, for the Japanese image, a Japanese font
 * (Debian: fonts-noto-cjk).
 */
import { chromium } from '@playwright/test';
import { en } from '../src/i18n/en.ts';
import { ja } from '../src/i18n/ja.ts';
import { findChromium } from '../tests/browser.ts';

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function card(lang: 'en' | 'ja', title: string, tagline: string): string {
  return `<!doctype html><html lang="${lang}"><meta charset="utf-8"><style>
    body { margin: 0; width: 1200px; height: 630px; display: flex; flex-direction: column; justify-content: center;
      padding: 0 96px; box-sizing: border-box; background: #0f2f57; color: #fff;
      font-family: "Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", system-ui, sans-serif; }
    .mark { width: 96px; height: 96px; margin-bottom: 40px; }
    h1 { font-size: 96px; margin: 0; letter-spacing: 0.02em; }
    p { font-size: 40px; line-height: 1.5; margin: 24px 0 0; color: #dbe7f6; max-width: 1000px; }
    .sub { font-size: 32px; color: #f8b400; margin-top: 32px; }
  </style><body>
  <svg class="mark" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1d4f91"/><path d="M6 10h20v13H6z" fill="none" stroke="#fff" stroke-width="2"/><path d="m6 10 10 8 10-8" fill="none" stroke="#fff" stroke-width="2"/><path d="m21 21 6 6m0-6-6 6" stroke="#f8b400" stroke-width="2.5"/></svg>
  <h1>${escape(title)}</h1><p>${escape(tagline)}</p><p class="sub">${lang === 'ja' ? 'todokanai' : '届かない'}</p></body></html>`;
}

const browser = await chromium.launch({ executablePath: findChromium() });
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
for (const [lang, t] of [['en', en], ['ja', ja]] as const) {
  await page.setContent(card(lang, t.siteName, t.siteTagline));
  await page.screenshot({ path: `public/og/${lang}.png` });
  console.log(`public/og/${lang}.png`);
}
await browser.close();
