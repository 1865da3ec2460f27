import type { Lang, Owner } from '../lib/taxonomy.ts';
import { en, type UiStrings } from './en.ts';
import { ja } from './ja.ts';

const strings: Record<Lang, UiStrings> = { en, ja };

/** The UI strings of one language. */
export function ui(lang: Lang): UiStrings {
  return strings[lang];
}

/** BCP 47 tag and Open Graph locale of each language. */
export const LOCALE: Record<Lang, { tag: string; og: string }> = {
  en: { tag: 'en', og: 'en_US' },
  ja: { tag: 'ja', og: 'ja_JP' },
};

/** Who must act, in words: "The recipient, The sender", or that nobody needs to. */
export function ownerNames(lang: Lang, owners: readonly Owner[]): string {
  const t = strings[lang];
  return owners.length === 0 ? t.whoActsNobody : owners.map((o) => t.owner[o]).join(t.listSeparator);
}
