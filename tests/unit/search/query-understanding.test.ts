import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { foldText } from '../../../src/lib/search/fold.ts';
import { checkSearchTerms, conceptsIn, prepareTerms, type SearchTerm } from '../../../src/lib/search/search-terms.ts';
import { wordsOf } from '../../../src/lib/search/words.ts';

const terms = (text: string) => wordsOf(text).map((w) => w.term);

describe('folding the ways a word can be written', () => {
  it('treats full-width, half-width and case alike', () => {
    expect(foldText('ＧＭＡＩＬ')).toBe('gmail');
    expect(foldText('ﾒｰﾙｱﾄﾞﾚｽ')).toBe(foldText('メールアドレス'));
  });

  it('treats katakana and hiragana alike, with or without the long-vowel mark', () => {
    expect(foldText('メールアドレス')).toBe(foldText('めーるあどれす'));
    expect(foldText('サーバ')).toBe(foldText('サーバー'));
    expect(foldText('ユーザーアンノウン')).toBe(foldText('ユーザアンノウン'));
  });

  it('reads ヴ as ブ', () => {
    expect(foldText('ヴァージョン')).toBe(foldText('バージョン'));
    expect(foldText('ウィルス')).not.toBe(foldText('ウイルス')); // a different spelling: the search terms list both
  });
});

describe('segmenting a Japanese sentence into the words that matter', () => {
  it('drops particles and filler and keeps the subject words', () => {
    const words = terms('相手は送ったって言うのに受信トレイにない');
    expect(words).toEqual(expect.arrayContaining(['相手', '送', '受信']));
    for (const filler of ['は', 'って', 'のに', 'に', 'ない', '言う']) expect(words).not.toContain(filler);
  });

  it('reduces verbs to their kanji, so every form of one verb is one word', () => {
    expect(terms('届かない')).toEqual(terms('届いた'));
    expect(terms('送れる')).toEqual(terms('送った'));
  });

  it('drops polite question endings', () => {
    expect(terms('メールで送れる添付ファイルは何MBまでですか')).toEqual([foldText('メール'), '送', '添付', foldText('ファイル'), 'mb']);
  });

  it('keeps a code inside a sentence as a code', () => {
    expect(wordsOf('Gmailで5.7.26のエラー')).toEqual([
      { term: 'gmail', kind: 'word' },
      { term: '5.7.26', kind: 'code' },
      { term: foldText('エラー'), kind: 'word' },
    ]);
    expect(wordsOf('エラー (0x800CCC78) を報告しました').filter((w) => w.kind === 'code')).toEqual([{ term: '0x800ccc78', kind: 'code' }]);
  });
});

describe('reading an English question', () => {
  it('drops question and stop words ("what is", "how to", "why", "my")', () => {
    expect(terms('what is error 554 5.7.1')).toEqual(['error', '554', '5.7.1']);
    expect(terms('why are my emails sent to spam')).toEqual(['email', 'sent', 'spam']);
  });

  it('stems lightly, so one word in its forms is one word', () => {
    expect(new Set([...terms('bounce'), ...terms('bounced'), ...terms('bounces'), ...terms('bouncing')]).size).toBe(1);
    expect(terms('messages')).toEqual(terms('message'));
  });

  it('splits a number from its unit', () => {
    expect(terms('10MB')).toEqual(['10', 'mb']);
  });

  it('reads British and American spellings as one word', () => {
    expect(terms('you weren’t recognised')).toEqual(terms('you weren’t recognized'));
    expect(terms('analyse the bounce')).toEqual(terms('analyzing the bounce'));
    expect(terms('organisation')).toEqual(terms('organization'));
  });
});

describe('the search terms table', () => {
  const table: SearchTerm[] = parse(readFileSync(join(import.meta.dirname, '../../../content/search-terms.yaml'), 'utf8'));
  const matcher = prepareTerms(table);
  const concepts = (text: string) => [...conceptsIn(matcher, text).keys()];

  it('passes its own checks', () => {
    expect(checkSearchTerms(table)).toEqual([]);
  });

  it('meets colloquial and formal Japanese in one concept', () => {
    for (const [a, b] of [['弾かれる', '拒否される'], ['はじかれた', '拒否された'], ['戻ってきた', '返ってきた'], ['メアド', 'メールアドレス'], ['メルアド', 'メールアドレス'], ['満杯', '容量オーバー'], ['いっぱい', '容量超過']]) {
      const shared = concepts(a!).filter((c) => concepts(b!).includes(c));
      expect(shared, `${a} and ${b}`).not.toEqual([]);
    }
  });

  it('names providers in kana and in Latin letters alike', () => {
    expect(concepts('ジーメールに送ると')).toContain('gmail');
    expect(concepts('to gmail')).toContain('gmail');
    expect(concepts('アウトルックで')).toEqual(concepts('Outlook'));
    expect(concepts('ユーザーアンノウン')).toEqual(concepts('user unknown'));
  });

  it('meets a sending limit however it is put, in both languages', () => {
    for (const text of ['送信可能な上限を超えた', '送信数の上限', 'daily sending limit', 'blocked for sending too many emails']) expect(concepts(text), text).toContain('sending-limit');
    expect(concepts('受信者のメールボックスの容量の上限')).not.toContain('sending-limit');
  });

  it('hears "they say they sent it" in both languages', () => {
    expect(concepts('相手は送ったって言うのに受信トレイにない')).toContain('sender-says-sent');
    expect(concepts('my client says she sent the invoice')).toContain('sender-says-sent');
    expect(concepts('I sent it twice')).not.toContain('sender-says-sent');
  });

  it('meets English words in their forms, as whole words only', () => {
    expect(concepts('it bounced back')).toContain('bounced');
    expect(concepts('returned')).toEqual(concepts('undeliverable'));
    expect(concepts('authentication')).not.toContain('mobile-carrier'); // "au" is a word, not a prefix
  });

  it('reports a malformed entry by file, entry and what to do', () => {
    const problems = checkSearchTerms([{ concept: 'Full Box', en: ['x'], ja: [] }, { concept: 'full', en: ['inbox full'], ja: ['満杯'] }, { concept: 'other', en: ['inbox full', 'another'], colour: 'red' }], 'content/search-terms.yaml');
    expect(problems).toEqual([
      'content/search-terms.yaml, entry 1: add a concept id of lowercase words joined by hyphens, like "concept: mailbox-full"',
      "content/search-terms.yaml, concept 'Full Box': give at least two words (in en: and ja: together), or remove the entry",
      "content/search-terms.yaml, concept 'Full Box': 'x' is too short to search for; write a longer form or remove it",
      "content/search-terms.yaml, concept 'other': unknown field 'colour'; an entry has only concept, en and ja",
      "content/search-terms.yaml, concept 'other': 'inbox full' is also a word of concept 'full'; keep it in one concept",
    ]);
    expect(checkSearchTerms({ concept: 'x' })[0]).toMatch(/must be a list of entries/);
  });
});
