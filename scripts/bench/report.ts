/** Pure helpers to summarise and print measurements. */

/** The middle value (the mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Bytes as kilobytes of 1,024 bytes, one decimal: 5120 → "5.0". */
export function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

/** Bytes as megabytes of 1,024 × 1,024 bytes, one decimal. */
export function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

/** Seconds with one decimal, milliseconds as whole numbers. */
export const seconds = (s: number): string => s.toFixed(1);
export const ms = (value: number): string => Math.round(value).toString();

/**
 * A plain-text table in Markdown's pipe form, columns padded to line up. Cells that look like
 * numbers are right-aligned, so columns of figures are easy to compare.
 */
export function table(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = headers.map((h, c) => Math.max(width(h), ...rows.map((r) => width(r[c] ?? ''))));
  const numeric = headers.map((_, c) => rows.length > 0 && rows.every((r) => /^([-+]?[\d.,]+( \/ [\d.,]+)?|—)$/.test(r[c] ?? '')));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, c) => (numeric[c] ? padStart(cell, widths[c]!) : padEnd(cell, widths[c]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, c) => (numeric[c] ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(headers), rule, ...rows.map((r) => line(headers.map((_, c) => r[c] ?? '')))].join('\n');
}

/** Display width: East Asian wide characters take two columns in a terminal. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

function padEnd(text: string, to: number): string {
  return text + ' '.repeat(Math.max(0, to - width(text)));
}

function padStart(text: string, to: number): string {
  return ' '.repeat(Math.max(0, to - width(text))) + text;
}
