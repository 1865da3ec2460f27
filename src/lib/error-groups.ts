/** A case as the error index sees it. */
export interface CaseErrors {
  slug: string;
  title: string;
  codes: readonly string[];
  errors: readonly string[];
}

export interface ErrorGroup {
  /** An enhanced status code ("5.2.2"), a reply code alone ("550"), or null for texts with neither. */
  code: string | null;
  kind: 'enhanced' | 'reply' | 'none';
  /** Error texts with this code, each with the cases that explain it. */
  texts: Array<{ text: string; cases: Array<{ slug: string; title: string }> }>;
  /** Cases that list the code but quote no text with it. */
  cases: Array<{ slug: string; title: string }>;
}

/** Server texts are mostly English; some Japanese servers and every Japanese mail program answer in Japanese. */
export function textLang(text: string): 'ja' | 'en' {
  return /[\u3040-\u30ff\u4e00-\u9fff]/.test(text) ? 'ja' : 'en';
}

const ENHANCED = /(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?![\d.]*\d)/;
const REPLY = /^\s*([245]\d\d)(?=[\s-]|$)/;

/**
 * Groups every code and error text of every case by enhanced status code (the part an admin scans
 * for), then by reply code for texts that carry no enhanced code.
 */
export function groupErrors(cases: readonly CaseErrors[]): ErrorGroup[] {
  const groups = new Map<string, ErrorGroup>();
  const group = (code: string | null, kind: ErrorGroup['kind']) => {
    const key = `${kind}:${code ?? ''}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { code, kind, texts: [], cases: [] }));
    return g;
  };
  for (const c of cases) {
    const ref = { slug: c.slug, title: c.title };
    const quoted = new Set<string>();
    for (const text of c.errors) {
      const enhanced = ENHANCED.exec(text);
      const reply = REPLY.exec(text);
      const code = enhanced ? `${enhanced[1]}.${enhanced[2]}.${enhanced[3]}` : (reply?.[1] ?? null);
      const g = group(code, enhanced ? 'enhanced' : reply ? 'reply' : 'none');
      if (code) quoted.add(code);
      const existing = g.texts.find((t) => t.text === text);
      if (existing) {
        if (!existing.cases.some((x) => x.slug === c.slug)) existing.cases.push(ref);
      } else g.texts.push({ text, cases: [ref] });
    }
    for (const code of c.codes) {
      if (quoted.has(code)) continue;
      const g = group(code, code.includes('.') ? 'enhanced' : 'reply');
      if (!g.cases.some((x) => x.slug === c.slug)) g.cases.push(ref);
    }
  }
  return [...groups.values()].sort(compareGroups);
}

/** The slugs of the cases that list a code or quote a text with it, as the error index groups them. */
export function casesWithCode(cases: readonly CaseErrors[], code: string): string[] {
  const slugs = groupErrors(cases).filter((g) => g.code === code).flatMap((g) => [...g.cases, ...g.texts.flatMap((t) => t.cases)]).map((c) => c.slug);
  return [...new Set(slugs)];
}

/** The id of a group's section on the page: "code-5-2-2", "code-550", "code-none". */
export function groupId(group: Pick<ErrorGroup, 'code'>): string {
  return `code-${group.code ? group.code.replaceAll('.', '-') : 'none'}`;
}

const KIND_ORDER = { enhanced: 0, reply: 1, none: 2 } as const;

function compareGroups(a: ErrorGroup, b: ErrorGroup): number {
  if (a.kind !== b.kind) return KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
  const pa = (a.code ?? '').split('.').map(Number);
  const pb = (b.code ?? '').split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
