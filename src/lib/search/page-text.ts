/** The longest text of one page that the ranker's index keeps: the start says what it is about. */
export const MAX_BODY_CHARS = 900;

/**
 * The reader-visible text of an MDX section (<Symptom>…</Symptom>), or of the whole body when no
 * section name is given: components, markup, links' addresses and code blocks removed (error
 * lines are indexed from the frontmatter), cut at MAX_BODY_CHARS.
 */
export function plainText(mdx: string, section?: string): string {
  return clean(section ? sectionOf(mdx, section) : mdx).slice(0, MAX_BODY_CHARS);
}

/**
 * The phrases in bold in a section: in Cause, the list of causes (**The person left the
 * company**), which name the problem in a few words each.
 */
export function boldPhrases(mdx: string, section: string): string[] {
  return [...sectionOf(mdx, section).matchAll(/\*\*(.+?)\*\*/g)].map((m) => clean(m[1] ?? '')).filter(Boolean);
}

function sectionOf(mdx: string, section: string): string {
  return new RegExp(`<${section}>([\\s\\S]*?)</${section}>`).exec(mdx)?.[1] ?? '';
}

function clean(text: string): string {
  return text
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/^\s*(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]{0,300}>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
