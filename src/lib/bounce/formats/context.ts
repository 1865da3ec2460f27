import type { Finding } from '../types.ts';

/** What the plain-text extractors read. */
export interface TextContext {
  /** Report text: newlines normalized, forwarding quotes removed, returned message cut off. */
  text: string;
  /** The report only warns of a delay. */
  warning: boolean;
}

/** Reads one family of plain-text report; returns no findings when the text is not of its kind. */
export type Extractor = (ctx: TextContext) => Finding[];

/** Lines of a text, each with its indentation, for the indentation-structured formats. */
export function indentedLines(text: string): Array<{ indent: number; text: string }> {
  return text.split('\n').map((line) => {
    const expanded = line.replace(/\t/g, '        ');
    const body = expanded.trimStart();
    return { indent: expanded.length - body.length, text: body.trimEnd() };
  });
}
