import type { Lang } from './taxonomy.ts';

/** Fills {name} placeholders: fill('{count} terms', { count: 3 }) → '3 terms'. Unknown names stay as written. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A reader's text quoted back in a message, cut to `max` characters with an ellipsis. */
export function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** A message in the forms a count needs. English has one and other; Japanese only other. */
export interface PluralForms {
  one?: string;
  other: string;
}

/** The form of `forms` that fits `count` in `lang`, with {count} filled in. */
export function plural(forms: PluralForms, count: number, lang: Lang): string {
  const form = new Intl.PluralRules(lang).select(count) === 'one' && forms.one ? forms.one : forms.other;
  return fill(form, { count });
}
