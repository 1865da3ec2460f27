import { LANG_NAMES, LANGS, type Lang } from './taxonomy.ts';

/**
 * The symptom picker's decision tree (content/picker.yaml): questions whose answers lead to
 * another question or to a leaf — a case, a guide or a tool page.
 */

/** A text in both languages, as the YAML file writes it. */
export type Texts = Record<Lang, string>;

/** The pages a reader can be sent to that are tools rather than articles. */
export const TOOLS = ['analyze', 'errors'] as const;
export type Tool = (typeof TOOLS)[number];

/** Where the picker ends: a page to read. */
export type Leaf = { kind: 'case' | 'guide'; slug: string } | { kind: 'tool'; slug: Tool };
/** Where an answer leads: the next question, or a leaf. */
export type Target = { kind: 'next'; id: string } | Leaf;

export interface Answer<T = Texts> {
  /** A stable name, unique within its question: shared links carry it (?picker=sent.wrong-address). */
  id: string;
  label: T;
  to: Target;
}
export interface Question<T = Texts> {
  id: string;
  question: T;
  answers: Answer<T>[];
}
export interface PickerTree<T = Texts> {
  start: string;
  questions: Question<T>[];
}

/** A page the picker leads to, as a page in one language shows it. */
export interface LeafPage {
  title: string;
  summary: string;
  href: string;
}

/** What a home page hands its picker: the tree in the page's language and the pages it leads to, by leafKey. */
export interface PickerData {
  tree: PickerTree<string>;
  pages: Record<string, LeafPage>;
}

/** The slugs that exist, so the tree can only point at real pages. */
export interface KnownPages {
  cases: ReadonlySet<string>;
  guides: ReadonlySet<string>;
}

const TARGET_KEYS = ['next', 'case', 'guide', 'tool'] as const;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Everything wrong with a picker file, one message per problem, each naming the file, the
 * question and what to do. An empty list means the tree is sound: every question can be
 * reached, none leads back to itself, every answer ends at a page that exists, and every case
 * can be found.
 */
export function checkPicker(raw: unknown, known: KnownPages, file = 'content/picker.yaml'): string[] {
  const { tree, problems } = read(raw, file);
  if (!tree) return problems;
  const byId = new Map(tree.questions.map((q) => [q.id, q]));
  if (!byId.has(tree.start)) problems.push(`${file}: 'start' names '${tree.start}', which is not a question; use the id of the first question to ask`);

  tree.questions.forEach((q) => {
    q.answers.forEach((a, i) => {
      const where = `${file}: question '${q.id}', answer ${i + 1} ("${a.label.en}")`;
      const to = a.to;
      if (to.kind === 'next' && !byId.has(to.id)) problems.push(`${where}: next: '${to.id}' is not a question; add a question with id: ${to.id}, or fix the id`);
      if (to.kind === 'case' && !known.cases.has(to.slug)) problems.push(`${where}: case '${to.slug}' does not exist; add content/cases/en/${to.slug}.mdx and content/cases/ja/${to.slug}.mdx, or use the slug of an existing case`);
      if (to.kind === 'guide' && !known.guides.has(to.slug)) problems.push(`${where}: guide '${to.slug}' does not exist; add content/guides/en/${to.slug}.mdx and content/guides/ja/${to.slug}.mdx, or use the slug of an existing guide`);
    });
  });

  const loop = findLoop(tree, byId);
  if (loop) problems.push(`${file}: questions ${loop.map((id) => `'${id}'`).join(' → ')} lead round in a loop; point one of these answers at a case, guide or tool instead`);

  if (!byId.has(tree.start) || loop) return problems;
  const reached = reachedQuestions(tree, byId);
  for (const q of tree.questions) {
    if (!reached.has(q.id)) problems.push(`${file}: question '${q.id}' cannot be reached from the start ('${tree.start}'); lead to it with next: ${q.id} from another answer, or remove it`);
  }
  const foundCases = new Set(reachableLeaves(tree).filter(({ leaf }) => leaf.kind === 'case').map(({ leaf }) => leaf.slug));
  for (const slug of [...known.cases].sort()) {
    if (!foundCases.has(slug)) problems.push(`${file}: case '${slug}' cannot be reached from the start; add an answer with case: ${slug} to the question it fits`);
  }
  return problems;
}

/** The tree of a file that checkPicker accepted. Throws on a file it cannot read at all. */
export function readPicker(raw: unknown, file = 'content/picker.yaml'): PickerTree {
  const { tree, problems } = read(raw, file);
  if (!tree || problems.length > 0) throw new Error(problems.join('\n'));
  return tree;
}

/** The tree with the texts of one language only, for a page in that language. */
export function localize(tree: PickerTree, lang: Lang): PickerTree<string> {
  return {
    start: tree.start,
    questions: tree.questions.map((q) => ({
      id: q.id,
      question: q.question[lang],
      answers: q.answers.map((a) => ({ id: a.id, label: a.label[lang], to: a.to })),
    })),
  };
}

/** One answered question on the way. */
export interface Step<T = Texts> {
  question: Question<T>;
  answer: Answer<T>;
}

/** Where a path of answers leads: the steps taken, then either a question to answer or a leaf. */
export interface Walk<T = Texts> {
  steps: Step<T>[];
  /** The ids of the answers that were followed: the path itself, without any part that led nowhere. */
  path: string[];
  question: Question<T> | null;
  leaf: Leaf | null;
}

/**
 * Follows answers from the start question, each named by its id. A step that is a number is an
 * answer's position, as links made before answers had ids wrote them (?picker=0.2.1). Steps that
 * do not fit (an old or mistyped link) are ignored from the first one that does not, so the
 * reader lands on the last good step.
 */
export function walk<T>(tree: PickerTree<T>, path: readonly string[]): Walk<T> {
  const byId = new Map(tree.questions.map((q) => [q.id, q]));
  const steps: Step<T>[] = [];
  let question = byId.get(tree.start) ?? null;
  for (const step of path) {
    const answer = question && (POSITION.test(step) ? question.answers[Number(step)] : question.answers.find((a) => a.id === step));
    if (!question || !answer) break;
    steps.push({ question, answer });
    if (answer.to.kind !== 'next') return { steps, path: steps.map((s) => s.answer.id), question: null, leaf: answer.to };
    question = byId.get(answer.to.id) ?? null;
  }
  return { steps, path: steps.map((s) => s.answer.id), question, leaf: null };
}

/** An answer's position in an old link. */
const POSITION = /^\d{1,3}$/;

/** A path as the URL carries it: ['sent', 'wrong-address'] → "sent.wrong-address". */
export function encodePath(path: readonly string[]): string {
  return path.join('.');
}

/** The path in a URL parameter; reading stops at the first part that is neither an answer id nor a position. */
export function decodePath(text: string | null | undefined): string[] {
  const path: string[] = [];
  for (const part of (text ?? '').split('.')) {
    if (!POSITION.test(part) && !ID.test(part)) break;
    path.push(part);
  }
  return path;
}

/** A stable name for a leaf: "case:mailbox-full", "tool:analyze". */
export function leafKey(leaf: Leaf): string {
  return `${leaf.kind}:${leaf.slug}`;
}

/** The page a leaf leads to; the content checks make sure there is one. */
export function pageFor(pages: Readonly<Record<string, LeafPage>>, leaf: Leaf): LeafPage {
  const page = pages[leafKey(leaf)];
  if (!page) throw new Error(`the symptom picker leads to ${leaf.kind} '${leaf.slug}', which has no page in this language`);
  return page;
}

/** Every leaf the tree reaches, once each, with the shortest path (answer ids) that reaches it. */
export function reachableLeaves<T>(tree: PickerTree<T>): Array<{ leaf: Leaf; path: string[] }> {
  const byId = new Map(tree.questions.map((q) => [q.id, q]));
  const found = new Map<string, { leaf: Leaf; path: string[] }>();
  const seen = new Set<string>([tree.start]);
  const queue: Array<{ id: string; path: string[] }> = [{ id: tree.start, path: [] }];
  for (let item = queue.shift(); item; item = queue.shift()) {
    const { path } = item;
    byId.get(item.id)?.answers.forEach(({ id, to }) => {
      if (to.kind !== 'next') {
        if (!found.has(leafKey(to))) found.set(leafKey(to), { leaf: to, path: [...path, id] });
      } else if (!seen.has(to.id)) {
        seen.add(to.id);
        queue.push({ id: to.id, path: [...path, id] });
      }
    });
  }
  return [...found.values()];
}

function reachedQuestions(tree: PickerTree, byId: ReadonlyMap<string, Question>): Set<string> {
  const reached = new Set<string>();
  const visit = (id: string) => {
    if (reached.has(id) || !byId.has(id)) return;
    reached.add(id);
    for (const { to } of byId.get(id)?.answers ?? []) if (to.kind === 'next') visit(to.id);
  };
  visit(tree.start);
  return reached;
}

/** The first loop found, as the ids along it with the first repeated at the end; null when there is none. */
function findLoop(tree: PickerTree, byId: ReadonlyMap<string, Question>): string[] | null {
  const done = new Set<string>();
  const visit = (id: string, trail: string[]): string[] | null => {
    if (trail.includes(id)) return [...trail.slice(trail.indexOf(id)), id];
    if (done.has(id) || !byId.has(id)) return null;
    for (const { to } of byId.get(id)?.answers ?? []) {
      const loop = to.kind === 'next' ? visit(to.id, [...trail, id]) : null;
      if (loop) return loop;
    }
    done.add(id);
    return null;
  };
  for (const q of tree.questions) {
    const loop = visit(q.id, []);
    if (loop) return loop;
  }
  return null;
}

/** Reads the file's shape: what each question and answer says and where each answer leads. */
function read(raw: unknown, file: string): { tree: PickerTree | null; problems: string[] } {
  const problems: string[] = [];
  if (!isRecord(raw) || typeof raw.start !== 'string' || !Array.isArray(raw.questions)) {
    return { tree: null, problems: [`${file}: the file needs 'start: <id of the first question>' and a 'questions:' list`] };
  }
  const ids = new Set<string>();
  const questions = raw.questions.map((q: unknown, n): Question => {
    const item = isRecord(q) ? q : {};
    const id = typeof item.id === 'string' ? item.id : '';
    const name = id ? `question '${id}'` : `question ${n + 1}`;
    if (!ID.test(id)) problems.push(`${file}: ${name} needs an id of lowercase words joined by hyphens, like id: sent-no-error`);
    else if (ids.has(id)) problems.push(`${file}: ${name} appears twice; give each question its own id`);
    ids.add(id);
    problems.push(...missingTexts(item.question, `${file}: ${name}`, 'its text', 'question'));
    const answers = Array.isArray(item.answers) ? item.answers : [];
    if (answers.length < 2) problems.push(`${file}: ${name} has ${answers.length} answer(s); give it at least two, or lead straight to the page from the answer before it`);
    const read = answers.map((a: unknown, i) => readAnswer(a, `${file}: ${name}, answer ${i + 1}`, problems));
    const answerIds = new Set<string>();
    read.forEach((a, i) => {
      if (a.id && answerIds.has(a.id)) problems.push(`${file}: ${name}, answer ${i + 1}: id '${a.id}' is used by another answer of this question; give each answer its own id`);
      answerIds.add(a.id);
    });
    return { id, question: texts(item.question), answers: read };
  });
  return { tree: { start: raw.start, questions }, problems };
}

function readAnswer(raw: unknown, where: string, problems: string[]): Answer {
  const item = isRecord(raw) ? raw : {};
  const id = typeof item.id === 'string' ? item.id : '';
  if (!ID.test(id) || POSITION.test(id)) {
    problems.push(`${where} needs an id of lowercase words joined by hyphens, like id: mailbox-full; shared links name answers by it, so never change it once published`);
  }
  problems.push(...missingTexts(item.label, where, 'a label', 'label'));
  const keys = TARGET_KEYS.filter((k) => item[k] !== undefined);
  const key = keys[0];
  const value = key ? item[key] : undefined;
  if (!key || typeof value !== 'string') {
    problems.push(`${where} leads nowhere; add exactly one of next: <question id>, case: <case slug>, guide: <guide slug> or tool: ${TOOLS.join(' | ')}`);
  } else if (keys.length > 1) {
    problems.push(`${where} has ${keys.join(' and ')}; keep exactly one of them`);
  } else if (key === 'tool' && !(TOOLS as readonly string[]).includes(value)) {
    problems.push(`${where}: tool '${value}' does not exist; use tool: ${TOOLS.join(' or tool: ')}`);
  }
  return { id, label: texts(item.label), to: targetOf(key, typeof value === 'string' ? value : '') };
}

function targetOf(key: (typeof TARGET_KEYS)[number] | undefined, value: string): Target {
  if (key === 'next') return { kind: 'next', id: value };
  if (key === 'tool') return { kind: 'tool', slug: value as Tool };
  return { kind: key ?? 'case', slug: value };
}

function missingTexts(raw: unknown, where: string, what: string, field: string): string[] {
  const given = texts(raw);
  const missing = LANGS.filter((lang) => given[lang].trim() === '');
  if (missing.length === 0) return [];
  return [`${where} needs ${what} in ${missing.map((l) => LANG_NAMES[l]).join(' and ')}: write ${field}: { en: "…", ja: "…" }`];
}

function texts(raw: unknown): Texts {
  const item = isRecord(raw) ? raw : {};
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return { en: text(item.en), ja: text(item.ja) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
