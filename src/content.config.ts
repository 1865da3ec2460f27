import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { caseSchema, glossarySchema, guideSchema } from './schemas.ts';
import { contentDir } from './content-dir.ts';

/** Entry ids are "<lang>/<slug>", e.g. "ja/mailbox-full". */
const cases = defineCollection({
  loader: glob({ pattern: '{en,ja}/*.mdx', base: `${contentDir}/cases` }),
  schema: caseSchema,
});

const guides = defineCollection({
  loader: glob({ pattern: '{en,ja}/*.mdx', base: `${contentDir}/guides` }),
  schema: guideSchema,
});

const glossary = defineCollection({
  loader: file(`${contentDir}/glossary.yaml`),
  schema: glossarySchema,
});

export const collections = { cases, guides, glossary };
