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

/*
 * The content does not change during a build, so each list below is read and sorted once and
 * shared by every page that asks for it (the home page, the error index and the feed of each
 * language). Callers must not change the arrays they get. The dev server reads afresh each
 * time, so that edits show.
 */
const sortedCases = new Map<Lang, Promise<CaseEntry[]>>();
const sortedGuides = new Map<Lang, Promise<GuideEntry[]>>();
let picker: Promise<PickerTree> | undefined;

/** The cases of one language, sorted by title in that language. */
export function casesIn(lang: Lang): Promise<CaseEntry[]> {
  return remember(sortedCases, lang, async () => byTitle(await getCollection('cases', (e) => langOf(e) === lang), lang));
}

export function guidesIn(lang: Lang): Promise<GuideEntry[]> {
  return remember(sortedGuides, lang, async () => byTitle(await getCollection('guides', (e) => langOf(e) === lang), lang));
}

/** The symptom picker's tree from content/picker.yaml (the content checks vetted it before any page renders). */
export function pickerTree(): Promise<PickerTree> {
  const file = join(contentDir, 'picker.yaml');
  const reading = picker ?? readFile(file, 'utf8').then((source) => readPicker(parse(source) as unknown, file));
  if (!import.meta.env.DEV) picker = reading;
  return reading;
}

function byTitle<T extends CaseEntry | GuideEntry>(entries: T[], lang: Lang): T[] {
  return entries.sort((a, b) => a.data.title.localeCompare(b.data.title, lang));
}

function remember<T>(cache: Map<Lang, Promise<T>>, lang: Lang, read: () => Promise<T>): Promise<T> {
  const known = cache.get(lang);
  if (known) return known;
  const reading = read();
  if (!import.meta.env.DEV) cache.set(lang, reading);
  return reading;
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
