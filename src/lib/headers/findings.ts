/**
 * Turns what the receivers concluded into findings in plain words, each with the case to read.
 * One decision function over the parsed facts; the words are in src/i18n (headerReport.findings).
 */
import { fill } from '../messages.ts';
import type { UiStrings } from '../../i18n/en.ts';
import { domainOf, organisationalDomain } from './alignment.ts';
import { formatDuration } from './duration.ts';
import type { VerdictSummary } from './verdicts.ts';
import type { Alignment, AuthResult, AuthResults, Finding, Hop } from './types.ts';

type Texts = UiStrings['headerReport'];

export interface Facts {
  hops: Hop[];
  totalSeconds?: number;
  trusted: AuthResults[];
  untrusted: AuthResults[];
  arc: AuthResults[];
  alignment?: Alignment;
  verdicts: VerdictSummary;
  subject?: string;
  isListMail: boolean;
  hasReceived: boolean;
}

/** A wait shorter than this at one hop is ordinary. */
const NOTABLE_DELAY_SECONDS = 5 * 60;
/** Greylisting retries come within minutes (RFC 6647 §2.1); longer waits are queues or outages. */
const GREYLISTING_MAX_SECONDS = 60 * 60;

const SEVERITY_ORDER = { problem: 0, warning: 1, info: 2 } as const;

function first(results: AuthResult[], method: string): AuthResult | undefined {
  return results.find((r) => r.method === method);
}

/** The subject tag a list adds ("[team-list]"), after any "Re:" prefixes. */
function subjectTag(subject: string | undefined): string | undefined {
  return subject ? /^\s*(?:(?:re|fwd?|aw|sv)\s*:\s*)*(\[[^\]\n]{1,60}\])/i.exec(subject)?.[1] : undefined;
}

function authFindings(facts: Facts, t: Texts): Finding[] {
  const f = t.findings;
  const out: Finding[] = [];
  const results = facts.trusted.flatMap((r) => r.results);
  const spf = first(results, 'spf');
  const spfDomain = spf?.properties['smtp.mailfrom'] ?? spf?.properties['smtp.helo'];
  const domain = spfDomain ? domainOf(spfDomain) : '?';
  const arcPassed = facts.arc.find((a) => a.results.some((r) => (r.method === 'spf' || r.method === 'dmarc') && r.result === 'pass'));
  if (spf && (spf.result === 'fail' || spf.result === 'softfail') && arcPassed) {
    out.push({ severity: 'warning', text: fill(f.forwarded, { authserv: arcPassed.authservId }), caseSlug: 'forwarding-breaks-auth' });
  } else if (spf?.result === 'fail') out.push({ severity: 'problem', text: fill(f.spfFail, { domain }), caseSlug: 'spf-fail' });
  else if (spf?.result === 'softfail') out.push({ severity: 'warning', text: fill(f.spfSoftfail, { domain }), caseSlug: 'spf-fail' });
  else if (spf?.result === 'permerror') out.push({ severity: 'problem', text: fill(f.spfPermerror, { domain }), caseSlug: 'spf-permerror' });
  if (spf && !spf.properties['smtp.mailfrom'] && spf.properties['smtp.helo']) out.push({ severity: 'info', text: fill(f.spfHelo, { domain }) });

  const dkim = results.filter((r) => r.method === 'dkim');
  const dkimPass = dkim.some((r) => r.result === 'pass');
  for (const broken of dkim.filter((r) => r.result === 'fail')) {
    const signer = broken.properties['header.d'] ?? domainOf(broken.properties['header.i'] ?? '?');
    const severity = dkimPass ? 'warning' : 'problem';
    if (facts.isListMail) {
      const tag = subjectTag(facts.subject);
      const how = tag ? fill(f.dkimListSubject, { tag }) : f.dkimListChanged;
      out.push({ severity, text: fill(f.dkimList, { domain: signer, how }), caseSlug: 'mailing-list-breaks-dkim' });
    } else out.push({ severity, text: fill(f.dkimFail, { domain: signer }), caseSlug: 'dkim-fail' });
  }
  // Nothing proved the domain, and no failure above already says why.
  const explained = out.length > 0;
  if (facts.trusted.length > 0 && !dkimPass) {
    if (spf?.result === 'pass') out.push({ severity: 'info', text: f.noDkim, caseSlug: 'missing-authentication' });
    else if (!explained) out.push({ severity: 'problem', text: f.noAuth, caseSlug: 'missing-authentication' });
  }

  const dmarc = first(results, 'dmarc');
  const fromDomain = dmarc?.properties['header.from'] ?? facts.alignment?.from ?? '?';
  if (dmarc?.result === 'fail') out.push({ severity: 'problem', text: fill(f.dmarcFail, { domain: fromDomain }), caseSlug: 'dmarc-rejected' });
  else if (dmarc?.result === 'pass') out.push({ severity: 'info', text: fill(f.dmarcPass, { domain: fromDomain }) });

  const a = facts.alignment;
  if (a?.from && (a.spfAligned !== undefined || a.dkimAligned !== undefined)) {
    const what = [a.spfAligned ? `SPF (${a.spfDomain})` : '', a.dkimAligned ? `DKIM (d=${a.dkimDomains.join(', ')})` : ''].filter(Boolean).join(' + ');
    if (what) out.push({ severity: 'info', text: fill(f.aligned, { what, from: a.from }) });
    else if (dmarc?.result !== 'fail') out.push({ severity: 'warning', text: fill(f.notAligned, { from: a.from }), caseSlug: 'dmarc-rejected' });
  }
  const compauth = first(results, 'compauth');
  if (compauth?.result === 'fail') out.push({ severity: 'problem', text: fill(f.compauthFail, { reason: compauth.reason ?? '?' }), caseSlug: 'judged-as-spam' });
  return out;
}

/** The host name a Received clause starts with ("mx.example.org (Postfix)" → "mx.example.org"). */
function hostOf(clause: string | undefined): string | undefined {
  return clause?.split(/[\s(]/)[0] || undefined;
}

/** Both ends of the hop belong to one organisation, so a wait there is that provider's own queue. */
function insideOneProvider(hop: Hop): string | undefined {
  const from = hostOf(hop.from), by = hostOf(hop.by);
  const org = from && by ? organisationalDomain(from) : undefined;
  return org && org === organisationalDomain(by!) ? org : undefined;
}

function hopFindings(facts: Facts, t: Texts): Finding[] {
  const f = t.findings;
  const out: Finding[] = [];
  facts.hops.forEach((hop, index) => {
    const n = index + 1;
    const by = hostOf(hop.by) ?? '?';
    if (hop.delaySeconds === undefined) return;
    const duration = formatDuration(hop.delaySeconds, t.duration);
    if (hop.delaySeconds < 0) {
      out.push({ severity: 'warning', text: fill(f.skew, { hop: n, duration }) });
    } else if (hop.delaySeconds >= NOTABLE_DELAY_SECONDS) {
      // Greylisting is a receiver deferring an outside server; between two servers of one provider it is a queue.
      const provider = insideOneProvider(hop);
      if (provider && hop.delaySeconds <= GREYLISTING_MAX_SECONDS) {
        out.push({ severity: 'warning', text: fill(f.delayInside, { duration, hop: n, by, provider }) });
        return;
      }
      const caseSlug = hop.delaySeconds <= GREYLISTING_MAX_SECONDS ? 'greylisting' : 'delivery-delayed-expired';
      out.push({ severity: 'warning', text: fill(f.delay, { duration, hop: n, by }), caseSlug });
    }
  });
  if (facts.hops.some((h) => !h.date)) out.push({ severity: 'info', text: f.noDates });
  if (facts.totalSeconds !== undefined && facts.hops.length > 1) {
    out.push({ severity: 'info', text: fill(f.total, { duration: formatDuration(facts.totalSeconds, t.duration) }) });
  }
  return out;
}

/** Every finding, problems first. */
export function readFindings(facts: Facts, t: Texts): Finding[] {
  const f = t.findings;
  const out: Finding[] = [];
  const v = facts.verdicts;
  if (v.listed) out.push({ severity: 'problem', text: fill(f.blockedByPolicy, v.listed), caseSlug: 'company-spam-filter' });
  else if (v.spam) out.push({ severity: 'problem', text: fill(f.spam, v.spam), caseSlug: 'judged-as-spam' });
  if (v.bcl !== undefined && v.bcl >= 7) out.push({ severity: 'warning', text: fill(f.bulk, { value: v.bcl }), caseSlug: 'judged-as-spam' });
  out.push(...authFindings(facts, t));
  if (!facts.hasReceived) out.push({ severity: 'warning', text: f.noReceived });
  if (facts.trusted.length === 0 && facts.hasReceived) out.push({ severity: 'info', text: f.noAuthResults, caseSlug: 'missing-authentication' });
  if (facts.untrusted.length > 0) {
    const ids = [...new Set(facts.untrusted.map((r) => r.authservId || '?'))].join(', ');
    out.push({ severity: 'info', text: fill(f.untrusted, { count: facts.untrusted.length, ids, id: facts.trusted[0]?.authservId || '?' }) });
  }
  out.push(...hopFindings(facts, t));
  return out.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
