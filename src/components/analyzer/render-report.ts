import type { BounceReport, RecipientReport } from '../../lib/bounce/index.ts';
import type { Decision, DecisionKind, Stage } from '../../lib/diagnosis/index.ts';
import { fill, plural, type PluralForms } from '../../lib/messages.ts';
import type { Lang } from '../../lib/taxonomy.ts';

/** What the page knows about each case, in its language: embedded in the page as JSON. */
export interface CaseInfo {
  title: string;
  url: string;
  owners: string;
}

/** The page's labels (src/i18n: analyzer) plus the plain-words reasons. */
export interface ReportLabels {
  recipients: PluralForms;
  address: string;
  unknownAddress: string;
  status: string;
  reply: string;
  reason: string;
  whoActs: string;
  diagnostic: string;
  reportedBy: string;
  readCase: string;
  reports: PluralForms;
  reportHeading: string;
  otherCases: string;
  noCase: string;
  why: string;
  whySource: string;
  whyKinds: Record<Exclude<DecisionKind, 'stage'>, string>;
  whyStages: Record<Stage, string>;
  /** Decisions about the report as a whole (auto-reply, feedback report, delay …), by detail. */
  whyReports: Record<string, string>;
  kind: Record<BounceReport['kind'], string>;
  colon: string;
  lang: Lang;
  reasons: Record<string, string>;
  /** The address of each code's page ("5.7.26" → "/en/codes/5.7.26/"); a code without one is shown as text. */
  codePages: Record<string, string>;
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
};

/** One report as DOM nodes. Everything from the message (addresses, the server's words) is set as text, never parsed as HTML. */
function reportNodes(report: BounceReport, labels: ReportLabels, cases: Record<string, CaseInfo>): Node[] {
  const nodes: Node[] = [el('p', labels.kind[report.kind], 'text-lg font-semibold')];
  if (report.reportingMta) nodes.push(el('p', `${labels.reportedBy}${labels.colon}${report.reportingMta}`, 'mt-1 text-sm text-slate-700 dark:text-slate-300'));
  const failed = report.recipients.length;
  if (report.kind === 'bounce' && failed > 0) {
    nodes.push(el('p', plural(labels.recipients, failed, labels.lang), 'mt-1'));
  }
  const list = el('ol', undefined, 'mt-4 space-y-4');
  for (const recipient of report.recipients) list.append(renderRecipient(recipient, labels, cases));
  if (report.recipients.length > 0) nodes.push(list);
  return nodes;
}

/**
 * Writes the reports of one input: a single report as it is; several (a mailbox, a digest,
 * forwarded bounces) each under its own heading, in order.
 */
export function renderReports(target: HTMLElement, reports: BounceReport[], labels: ReportLabels, cases: Record<string, CaseInfo>): void {
  if (reports.length <= 1) {
    target.replaceChildren(...(reports[0] ? reportNodes(reports[0], labels, cases) : []));
    return;
  }
  const nodes: Node[] = [el('p', plural(labels.reports, reports.length, labels.lang), 'text-lg font-semibold')];
  reports.forEach((report, i) => {
    const section = el('section', undefined, 'mt-6 border-t border-slate-300 pt-4 dark:border-slate-600');
    section.append(el('h2', fill(labels.reportHeading, { n: i + 1, count: reports.length }), 'text-xl font-bold'), ...reportNodes(report, labels, cases));
    nodes.push(section);
  });
  target.replaceChildren(...nodes);
}

export function renderRecipient(r: RecipientReport, labels: ReportLabels, cases: Record<string, CaseInfo>): HTMLElement {
  const item = el('li', undefined, 'rounded-lg border border-slate-300 p-4 dark:border-slate-600');
  item.append(el('h3', r.address ?? labels.unknownAddress, 'font-mono text-base font-semibold break-all'));
  const facts = el('dl', undefined, 'mt-3 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]');
  const fact = (term: string, value: string | Node) => {
    facts.append(el('dt', term, 'font-semibold'));
    const dd = el('dd');
    dd.append(value);
    facts.append(dd);
  };
  fact(labels.reason, labels.reasons[r.reason] ?? r.reason);
  if (r.status) fact(labels.status, code(r.status, labels.codePages));
  if (r.replyCode) fact(labels.reply, code(r.replyCode, labels.codePages));
  const main = r.caseSlug ? cases[r.caseSlug] : undefined;
  if (main) fact(labels.whoActs, main.owners);
  item.append(facts);
  item.append(...renderWhy(r.decidedBy, labels));
  if (r.diagnostic) {
    item.append(el('p', labels.diagnostic, 'mt-3 font-semibold'));
    const pre = el('pre', r.diagnostic, 'mt-1 rounded bg-slate-100 p-3 text-sm whitespace-pre-wrap break-words dark:bg-slate-800');
    pre.lang = 'en';
    item.append(pre);
  }
  if (main) {
    const p = el('p', undefined, 'mt-3');
    const link = el('a', `${labels.readCase}${labels.colon}${main.title}`, 'font-semibold text-accent-700 underline underline-offset-2 dark:text-accent-300');
    link.href = main.url;
    p.append(link);
    item.append(p);
  } else item.append(el('p', labels.noCase, 'mt-3'));
  const others = (r.otherCases ?? []).flatMap((slug) => (cases[slug] ? [cases[slug]] : []));
  if (others.length > 0) {
    item.append(el('p', labels.otherCases, 'mt-3 text-sm font-semibold'));
    const ul = el('ul', undefined, 'mt-1 list-disc pl-6 text-sm');
    for (const c of others) {
      const li = el('li');
      const a = el('a', c.title, 'underline underline-offset-2');
      a.href = c.url;
      li.append(a);
      ul.append(li);
    }
    item.append(ul);
  }
  return item;
}

/** One decision in the reader's words: what the evidence was and what it means. */
export function whyText(d: Decision, labels: Pick<ReportLabels, 'whyKinds' | 'whyStages' | 'whyReports'>): string {
  const report = labels.whyReports[d.detail];
  if (report) return report;
  if (d.kind === 'stage') return labels.whyStages[d.detail as Stage] ?? d.detail;
  return fill(labels.whyKinds[d.kind], { detail: d.detail });
}

function renderWhy(decisions: Decision[], labels: ReportLabels): HTMLElement[] {
  if (decisions.length === 0) return [];
  const ul = el('ul', undefined, 'mt-1 list-disc pl-6 text-sm');
  for (const d of decisions) {
    const li = el('li', whyText(d, labels));
    if (d.source) li.append(el('span', ` (${labels.whySource}${labels.colon}${d.source})`, 'text-slate-600 dark:text-slate-400'));
    ul.append(li);
  }
  return [el('p', labels.why, 'mt-3 font-semibold'), ul];
}

/** A status or reply code, linked to its page when it has one. */
function code(text: string, pages: Record<string, string>): HTMLElement {
  const element = el('code', text, 'rounded bg-slate-100 px-1.5 py-0.5 dark:bg-slate-800');
  const href = Object.hasOwn(pages, text) ? pages[text] : undefined;
  if (!href) return element;
  const link = el('a', undefined, 'underline underline-offset-2');
  link.href = href;
  link.append(element);
  return link;
}
