import { z } from 'astro/zod';
import { OWNERS, REASONS, SIDES, STATUS_CODE, GLOSSARY_GROUPS } from './lib/taxonomy.ts';

/** A message for a missing or mistyped field that says what to write. */
const need = (what: string) => ({
  error: (issue: { input?: unknown }) =>
    issue.input === undefined ? `missing: add ${what}` : `wrong type: this should be ${what}`,
});

const slug = z.string(need('a case slug')).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a slug is lowercase words joined by hyphens, like mailbox-full');

const source = z.object({
  /** What the reader will see as the link text: "RFC 3463", "Gmail Help: SMTP errors". */
  title: z.string(need('the source\'s title')).min(1),
  /** A primary source: an RFC, a provider's own help page. */
  url: z.url({ error: 'write the full address, starting with https://' }),
});

/** Fields that cases and guides share. */
const page = {
  /** The page title: a plain sentence the reader recognises. */
  title: z.string(need('a title (text)')).min(1, 'write a title'),
  /** One or two sentences for lists, search results and link previews. */
  summary: z.string(need('a summary of one or two sentences')).min(1).max(240, 'keep the summary under 240 characters: it is shown in lists and link previews'),
  /** Glossary ids used on the page; each must exist in content/glossary.yaml. */
  terms: z.array(z.string(), need('a list of glossary ids, like [spf, dkim] (or [])')).default([]),
  /** Slugs of related cases. */
  related: z.array(slug, need('a list of case slugs, like [mailbox-full] (or [])')).default([]),
  /** Everyday words readers type for this page, in the page's language: help search find it. */
  keywords: z.array(z.string(), need('a list of words readers might type (or [])')).default([]),
  /** The day the facts were last checked. */
  updated: z.coerce.date(need('the date the page was last checked, like 2026-11-27')),
  /** Where the facts come from. */
  sources: z.array(source, need('a list of sources, like - { title: "RFC 3463", url: "https://…" }')).default([]),
};

export const caseSchema = z.object({
  ...page,
  /** Where the problem is noticed. */
  side: z.enum(SIDES, { error: `side must be one of: ${SIDES.join(', ')}` }),
  /** Who must act. */
  owner: z.array(z.enum(OWNERS, { error: `owner items must be among: ${OWNERS.join(', ')}` }), need('a list of who must act, like [recipient] (or [])')),
  /** Bounce reasons this case explains (Sisimai's names). */
  reasons: z.array(z.enum(REASONS, { error: `reasons must be among: ${REASONS.join(', ')}` }), need('a list of bounce reasons, like [mailboxfull] (or [])')),
  /** Enhanced status codes (5.2.2) and reply codes (552), quoted. */
  codes: z.array(z.string().regex(STATUS_CODE, 'a code is an enhanced status code like "5.2.2" or a reply code like "552", in quotes'), need('a list of codes in quotes, like ["5.2.2", "552"] (or [])')),
  /** Error texts exactly as real servers write them. */
  errors: z.array(z.string().min(1), need('a list of real error texts (or [])')),
  /**
   * Error texts that mail programs, webmail and carriers show in this file's language only
   * (their localised screens and dialogs: Outlook's 0x800CCC… messages, Gmail's Japanese bounce),
   * verbatim. Unlike `errors`, they need not be the same in both language files.
   */
  localErrors: z.array(z.string().min(1), need('a list of error texts shown in this language (or [])')).default([]),
});

export const guideSchema = z.object(page);

export const glossarySchema = z.object({
  /** The anchor on the glossary page: /en/glossary/#spf */
  id: slug,
  /** The term as English text writes it. */
  term: z.string(need('the term')).min(1),
  /** What an abbreviation stands for. */
  expansion: z.string().optional(),
  /** How Japanese text names it. */
  ja: z.string(need('the Japanese name of the term')).min(1),
  /** Other names readers type. */
  aliases: z.object({ en: z.array(z.string()).default([]), ja: z.array(z.string()).default([]) }).default({ en: [], ja: [] }),
  group: z.enum(GLOSSARY_GROUPS, { error: `group must be one of: ${GLOSSARY_GROUPS.join(', ')}` }),
  /** Two to four sentences for a non-specialist, per language. */
  definition: z.object({
    en: z.string(need('an English definition')).min(1),
    ja: z.string(need('a Japanese definition')).min(1),
  }, need('a definition with en: and ja:')),
  /** The defining RFC or specification and its status. */
  spec: z.object({ name: z.string(), status: z.string(), url: z.url().optional() }).optional(),
  related: z.array(z.string()).default([]),
  cases: z.array(slug).default([]),
});

export type CaseData = z.infer<typeof caseSchema>;
export type GuideData = z.infer<typeof guideSchema>;
export type GlossaryEntry = z.infer<typeof glossarySchema>;
