import { foldText } from './fold.ts';

/**
 * A query or a page's text as the words that say what it is about: Japanese segmented with the
 * platform's Intl.Segmenter (no dictionary to download), particles, filler and question words
 * dropped, verbs reduced to their kanji stem (届かない and 届いた are both 届), English lightly
 * stemmed (bounced = bounces = bounce), and status codes, reply codes and client error numbers
 * kept whole wherever they stand (「Gmailで5.7.26のエラー」 has the code 5.7.26).
 */
export interface Word {
  /** The folded, stemmed form that is compared. */
  term: string;
  kind: 'word' | 'code';
}

/** Status codes (5.7.26), reply codes (550) and mail programs' error numbers (0x800CCC0E). */
const CODE = /(?<![\w.])(?:[245]\.\d{1,3}\.\d{1,3}|[245][0-5]\d|0x[0-9a-f]{8})(?![\w]|\.\d)/gi;

/**
 * Japanese words that carry no subject: particles, auxiliaries, filler and question words.
 * Compared before folding, so katakana words are never taken for them.
 */
const JA_STOP = new Set(
  ('は が を に で と の も へ や か な ね よ わ ぞ さ て た だ し れ せ ら り る っ ず ぬ ' +
    'って から まで より です ですか でした ます ました ません ませ ない なかった なく なら なっ なる なり ' +
    'する した して しま しょう いる いた いて いま ある あっ あり おり ため よう こと もの とき ところ ' +
    'みたい っぽい らしい けど けれど のに ので たら ても でも たい ください くだ さい ちゃ じゃ ' +
    'この その あの どの これ それ あれ どれ ここ そこ どこ いつ なに なん なぜ どう どうして どうやって ' +
    'お ご 何 方 時 的 等 うち たち みんな ちょっと すごく やたら なんか 何度 いう 言う 言っ 言わ 言われ ' +
    'いい でき できる できない 思う 思っ なって なった くる きた きて られ られる れる され される いっ ' +
    'ちゃう ちゃっ じゃう だけ しか ばかり など とか せん ませ したら だと でしょう でしょうか やすい しまう しまっ')
    .split(/\s+/),
);

/** English words that carry no subject, question words among them ("what is", "how to", "why", "my"). */
const EN_STOP = new Set(
  ('a an the is are was were be been being am to of in on at for from with by about into as or and but if so ' +
    'my our your their his her its me us them i we you he she it they this that these those there here ' +
    'what why how when where who which whose whom does do did doing done can could should would will shall may might must ' +
    'has have had having get gets got getting keep keeps kept say says said saying tell told ' +
    'not no any some all just only also very really still even again please help anyone someone ' +
    'mean means meaning happen happens happened way ways thing things').split(/\s+/),
);

let segmenter: Intl.Segmenter | undefined;
/** "10MB", "25番": the number and the unit are two words; the unit says more. */
const UNIT = /(?<=\d)(?=\p{L})/u;

/** The words of a text worth comparing, in order, repeats kept (pages count them). */
export function wordsOf(text: string): Word[] {
  return tokensOf(text).filter((t) => !t.stop).map(({ term, kind }) => ({ term, kind }));
}

/** A token with whether it is a function word, and its text as written (NFKC), to highlight. */
export type Token = Word & { stop: boolean; text: string };

/** Every token of a text, function words marked: phrases ("what is", "bounce back") need them all. */
export function tokensOf(text: string): Token[] {
  const normal = text.normalize('NFKC');
  const out: Token[] = [];
  let last = 0;
  for (const m of normal.matchAll(CODE)) {
    out.push(...plainTokens(normal.slice(last, m.index)));
    out.push({ term: m[0].toLowerCase(), kind: 'code', stop: false, text: m[0] });
    last = m.index + m[0].length;
  }
  out.push(...plainTokens(normal.slice(last)));
  return out;
}

function plainTokens(text: string): Token[] {
  segmenter ??= new Intl.Segmenter('ja', { granularity: 'word' });
  const out: Token[] = [];
  for (const s of segmenter.segment(text)) {
    if (!s.isWordLike) continue;
    let tokens = known.get(s.segment);
    if (!tokens) {
      tokens = segmentTokens(s.segment);
      if (known.size >= MAX_KNOWN) known.clear();
      known.set(s.segment, tokens);
    }
    out.push(...tokens);
  }
  return out;
}

/**
 * A word's tokens depend on the word alone, and a catalog repeats its words: each is worked out
 * once (the build indexes thousands of pages). The tokens are shared, so never changed.
 */
const known = new Map<string, readonly Token[]>();
const MAX_KNOWN = 100_000;

function segmentTokens(raw: string): Token[] {
  const lower = raw.toLowerCase();
  const stop = (/^\p{Script=Hiragana}+$/u.test(raw) && (raw.length <= 1 || JA_STOP.has(raw))) || JA_STOP.has(raw) || EN_STOP.has(lower.replace(/['’].*$/, ''));
  const parts = foldText(raw).split(UNIT);
  const written = raw.split(UNIT);
  const out: Token[] = [];
  parts.forEach((part, i) => {
    const term = stem(part);
    if (term) out.push({ term, kind: 'word', stop, text: (parts.length === written.length ? written[i] : raw) ?? raw });
  });
  return out;
}

/** 届か → 届, 送れ → 送: a verb or adjective by its kanji. bounced → bounc: English by a light stemming, -ise as -ize. */
function stem(word: string): string {
  const kanji = /^(\p{Script=Han}+)\p{Script=Hiragana}{1,4}$/u.exec(word);
  if (kanji) return kanji[1]!;
  if (!/^[a-z]+$/.test(word) || word.length <= 3) return word;
  // British and American spellings are one word: recognise = recognize, analyse = analyze.
  let w = word.length > 5 ? word.replace(/([iy])s(e|ed|es|ing|ation|ations)$/, '$1z$2') : word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}
