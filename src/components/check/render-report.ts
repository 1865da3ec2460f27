/** A RecordReport as DOM: findings first (with their fix), then the record term by term. Text only, never HTML. */
import { fill } from '../../lib/messages.ts';
import type { Finding, RecordReport, Term } from '../../lib/records/index.ts';
import type { CheckLabels } from './labels.ts';

/** The case page that explains failures of each kind of record. */
const CASE_OF_KIND: Partial<Record<RecordReport['kind'], string>> = { spf: 'spf-fail', dkim: 'dkim-fail', dmarc: 'dmarc-rejected' };
const SEVERITY_ORDER = { problem: 0, warning: 1, info: 2 } as const;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

export function renderReport(report: RecordReport, l: CheckLabels, headingLevel: 'h2' | 'h3' = 'h2'): DocumentFragment {
  const out = document.createDocumentFragment();
  out.append(el('p', l.results.kind[report.kind], 'font-semibold'));
  out.append(el(headingLevel, l.results.findingsHeading, 'mt-4 text-xl font-bold'));
  const findings = [...report.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  if (!findings.some((f) => f.severity === 'problem')) out.append(el('p', l.results.noProblems, 'mt-2'));
  const list = el('ul', undefined, 'mt-2 space-y-3');
  for (const f of findings) list.append(renderFinding(f, l));
  out.append(list);
  const caseSlug = CASE_OF_KIND[report.kind];
  const info = caseSlug ? l.cases[caseSlug] : undefined;
  if (info) {
    const p = el('p', l.results.readCase + ' ', 'mt-3');
    const a = el('a', info.title, 'underline');
    a.href = info.url;
    p.append(a);
    out.append(p);
  }
  if (report.terms.length > 0) {
    out.append(el(headingLevel, l.results.termsHeading, 'mt-6 text-xl font-bold'));
    const dl = el('dl', undefined, 'mt-2 space-y-2');
    for (const term of report.terms) {
      const dt = el('dt', undefined, 'font-mono text-sm break-all');
      dt.append(el('code', term.text));
      dl.append(dt, el('dd', explainTerm(term, l), 'ml-4 text-slate-700 dark:text-slate-300'));
    }
    out.append(dl);
  }
  return out;
}

function renderFinding(f: Finding, l: CheckLabels): HTMLLIElement {
  const li = el('li', undefined, `rounded border-l-4 p-3 ${f.severity === 'problem' ? 'border-red-700 bg-red-50 dark:bg-slate-800' : f.severity === 'warning' ? 'border-amber-600 bg-amber-50 dark:bg-slate-800' : 'border-slate-400 bg-slate-50 dark:bg-slate-800'}`);
  li.dataset.severity = f.severity;
  li.dataset.code = f.code;
  const texts = (l.findings as Record<string, { text: string; fix: string }>)[f.code];
  const values = { ...(f.values ?? {}), position: f.position === undefined ? '' : f.position + 1 };
  const head = el('p');
  head.append(el('strong', l.results.severity[f.severity] + l.colon));
  head.append(document.createTextNode(texts ? fill(texts.text, values) : f.code));
  if (f.position !== undefined) head.append(document.createTextNode(` (${fill(l.results.atPosition, { position: f.position + 1 })})`));
  li.append(head);
  if (texts) li.append(el('p', `${l.results.fix} ${fill(texts.fix, values)}`, 'mt-1'));
  return li;
}

function explainTerm(term: Term, l: CheckLabels): string {
  const templates = l.terms as unknown as Record<string, string>;
  const values: Record<string, string | number> = { ...(term.values ?? {}) };
  if (typeof values.result === 'string') values.result = l.terms.termResult[values.result as keyof typeof l.terms.termResult] ?? values.result;
  values.policy = typeof values.policy === 'string' ? l.policies[values.policy as keyof typeof l.policies] : (values.value ?? '');
  return fill(templates[term.code] ?? term.code, values);
}
