import { describe, expect, it } from 'vitest';
import { kb, median, table } from '../../../scripts/bench/report.ts';
import { kindOf, meetsTargets, ownAssets, sizesByKind } from '../../../scripts/bench/weights.ts';

describe('summarising runs', () => {
  it('takes the median of odd and even counts, in any order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('prints kilobytes of 1,024 bytes', () => {
    expect(kb(5120)).toBe('5.0');
  });
});

describe('printing a table', () => {
  it('lines up columns, numbers to the right, counting Japanese as two columns wide', () => {
    expect(table(['search', 'ms'], [['over quota', '424'], ['添付', '90']])).toBe(
      ['| search     |  ms |', '|------------|----:|', '| over quota | 424 |', '| 添付       |  90 |'].join('\n'),
    );
  });
});

describe('weighing what a page loaded', () => {
  it('sorts responses by their Content-Type', () => {
    expect(['text/html; charset=utf-8', 'text/css', 'text/javascript', 'application/javascript', 'application/wasm'].map(kindOf)).toEqual(['html', 'css', 'js', 'js', 'other']);
  });

  it('adds up each kind and the total, and checks the targets by gzip size', () => {
    const sizes = sizesByKind([{ kind: 'js', n: 3000 }, { kind: 'js', n: 3000 }, { kind: 'html', n: 100 }], (l) => l.n);
    expect(sizes).toEqual({ html: 100, css: 0, js: 6000, other: 0, total: 6100 });
    expect(meetsTargets(sizes)).toEqual({ js: false, total: true });
  });

  it('knows which files the HTML itself asks for', () => {
    const html = '<link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/favicon.svg"><link rel="canonical" href="/en/"><script type="module" src="/_astro/b.js"></script><script type="module">import("/_astro/lazy.js")</script>';
    expect([...ownAssets(html, 'http://localhost:4450/en/search/?q=x')]).toEqual([
      'http://localhost:4450/en/search/?q=x', 'http://localhost:4450/_astro/a.css', 'http://localhost:4450/favicon.svg', 'http://localhost:4450/_astro/b.js',
    ]);
  });
});
