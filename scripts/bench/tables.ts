/** Each measurement as the table `npm run bench` prints. */
import type { BuildResult } from './astro.ts';
import { CATEGORIES, type LighthouseResult } from './lighthouse.ts';
import type { PageWeight } from './page-weight.ts';
import { kb, mb, ms, seconds, table } from './report.ts';
import type { CaseSearchCost, SearchCost } from './search-cost.ts';
import { TARGETS } from './weights.ts';

export interface SyntheticBuild extends BuildResult {
  casesPerLanguage: number;
  /** The other checkout that made this build (bench --compare); absent for this one. */
  project?: string;
}

export function buildTable(site: BuildResult): string {
  return section(
    'Build of the real site (astro build, cold cache, wall time)',
    `${table(
      ['seconds', 'peak MB, all / largest', 'pages', 'dist MB', 'pagefind MB', 'load at start / end'],
      [[seconds(site.seconds), peak(site), String(site.pages), mb(site.distBytes), mb(site.pagefindBytes), load(site)]],
    )}\n\n${phaseTable([{ label: 'real site', build: site }])}`,
  );
}

export function syntheticTable(builds: readonly SyntheticBuild[]): string {
  const rows = builds.map((b) => [
    syntheticLabel(b), String(b.pages), seconds(b.seconds), peak(b), ms((b.seconds * 1000) / b.pages), mb(b.distBytes), mb(b.pagefindBytes), load(b),
  ]);
  return section(
    'Synthetic corpus builds (cases copied from the real ones, cold cache)',
    `${table(['cases/lang, checkout', 'pages', 'seconds', 'peak MB, all / largest', 'ms/page', 'dist MB', 'pagefind MB', 'load at start / end'], rows)}\n\n${phaseTable(
      builds.map((b) => ({ label: syntheticLabel(b), build: b })),
    )}`,
  );
}

/** Seconds per build phase (rows), one column per build. */
export function phaseTable(builds: ReadonlyArray<{ label: string; build: BuildResult }>): string {
  const names = [...new Set(builds.flatMap(({ build }) => build.phases.map((p) => p.name)))];
  const cell = (build: BuildResult, name: string) => {
    const phase = build.phases.find((p) => p.name === name);
    return phase ? seconds(phase.seconds) : '—';
  };
  const rows = names.flatMap((name) => {
    const row = [name, ...builds.map(({ build }) => cell(build, name))];
    if (!name.startsWith('start-up')) return [row];
    const checks = ['  of which content checks', ...builds.map(({ build }) => (build.contentChecksSeconds === null ? '—' : seconds(build.contentChecksSeconds)))];
    return [row, checks];
  });
  rows.push(['total (wall time)', ...builds.map(({ build }) => seconds(build.seconds))]);
  return table(['phase, seconds', ...builds.map((b) => b.label)], rows);
}

export function weightTable(weights: readonly PageWeight[]): string {
  const rows = weights.map((w) => [
    w.name, w.lang, String(w.requests),
    `${kb(w.raw.html)} / ${kb(w.gzip.html)}`, `${kb(w.raw.css)} / ${kb(w.gzip.css)}`, `${kb(w.raw.js)} / ${kb(w.gzip.js)}`,
    `${kb(w.raw.other)} / ${kb(w.gzip.other)}`, `${kb(w.raw.total)} / ${kb(w.gzip.total)}`,
    yesNo(w.meets.js), yesNo(w.meets.total),
  ]);
  return section(
    `Page weight before interaction, KB raw / gzip (KB = 1,024 bytes). Targets, by gzip size: JS ≤ ${kb(TARGETS.jsBytes)} KB, total ≤ ${kb(TARGETS.totalBytes)} KB`,
    table(['page', 'lang', 'requests', 'HTML', 'CSS', 'JS', 'other', 'total', `JS ≤ ${kb(TARGETS.jsBytes)}`, `total ≤ ${kb(TARGETS.totalBytes)}`], rows),
  );
}

export function searchTable(costs: readonly SearchCost[]): string {
  const rows = costs.flatMap((c) => [
    [c.lang, `first: ?q=${c.query}`, ms(c.first.ms), String(c.first.requests), kb(c.first.bytes), kb(c.first.gzipBytes)],
    [c.lang, `then typed: ${c.followUp}`, ms(c.next.ms), String(c.next.requests), kb(c.next.bytes), kb(c.next.gzipBytes)],
  ]);
  const runs = costs[0]?.runs ?? 0;
  return section(
    `Search cost, median of ${runs} runs with an empty cache. First search: from navigation to results shown, loads beyond the page's own HTML, CSS and scripts. Then a query typed into the header box: until the first suggestion shows`,
    table(['lang', 'search', 'ms', 'requests', 'KB raw', 'KB gzip'], rows),
  );
}

export function caseSearchTable(costs: readonly CaseSearchCost[]): string {
  const rows = costs.map((c) => [c.lang, c.query, ms(c.first.ms), String(c.first.requests), kb(c.first.bytes), kb(c.first.gzipBytes)]);
  return section(
    `First search from a case page (${costs[0]?.page ?? ''}), median of ${costs[0]?.runs ?? 0} runs with an empty cache: the page has loaded, then the query is typed into the header box. ms until the first suggestion shows; loads from the first key press until a second after it`,
    table(['lang', 'query', 'ms', 'requests', 'KB raw', 'KB gzip'], rows),
  );
}

export function lighthouseTable(results: readonly LighthouseResult[]): string {
  const rows = results.map((r) => [r.name, r.lang, ...CATEGORIES.map((c) => (r.scores ? String(r.scores[c]) : '—')), r.error ?? '']);
  const findings = results.flatMap((r) =>
    r.findings.map((f) =>
      [
        `- ${r.name} (${r.lang}): ${f.id} — ${f.title}${f.displayValue ? ` (${f.displayValue})` : ''}; score ${f.score}, ${f.categories.join(', ')}${f.weight === 0 ? ', weight 0' : ''}`,
        ...f.examples.map((e) => `    ${e}`),
      ].join('\n'),
    ),
  );
  return section(
    'Lighthouse (mobile, its defaults): category scores ×100',
    `${table(['page', 'lang', ...CATEGORIES, 'error'], rows)}\n\nAudits under 1:\n${findings.length > 0 ? findings.join('\n') : '- none'}`,
  );
}

function syntheticLabel(build: SyntheticBuild): string {
  return `${build.casesPerLanguage}${build.project === undefined ? '' : `, ${build.project}`}`;
}

/** Peak memory in MB (1,024 × 1,024 bytes): all processes together / the largest one; a dash where it could not be read. */
function peak(build: BuildResult): string {
  return build.peakMemory === null ? '—' : `${mb(build.peakMemory.tree)} / ${mb(build.peakMemory.largestProcess)}`;
}

function load(build: BuildResult): string {
  return `${build.loadAverage.start[0]?.toFixed(2)} / ${build.loadAverage.end[0]?.toFixed(2)}`;
}

function section(title: string, body: string): string {
  return `\n## ${title}\n\n${body}\n`;
}

function yesNo(ok: boolean): string {
  return ok ? 'yes' : 'NO';
}
