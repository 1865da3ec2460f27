import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { mdxPages } from './loaders/mdx-pages.ts';
import { caseSchema, glossarySchema, guideSchema } from './schemas.ts';
import { contentDir } from './content-dir.ts';

/** Entry ids are "<lang>/<slug>", e.g. "ja/mailbox-full". */
const cases = defineCollection({
  loader: mdxPages(`${contentDir}/cases`),
  schema: caseSchema,
});

const guides = defineCollection({
  loader: mdxPages(`${contentDir}/guides`),
  schema: guideSchema,
});

const glossary = defineCollection({
  loader: file(`${contentDir}/glossary.yaml`),
  schema: glossarySchema,
});

export const collections = { cases, guides, glossary };
