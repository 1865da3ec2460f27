import { formatDuration } from '../../lib/headers/duration.ts';
import type { AuthResults, HeaderReport, Hop } from '../../lib/headers/index.ts';
import { fill } from '../../lib/messages.ts';
import type { UiStrings } from '../../i18n/en.ts';
import { el, caseLink, type CaseInfo } from './dom.ts';
import { renderAuthTable } from './render-auth.ts';

export type HeaderLabels = UiStrings['pasteBox'] & { duration: UiStrings['headerReport']['duration']; colon: string; glossaryUrl: string };

const SEVERITY_STYLE = {
  problem: 'border-red-700 dark:border-red-400',
  warning: 'border-amber-600 dark:border-amber-400',
  info: 'border-slate-400 dark:border-slate-500',
} as const;

function heading(text: string): HTMLElement {
  return el('h2', text, 'mt-8 text-xl font-semibold');
}

function renderFindings(report: HeaderReport, labels: HeaderLabels, cases: Record<string, CaseInfo>): HTMLElement {
  const list = el('ul', undefined, 'mt-3 space-y-3');
  for (const f of report.findings) {
    const item = el('li', undefined, `border-l-4 py-1 pl-3 ${SEVERITY_STYLE[f.severity]}`);
    item.dataset.severity = f.severity;
    item.append(el('p', f.text));
    const info = f.caseSlug ? cases[f.caseSlug] : undefined;
    if (info) {
      item.append(el('p', `${labels.whoActs}${labels.colon}${info.owners}`, 'mt-1 text-sm'));
      item.append(caseLink(info, labels.readCase, labels.colon));
    }
    list.append(item);
  }
  return list;
}

function hopLine(hop: Hop, longest: number | undefined, labels: HeaderLabels): HTMLElement {
  const dl = el('dl', undefined, 'mt-1 grid gap-x-3 text-sm sm:grid-cols-[max-content_1fr]');
  for (const [term, value] of [[labels.hopFrom, hop.from], [labels.hopBy, hop.by], [labels.hopWith, hop.with]] as const) {
    if (!value) continue;
    dl.append(el('dt', term, 'font-semibold'), el('dd', value, 'font-mono break-all'));
  }
  const when = el('p', hop.date ? hop.date.replace('T', ' ').replace('Z', ' UTC') : labels.noDate, 'font-mono text-sm');
  const wrap = el('div');
  wrap.append(when);
  if (hop.delaySeconds !== undefined) {
    const duration = formatDuration(hop.delaySeconds, labels.duration);
    const delay = hop.delaySeconds < 0 ? fill(labels.skewed, { duration }) : fill(labels.waited, { duration });
    const note = el('p', delay, hop.delaySeconds < 0 ? 'text-sm font-semibold text-amber-800 dark:text-amber-300' : 'text-sm');
    if (longest !== undefined && hop.delaySeconds === longest && longest > 0) {
      note.append(el('strong', ` (${labels.longest})`, 'text-red-800 dark:text-red-300'));
      note.dataset.longest = '';
    }
    wrap.append(note);
  }
  wrap.append(dl);
  return wrap;
}

function renderTimeline(report: HeaderReport, labels: HeaderLabels): HTMLElement[] {
  if (report.hops.length === 0) return [el('p', labels.noHops, 'mt-3')];
  const delays = report.hops.flatMap((h) => (h.delaySeconds === undefined ? [] : [h.delaySeconds]));
  const longest = delays.length > 0 ? Math.max(...delays) : undefined;
  const list = el('ol', undefined, 'mt-3 space-y-3 border-l-2 border-slate-300 pl-4 dark:border-slate-600');
  report.hops.forEach((hop, i) => {
    const item = el('li');
    item.append(el('h3', fill(labels.hop, { n: i + 1 }), 'font-semibold'), hopLine(hop, longest, labels));
    list.append(item);
  });
  const out: HTMLElement[] = [list];
  if (report.totalSeconds !== undefined) out.push(el('p', fill(labels.total, { duration: formatDuration(report.totalSeconds, labels.duration) }), 'mt-2 font-semibold'));
  return out;
}

function renderVerdicts(report: HeaderReport, labels: HeaderLabels): HTMLElement {
  const list = el('dl', undefined, 'mt-3 space-y-2');
  for (const v of report.verdicts) {
    const term = el('dt', undefined, 'font-mono text-sm break-all');
    term.append(el('span', `${v.header} ${v.field}${labels.colon}`), el('strong', v.value));
    list.append(term, el('dd', v.meaning, 'pl-4'));
  }
  return list;
}

function renderFieldNames(report: HeaderReport, labels: HeaderLabels, terms: Record<string, string>): HTMLElement {
  const list = el('ul', undefined, 'mt-3 flex flex-wrap gap-2 font-mono text-sm');
  for (const name of report.fieldNames) {
    const item = el('li');
    const term = terms[name];
    if (term) {
      const a = el('a', name, 'underline underline-offset-2');
      a.href = `${labels.glossaryUrl}#${term}`;
      item.append(a);
    } else item.textContent = name;
    list.append(item);
  }
  return list;
}

/** The header report: findings first, then the timeline, authentication, verdicts and field names. All text, never HTML. */
export function renderHeaders(report: HeaderReport, labels: HeaderLabels, cases: Record<string, CaseInfo>, terms: Record<string, string>): HTMLElement {
  const section = el('div');
  section.dataset.testid = 'header-results';
  const auth: AuthResults[] = report.authentication;
  section.append(heading(labels.findings), renderFindings(report, labels, cases));
  section.append(heading(labels.timeline), ...renderTimeline(report, labels));
  if (auth.length > 0 || report.alignment) section.append(heading(labels.authentication), ...renderAuthTable(report, labels));
  if (report.verdicts.length > 0) section.append(heading(labels.verdicts), renderVerdicts(report, labels));
  section.append(heading(labels.fields), renderFieldNames(report, labels, terms));
  return section;
}
