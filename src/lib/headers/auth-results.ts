/**
 * Reads Authentication-Results (RFC 8601) and ARC-Authentication-Results (RFC 8617 §4.1.1).
 *
 * The analyser reads relaxed by default, as real receivers write: Microsoft leaves out the
 * authserv-id and adds "action=", values carry unquoted "/" or ":", a list ends with ";", and
 * results outside the IANA registry appear ("dkim=timeout", "dmarc=bestguesspass"). Strict
 * reading follows RFC 8601 and, with `internationalized`, RFC 8616.
 */
import { withoutName } from './fields.ts';
import type { AuthResult, AuthResults } from './types.ts';

export interface ReadOptions {
  relaxed: boolean;
  internationalized: boolean;
}

/** IANA "Email Authentication Result Names" for the methods whose results RFC 8601 §2.7 fixes. */
const REGISTERED_RESULTS: Record<string, readonly string[]> = {
  auth: ['none', 'pass', 'fail', 'temperror', 'permerror'],
  dkim: ['none', 'pass', 'fail', 'policy', 'neutral', 'temperror', 'permerror'],
  spf: ['none', 'neutral', 'pass', 'fail', 'softfail', 'temperror', 'permerror', 'policy'],
  'sender-id': ['none', 'neutral', 'pass', 'fail', 'softfail', 'temperror', 'permerror', 'policy', 'hardfail'],
  iprev: ['pass', 'fail', 'temperror', 'permerror'],
  dmarc: ['none', 'pass', 'fail', 'temperror', 'permerror'],
};

const MAX_VALUE_CHARS = 16 * 1024;

type Token = { kind: 'word' | 'quoted' | 'comment'; text: string } | { kind: '=' | ';' };

/** Words, quoted strings, comments, "=" and ";". Null when quotes or comments don't close. */
function tokenize(text: string): Token[] | null {
  const tokens: Token[] = [];
  let word = '';
  const flush = () => {
    if (word) tokens.push({ kind: 'word', text: word });
    word = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(') {
      flush();
      const start = i;
      let depth = 1;
      for (i++; i < text.length && depth > 0; i++) {
        if (text[i] === '\\') i++;
        else if (text[i] === '(') depth++;
        else if (text[i] === ')') depth--;
      }
      if (depth > 0) return null;
      tokens.push({ kind: 'comment', text: text.slice(start + 1, i - 1).trim() });
      i--;
    } else if (c === ')') return null;
    else if (c === '"') {
      flush();
      let quoted = '';
      for (i++; i < text.length && text[i] !== '"'; i++) quoted += text[i] === '\\' ? text[++i] ?? '' : text[i];
      if (i >= text.length) return null;
      tokens.push({ kind: 'quoted', text: quoted });
    } else if (c === '=' || c === ';') {
      flush();
      tokens.push({ kind: c });
    } else if (/\s/.test(c)) flush();
    else word += c;
  }
  flush();
  return tokens;
}

/** Splits a token list at ";", keeping each statement's comments apart from its tokens. */
function statements(tokens: Token[]): Array<{ tokens: Token[]; comments: string[] }> {
  const out = [{ tokens: [] as Token[], comments: [] as string[] }];
  for (const t of tokens) {
    const last = out[out.length - 1]!;
    if (t.kind === ';') out.push({ tokens: [], comments: [] });
    else if (t.kind === 'comment') last.comments.push(t.text);
    else last.tokens.push(t);
  }
  return out;
}

const text = (t: Token | undefined) => (t && (t.kind === 'word' || t.kind === 'quoted') ? t.text : undefined);
const KEYWORD = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
const ASCII = /^[\x20-\x7e]*$/;

/** "dkim", "dkim/1" or "dkim / 1" followed by "=" and the result. */
function readResult(tokens: Token[], options: ReadOptions): AuthResult | null {
  let i = 0;
  let method = text(tokens[i++]);
  if (!method) return null;
  if (method.includes('/')) method = method.slice(0, method.indexOf('/'));
  else if (text(tokens[i]) === '/') i += 2;
  else if (text(tokens[i])?.startsWith('/')) i++;
  if (!KEYWORD.test(method) || tokens[i++]?.kind !== '=') return null;
  const written = text(tokens[i++]);
  if (!written || !KEYWORD.test(written)) return null;
  method = method.toLowerCase();
  const result = written.toLowerCase();
  // Strictly, results are the registry's lower-case words; SPF keeps RFC 4408's "Pass".
  const registered = REGISTERED_RESULTS[method];
  if (!options.relaxed && registered && !registered.includes(method === 'spf' ? result : written)) return null;
  const out: AuthResult = { method, result, properties: {} };
  while (i < tokens.length) {
    // A property name may be written "policy . expired" (RFC 8601 Appendix B.7).
    let name = '';
    while (i < tokens.length && tokens[i]!.kind === 'word') name += text(tokens[i++]);
    if (tokens[i++]?.kind !== '=' || !name) return null;
    const valueToken = tokens[i++];
    const value = text(valueToken);
    if (value === undefined) return null;
    if (!options.relaxed && valueToken!.kind === 'word' && /[/:]/.test(value)) return null;
    const key = name.toLowerCase();
    if (key === 'reason') out.reason = value;
    // ptype.property; relaxed also keeps Microsoft's bare "action=".
    else if (/^[a-z0-9-]+\.[a-z0-9.-]+$/.test(key) || (options.relaxed && KEYWORD.test(key))) out.properties[key] = value;
    else return null;
  }
  return out;
}

/** Reads one field with chosen strictness; null when it cannot be read. */
export function readAuthenticationResults(value: string, options: ReadOptions): AuthResults | null {
  const field = withoutName(value.slice(0, MAX_VALUE_CHARS), /^(?:arc-)?authentication-results$/i);
  if (!options.internationalized && !ASCII.test(field)) return null;
  const tokens = tokenize(field);
  if (!tokens) return null;
  const statementList = statements(tokens);
  const parts = statementList.map((s) => s.tokens);
  const comments = statementList.map((s) => s.comments);
  let instance: number | undefined;
  const first = parts[0]!;
  if (text(first[0])?.toLowerCase() === 'i' && first[1]?.kind === '=' && /^\d+$/.test(text(first[2]) ?? '')) {
    instance = Number(text(first[2]));
    parts.shift();
    comments.shift();
  }
  const head = parts[0] ?? [];
  let authservId = '';
  if (options.relaxed && head.length > 3 && head[0]!.kind === 'word' && head[1]!.kind === 'word' && head[2]!.kind === '=') {
    // Yahoo's and AOL's older fields put a property straight after the authserv-id, with no ";"
    // ("mta4124.aol.mail.gq1.yahoo.com  from=yahoo.com; domainkeys=neutral …"): the id is still the id.
    authservId = text(head[0])!;
    parts[0] = head.slice(1);
  } else if (head.some((t) => t.kind === '=')) {
    // Microsoft: no authserv-id, the first result straight after the field name.
    if (!options.relaxed) return null;
  } else {
    parts.shift();
    comments.shift();
    const [id, version, ...rest] = head;
    if (!id || rest.length > 0 || (version && !/^\d+$/.test(text(version) ?? ''))) return null;
    authservId = text(id)!;
    // RFC 8616 §3: a U-label authserv-id only as a quoted string.
    if (!options.relaxed && id.kind === 'word' && !ASCII.test(authservId)) return null;
  }
  const results: AuthResult[] = [];
  for (const [index, part] of parts.entries()) {
    if (part.length === 0) {
      if (!options.relaxed) return null;
      continue;
    }
    if (index === 0 && part.length === 1 && text(part[0])?.toLowerCase() === 'none') continue;
    const result = readResult(part, options);
    // Relaxed, a statement that is no result is passed over: older Microsoft fields repeat the
    // authserv-id between results ("…; hotmail.com; dkim=pass …"), Halon puts a bare property first.
    if (!result && options.relaxed) continue;
    if (!result) return null;
    // Receivers put what they saw in comments: "(p=REJECT sp=REJECT dis=NONE)", "(sender IP is 192.0.2.1)".
    if (comments[index]!.length > 0) result.comment = comments[index]!.join(' ');
    results.push(result);
  }
  return { authservId, ...(instance === undefined ? {} : { instance }), results };
}

/** Reads one Authentication-Results or ARC-Authentication-Results field as real receivers write it. */
export function parseAuthenticationResults(value: string): AuthResults | null {
  return readAuthenticationResults(value, { relaxed: true, internationalized: true });
}
