/**
 * Where a build spends its time, read from Astro's log. Each line is stamped with the second it
 * reached the bench (Astro's own timestamps have whole seconds only); a phase runs from one
 * marker line to the next.
 */

/** A line of the build's output and when it arrived, in seconds since the build started. */
export interface LogLine {
  at: number;
  text: string;
}

export interface BuildPhase {
  name: string;
  seconds: number;
}

/**
 * The phases in the order Astro runs them, each with the line that ends it. The integrations'
 * astro:build:done hooks run one after another in astro.config.mjs's order: sitemap, Pagefind,
 * security headers.
 */
export const PHASE_MARKERS: ReadonlyArray<{ name: string; end: RegExp }> = [
  { name: 'start-up (config, content checks, Vite dependency scan)', end: /\[content\] Syncing content/ },
  { name: 'content sync (renders the MDX pages)', end: /\[content\] Synced content/ },
  { name: 'build info', end: /Building static entrypoints/ },
  { name: 'static entrypoints (Vite)', end: /generating static routes/ },
  { name: 'route generation', end: /✓ Completed in/ },
  { name: 'sitemap', end: /sitemap-index\.xml` created/ },
  { name: 'Pagefind', end: /indexed \d+ pages for search/ },
  { name: 'security headers', end: /Content-Security-Policy for \d+ pages/ },
];

/** The content checks time themselves (they run inside the start-up phase). */
const CONTENT_CHECKS = /content checks passed in ([\d.]+) s/;

// Astro colours its log even when FORCE_COLOR=0 is set.
const ANSI = /\x1b\[[0-9;]*m/g;

/**
 * The phases found in the log, in order; a phase whose marker is missing is left out, and the
 * next one starts where the last found marker was.
 */
export function buildPhases(lines: readonly LogLine[]): BuildPhase[] {
  const plain = lines.map(withoutColour);
  const phases: BuildPhase[] = [];
  let from = 0;
  let index = 0;
  for (const { name, end } of PHASE_MARKERS) {
    const found = plain.findIndex((l, i) => i >= index && end.test(l.text));
    if (found === -1) continue;
    phases.push({ name, seconds: plain[found]!.at - from });
    from = plain[found]!.at;
    index = found + 1;
  }
  return phases;
}

/** What the content checks reported as their own time, if they did. */
export function contentChecksSeconds(lines: readonly LogLine[]): number | null {
  const found = lines.map((l) => CONTENT_CHECKS.exec(withoutColour(l).text)).find((m) => m !== null);
  return found ? Number(found[1]) : null;
}

function withoutColour(line: LogLine): LogLine {
  return { at: line.at, text: line.text.replace(ANSI, '') };
}
