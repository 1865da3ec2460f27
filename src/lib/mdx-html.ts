import Slugger from 'github-slugger';
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast, type HastNode } from 'satteri';
import type { CaseSection } from './taxonomy.ts';

/**
 * Case and guide pages are MDX, read by Sätteri (the MDX and Markdown parser Astro itself uses)
 * with Astro's Markdown features (GFM, smart punctuation, heading ids), and turned into HTML once,
 * when the content is loaded. The components they may use take only fixed text attributes, so
 * nothing in a page needs to run as code: compiling every page into a JavaScript module and
 * bundling it (what @astrojs/mdx does) cost most of a large build's time and memory.
 *
 * The components stay in the HTML as placeholder elements that the page template fills in with
 * the Astro components: `<case-section section>` for Symptom, Cause and Fix, `<glossary-term term>`
 * for Term (see `bodyParts`).
 */
export function mdxToHtml(body: string, path: string): string {
  let tree: Root;
  try {
    tree = mdxToHast(body, { features: { gfm: true, smartPunctuation: true } }) as Root;
  } catch (error) {
    throw new Error(`${path} is not valid MDX: line ${error instanceof Error ? error.message : String(error)}`);
  }
  const problem = replaceComponents(tree);
  if (problem) throw new Error(`${path}${problem.line ? `, line ${problem.line}` : ''}: ${problem.message}`);
  addHeadingIds(tree, new Slugger());
  return toHtml(tree, { characterReferences: { useNamedReferences: true } });
}

/** Heading ids as Astro gives them on its Markdown pages (GitHub's slugs of the text), in page order. */
function addHeadingIds(parent: Root | Element, slugger: Slugger): void {
  for (const node of parent.children) {
    if (node.type !== 'element') continue;
    if (/^h[1-6]$/.test(node.tagName)) node.properties.id ??= slugger.slug(textOf(node));
    else addHeadingIds(node, slugger);
  }
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}

/** A case's section placeholder and a glossary term's, as `mdxToHtml` writes them. */
const SECTION_TAG = 'case-section';
const TERM_TAG = 'glossary-term';
const SECTIONS: Record<string, CaseSection> = { Symptom: 'symptom', Cause: 'cause', Fix: 'fix' };

interface Problem {
  message: string;
  line?: number;
}

/** Turns the MDX components into placeholder elements, and refuses anything that would be code. */
function replaceComponents(parent: Root | Element, inTerm = false): Problem | null {
  for (const [i, child] of parent.children.entries()) {
    const node = child as HastNode;
    const line = node.position?.start.line;
    switch (node.type) {
      case 'mdxjsEsm':
        return { line, message: 'has an import or export line; pages take none (Symptom, Cause, Fix and Term are always available): remove the line' };
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        return { line, message: 'has a {…} expression, which MDX would run as code: write \\{ for a literal brace, or put the text in `backticks`' };
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        if (inTerm) return { line, message: `puts <${node.name ?? ''}> inside a <Term>: a term's text is plain words; close the </Term> first` };
        const placeholder = toPlaceholder(node.name ?? '', node.attributes, node.type === 'mdxJsxFlowElement');
        if ('message' in placeholder) return { line, message: placeholder.message };
        parent.children[i] = { type: 'element', ...placeholder, children: node.children as Element['children'] };
        break;
      }
    }
    const inner = parent.children[i]!;
    if (inner.type === 'element') {
      const found = replaceComponents(inner, inTerm || inner.tagName === TERM_TAG);
      if (found) return found;
    }
  }
  return null;
}

function toPlaceholder(name: string, attributes: ReadonlyArray<{ type: string; name?: string; value?: unknown }>, onOwnLine: boolean): Pick<Element, 'tagName' | 'properties'> | Problem {
  if (name in SECTIONS) {
    if (onOwnLine) return { tagName: SECTION_TAG, properties: { section: SECTIONS[name] } };
    return { message: `puts <${name}> inside a line of text: write <${name}> and </${name}> each on a line of its own, with a blank line after the opening tag and before the closing one` };
  }
  if (name === 'Term') {
    const id = attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
    if (typeof id === 'string' && id !== '') return { tagName: TERM_TAG, properties: { term: id } };
    return { message: '<Term> needs id="…" naming an entry of content/glossary.yaml, as in <Term id="spf">SPF</Term>' };
  }
  return {
    message: `uses <${name}>, which is not a component here: only <Symptom>, <Cause> and <Fix> (each on a line of its own) and <Term id="…"> can be used; for a literal "<" write \\< or put the text in \`backticks\``,
  };
}

/** A run of HTML, or a glossary term with the HTML of its text. */
export type BodyPiece = { html: string } | { term: string; html: string };
/** A case section with its pieces, or (outside sections, and in guides) pieces alone. */
export interface BodyGroup {
  section?: CaseSection;
  pieces: BodyPiece[];
}

const GROUP = new RegExp(`<${SECTION_TAG} section="(\\w+)">([\\s\\S]*?)</${SECTION_TAG}>`, 'g');
const TERM = new RegExp(`<${TERM_TAG} term="([^"]*)">([\\s\\S]*?)</${TERM_TAG}>`, 'g');

/** Splits `mdxToHtml`'s output at its placeholders, for the page template to fill in. */
export function bodyParts(html: string): BodyGroup[] {
  const groups: BodyGroup[] = [];
  let at = 0;
  for (const m of html.matchAll(GROUP)) {
    if (m.index > at) groups.push({ pieces: pieces(html.slice(at, m.index)) });
    groups.push({ section: m[1] as CaseSection, pieces: pieces(m[2]!) });
    at = m.index + m[0].length;
  }
  if (at < html.length) groups.push({ pieces: pieces(html.slice(at)) });
  // Line breaks between sections are not content.
  return groups.filter((g) => g.section || g.pieces.some((p) => 'term' in p || p.html.trim() !== ''));
}

function pieces(html: string): BodyPiece[] {
  const out: BodyPiece[] = [];
  let at = 0;
  for (const m of html.matchAll(TERM)) {
    if (m.index > at) out.push({ html: html.slice(at, m.index) });
    out.push({ term: m[1]!, html: m[2]! });
    at = m.index + m[0].length;
  }
  if (at < html.length) out.push({ html: html.slice(at) });
  return out.filter((p) => 'term' in p || p.html !== '');
}
