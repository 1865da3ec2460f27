import { describe, expect, it } from 'vitest';
import { buildPageIndex, highlightWords, rankPages, type PageDoc } from '../../../src/lib/search/page-ranker.ts';
import { plainText } from '../../../src/lib/search/page-text.ts';
import type { SearchTerm } from '../../../src/lib/search/search-terms.ts';

const docs: PageDoc[] = [
  { path: 'cases/mailbox-full/', kind: 'case', title: '受信者のメールボックスが容量いっぱいになっている', summary: '容量の上限に達しています。', keywords: '容量オーバー / over quota' },
  { path: 'cases/wrong-address/', kind: 'case', title: '送信者が間違ったアドレスに送っている', summary: 'アドレスの打ち間違いです。', errors: '550 5.1.1 User unknown' },
  { path: 'cases/message-too-large/', kind: 'case', title: 'メールのサイズが大きすぎる', summary: '添付ファイルが大きすぎます。', errors: '552 5.3.4 message file too big' },
  { path: 'analyze/', kind: 'tool', title: 'エラーメール解析', summary: 'エラーメールを丸ごと貼り付けてください。' },
  { path: 'glossary/#spf', kind: 'term', title: 'SPF（送信ドメイン認証）', summary: 'SPFは送信サーバーの一覧です。', keywords: 'SPF / Sender Policy Framework' },
  { path: 'cases/spf-fail/', kind: 'case', title: 'SPF認証に失敗する', summary: '送信サーバーがSPFレコードに含まれていません。', keywords: 'SPF エラー' },
];
const terms: SearchTerm[] = [
  { concept: 'typo', en: ['typo'], ja: ['間違', '違って'] },
  { concept: 'email-address', en: ['address'], ja: ['アドレス', 'メアド', 'メルアド'] },
  { concept: 'mailbox-full', en: ['mailbox full'], ja: ['満杯', 'いっぱい', '容量オーバー'] },
  { concept: 'paste', en: ['paste'], ja: ['貼り付け', '貼って'] },
  { concept: 'definition', en: ['what is'], ja: ['とは'] },
];
const index = buildPageIndex(docs, terms);
const top = (q: string) => rankPages(index, q).map((r) => r.doc.path);

describe('ranking pages by how much of the query they explain', () => {
  it('finds the page for a colloquial sentence that shares no whole phrase with it', () => {
    expect(top('メルアドが一文字違っててエラーになった')[0]).toBe('cases/wrong-address/');
    expect(top('相手のメールボックスが満杯らしい')[0]).toBe('cases/mailbox-full/');
  });

  it('finds a page by a code inside a sentence', () => {
    expect(top('5.3.4のエラーが出ました')[0]).toBe('cases/message-too-large/');
  });

  it('answers with a tool page when the query asks for the tool', () => {
    expect(top('エラーメールを貼り付けて原因を調べたい')[0]).toBe('analyze/');
  });

  it('puts the glossary entry first for a question what something is, the case otherwise', () => {
    expect(top('SPFとは')[0]).toBe('glossary/#spf');
    expect(top('SPFエラーが出る')[0]).toBe('cases/spf-fail/');
  });

  it('gives up only when nothing of the query is on any page', () => {
    expect(top('zzqqxxv')).toEqual([]);
    expect(top('chocolate cake recipe')).toEqual([]);
  });
});

describe('the text of a page that the index keeps', () => {
  it('is the section as the reader sees it, without markup, links or code', () => {
    const mdx = '<Symptom>\n\n**送信者側**：<Term id="bounce">エラーメール</Term>が[戻ります](../x/)。\n\n```text\n552 5.2.2\n```\n\n</Symptom>\n\n<Cause>原因</Cause>';
    expect(plainText(mdx, 'Symptom')).toBe('送信者側 ：エラーメールが戻ります。');
  });
});

describe('the words to highlight on a page found by the ranker', () => {
  it('are the query’s words as typed whose forms the page has, without function words', () => {
    const [first] = rankPages(index, '相手のメールボックスが満杯らしい');
    expect(first?.doc.path).toBe('cases/mailbox-full/');
    expect(highlightWords('What is SPF?', ['spf'])).toEqual(['SPF']);
    expect(highlightWords('Mails bounced from Ｇｍａｉｌ', ['bounc', 'gmail'])).toEqual(['bounced', 'Gmail']);
    expect(highlightWords('サーバーが拒否', ['さば'])).toEqual(['サーバー']);
  });
});
