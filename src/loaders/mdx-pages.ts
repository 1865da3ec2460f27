import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import { mdxToHtml } from '../lib/mdx-html.ts';
import { LANGS } from '../lib/taxonomy.ts';

/**
 * Loads the `<lang>/<slug>.mdx` files under `dir` as entries with ids "<lang>/<slug>", rendered
 * to HTML here, at content sync (see src/lib/mdx-html.ts for why). The data store keeps each
 * page's HTML with a digest of its file, so a later build or the dev server renders only the
 * files that changed.
 */
export function mdxPages(dir: string): Loader {
  return {
    name: 'todokanai:mdx-pages',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const base = resolve(root, dir);
      const names = await listPages(base);
      const present = new Set(names.map(idOf));
      for (const id of context.store.keys()) if (!present.has(id)) context.store.delete(id);
      await Promise.all(names.map((name) => syncPage(context, root, base, name)));

      const { watcher, logger, store } = context;
      if (!watcher) return;
      watcher.add(base);
      const pageName = (path: string) => {
        const name = relative(base, path).split(sep).join('/');
        return PAGE.test(name) ? name : null;
      };
      const onChange = (path: string) => {
        const name = pageName(path);
        if (name) syncPage(context, root, base, name).catch((error: Error) => logger.error(error.message));
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', (path) => {
        const name = pageName(path);
        if (name) store.delete(idOf(name));
      });
    },
  };
}

const PAGE = new RegExp(`^(${LANGS.join('|')})/[^/]+\\.mdx$`);
const idOf = (name: string) => name.replace(/\.mdx$/, '');

async function listPages(base: string): Promise<string[]> {
  const names: string[] = [];
  for (const lang of LANGS) {
    const files = await readdir(join(base, lang)).catch(() => [] as string[]);
    names.push(...files.filter((n) => n.endsWith('.mdx')).sort().map((n) => `${lang}/${n}`));
  }
  return names;
}

/** Reads, checks and renders one file, unless the store already has it unchanged. */
async function syncPage({ store, parseData, generateDigest }: LoaderContext, root: string, base: string, name: string): Promise<void> {
  const path = join(base, name);
  const source = await readFile(path, 'utf8');
  const id = idOf(name);
  const digest = generateDigest(source);
  if (store.get(id)?.digest === digest) return;
  const filePath = relative(root, path).split(sep).join('/');
  let file: ReturnType<typeof splitFrontmatter>;
  try {
    file = splitFrontmatter(source);
  } catch (error) {
    throw new Error(`${filePath}: the frontmatter between the --- lines is not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
  const data = await parseData({ id, data: file.data, filePath: path });
  // The body is rendered where it stands in the file, so that MDX's line numbers are the file's.
  const html = mdxToHtml('\n'.repeat(file.bodyLine - 1) + file.body, filePath);
  store.set({ id, data, body: file.body.trim(), filePath, digest, rendered: { html } });
}
