import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { checkContent, type ContentFile } from '../lib/content-checks.ts';
import { checkPicker } from '../lib/picker.ts';
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
        const problems = await checkContentDir(contentDir);
        if (problems.length > 0) {
          throw new Error(`The content has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
        }
        logger.info('content checks passed');
      },
    },
  };
}

export async function checkContentDir(contentDir: string): Promise<string[]> {
  const files: ContentFile[] = [];
  for (const collection of ['cases', 'guides'] as const) {
    for (const lang of LANGS) {
      const dir = join(contentDir, collection, lang);
      const names = await readdir(dir).catch(() => [] as string[]);
      for (const name of names.filter((n) => n.endsWith('.mdx')).sort()) {
        const path = join(dir, name);
        const { data, body } = splitFrontmatter(await readFile(path, 'utf8'));
        files.push({ collection, lang, slug: name.replace(/\.mdx$/, ''), path: relative(process.cwd(), path), data, body });
      }
    }
  }
  const glossary = parse(await readFile(join(contentDir, 'glossary.yaml'), 'utf8')) as unknown;
  const glossaryIds = new Set(Array.isArray(glossary) ? glossary.map((e: { id?: unknown }) => String(e.id)) : []);
  return [...checkContent(files, glossaryIds), ...(await checkPickerFile(contentDir, files))];
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

function splitFrontmatter(source: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) return { data: {}, body: source };
  const data = (parse(match[1] ?? '') ?? {}) as Record<string, unknown>;
  return { data, body: match[2] ?? '' };
}
