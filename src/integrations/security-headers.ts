import { open, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { mergePolicies, policyOfPage } from '../lib/csp.ts';

/**
 * Adds the site's Content-Security-Policy to dist/_headers (copied from public/_headers), so hosts
 * that read that file send it as a header too. A header can also say what a <meta> can't: that
 * no other site may frame these pages.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'todokanai:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies = (await inBatches(await htmlFiles(root), async (file) => policyOfPage(await readHead(file)))).filter((p): p is string => Boolean(p));
        const headersFile = join(root, '_headers');
        const headers = await readFile(headersFile, 'utf8');
        const policy = mergePolicies(policies, ["frame-ancestors 'none'"]);
        await writeFile(headersFile, headers.replace(/^\/\*\n/m, `/*\n  Content-Security-Policy: ${policy}\n`));
        logger.info(`Content-Security-Policy for ${policies.length} pages written to _headers`);
      },
    },
  };
}

/** Files read this many at a time: a build has thousands of pages, and each read waits on the disk. */
const FILES_AT_ONCE = 32;

async function inBatches<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += FILES_AT_ONCE) results.push(...(await Promise.all(items.slice(i, i + FILES_AT_ONCE).map(work))));
  return results;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** A page up to the end of its <head>, where the policy is (a few KB of pages up to 200 KB long). */
async function readHead(file: string): Promise<string> {
  const handle = await open(file);
  try {
    const chunk = Buffer.alloc(16 * 1024);
    const decoder = new StringDecoder('utf8'); // a character split between chunks stays whole
    let text = '';
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) return text + decoder.end();
      text += decoder.write(chunk.subarray(0, bytesRead));
      if (text.includes('</head>')) return text;
    }
  } finally {
    await handle.close();
  }
}
