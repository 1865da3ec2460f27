import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { parse } from 'yaml';
import { contentDir } from './content-dir.ts';
import { ui } from './i18n/index.ts';
import { codePages, type CodeMeaning, type CodePage } from './lib/codes.ts';
import { localePath } from './lib/paths.ts';
import { leafKey, localize, pageFor, reachableLeaves, readPicker, TOOLS, type LeafPage, type PickerData, type PickerTree } from './lib/picker.ts';
import type { Lang } from './lib/taxonomy.ts';

export type CaseEntry = CollectionEntry<'cases'>;
export type GuideEntry = CollectionEntry<'guides'>;

/** "ja/mailbox-full" → "mailbox-full" */
export function slugOf(entry: { id: string }): string {
  return entry.id.split('/').slice(1).join('/');
}

export function langOf(entry: { id: string }): Lang {
  return entry.id.split('/')[0] as Lang;
}

/** The cases of one language, sorted by title in that language. */
export async function casesIn(lang: Lang): Promise<CaseEntry[]> {
  const all = await getCollection('cases', (e) => langOf(e) === lang);
  return all.sort((a, b) => a.data.title.localeCompare(b.data.title, lang));
}

export async function guidesIn(lang: Lang): Promise<GuideEntry[]> {
  const all = await getCollection('guides', (e) => langOf(e) === lang);
  return all.sort((a, b) => a.data.title.localeCompare(b.data.title, lang));
}

/** The symptom picker's tree from content/picker.yaml (the content checks vetted it before any page renders). */
export async function pickerTree(): Promise<PickerTree> {
  const file = join(contentDir, 'picker.yaml');
  return readPicker(parse(await readFile(file, 'utf8')) as unknown, file);
}

/** The picker of one language's home page: the tree in that language and the title, summary and address of every page it leads to. */
export async function pickerData(lang: Lang): Promise<PickerData> {
  const t = ui(lang);
  const tree = localize(await pickerTree(), lang);
  const page = (title: string, summary: string, path: string): LeafPage => ({ title, summary, href: localePath(import.meta.env.BASE_URL, lang, path) });
  const allPages: Record<string, LeafPage> = Object.fromEntries([
    ...(await casesIn(lang)).map((e) => [leafKey({ kind: 'case', slug: slugOf(e) }), page(e.data.title, e.data.summary, `cases/${slugOf(e)}/`)]),
    ...(await guidesIn(lang)).map((e) => [leafKey({ kind: 'guide', slug: slugOf(e) }), page(e.data.title, e.data.summary, `guides/${slugOf(e)}/`)]),
    ...TOOLS.map((tool) => [leafKey({ kind: 'tool', slug: tool }), page(t.picker.tools[tool].title, t.picker.tools[tool].summary, `${tool}/`)]),
  ]);
  // Only what the tree leads to goes into the page.
  const pages = Object.fromEntries(reachableLeaves(tree).map(({ leaf }) => [leafKey(leaf), pageFor(allPages, leaf)]));
  return { tree, pages };
}

/** Every code page, from content/codes.yaml (the content checks vetted it before any page renders; none without the file). */
export async function allCodePages(): Promise<CodePage[]> {
  const source = await readFile(join(contentDir, 'codes.yaml'), 'utf8').catch(() => null);
  return source === null ? [] : codePages(parse(source) as CodeMeaning[]);
}
