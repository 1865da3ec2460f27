/**
 * JSON values inside text: a webhook body or notification that a reader pasted, that SNS mailed,
 * or that someone forwarded with a few lines of their own around it. Mailers fold long lines,
 * which can put raw line breaks inside JSON strings; those are taken out again.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** JSON values tried per text; more are not read. */
const MAX_VALUES = 20;

/**
 * The end of the JSON value starting at `start` (just after its closing bracket), and its text
 * with line breaks inside strings removed; undefined when the brackets never close.
 */
function scanValue(text: string, start: number): { end: number; source: string } | undefined {
  let depth = 0;
  let inString = false;
  let out = '';
  let from = start;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      else if (c === '\n') {
        // A folded line: drop the break and the one space or tab the folding added.
        out += text.slice(from, i);
        from = text[i + 1] === ' ' || text[i + 1] === '\t' ? i + 2 : i + 1;
      }
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return { end: i + 1, source: out + text.slice(from, i + 1) };
    }
  }
  return undefined;
}

/** The JSON values in a text that start a line (after indentation), in order. */
export function jsonValuesIn(text: string): Json[] {
  const values: Json[] = [];
  const starts = /^[ \t]*([{[])/gm;
  let attempts = 0;
  for (let m = starts.exec(text); m && attempts < MAX_VALUES; m = starts.exec(text)) {
    attempts++;
    const start = m.index + m[0].length - 1;
    const scanned = scanValue(text, start);
    if (!scanned) break; // nothing after this closes either
    try {
      values.push(JSON.parse(scanned.source) as Json);
      starts.lastIndex = scanned.end;
    } catch {
      starts.lastIndex = start + 1;
    }
  }
  return values;
}

export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string field, or a number written as one (Mailgun gives reply codes as numbers). */
export function str(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

export function obj(value: Json | undefined): JsonObject | undefined {
  return isObject(value) ? value : undefined;
}

export function list(value: Json | undefined): Json[] {
  return Array.isArray(value) ? value : [];
}
