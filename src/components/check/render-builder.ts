/** The builder's output for the chosen services: the SPF record with its lookup count, DKIM steps, a starting DMARC record. */
import { fill } from '../../lib/messages.ts';
import { suggestRecords, type SendingService } from '../../lib/records/services.ts';
import type { CheckLabels } from './labels.ts';
import { el } from './render-report.ts';

export function renderBuilder(chosen: readonly SendingService[], domain: string, l: CheckLabels, checkLink: (record: string) => string): DocumentFragment {
  const out = document.createDocumentFragment();
  if (chosen.length === 0) {
    out.append(el('p', l.build.nothingChosen));
    return out;
  }
  const lang = l.lang;
  const records = suggestRecords(chosen, domain);
  out.append(el('h3', l.build.spfHeading, 'mt-4 text-lg font-bold'));
  if (records.spf) {
    out.append(recordBlock(records.spf.record, 'spf', l, checkLink));
    out.append(el('p', fill(l.build.spfLookups, { count: records.spf.lookups }), 'mt-2'), el('p', l.build.spfSoftfail, 'mt-2'));
  } else out.append(el('p', l.build.spfNone, 'mt-2'));
  if (records.elsewhere.length > 0) {
    out.append(el('p', l.build.spfElsewhere, 'mt-3'));
    for (const { service, record } of records.elsewhere) {
      out.append(el('p', service.name[lang], 'mt-2 font-semibold'), recordBlock(record, `spf-${service.id}`, l, checkLink));
    }
  }
  const notes = chosen.filter((s) => s.note);
  if (notes.length > 0) {
    const ul = el('ul', undefined, 'mt-3 list-disc space-y-1 pl-6');
    for (const s of notes) ul.append(el('li', `${s.name[lang]}${l.colon}${s.note![lang]}`));
    out.append(ul);
  }

  out.append(el('h3', l.build.dkimHeading, 'mt-6 text-lg font-bold'));
  for (const s of chosen) {
    out.append(el('h4', s.name[lang], 'mt-3 font-semibold'));
    const ol = el('ol', undefined, 'list-decimal space-y-1 pl-6');
    for (const step of s.dkim[lang]) ol.append(el('li', step));
    out.append(ol);
    const source = el('p', `${l.build.source}${l.colon}`, 'mt-1 text-sm');
    const a = el('a', s.source.title, 'underline');
    a.href = s.source.url;
    a.rel = 'noopener';
    source.append(a, document.createTextNode(` (${fill(l.build.checked, { date: s.checked })})`));
    out.append(source);
  }

  out.append(el('h3', fill(l.build.dmarcHeading, { domain }), 'mt-6 text-lg font-bold'));
  out.append(recordBlock(records.dmarc, 'dmarc', l, checkLink), el('p', l.build.dmarcSteps, 'mt-2'));
  return out;
}

function recordBlock(record: string, id: string, l: CheckLabels, checkLink: (record: string) => string): HTMLElement {
  const box = el('div', undefined, 'mt-2');
  const pre = el('pre', record, 'whitespace-pre-wrap break-all rounded bg-slate-100 p-2 font-mono text-sm dark:bg-slate-800');
  pre.dataset.record = id;
  const link = el('a', l.build.checkThis, 'mt-1 inline-block underline');
  link.href = checkLink(record);
  box.append(pre, link);
  return box;
}
