import { describe, expect, it } from 'vitest';
import { checkContent, checkSections, type ContentFile } from '../../src/lib/content-checks.ts';

const body = '<Symptom>\n\nS\n\n</Symptom>\n\n<Cause>\n\nA <Term id="quota">quota</Term>.\n\n</Cause>\n\n<Fix>\n\nF\n\n</Fix>\n';
const facts = { side: 'receiving', owner: ['recipient'], reasons: ['mailboxfull'], codes: ['5.2.2'], errors: ['552 5.2.2 Mailbox full'] };

function caseFile(lang: 'en' | 'ja', data: Record<string, unknown> = {}, text = body): ContentFile {
  return { collection: 'cases', lang, slug: 'mailbox-full', path: `content/cases/${lang}/mailbox-full.mdx`, data: { ...facts, terms: ['quota'], ...data }, body: text };
}
const glossary = new Set(['quota', 'bounce']);

describe('content checks', () => {
  it('accept a case that exists in both languages with the same facts', () => {
    expect(checkContent([caseFile('en'), caseFile('ja')], glossary)).toEqual([]);
  });

  it('name the missing translation and the file to add', () => {
    expect(checkContent([caseFile('en')], glossary)).toEqual([
      "case 'mailbox-full' has no Japanese version: add content/cases/ja/mailbox-full.mdx",
    ]);
  });

  it('report facts that differ between the languages', () => {
    const problems = checkContent([caseFile('en'), caseFile('ja', { codes: ['5.2.2', '552'] })], glossary);
    expect(problems).toEqual([
      "content/cases/ja/mailbox-full.mdx: 'codes' differs from content/cases/en/mailbox-full.mdx; make them the same in both languages (same items, same order)",
    ]);
  });

  it('report related cases and glossary terms that do not exist', () => {
    const problems = checkContent([caseFile('en', { related: ['no-such-case'], terms: ['quota', 'nope'] }), caseFile('ja')], glossary);
    expect(problems).toContain("content/cases/en/mailbox-full.mdx: 'related' names 'no-such-case', which is not a case; use the slug of a file in content/cases/en/");
    expect(problems).toContain("content/cases/en/mailbox-full.mdx: 'terms' names 'nope', which is not in content/glossary.yaml; add it there or fix the id");
  });

  it('report a <Term> missing from the glossary or from the terms list', () => {
    const text = body.replace('quota</Term>', 'quota</Term> <Term id="bounce">b</Term> <Term id="zzz">z</Term>');
    const problems = checkContent([caseFile('en', {}, text), caseFile('ja')], glossary);
    expect(problems).toEqual([
      'content/cases/en/mailbox-full.mdx: <Term id="bounce"> is used in the text but missing from \'terms\'; add it to the list',
      'content/cases/en/mailbox-full.mdx: <Term id="zzz"> is not in content/glossary.yaml; add it there or fix the id',
    ]);
  });
});

describe('case sections', () => {
  const file = (text: string) => ({ path: 'content/cases/en/x.mdx', body: text });

  it('accept Symptom, Cause and Fix in that order', () => {
    expect(checkSections(file(body))).toEqual([]);
  });

  it('reject a missing section and say what was found', () => {
    const [problem] = checkSections(file('<Symptom>\n\nS\n\n</Symptom>\n\n<Fix>\n\nF\n\n</Fix>\n'));
    expect(problem).toContain('content/cases/en/x.mdx: the body must have <Symptom>…</Symptom>, then <Cause>…</Cause>, then <Fix>…</Fix>');
    expect(problem).toContain('found: <Symptom> </Symptom> <Fix> </Fix>');
  });

  it('reject sections out of order or repeated', () => {
    expect(checkSections(file(body.replace('<Symptom>', '<Cause>').replace('</Symptom>', '</Cause>')))).toHaveLength(1);
    expect(checkSections(file(body + '<Fix>\n\nmore\n\n</Fix>\n'))).toHaveLength(1);
  });

  it('reject text outside the sections', () => {
    expect(checkSections(file(`Intro text.\n\n${body}`))[0]).toContain('text outside the three sections ("Intro text.');
  });
});
