/** Writes the synthetic corpus (see synthetic-content.ts) into a content folder of its own. */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { LANGS, type Lang } from '../../src/lib/taxonomy.ts';
import { mapSlugLists, syntheticCase, syntheticPicker, SyntheticCorpus, type PickerLeaf } from './synthetic-content.ts';

/** Makes `size` cases per language in `target` from the real content in `contentDir`. */
export async function writeSyntheticContent(contentDir: string, target: string, size: number): Promise<void> {
  const realSlugs = (await readdir(join(contentDir, 'cases', 'en'))).filter((n) => n.endsWith('.mdx')).map((n) => n.replace(/\.mdx$/, ''));
  const corpus = new SyntheticCorpus(realSlugs, size);
  const firstCopy = (slug: string) => corpus.counterpart(slug);

  const glossary = await readFile(join(contentDir, 'glossary.yaml'), 'utf8');
  await mkdir(target, { recursive: true });
  await writeFile(join(target, 'glossary.yaml'), mapSlugLists(glossary, ['cases'], firstCopy));
  // The record checker's builder reads the sending services; they name no cases.
  await writeFile(join(target, 'sending-services.yaml'), await readFile(join(contentDir, 'sending-services.yaml'), 'utf8'));

  const titles: Record<Lang, string[]> = { en: [], ja: [] };
  for (const lang of LANGS) {
    await copyGuides(contentDir, target, lang, firstCopy);
    const sources = new Map<string, string>();
    for (const slug of corpus.realSlugs) sources.set(slug, await readFile(join(contentDir, 'cases', lang, `${slug}.mdx`), 'utf8'));
    const dir = join(target, 'cases', lang);
    await mkdir(dir, { recursive: true });
    for (let i = 0; i < size; i++) {
      const text = syntheticCase(sources.get(corpus.source(i))!, corpus, i);
      titles[lang].push(String(splitFrontmatter(text).data.title));
      await writeFile(join(dir, `${corpus.slug(i)}.mdx`), text);
    }
  }

  const leaves: PickerLeaf[] = titles.en.map((en, i) => ({ slug: corpus.slug(i), label: { en, ja: titles.ja[i]! } }));
  await writeFile(join(target, 'picker.yaml'), stringify(syntheticPicker(leaves)));
}

async function copyGuides(contentDir: string, target: string, lang: Lang, map: (slug: string) => string | null): Promise<void> {
  const from = join(contentDir, 'guides', lang);
  const to = join(target, 'guides', lang);
  await mkdir(to, { recursive: true });
  for (const name of (await readdir(from)).filter((n) => n.endsWith('.mdx'))) {
    await writeFile(join(to, name), mapSlugLists(await readFile(join(from, name), 'utf8'), ['related'], map));
  }
}
