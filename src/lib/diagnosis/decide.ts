/**
 * diagnose(): the reason, the case and the evidence that decided them, for one failed
 * recipient. Evidence is read in order of how specific it is: a provider's documented
 * meaning for its own servers, then the server's words, then the enhanced status code, then
 * generic words and the reply code. The SMTP stage then corrects readings that only make sense
 * at another stage.
 */
import { diagnoseClientError } from './clients.ts';
import { domainOf } from '../bounce/addresses.ts';
import { isReplyCode, isStatusCode } from '../bounce/codes.ts';
import { caseFor } from './case-map.ts';
import { isMobileCarrier } from './carriers.ts';
import { PHRASES, WEAK_PHRASES, matchPhrase, type PhraseMatch } from './phrases.ts';
import { providerCodeIn } from './provider-codes.ts';
import { matchProvider } from './providers.ts';
import { stageWordingIn } from './stages.ts';
import { REPLY_CODES, STATUS_CODES, STATUS_RANGES, STATUS_SUBJECTS } from './status-codes.ts';
import type { Decision, Diagnosis, Evidence, Reason, Stage } from './types.ts';
import { hostsIn, wordsOf } from './words.ts';

const DELIVERED_ACTIONS = new Set(['delivered', 'relayed', 'expanded', 'deliverable']);

export function isDelivered(action: string | undefined, status: string | undefined): boolean {
  return (action !== undefined && DELIVERED_ACTIONS.has(action)) || (status?.startsWith('2.') ?? false);
}

/** The status-code table's reading of a code, with the entry that gave it. */
function statusDecision(status: string | undefined): { reason: Reason; decision: Decision } | undefined {
  if (!isStatusCode(status) || status.startsWith('2.')) return undefined;
  const generic = 'X' + status.slice(1);
  const [klass, subject, detail] = status.split('.');
  const entry = STATUS_CODES.find((c) => c.code === status || c.code === generic)
    ?? STATUS_RANGES.find((r) => [`X.${subject}.`, `${klass}.${subject}.`].some((p) => r.code.startsWith(p)) && Number(detail) >= r.from && Number(detail) <= r.to)
    ?? (status === '4.7.0' ? undefined : STATUS_SUBJECTS.find((c) => c.code === `${klass}.${subject}.X` || c.code === `X.${subject}.X`));
  if (!entry) return undefined;
  return { reason: entry.reason, decision: { kind: 'status', detail: status, source: entry.source, rule: `status:${entry.code}` } };
}

function phraseDecision(m: PhraseMatch, weak: boolean): Decision {
  const name = typeof m.phrase === 'string' ? m.phrase : m.phrase.source;
  return { kind: 'phrase', detail: m.matched, source: m.group.source, rule: `${weak ? 'weak-phrase' : 'phrase'}:${m.group.reason}:${m.group.lang}:${name}` };
}

interface Reading {
  reason: Reason;
  decision: Decision;
}

/** What the evidence says before the stage is considered. */
function firstReading(e: Evidence, words: string, status: string | undefined, replyCode: string | undefined): Reading | undefined {
  const named = [e.remoteHost, e.reportingMta, domainOf(e.recipient)].filter((h): h is string => Boolean(h));
  const hosts = [...named, ...hostsIn(e.words)];
  const provider = matchProvider(hosts, words, status);
  if (provider) {
    const { rule } = provider;
    return {
      reason: rule.reason,
      decision: { kind: 'provider', detail: provider.provider.name, source: provider.provider.source, rule: `provider:${provider.provider.name}:${rule.words ?? rule.pattern?.source ?? rule.status}` },
    };
  }
  const code = providerCodeIn(words);
  if (code) {
    return { reason: code.reason, decision: { kind: 'provider', detail: `${code.provider} AUP#${code.code}`, source: code.source, rule: `provider:${code.provider}:AUP#` } };
  }
  // A provider's own header says what its words may hide (au answers "User unknown" when its
  // filter refused); a report's layout only speaks when the words do not.
  if (e.formatHint && e.formatSource) {
    return { reason: e.formatHint, decision: { kind: 'provider', detail: 'report-header', source: e.formatSource, rule: `format:${e.formatHint}` } };
  }
  const phrase = matchPhrase(words, PHRASES);
  if (phrase) return { reason: phrase.group.reason, decision: phraseDecision(phrase, false) };
  if (e.formatHint) {
    return { reason: e.formatHint, decision: { kind: 'provider', detail: 'report-format', rule: `format:${e.formatHint}` } };
  }
  const byStatus = statusDecision(status);
  if (byStatus) return byStatus;
  const weak = matchPhrase(words, WEAK_PHRASES);
  if (weak) return { reason: weak.group.reason, decision: phraseDecision(weak, true) };
  const reply = REPLY_CODES.find((r) => r.code === replyCode);
  if (reply) return { reason: reply.reason, decision: { kind: 'reply', detail: reply.code, source: reply.source, rule: `reply:${reply.code}` } };
  return undefined;
}

/** Readings that, at MAIL FROM, describe the sender rather than the recipient. */
const SENDER_STAGE = new Set<Reason>(['userunknown', 'hostunknown', 'filtered', 'suspend']);
/**
 * Readings that, before any address was given, mean the connection itself was refused: no
 * message has been seen yet, so "spam" there is about the sending IP.
 */
const CONNECTION_STAGE = new Set<Reason>(['securityerror', 'rejected', 'userunknown', 'hostunknown', 'filtered', 'policyviolation', 'spamdetected']);

/** RFC 3463 §3.3 (mailbox status) and §3.8 (security or policy status). */
const FILTER_SUBJECTS = new Set(['2', '7']);

const STAGE_SOURCE = 'RFC 5321 §3.3 (the order of MAIL, RCPT and DATA) and §4.2.5 (replies after end of data)';

interface StageRule {
  name: string;
  applies: (r: Reading | undefined, stage: Stage | undefined, status: string | undefined, words: string, temporary: boolean) => boolean;
  reason: Reason;
  source: string;
}

/**
 * Corrections by the stage, tried in order. Words that say the user is unknown, answered
 * after the message was sent (DATA, end of DATA) without an address-status code (X.1.x, which
 * pipelining servers send for a refused RCPT that the transcript shows after DATA), or with a
 * mailbox-status (X.2.x) or policy (X.7.x) code at any stage but RCPT TO, are a filter
 * refusing the message: the address was already accepted (Sisimai's reason/filtered.rb reads
 * them the same way). A provider's
 * documented meaning is not corrected: Yahoo, for one, refuses unknown users after DATA.
 */
const STAGE_RULES: StageRule[] = [
  {
    name: 'user-unknown-after-rcpt',
    applies: (r, stage, status) => {
      if (r?.reason !== 'userunknown' || r.decision.kind !== 'phrase' || stage === 'rcpt') return false;
      const subject = status?.split('.')[1] ?? '';
      return FILTER_SUBJECTS.has(subject) || ((stage === 'data' || stage === 'end-of-data') && subject !== '1');
    },
    reason: 'filtered', source: STAGE_SOURCE,
  },
  {
    // A bare security-or-policy code after the message was sent can only be about the message.
    name: 'policy-code-after-data',
    applies: (r, stage) => (stage === 'data' || stage === 'end-of-data') && r?.decision.rule === 'status:5.7.X',
    reason: 'filtered', source: STAGE_SOURCE,
  },
  {
    // "Access denied" to the sender is a refused sender; "authentication required" is not.
    name: 'refused-at-mail-from',
    applies: (r, stage, _status, words) => stage === 'mail'
      && (!r || SENDER_STAGE.has(r.reason) || (r.reason === 'securityerror' && !/auth|password|credential/.test(words))),
    reason: 'rejected', source: STAGE_SOURCE,
  },
  {
    // A bare temporary refusal there (a 421 greeting) is a busy server as often as a block.
    name: 'refused-before-mail-from',
    applies: (r, stage, _status, _words, temporary) => (stage === 'connect' || stage === 'ehlo') && (r ? CONNECTION_STAGE.has(r.reason) : !temporary),
    reason: 'blocked', source: STAGE_SOURCE,
  },
];

function stageOf(e: Evidence): { stage?: Stage; source?: string } {
  if (e.stage) return { stage: e.stage, source: 'the report names the SMTP command' };
  const wording = e.words ? stageWordingIn(e.words) : undefined;
  return wording ? { stage: wording.stage, source: wording.source } : {};
}

/** Fields that cannot hold a real code are ignored, whatever a report put there. */
function codesOf(e: Evidence): { status?: string; replyCode?: string } {
  return { status: isStatusCode(e.status) ? e.status : undefined, replyCode: isReplyCode(e.replyCode) ? e.replyCode : undefined };
}

function decideReason(e: Evidence, words: string): { reason: Reason; decidedBy: Decision[] } {
  const { status, replyCode } = codesOf(e);
  if (isDelivered(e.action, status)) {
    return { reason: 'delivered', decidedBy: [{ kind: 'status', detail: status ?? 'delivered', source: 'RFC 3464 §2.3.3 (Action) and RFC 3463 class 2', rule: 'status:delivered' }] };
  }
  const reading = firstReading(e, words, status, replyCode);
  const { stage, source } = stageOf(e);
  const temporary = (status ?? replyCode ?? '').startsWith('4');
  const correction = STAGE_RULES.find((rule) => rule.applies(reading, stage, status, words, temporary));
  if (correction && correction.reason !== reading?.reason) {
    // Without a stage, only the status code (X.2.x, X.7.x) can have made the correction.
    const decidedBy: Decision[] = [stage
      ? { kind: 'stage', detail: stage, source: `${correction.source}; ${source}`, rule: `stage:${correction.name}` }
      : { kind: 'status', detail: status ?? '', source: correction.source, rule: `stage:${correction.name}` }];
    if (reading) decidedBy.push(reading.decision);
    return { reason: correction.reason, decidedBy };
  }
  if (reading) {
    // A temporary failure cannot prove that a domain does not exist: DNS may come back.
    if (reading.reason === 'hostunknown' && status?.startsWith('4.')) {
      return { reason: 'networkerror', decidedBy: [{ kind: 'status', detail: status, source: 'RFC 3463 §3.1 (class 4: persistent transient failure)', rule: 'status:temporary-hostunknown' }, reading.decision] };
    }
    return { reason: reading.reason, decidedBy: [reading.decision] };
  }
  if (e.diagnosticType === 'x-unix') {
    return { reason: 'mailererror', decidedBy: [{ kind: 'status', detail: 'X-Unix', source: 'RFC 3464 §2.3.6 (Diagnostic-Code type): X-Unix is the exit status of a local delivery program', rule: 'status:diagnostic-type-x-unix' }] };
  }
  if (e.action === 'delayed') {
    return { reason: 'expired', decidedBy: [{ kind: 'status', detail: 'delayed', source: 'RFC 3464 §2.3.3 (Action: delayed)', rule: 'status:action-delayed' }] };
  }
  // It failed, but the report does not say why.
  return { reason: 'onhold', decidedBy: [] };
}

export function diagnose(e: Evidence): Diagnosis {
  const words = wordsOf(e.words);
  // A mail program's own send error, unless a server's reply says more (a code beyond x.0.0).
  const saysCode = e.replyCode !== undefined || (e.status !== undefined && !/^[45]\.0\.0$/.test(e.status));
  const client = saysCode ? null : diagnoseClientError(words);
  if (client) return client;
  const { reason, decidedBy } = decideReason(e, words);
  const carrier = isMobileCarrier(domainOf(e.recipient)) || isMobileCarrier(e.remoteHost);
  const { caseSlug, otherCases } = caseFor(reason, { words, carrier, status: codesOf(e).status });
  return { reason, caseSlug, otherCases, decidedBy };
}
