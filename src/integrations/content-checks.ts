import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { isMap, isSeq, LineCounter, parse, parseDocument } from 'yaml';
import { checkCodeTable } from '../lib/codes.ts';
import { checkContent, checkGlossary, type ContentFile, type GlossaryRef } from '../lib/content-checks.ts';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import { checkPicker } from '../lib/picker.ts';
import { checkSearchTerms } from '../lib/search/search-terms.ts';
import { checkSendingServices } from '../lib/records/services.ts';
import { LANGS } from '../lib/taxonomy.ts';

/**
 * Fails the build, dev server and `astro sync` early when content files disagree with each other.
 * Single-file problems (a missing field) are reported by the collection schemas.
 */
export function contentChecks(contentDir: string): AstroIntegration {
  return {
    name: 'todokanai:content-checks',
    hooks: {
      'astro:config:done': async ({ logger }) => {
        const started = performance.now();
        const problems = await checkContentDir(contentDir);
        if (problems.length > 0) {
          throw new Error(`The content has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
        }
        // `npm run bench` reads this time (scripts/bench/build-phases.ts).
        logger.info(`content checks passed in ${((performance.now() - started) / 1000).toFixed(2)} s`);
      },
    },
  };
}

export async function checkContentDir(contentDir: string): Promise<string[]> {
  const files = (await Promise.all((['cases', 'guides'] as const).flatMap((collection) => LANGS.map((lang) => readContentFiles(contentDir, collection, lang))))).flat();
  const glossaryPath = join(contentDir, 'glossary.yaml');
  const glossary = readGlossaryRefs(await readFile(glossaryPath, 'utf8'));
  const caseSlugs = new Set(files.filter((f) => f.collection === 'cases').map((f) => f.slug));
  return [
    ...checkContent(files, new Set(glossary.map((e) => e.id))),
    ...checkGlossary(glossary, caseSlugs, relative(process.cwd(), glossaryPath)),
    ...(await checkPickerFile(contentDir, files)),
    ...(await checkSearchTermsFile(contentDir)),
    ...(await checkServicesFile(contentDir)),
    ...(await checkCodesFile(contentDir, files)),
  ];
}

/** One collection's files in one language, sorted by name; read all at once, parsed as they arrive. */
async function readContentFiles(contentDir: string, collection: ContentFile['collection'], lang: ContentFile['lang']): Promise<ContentFile[]> {
  const dir = join(contentDir, collection, lang);
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.mdx')).sort();
  return Promise.all(
    names.map(async (name) => {
      const path = join(dir, name);
      const { data, body } = splitFrontmatter(await readFile(path, 'utf8'));
      return { collection, lang, slug: name.replace(/\.mdx$/, ''), path: relative(process.cwd(), path), data, body };
    }),
  );
}

/** The code pages' table, when the content has one (test fixtures may not): well formed, and a page for every case's code. */
async function checkCodesFile(contentDir: string, files: readonly ContentFile[]): Promise<string[]> {
  const path = join(contentDir, 'codes.yaml');
  const name = relative(process.cwd(), path);
  const source = await readFile(path, 'utf8').catch(() => null);
  if (source === null) return [];
  const cases = files.filter((f) => f.collection === 'cases');
  const table = parse(source) as unknown;
  const problems = checkCodeTable(table, { caseSlugs: new Set(cases.map((f) => f.slug)) }, name);
  if (problems.length > 0) return problems;
  return missingCodePages(table as Array<{ codes: string[] }>, cases, name);
}

/** Every code a case lists needs a page, or its link from the case would lead nowhere. */
export function missingCodePages(table: ReadonlyArray<{ codes: readonly string[] }>, cases: readonly Pick<ContentFile, 'path' | 'data' | 'lang'>[], tablePath = 'content/codes.yaml'): string[] {
  const pages = new Set(table.flatMap((e) => e.codes));
  return cases.filter((f) => f.lang === 'en').flatMap((f) => strings(f.data.codes).filter((c) => !pages.has(c))
    .map((c) => `${f.path}: code '${c}' has no page; add it to the 'codes' of its meaning in ${tablePath} (or a new entry)`));
}

/** The search terms are optional (search works without them), but must be well formed when present. */
async function checkSearchTermsFile(contentDir: string): Promise<string[]> {
  const path = join(contentDir, 'search-terms.yaml');
  const source = await readFile(path, 'utf8').catch(() => null);
  return source === null ? [] : checkSearchTerms(parse(source) as unknown, relative(process.cwd(), path));
}

/** The record builder's services, when the content has them (test fixtures may not). */
async function checkServicesFile(contentDir: string): Promise<string[]> {
  const path = join(contentDir, 'sending-services.yaml');
  const source = await readFile(path, 'utf8').catch(() => null);
  return source === null ? [] : checkSendingServices(parse(source) as unknown, relative(process.cwd(), path));
}

/** The symptom picker may only lead to pages that exist, and must lead to every case. */
async function checkPickerFile(contentDir: string, files: readonly ContentFile[]): Promise<string[]> {
  const path = join(contentDir, 'picker.yaml');
  const name = relative(process.cwd(), path);
  const source = await readFile(path, 'utf8').catch(() => null);
  if (source === null) return [`${name} is missing: add the symptom picker's questions there (see README.md)`];
  const slugsOf = (collection: ContentFile['collection']) => new Set(files.filter((f) => f.collection === collection).map((f) => f.slug));
  return checkPicker(parse(source) as unknown, { cases: slugsOf('cases'), guides: slugsOf('guides') }, name);
}

/** The ids and cross-references of glossary.yaml, with the line each entry starts on. */
function readGlossaryRefs(source: string): GlossaryRef[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  if (!isSeq(doc.contents)) return [];
  return doc.contents.items.flatMap((item) => {
    if (!isMap(item)) return [];
    const e = item.toJSON() as { id?: unknown; related?: unknown; cases?: unknown };
    const line = item.range ? lineCounter.linePos(item.range[0]).line : undefined;
    return [{ id: String(e.id), related: strings(e.related), cases: strings(e.cases), line }];
  });
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}
