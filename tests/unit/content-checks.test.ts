import { describe, expect, it } from 'vitest';
import { checkContent, checkGlossary, checkSections, type ContentFile, type GlossaryRef } from '../../src/lib/content-checks.ts';

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

describe('glossary checks', () => {
  const entry = (id: string, more: Partial<GlossaryRef> = {}): GlossaryRef => ({ id, related: [], cases: [], ...more });
  const cases = new Set(['mailbox-full']);

  it('accept entries whose related terms and cases exist', () => {
    expect(checkGlossary([entry('quota', { related: ['bounce'], cases: ['mailbox-full'] }), entry('bounce', { related: ['quota'] })], cases)).toEqual([]);
  });

  it('report a related term that is not in the glossary, with the line to fix', () => {
    expect(checkGlossary([entry('quota', { related: ['bounse'], line: 12 })], cases)).toEqual([
      "content/glossary.yaml:12: entry 'quota': 'related' names 'bounse', which is not a glossary id; use the id of another entry or remove it",
    ]);
  });

  it('report an entry that lists itself as related', () => {
    expect(checkGlossary([entry('quota', { related: ['quota'] })], cases)).toEqual([
      "content/glossary.yaml: entry 'quota': 'related' names the entry itself; remove 'quota' from the list",
    ]);
  });

  it('report a case that does not exist', () => {
    expect(checkGlossary([entry('quota', { cases: ['mailbox-full', 'no-such-case'], line: 3 })], cases)).toEqual([
      "content/glossary.yaml:3: entry 'quota': 'cases' names 'no-such-case', which is not a case; use the slug of a file in content/cases/en/ or remove it",
    ]);
  });

  it('report an id used by two entries, with both lines', () => {
    expect(checkGlossary([entry('quota', { line: 1 }), entry('bounce', { line: 9 }), entry('quota', { line: 20 })], cases)).toEqual([
      "content/glossary.yaml: the id 'quota' is used by 2 entries (lines 1, 20); give each entry its own id (it is the entry's address: /glossary/#quota)",
    ]);
  });
});
