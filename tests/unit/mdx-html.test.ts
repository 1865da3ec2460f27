import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { bodyParts, mdxToHtml, type BodyGroup } from '../../src/lib/mdx-html.ts';

const FILE = 'content/cases/en/sample.mdx';
const render = (body: string) => bodyParts(mdxToHtml(body, FILE));
/** A group's HTML with the terms written back as they would read. */
const text = (group: BodyGroup) => group.pieces.map((p) => ('term' in p ? `[${p.term}:${p.html}]` : p.html)).join('');

describe('a case body becomes its three sections, with glossary terms to fill in', () => {
  const groups = render(`<Symptom>

The <Term id="bounce">bounce</Term> says "mailbox full" -- twice...

</Symptom>

<Cause>

### Why it happens

The mailbox reached its <Term id="quota">**quota**</Term>.

</Cause>

<Fix>

1. Ask the recipient to empty it.

</Fix>
`);

  it('keeps the sections in the order written', () => {
    expect(groups.map((g) => g.section)).toEqual(['symptom', 'cause', 'fix']);
  });

  it('leaves each term with its id and its text, formatting included', () => {
    expect(text(groups[0]!)).toBe('<p>The [bounce:bounce] says “mailbox full” – twice…</p>');
    expect(text(groups[1]!)).toContain('[quota:<strong>quota</strong>]');
  });

  it('gives headings the ids Astro gives them, so links to them keep working', () => {
    expect(text(groups[1]!)).toContain('<h3 id="why-it-happens">Why it happens</h3>');
  });

  it('keeps the spaces between two terms', () => {
    const [group] = render('Both <Term id="spf">SPF</Term> <Term id="dkim">DKIM</Term> pass.');
    expect(text(group!)).toBe('<p>Both [spf:SPF] [dkim:DKIM] pass.</p>');
  });

  it('shows code and angle brackets as text, never as markup', () => {
    const [group] = render('Postfix says `bare <LF> received`.\n\n```text\n552 5.2.2 <neko@example.org> Quota exceeded\n```\n');
    expect(text(group!)).toContain('<code>bare &lt;LF> received</code>');
    expect(text(group!)).toContain('552 5.2.2 &lt;neko@example.org> Quota exceeded');
  });
});

describe('an MDX problem names the file and the line, and what to write instead', () => {
  it('an expression in braces, which MDX would run', () => {
    expect(() => mdxToHtml('Fine.\n\nThe record {v=spf1} is here.\n', FILE)).toThrow(/content\/cases\/en\/sample\.mdx, line 3: .*\\\{ for a literal brace/);
  });

  it('an import line', () => {
    expect(() => mdxToHtml("import X from './x.astro'\n\nText.\n", FILE)).toThrow(/sample\.mdx, line 1: has an import or export line/);
  });

  it('a component that does not exist', () => {
    expect(() => mdxToHtml('Use <Warning>this</Warning>.\n', FILE)).toThrow(/sample\.mdx, line 1: uses <Warning>, which is not a component here/);
  });

  it('a term without its glossary id', () => {
    expect(() => mdxToHtml('An <Term>SPF</Term> record.\n', FILE)).toThrow(/<Term> needs id="…"/);
  });

  it('a section written inside a line, and a component inside a term', () => {
    expect(() => mdxToHtml('Text <Cause>why</Cause> more.\n', FILE)).toThrow(/line 1: puts <Cause> inside a line of text: write <Cause> and <\/Cause> each on a line of its own/);
    expect(() => mdxToHtml('An <Term id="spf">SPF <Term id="dns">DNS</Term></Term> record.\n', FILE)).toThrow(/line 1: puts <Term> inside a <Term>/);
  });

  it('a section that is never closed', () => {
    expect(() => mdxToHtml('<Symptom>\n\nText.\n', FILE)).toThrow(/sample\.mdx is not valid MDX: line 1:1: Expected a closing tag for `<Symptom>`/);
  });
});

describe('every page of the real content', () => {
  const root = join(import.meta.dirname, '..', '..', 'content');
  const pages = ['cases', 'guides'].flatMap((collection) =>
    ['en', 'ja'].flatMap((lang) => readdirSync(join(root, collection, lang)).map((name) => ({ collection, path: join(root, collection, lang, name) }))),
  );

  it('renders, and every case has its three sections and nothing outside them', () => {
    for (const { collection, path } of pages) {
      const groups = render(splitFrontmatter(readFileSync(path, 'utf8')).body);
      if (collection === 'cases') expect(groups.map((g) => g.section), path).toEqual(['symptom', 'cause', 'fix']);
      else expect(groups.every((g) => g.section === undefined), path).toBe(true);
      expect(groups.flatMap((g) => g.pieces).some((p) => /<\/?(case-section|glossary-term)\b/.test(p.html)), path).toBe(false);
    }
  });
});
