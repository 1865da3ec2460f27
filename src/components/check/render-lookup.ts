/** The lookup's plan (said before anything is asked), its results and the SPF include tree, as DOM. */
import { fill } from '../../lib/messages.ts';
import type { DomainLookup, PlannedQuery, SpfNode } from '../../lib/records/index.ts';
import type { CheckLabels } from './labels.ts';
import { el, renderReport } from './render-report.ts';

export function renderPlan(queries: readonly PlannedQuery[], resolverHost: string, l: CheckLabels): DocumentFragment {
  const out = document.createDocumentFragment();
  out.append(el('p', fill(l.lookup.planIntro, { resolver: resolverHost })));
  const list = el('ul', undefined, 'mt-2 list-disc pl-6 font-mono text-sm');
  list.dataset.testid = 'lookup-plan';
  for (const q of queries) list.append(el('li', `${q.type} ${q.name}`));
  out.append(list, el('p', l.lookup.planMore, 'mt-2'), el('p', fill(l.lookup.planPrivacy, { resolver: resolverHost }), 'mt-2 font-semibold'));
  return out;
}

/** Each record asked for, with its findings; the SPF record with its include tree. */
export function renderLookup(result: DomainLookup, l: CheckLabels, checkLink: (record: string) => string): DocumentFragment {
  const out = document.createDocumentFragment();
  for (const found of result.found) {
    const section = el('section', undefined, 'mt-6 border-t border-slate-300 pt-4 dark:border-slate-600');
    section.dataset.purpose = found.query.purpose;
    section.append(el('h3', `${l.lookup.purpose[found.query.purpose]}: ${found.query.name}`, 'text-lg font-bold break-all'));
    if (found.status === 'error') section.append(el('p', l.lookup.error, 'mt-2'));
    else if (found.status === 'none') section.append(el('p', l.lookup.none, 'mt-2'));
    else {
      for (const record of found.records) {
        const pre = el('pre', record, 'mt-2 whitespace-pre-wrap break-all rounded bg-slate-100 p-2 font-mono text-sm dark:bg-slate-800');
        section.append(pre);
      }
      const link = el('a', l.lookup.checkThis, 'mt-1 inline-block underline');
      link.href = checkLink(found.records.join('\n'));
      section.append(link);
      if (found.query.purpose === 'spf' && result.spfTree) section.append(renderTree(result.spfTree, l));
      if (found.report) section.append(renderReport(found.report, l, 'h3'));
    }
    out.append(section);
  }
  return out;
}

function renderTree(root: SpfNode, l: CheckLabels): HTMLElement {
  const box = el('div', undefined, 'mt-4');
  box.dataset.testid = 'spf-tree';
  box.append(el('h4', l.lookup.treeHeading, 'font-bold'));
  box.append(el('p', fill(l.lookup.treeTotal, { count: root.total }), 'font-semibold'));
  const list = el('ul', undefined, 'mt-1 pl-2');
  list.append(treeItem(root, l));
  box.append(list);
  return box;
}

function treeItem(node: SpfNode, l: CheckLabels): HTMLLIElement {
  const li = el('li', undefined, 'mt-1');
  const label = node.via === 'root' ? node.domain : `${node.via}:${node.domain}`;
  li.append(el('code', label, 'font-mono text-sm break-all'));
  const detail = node.problem ? l.lookup.treeProblem[node.problem] : fill(l.lookup.treeNode, { own: node.own, total: node.total });
  li.append(document.createTextNode(` — ${detail}`));
  if (node.children.length > 0) {
    const ul = el('ul', undefined, 'border-l border-slate-400 pl-4');
    for (const child of node.children) ul.append(treeItem(child, l));
    li.append(ul);
  }
  return li;
}
