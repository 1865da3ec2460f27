/**
 * Lighthouse (pinned in package.json) in its default mobile mode, on the pages DESIGN.md's
 * quality bar names: the home, a case, the glossary and the analyser. A page Lighthouse cannot run on is reported with its error, not thrown.
 */
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from '../../tests/browser.ts';
import { pagesToLoad, type PageToLoad } from './pages.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

const CHROME_FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

/** An audit that scored under 1, and the categories that count it (weight 0 counts for nothing). */
export interface Finding {
  id: string;
  title: string;
  score: number;
  displayValue?: string;
  categories: string[];
  weight: number;
  /** The first few elements or files the audit points at. */
  examples: string[];
}

export interface LighthouseResult extends PageToLoad {
  /** Category scores ×100; absent when the run failed. */
  scores?: Record<Category, number>;
  findings: Finding[];
  error?: string;
}

/** The Chromium the browser tests use; Playwright's own build when findChromium() leaves it to Playwright. */
export function chromiumPath(): string {
  return findChromium() ?? chromium.executablePath();
}

/**
 * Runs every page in both languages in one Chromium (Lighthouse opens a fresh tab and clears
 * storage for each); `debugPort` is Chromium's remote-debugging port.
 */
export async function runLighthouse(siteUrl: string, debugPort: number): Promise<LighthouseResult[]> {
  const pages = pagesToLoad(siteUrl, ['home', 'case', 'glossary', 'analyser']);
  let chrome: chromeLauncher.LaunchedChrome;
  try {
    chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: CHROME_FLAGS, port: debugPort });
  } catch (error) {
    return pages.map((page) => ({ ...page, findings: [], error: `Chromium did not start for Lighthouse: ${message(error)}` }));
  }
  const results: LighthouseResult[] = [];
  try {
    for (const page of pages) {
      try {
        results.push({ ...page, ...(await audit(page.url, chrome.port)) });
      } catch (error) {
        results.push({ ...page, findings: [], error: message(error) });
      }
    }
  } finally {
    chrome.kill();
  }
  return results;
}

async function audit(url: string, port: number): Promise<Pick<LighthouseResult, 'scores' | 'findings' | 'error'>> {
  const lhr = (await lighthouse(url, { port, output: 'json', logLevel: 'error' }))?.lhr;
  if (!lhr) return { findings: [], error: 'Lighthouse returned no result' };
  const score = (c: Category) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])) as Record<Category, number>;
  return { scores, findings: findings(lhr), ...(lhr.runtimeError ? { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` } : {}) };
}

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

/** The audits of the four categories that scored under 1. */
function findings(lhr: Lhr): Finding[] {
  const found = new Map<string, Finding>();
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const a = lhr.audits[ref.id];
      if (!a || a.score === null || a.score >= 1) continue;
      const seen = found.get(ref.id);
      if (seen) {
        seen.categories.push(category);
        seen.weight = Math.max(seen.weight, ref.weight);
      } else {
        found.set(ref.id, { id: a.id, title: a.title, score: a.score, displayValue: a.displayValue, categories: [category], weight: ref.weight, examples: examples(a.details) });
      }
    }
  }
  return [...found.values()];
}

/** What an audit's details point at: an element's HTML, or a file's URL. */
function examples(details: unknown, max = 3): string[] {
  const items = (details as { items?: unknown[] } | undefined)?.items ?? [];
  return items.slice(0, max).flatMap((item) => {
    const { node, url } = item as { node?: { snippet?: string }; url?: string };
    const text = node?.snippet ?? url;
    return text ? [text] : [];
  });
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
