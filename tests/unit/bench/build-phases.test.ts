import { describe, expect, it } from 'vitest';
import { buildPhases, contentChecksSeconds, type LogLine } from '../../../scripts/bench/build-phases.ts';

/**
 * An integration's name in the log, in square brackets as Astro prints it; built here because Tailwind reads
 * this file too and would take the bracketed name for a class.
 */
const tag = (name: string) => `[todokanai:${name}]`;

/** Astro's log as it prints it (coloured, with its own clock), and when each line arrived. */
const log: LogLine[] = [
  { at: 2.1, text: `\x1b[2m00:31:13\x1b[22m \x1b[34m${tag('content-checks')}\x1b[39m content checks passed in 0.41 s` },
  { at: 5.0, text: '00:31:22 [content] Syncing content' },
  { at: 6.5, text: '00:31:26 [content] Synced content' },
  { at: 6.6, text: '00:31:26 [build] \x1b[32m✓ Completed in 6.22s.\x1b[39m' },
  { at: 6.7, text: '00:31:26 [build] Building static entrypoints...' },
  { at: 16.7, text: '00:31:52 [vite] ✓ built in 9.8s' },
  { at: 17.0, text: ' generating static routes ' },
  { at: 17.1, text: '00:31:53   ├─ /404.html (+16ms)' },
  { at: 24.0, text: '00:32:12 [build] ✓ Completed in 7.0s.' },
  { at: 24.2, text: '00:32:13 [@astrojs/sitemap] `sitemap-index.xml` created at `../dist`' },
  { at: 30.2, text: `00:32:57 ${tag('pagefind')} indexed 2018 pages for search` },
  { at: 30.5, text: `00:32:59 ${tag('security-headers')} Content-Security-Policy for 2018 pages written to _headers` },
  { at: 30.5, text: '00:32:59 [build] 2018 page(s) built in 30.5s' },
];

describe('buildPhases', () => {
  it('times each phase from the marker line before it to its own', () => {
    expect(buildPhases(log).map((p) => [p.name, Number(p.seconds.toFixed(2))])).toEqual([
      ['start-up (config, content checks, Vite dependency scan)', 5],
      ['content sync (renders the MDX pages)', 1.5],
      ['build info', 0.2],
      ['static entrypoints (Vite)', 10.3],
      // The first "Completed" after the routes began, not the one before the entrypoints.
      ['route generation', 7],
      ['sitemap', 0.2],
      ['Pagefind', 6],
      ['security headers', 0.3],
    ]);
  });

  it('leaves out a phase whose marker is missing, and starts the next where the last one ended', () => {
    const phases = buildPhases(log.filter((l) => !l.text.includes('sitemap')));
    expect(phases.find((p) => p.name === 'sitemap')).toBeUndefined();
    expect(phases.find((p) => p.name === 'Pagefind')?.seconds).toBeCloseTo(6.2);
  });
});

describe('contentChecksSeconds', () => {
  it('reads the time the content checks report', () => {
    expect(contentChecksSeconds(log)).toBe(0.41);
  });

  it('is null when they did not report one', () => {
    expect(contentChecksSeconds(log.slice(1))).toBeNull();
  });
});
