import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  checkPicker, decodePath, encodePath, localize, reachableLeaves, readPicker, walk, type KnownPages,
} from '../../src/lib/picker.ts';

/** A small tree as an author would write it in content/picker.yaml. */
function sample() {
  return {
    start: 'situation',
    questions: [
      {
        id: 'situation',
        question: { en: 'What is happening?', ja: 'どのような状況ですか？' },
        answers: [
          { id: 'waiting', label: { en: 'Mail doesn’t come', ja: 'メールが届かない' }, next: 'waiting' },
          { id: 'bounced', label: { en: 'My mail bounced', ja: 'エラーで戻ってきた' }, case: 'wrong-address' },
          { id: 'have-bounce', label: { en: 'I have the bounce', ja: 'エラーメールがある' }, tool: 'analyze' },
        ],
      },
      {
        id: 'waiting',
        question: { en: 'Did they get an error?', ja: 'エラーは届いていますか？' },
        answers: [
          { id: 'no-error', label: { en: 'No', ja: 'いいえ' }, case: 'check-junk-folder' },
          { id: 'over-quota', label: { en: 'Yes: over quota', ja: 'はい：容量オーバー' }, case: 'mailbox-full' },
          { id: 'used-to-work', label: { en: 'It used to work', ja: '以前は届いていた' }, guide: 'what-changed' },
        ],
      },
    ],
  };
}
type Sample = ReturnType<typeof sample> & { questions: Array<{ answers: Array<Record<string, unknown>> }> };

const known: KnownPages = {
  cases: new Set(['wrong-address', 'check-junk-folder', 'mailbox-full']),
  guides: new Set(['what-changed', 'read-a-bounce']),
};

function broken(change: (tree: Sample) => void): string[] {
  const tree = sample() as Sample;
  change(tree);
  return checkPicker(tree, known);
}

describe('checking the picker file', () => {
  it('accepts a sound tree', () => {
    expect(checkPicker(sample(), known)).toEqual([]);
  });

  it('needs a start and a list of questions', () => {
    expect(checkPicker({ questions: {} }, known)).toEqual([
      "content/picker.yaml: the file needs 'start: <id of the first question>' and a 'questions:' list",
    ]);
  });

  it('names the question and the missing id when next leads nowhere', () => {
    expect(broken((t) => { t.questions[0]!.answers[0]!.next = 'wating'; })).toContain(
      "content/picker.yaml: question 'situation', answer 1 (\"Mail doesn’t come\"): next: 'wating' is not a question; add a question with id: wating, or fix the id",
    );
  });

  it('names a case slug that does not exist and the files to add', () => {
    expect(broken((t) => { t.questions[1]!.answers[1]!.case = 'mailbox-ful'; })).toContain(
      "content/picker.yaml: question 'waiting', answer 2 (\"Yes: over quota\"): case 'mailbox-ful' does not exist; add content/cases/en/mailbox-ful.mdx and content/cases/ja/mailbox-ful.mdx, or use the slug of an existing case",
    );
  });

  it('names a guide that does not exist and an unknown tool', () => {
    const problems = broken((t) => {
      t.questions[1]!.answers[2]!.guide = 'what-happened';
      t.questions[0]!.answers[2]!.tool = 'analyse';
    });
    expect(problems).toContain(
      "content/picker.yaml: question 'waiting', answer 3 (\"It used to work\"): guide 'what-happened' does not exist; add content/guides/en/what-happened.mdx and content/guides/ja/what-happened.mdx, or use the slug of an existing guide",
    );
    expect(problems).toContain("content/picker.yaml: question 'situation', answer 3: tool 'analyse' does not exist; use tool: analyze or tool: errors");
  });

  it('finds a loop and names the questions on it', () => {
    expect(broken((t) => { t.questions[1]!.answers[0] = { id: 'again', label: { en: 'Again', ja: 'もう一度' }, next: 'situation' }; })).toContain(
      "content/picker.yaml: questions 'situation' → 'waiting' → 'situation' lead round in a loop; point one of these answers at a case, guide or tool instead",
    );
  });

  it('wants exactly one target per answer', () => {
    const problems = broken((t) => {
      t.questions[0]!.answers[1]!.guide = 'what-changed';
      delete t.questions[1]!.answers[0]!.case;
    });
    expect(problems).toContain("content/picker.yaml: question 'situation', answer 2 has case and guide; keep exactly one of them");
    expect(problems).toContain(
      "content/picker.yaml: question 'waiting', answer 1 leads nowhere; add exactly one of next: <question id>, case: <case slug>, guide: <guide slug> or tool: analyze | errors",
    );
  });

  it('wants every answer to have its own id, because shared links name answers by it', () => {
    const problems = broken((t) => {
      Reflect.deleteProperty(t.questions[0]!.answers[0]!, 'id');
      t.questions[1]!.answers[1]!.id = 'no-error';
      t.questions[1]!.answers[2]!.id = '2';
    });
    expect(problems).toContain(
      "content/picker.yaml: question 'situation', answer 1 needs an id of lowercase words joined by hyphens, like id: mailbox-full; shared links name answers by it, so never change it once published",
    );
    expect(problems).toContain("content/picker.yaml: question 'waiting', answer 2: id 'no-error' is used by another answer of this question; give each answer its own id");
    expect(problems).toContain(
      "content/picker.yaml: question 'waiting', answer 3 needs an id of lowercase words joined by hyphens, like id: mailbox-full; shared links name answers by it, so never change it once published",
    );
  });

  it('wants at least two answers and both languages', () => {
    const problems = broken((t) => {
      t.questions[1]!.answers.splice(1);
      t.questions[1]!.question = { en: 'Did they get an error?', ja: '' };
      t.questions[0]!.answers[0]!.label = { en: '', ja: '' };
    });
    expect(problems).toContain("content/picker.yaml: question 'waiting' has 1 answer(s); give it at least two, or lead straight to the page from the answer before it");
    expect(problems).toContain("content/picker.yaml: question 'waiting' needs its text in Japanese: write question: { en: \"…\", ja: \"…\" }");
    expect(problems).toContain("content/picker.yaml: question 'situation', answer 1 needs a label in English and Japanese: write label: { en: \"…\", ja: \"…\" }");
  });

  it('names a case that exists but that no path reaches', () => {
    const problems = checkPicker(sample(), { ...known, cases: new Set([...known.cases, 'greylisting']) });
    expect(problems).toEqual([
      "content/picker.yaml: case 'greylisting' cannot be reached from the start; add an answer with case: greylisting to the question it fits",
    ]);
  });

  it('names a question that no answer leads to, and a start that is not a question', () => {
    expect(broken((t) => { t.questions[0]!.answers[0] = { id: 'x', label: { en: 'x', ja: 'x' }, case: 'check-junk-folder' }; })).toContain(
      "content/picker.yaml: question 'waiting' cannot be reached from the start ('situation'); lead to it with next: waiting from another answer, or remove it",
    );
    expect(broken((t) => { t.start = 'begin'; })).toContain(
      "content/picker.yaml: 'start' names 'begin', which is not a question; use the id of the first question to ask",
    );
  });

  it('accepts the real tree when every page it names exists', () => {
    const raw = parse(readFileSync(join(import.meta.dirname, '../../content/picker.yaml'), 'utf8')) as unknown;
    const leaves = reachableLeaves(readPicker(raw));
    const named = (kind: string) => new Set(leaves.filter(({ leaf }) => leaf.kind === kind).map(({ leaf }) => leaf.slug));
    expect(checkPicker(raw, { cases: named('case'), guides: named('guide') })).toEqual([]);
  });
});

describe('walking the tree', () => {
  const tree = readPicker(sample());

  it('starts at the start question', () => {
    const at = walk(tree, []);
    expect(at.question?.id).toBe('situation');
    expect(at.steps).toEqual([]);
    expect(at.leaf).toBeNull();
  });

  it('follows answers to the next question, keeping the steps taken', () => {
    const at = walk(tree, ['waiting']);
    expect(at.question?.id).toBe('waiting');
    expect(at.steps.map((s) => [s.question.id, s.answer.label.en])).toEqual([['situation', 'Mail doesn’t come']]);
  });

  it('ends at a leaf', () => {
    expect(walk(tree, ['waiting', 'over-quota'])).toMatchObject({ question: null, leaf: { kind: 'case', slug: 'mailbox-full' }, path: ['waiting', 'over-quota'] });
    expect(walk(tree, ['have-bounce']).leaf).toEqual({ kind: 'tool', slug: 'analyze' });
  });

  it('still follows links made by answer positions, and names the answers by id from then on', () => {
    expect(walk(tree, ['0', '1'])).toMatchObject({ leaf: { kind: 'case', slug: 'mailbox-full' }, path: ['waiting', 'over-quota'] });
    expect(walk(tree, ['waiting', '2']).path).toEqual(['waiting', 'used-to-work']);
  });

  it('keeps old links pointing at the same answer when an answer is added in the middle', () => {
    const grown = sample();
    grown.questions[1]!.answers.splice(1, 0, { id: 'auto-reply', label: { en: 'An auto-reply', ja: '自動返信' }, case: 'wrong-address' });
    const link = encodePath(walk(tree, ['waiting', 'over-quota']).path);
    expect(walk(readPicker(grown), decodePath(link)).leaf).toEqual({ kind: 'case', slug: 'mailbox-full' });
  });

  it('stops at the last good step of a path that does not fit', () => {
    expect(walk(tree, ['waiting', 'no-such-answer']).path).toEqual(['waiting']);
    expect(walk(tree, ['0', '7']).path).toEqual(['waiting']);
    expect(walk(tree, ['waiting', 'over-quota', 'no-error']).path).toEqual(['waiting', 'over-quota']);
  });

  it('walks a tree in one language', () => {
    const at = walk(localize(tree, 'ja'), ['waiting']);
    expect(at.question?.question).toBe('エラーは届いていますか？');
    expect(at.steps[0]?.answer.label).toBe('メールが届かない');
  });
});

describe('the path in the URL', () => {
  it('round-trips', () => {
    for (const path of [[], ['sent'], ['sent', 'wrong-address'], ['0', '2', '1']]) expect(decodePath(encodePath(path))).toEqual(path);
  });

  it('reads what it can of a damaged parameter', () => {
    expect(decodePath(null)).toEqual([]);
    expect(decodePath('')).toEqual([]);
    expect(decodePath('sent.X!.2')).toEqual(['sent']);
    expect(decodePath('-1')).toEqual([]);
  });
});

describe('reachable leaves', () => {
  it('lists every leaf once, with the shortest path to it', () => {
    const leaves = reachableLeaves(readPicker(sample()));
    expect(leaves).toEqual([
      { leaf: { kind: 'case', slug: 'wrong-address' }, path: ['bounced'] },
      { leaf: { kind: 'tool', slug: 'analyze' }, path: ['have-bounce'] },
      { leaf: { kind: 'case', slug: 'check-junk-folder' }, path: ['waiting', 'no-error'] },
      { leaf: { kind: 'case', slug: 'mailbox-full' }, path: ['waiting', 'over-quota'] },
      { leaf: { kind: 'guide', slug: 'what-changed' }, path: ['waiting', 'used-to-work'] },
    ]);
  });
});
