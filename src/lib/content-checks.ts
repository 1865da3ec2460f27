import { LANG_NAMES, LANGS, type Lang } from './taxonomy.ts';

/** One content file as the checks see it: where it is, its frontmatter, its body. */
export interface ContentFile {
  collection: 'cases' | 'guides';
  lang: Lang;
  slug: string;
  /** The file's path as the author knows it, e.g. content/cases/ja/mailbox-full.mdx */
  path: string;
  data: Record<string, unknown>;
  body: string;
}

/** A glossary entry as the checks see it: its id, what it points to, and where it is written. */
export interface GlossaryRef {
  id: string;
  related: readonly string[];
  cases: readonly string[];
  /** The entry's first line in glossary.yaml, so the author can find it. */
  line?: number;
}
/** Facts about a case that do not depend on the language it is written in. */
const SHARED_FACTS = ['side', 'owner', 'reasons', 'codes', 'errors'] as const;
const SECTION_TAGS = ['Symptom', 'Cause', 'Fix'] as const;

/**
 * Checks that span files (the schema checks each file alone): both languages exist and agree,
 * related cases and glossary terms exist, and each case body has its three sections in order.
 * Returns one message per problem, each naming the file, the field and what to do.
 */
export function checkContent(files: readonly ContentFile[], glossaryIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const caseSlugs = new Set(files.filter((f) => f.collection === 'cases').map((f) => f.slug));

  for (const group of groupBySlug(files)) {
    const [first] = group;
    if (!first) continue;
    const noun = first.collection === 'cases' ? 'case' : 'guide';
    for (const lang of LANGS) {
      if (!group.some((f) => f.lang === lang)) {
        const missing = first.path.replace(`/${first.lang}/`, `/${lang}/`);
        problems.push(`${noun} '${first.slug}' has no ${LANG_NAMES[lang]} version: add ${missing}`);
      }
    }
    const en = group.find((f) => f.lang === 'en');
    const ja = group.find((f) => f.lang === 'ja');
    if (first.collection === 'cases' && en && ja) {
      for (const field of SHARED_FACTS) {
        if (JSON.stringify(en.data[field]) !== JSON.stringify(ja.data[field])) {
          problems.push(`${ja.path}: '${field}' differs from ${en.path}; make them the same in both languages (same items, same order)`);
        }
      }
    }
  }

  for (const file of files) {
    for (const slug of list(file.data.related)) {
      if (!caseSlugs.has(slug)) problems.push(`${file.path}: 'related' names '${slug}', which is not a case; use the slug of a file in content/cases/${file.lang}/`);
    }
    const terms = list(file.data.terms);
    for (const id of terms) {
      if (!glossaryIds.has(id)) problems.push(`${file.path}: 'terms' names '${id}', which is not in content/glossary.yaml; add it there or fix the id`);
    }
    for (const id of termIdsInBody(file.body)) {
      if (!glossaryIds.has(id)) problems.push(`${file.path}: <Term id="${id}"> is not in content/glossary.yaml; add it there or fix the id`);
      else if (!terms.includes(id)) problems.push(`${file.path}: <Term id="${id}"> is used in the text but missing from 'terms'; add it to the list`);
    }
    if (file.collection === 'cases') problems.push(...checkSections(file));
  }
  return problems;
}

/**
 * Checks that the glossary's ids are unique and that its cross-references exist:
 * `related` names other entries, `cases` names cases. One message per problem.
 */
export function checkGlossary(entries: readonly GlossaryRef[], caseSlugs: ReadonlySet<string>, path = 'content/glossary.yaml'): string[] {
  const problems: string[] = [];
  const ids = new Set(entries.map((e) => e.id));
  const where = (e: GlossaryRef) => `${path}${e.line ? `:${e.line}` : ''}: entry '${e.id}'`;

  const byId = new Map<string, GlossaryRef[]>();
  for (const e of entries) byId.set(e.id, [...(byId.get(e.id) ?? []), e]);
  for (const [id, same] of byId) {
    if (same.length < 2) continue;
    const lines = same.flatMap((e) => (e.line ? [e.line] : []));
    const at = lines.length === same.length ? ` (lines ${lines.join(', ')})` : '';
    problems.push(`${path}: the id '${id}' is used by ${same.length} entries${at}; give each entry its own id (it is the entry's address: /glossary/#${id})`);
  }

  for (const e of entries) {
    for (const id of e.related) {
      if (id === e.id) problems.push(`${where(e)}: 'related' names the entry itself; remove '${id}' from the list`);
      else if (!ids.has(id)) problems.push(`${where(e)}: 'related' names '${id}', which is not a glossary id; use the id of another entry or remove it`);
    }
    for (const slug of e.cases) {
      if (!caseSlugs.has(slug)) problems.push(`${where(e)}: 'cases' names '${slug}', which is not a case; use the slug of a file in content/cases/en/ or remove it`);
    }
  }
  return problems;
}

/** Symptom, Cause and Fix: each once, in that order, with nothing outside them. */
export function checkSections(file: Pick<ContentFile, 'path' | 'body'>): string[] {
  const tags = [...file.body.matchAll(/^<(\/?)(Symptom|Cause|Fix)>\s*$/gm)].map((m) => `${m[1]}${m[2]}`);
  const expected = SECTION_TAGS.flatMap((t) => [t, `/${t}`]);
  if (tags.join() !== expected.join()) {
    const found = tags.length ? tags.map((t) => `<${t}>`).join(' ') : 'none';
    return [`${file.path}: the body must have <Symptom>…</Symptom>, then <Cause>…</Cause>, then <Fix>…</Fix>, each once and each tag on a line of its own (found: ${found})`];
  }
  const outside = file.body.replace(/^<(Symptom|Cause|Fix)>\s*$[\s\S]*?^<\/\1>\s*$/gm, '').trim();
  if (outside) return [`${file.path}: text outside the three sections ("${outside.slice(0, 40)}…"); move it into Symptom, Cause or Fix`];
  return [];
}

export function termIdsInBody(body: string): string[] {
  return [...body.matchAll(/<Term\s+id="([^"]*)"/g)].map((m) => m[1] ?? '');
}

function groupBySlug(files: readonly ContentFile[]): ContentFile[][] {
  const groups = new Map<string, ContentFile[]>();
  for (const f of files) {
    const key = `${f.collection}/${f.slug}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()];
}

function list(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
