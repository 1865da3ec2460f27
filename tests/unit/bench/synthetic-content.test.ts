import { describe, expect, it } from 'vitest';
import { checkPicker, reachableLeaves, readPicker } from '../../../src/lib/picker.ts';
import { evenChunks, mapSlugLists, MAX_ANSWERS, syntheticCase, SyntheticCorpus, syntheticPicker, type PickerLeaf } from '../../../scripts/bench/synthetic-content.ts';

const leaves = (n: number): PickerLeaf[] =>
  Array.from({ length: n }, (_, i) => ({ slug: `synthetic-${i + 1}`, label: { en: `Case ${i + 1}`, ja: `事例 ${i + 1}` } }));
const known = (n: number) => ({ cases: new Set(leaves(n).map((l) => l.slug)), guides: new Set<string>() });

describe('the synthetic picker', () => {
  it.each([1, 2, 40, 41, 100, 1000, 2000])('passes the build’s picker checks and reaches all %i cases', (n) => {
    const raw = syntheticPicker(leaves(n));
    expect(checkPicker(raw, known(n))).toEqual([]);
    const reached = reachableLeaves(readPicker(raw)).filter(({ leaf }) => leaf.kind === 'case');
    expect(reached).toHaveLength(n);
  });

  it('asks at most 40 answers per question', () => {
    const { questions } = syntheticPicker(leaves(2000));
    expect(Math.max(...questions.map((q) => q.answers.length))).toBeLessThanOrEqual(MAX_ANSWERS);
    expect(questions[0]!.id).toBe('start');
  });

  it('splits evenly, never leaving a group of one behind', () => {
    expect(evenChunks([...'abcdefghijk'], 5).map((g) => g.length)).toEqual([4, 4, 3]);
    expect(evenChunks([...'ab'], 40).map((g) => g.length)).toEqual([2]);
  });
});

describe('the synthetic corpus', () => {
  const corpus = new SyntheticCorpus(['b-case', 'a-case', 'c-case'], 7);

  it('cycles through the real cases in slug order', () => {
    expect([0, 1, 2, 3].map((i) => `${corpus.slug(i)} ← ${corpus.source(i)}`)).toEqual([
      'synthetic-0001 ← a-case', 'synthetic-0002 ← b-case', 'synthetic-0003 ← c-case', 'synthetic-0004 ← a-case',
    ]);
  });

  it('points a related case at the copy in the same round, else the first copy', () => {
    expect(corpus.counterpart('c-case', 4)).toBe('synthetic-0006');
    expect(corpus.counterpart('c-case', 6)).toBe('synthetic-0003'); // round 3 has only a-case (7 = 3 + 3 + 1)
    expect(corpus.counterpart('no-such-case')).toBeNull();
    expect(new SyntheticCorpus(['a', 'b', 'c'], 1).counterpart('c')).toBeNull();
  });

  it('rewrites one-line slug lists and drops what has no copy', () => {
    const text = 'related: [a-case, gone]\n  cases: [c-case]\nsummary: related: [a-case]\n';
    expect(mapSlugLists(text, ['related', 'cases'], (s) => corpus.counterpart(s))).toBe('related: [synthetic-0001]\n  cases: [synthetic-0003]\nsummary: related: [a-case]\n');
  });

  it('numbers the title, keeping it valid YAML', () => {
    const source = '---\ntitle: "It worked: then stopped"\nrelated: [b-case]\n---\nbody\n';
    expect(syntheticCase(source, corpus, 3)).toBe('---\ntitle: "It worked: then stopped [4]"\nrelated: [synthetic-0005]\n---\nbody\n');
  });
});
