/**
 * The code pages' table (content/codes.yaml): for each standard meaning, the codes that have a
 * page, what the standard says, and what each provider's server means when it sends the code.
 * Pure: the build reads the file, checks it here and renders the pages from codePages().
 */
import { LANGS, OWNERS, STATUS_CODE, type Lang, type Owner } from './taxonomy.ts';

export type Localized = Record<Lang, string>;

export interface CodeSource {
  title: string;
  url: string;
}

/** One provider's reading of one code, as its server writes it. */
export interface ProviderReading {
  /** The code this reading is for: one of its meaning's `codes`. */
  code: string;
  /** The row's anchor on the code page ("gmail", "gmail-dmarc"): lowercase words joined by hyphens. */
  id: string;
  provider: string;
  /** The server's reply, verbatim. */
  text: string;
  meaning: Localized;
  /** Who must act (the cases' `owner` vocabulary). */
  owner: Owner[];
  /** The case that explains it. */
  case: string;
  source: CodeSource;
  /** When the text was seen at the source: "2026-11". */
  seen: string;
}

/** One standard meaning and the codes that carry it ("X.2.2" for 4.2.2 and 5.2.2). */
export interface CodeMeaning {
  /** The codes that get a page: "5.2.2", "4.2.2", "552". */
  codes: string[];
  /** The registry's or the RFC's name for it, in each language. */
  name: Localized;
  /** What the standard says, in each language. */
  standard: Localized;
  source: CodeSource;
  /** Absent when no provider's own wording is recorded. */
  providers?: ProviderReading[];
}

/** One code page: a code, its meaning and the providers' readings of exactly this code. */
export interface CodePage {
  code: string;
  kind: 'enhanced' | 'reply';
  meaning: Omit<CodeMeaning, 'providers'>;
  providers: ProviderReading[];
}

const ROW_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MONTH = /^20\d\d-(0[1-9]|1[0-2])$/;
const URL_START = /^https:\/\//;

/** What the content checks need to know about the rest of the content. */
export interface CodeContext {
  caseSlugs: ReadonlySet<string>;
}

/**
 * Problems with content/codes.yaml, each naming the entry, the field and what to do; [] when it
 * is fine. A code may have only one meaning, and a provider row's anchor is unique on its page.
 */
export function checkCodeTable(value: unknown, context: CodeContext, path = 'content/codes.yaml'): string[] {
  if (!Array.isArray(value)) return [`${path}: the file must be a list of entries, each starting "- codes: [\"5.2.2\"]"`];
  const problems: string[] = [];
  const meaningOf = new Map<string, number>();
  value.forEach((raw: unknown, i) => {
    const where = `${path}, entry ${i + 1}`;
    if (!isRecord(raw)) return problems.push(`${where}: write the entry as codes:, name:, standard:, source: and providers:`);
    const codes = Array.isArray(raw.codes) ? raw.codes : [];
    const name = codes.length > 0 ? `${path}, entry ${i + 1} (${codes.join(', ')})` : where;
    if (codes.length === 0 || codes.some((c) => typeof c !== 'string' || !STATUS_CODE.test(c))) {
      problems.push(`${name}: 'codes' must list codes in quotes, like codes: ["5.2.2", "4.2.2"] or codes: ["552"]`);
    }
    for (const code of codes.filter((c): c is string => typeof c === 'string')) {
      const other = meaningOf.get(code);
      if (other !== undefined) problems.push(`${name}: '${code}' is also in entry ${other + 1}; a code has one meaning, so keep it in one entry`);
      else meaningOf.set(code, i);
    }
    problems.push(...checkLocalized(raw.name, `${name}: 'name'`, 'the registry\'s name for the code'));
    problems.push(...checkLocalized(raw.standard, `${name}: 'standard'`, 'a short paragraph on what the standard says'));
    problems.push(...checkSource(raw.source, `${name}: 'source'`));
    if (raw.providers !== undefined && !Array.isArray(raw.providers)) problems.push(`${name}: 'providers' must be a list of rows (or [])`);
    const rows = Array.isArray(raw.providers) ? raw.providers : [];
    const ids = new Set<string>();
    rows.forEach((row: unknown, j) => {
      const rowWhere = `${name}, provider ${j + 1}`;
      if (!isRecord(row)) return problems.push(`${rowWhere}: write the row as code:, id:, provider:, text:, meaning:, owner:, case:, source: and seen:`);
      const rowName = typeof row.id === 'string' ? `${name}, provider '${row.id}'` : rowWhere;
      if (typeof row.code !== 'string' || !codes.includes(row.code)) problems.push(`${rowName}: 'code' must be one of this entry's codes (${codes.join(', ')})`);
      if (typeof row.id !== 'string' || !ROW_ID.test(row.id)) problems.push(`${rowWhere}: 'id' is the row's anchor: lowercase words joined by hyphens, like id: gmail-dmarc`);
      else if (ids.has(`${String(row.code)}#${row.id}`)) problems.push(`${rowName}: the id is used twice on the page of ${String(row.code)}; make it unique, like ${row.id}-2`);
      else ids.add(`${String(row.code)}#${row.id}`);
      if (typeof row.provider !== 'string' || !row.provider.trim()) problems.push(`${rowName}: add 'provider', the provider's name, like provider: Gmail`);
      if (typeof row.text !== 'string' || !row.text.trim()) problems.push(`${rowName}: add 'text', the server's reply exactly as the provider documents it`);
      else if (typeof row.code === 'string' && !row.text.includes(row.code)) problems.push(`${rowName}: 'text' does not contain ${row.code}; quote the reply with its code, as the server sends it`);
      problems.push(...checkLocalized(row.meaning, `${rowName}: 'meaning'`, 'what the provider means by it'));
      const owners = Array.isArray(row.owner) ? row.owner : null;
      if (!owners || owners.length === 0 || owners.some((o) => !(OWNERS as readonly unknown[]).includes(o))) {
        problems.push(`${rowName}: 'owner' lists who must act, among: ${OWNERS.join(', ')}; like owner: [sender]`);
      }
      if (typeof row.case !== 'string' || !context.caseSlugs.has(row.case)) problems.push(`${rowName}: 'case' must be the slug of a case in content/cases/ (got ${JSON.stringify(row.case)})`);
      problems.push(...checkSource(row.source, `${rowName}: 'source'`));
      if (typeof row.seen !== 'string' || !MONTH.test(row.seen)) problems.push(`${rowName}: 'seen' is the month the text was seen at the source, in quotes, like seen: "2026-11"`);
    });
  });
  return problems;
}

/** The table as pages, one per code, enhanced codes first in numeric order, then reply codes. */
export function codePages(table: readonly CodeMeaning[]): CodePage[] {
  const pages = table.flatMap(({ providers = [], ...meaning }) =>
    meaning.codes.map((code): CodePage => ({ code, kind: code.includes('.') ? 'enhanced' : 'reply', meaning, providers: providers.filter((p) => p.code === code) })),
  );
  return pages.sort(compareCodes);
}

/** "5.7.26" → the code's path inside a language: "codes/5.7.26/". */
export function codePath(code: string): string {
  return `codes/${code}/`;
}

/** Numeric order: 4.2.2 before 5.1.1 before 5.1.10; enhanced codes before reply codes. */
export function compareCodes(a: { code: string }, b: { code: string }): number {
  const kind = (c: string) => (c.includes('.') ? 0 : 1);
  if (kind(a.code) !== kind(b.code)) return kind(a.code) - kind(b.code);
  const pa = a.code.split('.').map(Number);
  const pb = b.code.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function checkLocalized(value: unknown, where: string, what: string): string[] {
  if (!isRecord(value)) return [`${where} needs en: and ja:, each ${what}`];
  return LANGS.filter((lang) => typeof value[lang] !== 'string' || !(value[lang] as string).trim()).map((lang) => `${where} has no ${lang}: write ${what} in ${lang === 'en' ? 'English' : 'Japanese'}`);
}

function checkSource(value: unknown, where: string): string[] {
  if (!isRecord(value) || typeof value.title !== 'string' || !value.title.trim()) return [`${where} needs a title and a url, like source: { title: "RFC 3463", url: "https://www.rfc-editor.org/rfc/rfc3463" }`];
  if (typeof value.url !== 'string' || !URL_START.test(value.url)) return [`${where}: write the full address in url, starting with https://`];
  return [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The month a text was seen, as each language writes it: "2026-11", "2026年11月". */
export function monthText(lang: Lang, seen: string): string {
  const [year, month] = seen.split('-');
  return lang === 'ja' ? `${year}年${Number(month)}月` : seen;
}
