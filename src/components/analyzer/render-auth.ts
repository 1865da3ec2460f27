import type { AuthResult, AuthResults, HeaderReport } from '../../lib/headers/index.ts';
import { fill } from '../../lib/messages.ts';
import { el } from './dom.ts';
import type { HeaderLabels } from './render-headers.ts';

/** The From domain's published policy, as Gmail and others note it in a comment ("p=REJECT"). */
function dmarcPolicy(r: AuthResult): string | undefined {
  return r.properties['policy.dmarc'] ? `p=${r.properties['policy.dmarc']}` : /\bp=(\w+)/i.exec(r.comment ?? '')?.[0];
}

/** What a result vouches for, as the receiver wrote it. */
function identity(r: AuthResult): string {
  const p = r.properties;
  const parts: Record<string, Array<string | undefined>> = {
    spf: [p['smtp.mailfrom'] ?? (p['smtp.helo'] && `helo=${p['smtp.helo']}`)],
    dkim: [p['header.d'] && `d=${p['header.d']}`, p['header.s'] && `s=${p['header.s']}`, p['header.b'] && `b=${p['header.b']}`, p['header.i'] && `i=${p['header.i']}`],
    dmarc: [p['header.from'] && `from=${p['header.from']}`, dmarcPolicy(r), p['action'] && `action=${p['action']}`],
    compauth: [r.reason && `reason=${r.reason}`],
  };
  const known = parts[r.method]?.filter(Boolean);
  if (known && known.length > 0) return known.join(' ');
  return Object.entries(p).map(([k, v]) => `${k}=${v}`).join(' ');
}

function domainOfIdentity(r: AuthResult): string | undefined {
  const value = r.method === 'spf' ? r.properties['smtp.mailfrom'] : r.method === 'dkim' ? r.properties['header.d'] : undefined;
  return value?.slice(value.lastIndexOf('@') + 1).toLowerCase();
}

function table(set: AuthResults, caption: string, report: HeaderReport, labels: HeaderLabels, trusted: boolean): HTMLElement {
  const wrap = el('div', undefined, 'mt-3 overflow-x-auto');
  const t = el('table', undefined, 'w-full text-left text-sm');
  t.append(el('caption', caption, 'text-left font-semibold'));
  const head = el('tr');
  for (const h of [labels.method, labels.result, labels.identity, labels.aligned]) head.append(el('th', h, 'border-b border-slate-300 py-1 pr-3 dark:border-slate-600'));
  t.append(el('thead'), el('tbody'));
  t.tHead!.append(head);
  const alignedDomains = report.alignment?.alignedDomains ?? [];
  for (const r of set.results) {
    const row = el('tr');
    const domain = domainOfIdentity(r);
    const aligned = trusted && report.alignment?.from && domain ? (alignedDomains.includes(domain) ? labels.yes : labels.no) : '';
    const resultCell = el('td', r.result, `py-1 pr-3 font-semibold ${/fail|error/.test(r.result) ? 'text-red-800 dark:text-red-300' : ''}`);
    row.append(el('td', r.method, 'py-1 pr-3 font-mono'), resultCell, el('td', identity(r), 'py-1 pr-3 font-mono break-all'), el('td', aligned, 'py-1'));
    t.tBodies[0]!.append(row);
  }
  wrap.append(t);
  return wrap;
}

/** One table per set of results: the receiving side's, then each ARC set; then what alignment means here. */
export function renderAuthTable(report: HeaderReport, labels: HeaderLabels): HTMLElement[] {
  // The receiving side often writes one field per method: show its results as one table.
  const trusted = report.authentication.filter((set) => set.instance === undefined);
  const sets: AuthResults[] = [
    ...(trusted.length > 0 ? [{ authservId: trusted[0]!.authservId, results: trusted.flatMap((set) => set.results) }] : []),
    ...report.authentication.filter((set) => set.instance !== undefined),
  ];
  const out = sets.map((set) => {
    const id = set.authservId || labels.noAuthservId;
    const trusted = set.instance === undefined;
    const caption = trusted ? fill(labels.trustedBy, { id }) : fill(labels.arcSet, { n: set.instance!, id });
    return table(set, caption, report, labels, trusted);
  });
  if (report.alignment?.from) out.push(el('p', labels.alignmentNote, 'mt-2 text-sm text-slate-700 dark:text-slate-300'));
  return out;
}
