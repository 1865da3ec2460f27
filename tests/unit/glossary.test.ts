import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { matchesQuery, namesOf, normalizeForSearch, searchTextOf, sortByTerm, withQuery, type FilterableEntry } from '../../src/lib/glossary.ts';
import type { Lang } from '../../src/lib/taxonomy.ts';

interface Entry extends FilterableEntry {
  id: string;
}
const glossary = (parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'glossary.yaml'), 'utf8')) as Entry[]).map((e) => ({
  ...e,
  aliases: { en: e.aliases?.en ?? [], ja: e.aliases?.ja ?? [] },
}));

/** The ids the glossary page in `lang` shows for `query`. */
const shown = (query: string, lang: Lang) => glossary.filter((e) => matchesQuery(searchTextOf(e, lang), query)).map((e) => e.id);

const toFullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('normalizing what readers type', () => {
  it('ignores letter case and the width of letters and digits', () => {
    expect(normalizeForSearch('ＳＰＦ')).toBe('spf');
    expect(normalizeForSearch('Ｒｅｐｌｙ ５５０')).toBe('reply 550');
  });

  it('reads half-width katakana as full-width and katakana as hiragana', () => {
    expect(normalizeForSearch('ｷｬﾘｱﾒｰﾙ')).toBe(normalizeForSearch('キャリアメール'));
    expect(normalizeForSearch('ばうんす')).toBe(normalizeForSearch('バウンス'));
  });

  it('collapses spaces, including the full-width space of Japanese input', () => {
    expect(normalizeForSearch('  spam\u3000 filter ')).toBe('spam filter');
  });

  it('finds the same text whether a word is typed in full or half width', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'abcXYZ019.-@') }), (s) => normalizeForSearch(toFullWidth(s)) === normalizeForSearch(s)));
  });
});

describe('matching a query against an entry', () => {
  const spf: FilterableEntry = {
    term: 'SPF',
    expansion: 'Sender Policy Framework',
    ja: 'SPF（送信ドメイン認証）',
    aliases: { en: ['SPF record'], ja: ['SPFレコード'] },
    definition: { en: 'Lists the servers allowed to send.', ja: '送信を許可するサーバーの一覧です。' },
  };

  it('matches the term, the expansion, the Japanese name and the aliases in both languages', () => {
    for (const query of ['spf', 'policy frame', '送信ドメイン', 'spf record', 'spfれこーど']) {
      expect(matchesQuery(searchTextOf(spf, 'en'), query), query).toBe(true);
    }
  });

  it('matches the definition only in the page’s language', () => {
    expect(matchesQuery(searchTextOf(spf, 'en'), 'allowed')).toBe(true);
    expect(matchesQuery(searchTextOf(spf, 'ja'), 'allowed')).toBe(false);
    expect(matchesQuery(searchTextOf(spf, 'ja'), '許可')).toBe(true);
    expect(matchesQuery(searchTextOf(spf, 'en'), '許可')).toBe(false);
  });

  it('needs every word of the query, in any order, and matches everything when the query is blank', () => {
    expect(matchesQuery(searchTextOf(spf, 'en'), 'servers spf')).toBe(true);
    expect(matchesQuery(searchTextOf(spf, 'en'), 'spf dkim')).toBe(false);
    expect(matchesQuery(searchTextOf(spf, 'en'), '  ')).toBe(true);
  });

  it('does not match a word across two fields', () => {
    expect(matchesQuery(searchTextOf(spf, 'en'), 'frameworkspf')).toBe(false);
  });
});

describe('filtering the real glossary', () => {
  it('"dmarc" keeps DMARC and the terms that explain themselves through it, not SMTP', () => {
    const ids = shown('dmarc', 'en');
    expect(ids).toContain('dmarc');
    expect(ids).toContain('alignment');
    expect(ids).not.toContain('smtp');
  });

  it('逆引き finds the PTR record on the Japanese page, and on the English one through its Japanese name', () => {
    expect(shown('逆引き', 'ja')).toContain('ptr');
    expect(shown('逆引き', 'en')).toEqual(['ptr']);
  });

  it('full-width ＳＰＦ finds SPF, half-width ｷｬﾘｱ finds carrier email', () => {
    expect(shown('ＳＰＦ', 'en')).toContain('spf');
    expect(shown('ｷｬﾘｱﾒｰﾙ', 'ja')).toContain('carrier-mail');
  });

  it('every entry is found by its own term and by its Japanese name', () => {
    for (const e of glossary) {
      for (const lang of ['en', 'ja'] as const) {
        expect(shown(e.term, lang), `${e.term} (${lang})`).toContain(e.id);
        expect(shown(e.ja, lang), `${e.ja} (${lang})`).toContain(e.id);
      }
    }
  });
});

describe('naming an entry on a page', () => {
  it('uses the term on English pages', () => {
    expect(namesOf({ term: 'bounce', ja: 'エラーメール（バウンス）' }, 'en')).toEqual({ name: 'bounce', english: null });
  });

  it('uses the Japanese name on Japanese pages, with the English term when the name lacks it', () => {
    expect(namesOf({ term: 'bounce', ja: 'エラーメール（バウンス）' }, 'ja')).toEqual({ name: 'エラーメール（バウンス）', english: 'bounce' });
    expect(namesOf({ term: 'SPF', ja: 'SPF（送信ドメイン認証）' }, 'ja')).toEqual({ name: 'SPF（送信ドメイン認証）', english: null });
    expect(namesOf({ term: 'MX record', ja: 'MXレコード' }, 'ja').english).toBe('MX record');
  });
});

describe('the glossary’s order and address', () => {
  it('sorts by the English term, ignoring case', () => {
    expect(sortByTerm([{ term: 'spam filter' }, { term: 'DKIM' }, { term: 'alignment' }, { term: 'SPF' }]).map((e) => e.term)).toEqual([
      'alignment',
      'DKIM',
      'spam filter',
      'SPF',
    ]);
  });

  it('puts the query in the address and takes it out when blank, keeping the #entry', () => {
    expect(withQuery('https://example.com/en/glossary/#spf', 'dkim selector')).toBe('https://example.com/en/glossary/?q=dkim+selector#spf');
    expect(withQuery('https://example.com/ja/glossary/?q=%E9%80%86', ' ')).toBe('https://example.com/ja/glossary/');
  });
});
