/**
 * A large made-up corpus for the build benchmark, made from the real cases: N copies per
 * language that cycle through the real ones under new slugs, with every cross-reference
 * (a case's `related`, a guide's `related`, a glossary entry's `cases`) pointing at synthetic
 * slugs, and a picker tree that reaches every case. Pure: the caller reads and writes the files.
 */
import { parse } from 'yaml';
import type { Texts } from '../../src/lib/picker.ts';

/** Questions in the synthetic picker have at most this many answers. */
export const MAX_ANSWERS = 40;

/** The synthetic corpus: n cases per language cycling through the real slugs (sorted). */
export class SyntheticCorpus {
  readonly realSlugs: readonly string[];
  readonly size: number;
  readonly #width: number;

  constructor(realSlugs: readonly string[], size: number) {
    if (realSlugs.length === 0) throw new Error('the synthetic corpus needs at least one real case to copy');
    this.realSlugs = [...realSlugs].sort();
    this.size = size;
    this.#width = Math.max(4, String(size).length);
  }

  /** The slug of the i-th synthetic case (from 0): "synthetic-0001". */
  slug(i: number): string {
    return `synthetic-${String(i + 1).padStart(this.#width, '0')}`;
  }

  /** The real case the i-th synthetic case copies. */
  source(i: number): string {
    return this.realSlugs[i % this.realSlugs.length]!;
  }

  /**
   * The synthetic copy of a real case: the one in the same round through the real cases as
   * the i-th (so copies link to nearby copies), else the first copy; null when it has none.
   */
  counterpart(realSlug: string, i = 0): string | null {
    const k = this.realSlugs.indexOf(realSlug);
    if (k < 0) return null;
    const sameRound = Math.floor(i / this.realSlugs.length) * this.realSlugs.length + k;
    if (sameRound < this.size) return this.slug(sameRound);
    return k < this.size ? this.slug(k) : null;
  }
}

/**
 * Rewrites one-line slug lists such as `related: [a, b]` or `  cases: [a, b]`: each slug is
 * mapped, and dropped when the map gives null.
 */
export function mapSlugLists(text: string, keys: readonly string[], map: (slug: string) => string | null): string {
  const line = new RegExp(`^(\\s*(?:${keys.join('|')}):\\s*)\\[([^\\]\\n]*)\\]`, 'gm');
  return text.replace(line, (_, head: string, list: string) => {
    const slugs = list.split(',').map((s) => s.trim()).filter(Boolean);
    const mapped = slugs.flatMap((s) => map(s) ?? []);
    return `${head}[${[...new Set(mapped)].join(', ')}]`;
  });
}

/** An .mdx case file as a synthetic copy: numbered title, related cases mapped to synthetic slugs. */
export function syntheticCase(source: string, corpus: SyntheticCorpus, i: number): string {
  const retitled = source.replace(/^title:[ \t]*(.*)$/m, (_, value: string) => `title: ${JSON.stringify(`${String(parse(value))} [${i + 1}]`)}`);
  return mapSlugLists(retitled, ['related'], (slug) => corpus.counterpart(slug, i));
}

/** One place the picker can lead, with its label in both languages. */
export interface PickerLeaf {
  slug: string;
  label: Texts;
}

interface RawAnswer {
  id: string;
  label: Texts;
  case?: string;
  next?: string;
  tool?: string;
}
interface RawQuestion {
  id: string;
  question: Texts;
  answers: RawAnswer[];
}
/** A picker tree in content/picker.yaml's shape. */
export interface RawPicker {
  start: string;
  questions: RawQuestion[];
}

/** An answer that pads a question that would otherwise have only one (the build asks for two). */
const TO_ANALYSER: RawAnswer = { id: 'analyze', label: { en: 'I have the whole bounce message', ja: 'エラーメールの全文が手元にある' }, tool: 'analyze' };

/**
 * A picker tree that reaches every case: the cases split evenly into "Part k" questions of at
 * most `maxAnswers` answers, those parts into parts of their own, and so on up to one start
 * question. No loops, and every question has at least two answers.
 */
export function syntheticPicker(leaves: readonly PickerLeaf[], maxAnswers = MAX_ANSWERS): RawPicker {
  const levels: RawQuestion[][] = [];
  let answers: RawAnswer[] = leaves.map((l) => ({ id: l.slug, label: l.label, case: l.slug }));
  for (let level = 1; answers.length > maxAnswers; level++) {
    const groups = evenChunks(answers, maxAnswers);
    const parts = groups.map((group, k): RawQuestion => ({
      id: `part-${level}-${k + 1}`,
      question: { en: `Part ${k + 1}: which one?`, ja: `パート ${k + 1}：どれですか？` },
      answers: padded(group),
    }));
    levels.push(parts);
    answers = parts.map((q, k) => ({ id: q.id, label: { en: `Part ${k + 1}`, ja: `パート ${k + 1}` }, next: q.id }));
  }
  const start: RawQuestion = { id: 'start', question: { en: 'Which part?', ja: 'どのパートですか？' }, answers: padded(answers) };
  return { start: start.id, questions: [start, ...levels.reverse().flat()] };
}

/** Splits into the fewest groups of at most `max`, as even in size as possible. */
export function evenChunks<T>(items: readonly T[], max: number): T[][] {
  const count = Math.ceil(items.length / max);
  const size = Math.ceil(items.length / count);
  return Array.from({ length: count }, (_, k) => items.slice(k * size, (k + 1) * size)).filter((g) => g.length > 0);
}

function padded(answers: RawAnswer[]): RawAnswer[] {
  return answers.length >= 2 ? answers : [...answers, TO_ANALYSER];
}
