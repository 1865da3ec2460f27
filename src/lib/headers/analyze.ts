/** The header analyser: a whole message or its header block in, a HeaderReport out. */
import { addressParser } from 'postal-mime';
import { ui } from '../../i18n/index.ts';
import type { Lang } from '../taxonomy.ts';
import { parseAuthenticationResults } from './auth-results.ts';
import { domainOf, readAlignment } from './alignment.ts';
import { decodeEncodedWords, headerBlock, readFields, type HeaderField } from './fields.ts';
import { readFindings } from './findings.ts';
import { parseReceived } from './received.ts';
import type { AuthResults, HeaderReport, Hop } from './types.ts';
import { readVerdicts } from './verdicts.ts';

/** Real messages carry a few dozen hops at most; a paste with thousands is read only so far. */
const MAX_HOPS = 100;
const MAX_AUTH_FIELDS = 50;

function toText(raw: string | Uint8Array): string {
  return typeof raw === 'string' ? raw : new TextDecoder('utf-8').decode(raw.subarray(0, 2 * 1024 * 1024));
}

/** Oldest first, each with the time since the previous hop that has a date. */
function timeline(fields: readonly HeaderField[]): { hops: Hop[]; totalSeconds?: number } {
  const hops = fields.filter((f) => f.name === 'received').slice(0, MAX_HOPS).map((f) => parseReceived(f.value)).reverse();
  let previous: number | undefined, firstTime: number | undefined, lastTime: number | undefined;
  for (const hop of hops) {
    if (!hop.date) continue;
    const time = Date.parse(hop.date);
    if (previous !== undefined) hop.delaySeconds = (time - previous) / 1000;
    previous = time;
    firstTime ??= time;
    lastTime = time;
  }
  const total = firstTime !== undefined && lastTime !== undefined && firstTime !== lastTime ? (lastTime - firstTime) / 1000 : undefined;
  return total === undefined ? { hops } : { hops, totalSeconds: total };
}

function parsedAll(fields: readonly HeaderField[], name: string): AuthResults[] {
  return fields
    .filter((f) => f.name === name)
    .slice(0, MAX_AUTH_FIELDS)
    .flatMap((f) => parseAuthenticationResults(f.value) ?? []);
}

function fromAddress(fields: readonly HeaderField[]): { display?: string; address?: string } {
  const value = fields.find((f) => f.name === 'from')?.value;
  if (!value) return {};
  const display = decodeEncodedWords(value);
  try {
    const [first] = addressParser(value, { flatten: true });
    return { display, ...(first?.address ? { address: first.address } : {}) };
  } catch {
    return { display };
  }
}

/** Reads a whole message or just its header block; never throws, and reads a bounded amount. */
export function analyzeHeaders(raw: string | Uint8Array, lang: Lang = 'en'): HeaderReport {
  const t = ui(lang).headerReport;
  const fields = readFields(headerBlock(toText(raw)));
  const { hops, totalSeconds } = timeline(fields);

  // RFC 8601 §5: only the receiving side's own results are trusted; they carry the topmost authserv-id.
  const all = parsedAll(fields, 'authentication-results');
  const trustedId = all[0]?.authservId;
  const trusted = all.filter((r) => r.authservId === trustedId);
  const untrusted = all.filter((r) => r.authservId !== trustedId);
  const arc = parsedAll(fields, 'arc-authentication-results').sort((a, b) => (b.instance ?? 0) - (a.instance ?? 0));

  const from = fromAddress(fields);
  const subjectField = fields.find((f) => f.name === 'subject')?.value;
  const subject = subjectField === undefined ? undefined : decodeEncodedWords(subjectField);
  const alignment = readAlignment(from.address ? domainOf(from.address) : undefined, trusted);
  const verdicts = readVerdicts(fields, t.verdicts);
  const findings = readFindings(
    {
      hops, trusted, untrusted, arc, verdicts, subject,
      ...(totalSeconds === undefined ? {} : { totalSeconds }),
      ...(alignment ? { alignment } : {}),
      isListMail: fields.some((f) => f.name === 'list-id' || f.name === 'list-post'),
      hasReceived: hops.length > 0,
    },
    t,
  );
  return {
    hops,
    ...(totalSeconds === undefined ? {} : { totalSeconds }),
    authentication: [...trusted, ...arc],
    ...(alignment ? { alignment } : {}),
    verdicts: verdicts.verdicts,
    findings,
    ...(from.display ? { from: from.display } : {}),
    ...(subject === undefined ? {} : { subject }),
    fieldNames: [...new Set(fields.map((f) => f.name))],
  };
}
