import { namesOf, type FilterableEntry } from '../glossary.ts';
import type { Lang } from '../taxonomy.ts';
import type { PageDoc } from './page-ranker.ts';
import { boldPhrases, plainText } from './page-text.ts';

/** The longest definition the index keeps of a glossary entry: its first sentences say what it is. */
const MAX_DEFINITION_CHARS = 300;

/** What the ranker needs of a case or a guide. */
export interface ContentPage {
  collection: 'cases' | 'guides';
  slug: string;
  title: string;
  summary: string;
  keywords: readonly string[];
  body: string;
  errors?: readonly string[];
  codes?: readonly string[];
}

/** A tool page (the analyser, the error index, the glossary) by its title and its introduction. */
export interface ToolPage {
  path: string;
  title: string;
  intro: string;
  /** The codes it lists (the error index lists them all). */
  codes?: readonly string[];
}

/**
 * The pages of one language as the ranker indexes them: cases (their Symptom section, since
 * that is how readers describe the problem), guides, tool pages and glossary entries.
 */
export function pageDocs(lang: Lang, pages: readonly ContentPage[], tools: readonly ToolPage[], glossary: ReadonlyArray<FilterableEntry & { id: string }>): PageDoc[] {
  return [
    ...pages.map((p): PageDoc => ({
      path: `${p.collection}/${p.slug}/`,
      kind: p.collection === 'cases' ? 'case' : 'guide',
      title: p.title,
      summary: p.summary,
      keywords: p.keywords.join(' / '),
      // A case as the reader describes it (its Symptom) and as its causes are named (in bold in Cause).
      body: p.collection === 'cases' ? [plainText(p.body, 'Symptom'), ...boldPhrases(p.body, 'Cause')].join(' / ') : plainText(p.body),
      ...(p.errors || p.codes ? { errors: [...(p.codes ?? []), ...(p.errors ?? [])].join(' / ') } : {}),
    })),
    ...tools.map((t): PageDoc => ({ path: t.path, kind: 'tool', title: t.title, summary: t.intro, ...(t.codes ? { errors: t.codes.join(' ') } : {}) })),
    ...glossary.map((e): PageDoc => {
      const { name, english } = namesOf(e, lang);
      return {
        path: `glossary/#${e.id}`,
        kind: 'term',
        title: english ? `${name} (${english})` : name,
        summary: e.definition[lang].slice(0, MAX_DEFINITION_CHARS),
        keywords: [e.term, e.expansion, e.ja, ...e.aliases.en, ...e.aliases.ja].filter(Boolean).join(' / '),
      };
    }),
  ];
}
