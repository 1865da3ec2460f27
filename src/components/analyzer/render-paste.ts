import type { PasteReading } from '../../lib/paste/read.ts';
import { fill } from '../../lib/messages.ts';
import { el, type CaseInfo } from './dom.ts';
import { renderHeaders, type HeaderLabels } from './render-headers.ts';
import { renderRecipient, renderReports, type ReportLabels } from './render-report.ts';

export type PasteLabels = ReportLabels & { paste: HeaderLabels; checkUrl: string };

function copyButton(source: HTMLElement, labels: HeaderLabels): HTMLElement {
  const button = el('button', labels.copy, 'mt-4 rounded border border-slate-400 px-3 py-1 text-sm dark:border-slate-500');
  button.type = 'button';
  const status = el('span', '', 'ml-3 text-sm');
  status.setAttribute('role', 'status');
  button.addEventListener('click', async () => {
    await navigator.clipboard.writeText(source.innerText);
    status.textContent = labels.copied;
  });
  const p = el('p');
  p.append(button, status);
  return p;
}

function headersWithCopy(reading: Extract<PasteReading, { kind: 'headers' }>['headers'], labels: PasteLabels, cases: Record<string, CaseInfo>, terms: Record<string, string>): HTMLElement[] {
  const report = renderHeaders(reading, labels.paste, cases, terms);
  return [copyButton(report, labels.paste), report];
}

/** Says what the paste was recognised as, then shows that reading. Everything pasted is set as text. */
export function renderPaste(target: HTMLElement, reading: PasteReading, labels: PasteLabels, cases: Record<string, CaseInfo>, terms: Record<string, string>): void {
  target.dataset.kind = reading.kind;
  const said = reading.kind === 'record' ? fill(labels.paste.recognised.record, { kind: reading.recordKind }) : labels.paste.recognised[reading.kind];
  const nodes: Node[] = [el('p', said, 'text-sm text-slate-700 dark:text-slate-300')];
  if (reading.kind === 'bounce') {
    const bounce = el('div', undefined, 'mt-3');
    bounce.dataset.testid = 'bounce-results';
    bounce.setAttribute('aria-busy', 'false');
    renderReports(bounce, reading.bounces, labels, cases);
    nodes.push(bounce);
    if (reading.headers && reading.headers.hops.length > 0) {
      const details = el('details', undefined, 'mt-8 rounded border border-slate-300 p-3 dark:border-slate-600');
      details.append(el('summary', labels.paste.alsoHeaders, 'cursor-pointer font-semibold'), ...headersWithCopy(reading.headers, labels, cases, terms));
      nodes.push(details);
    }
  } else if (reading.kind === 'headers') nodes.push(...headersWithCopy(reading.headers, labels, cases, terms));
  else if (reading.kind === 'error-line') {
    const list = el('ol', undefined, 'mt-4');
    list.append(renderRecipient(reading.line, labels, cases));
    nodes.push(el('h2', labels.paste.errorLineHeading, 'mt-4 text-xl font-semibold'), list);
  } else {
    nodes.push(el('pre', reading.record, 'mt-3 rounded bg-slate-100 p-3 text-sm whitespace-pre-wrap break-all dark:bg-slate-800'));
    nodes.push(el('p', labels.paste.record, 'mt-3'));
    const link = el('a', labels.paste.recordLink, 'font-semibold text-accent-700 underline underline-offset-2 dark:text-accent-300');
    link.href = `${labels.checkUrl}?r=${encodeURIComponent(reading.record)}`;
    const p = el('p', undefined, 'mt-1');
    p.append(link);
    nodes.push(p);
  }
  target.replaceChildren(...nodes);
}
