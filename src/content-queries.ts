import { getCollection, type CollectionEntry } from 'astro:content';
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
