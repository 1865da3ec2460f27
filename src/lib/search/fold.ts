/**
 * Folds the ways one word can be written into one form, so that a query and a page compare
 * equal however each was typed: full-width and half-width (NFKC: ＡＢＣ, ｱｲｳ), upper and lower
 * case, katakana and hiragana (メール = めーる), with or without the long-vowel mark
 * (サーバ = サーバー), and ヴ as ブ (ヴァ = バ), the way Japanese search engines commonly fold it.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u30a1-\u30f6]/g, (k) => String.fromCharCode(k.charCodeAt(0) - 0x60))
    .replace(/ゔ([ぁぃぇぉ]?)/g, (_, small: string) => VU[small] ?? 'ぶ')
    .replace(/[ー〜～]/g, '')
    .replace(/[・･]/g, ' ');
}

const VU: Record<string, string> = { ぁ: 'ば', ぃ: 'び', ぇ: 'べ', ぉ: 'ぼ' };
