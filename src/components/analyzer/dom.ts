import type { CaseInfo } from './render-report.ts';

export type { CaseInfo };

/** A new element with text (set as text, never as HTML) and classes. */
export const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
};

/** "Read the case: <title>" as a paragraph with one link. */
export function caseLink(info: CaseInfo, readCase: string, colon: string): HTMLElement {
  const p = el('p', undefined, 'mt-1');
  const link = el('a', `${readCase}${colon}${info.title}`, 'font-semibold text-accent-700 underline underline-offset-2 dark:text-accent-300');
  link.href = info.url;
  p.append(link);
  return p;
}
