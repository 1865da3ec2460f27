/** diagnoseText(): one pasted error line or short text, read into Evidence and diagnosed. */
import { firstAddress } from '../bounce/addresses.ts';
import { lastCodes } from '../bounce/codes.ts';
import { diagnoseClientError } from './clients.ts';
import { diagnose } from './decide.ts';
import { matchPhrase, WEAK_PHRASES } from './phrases.ts';
import { providerCodeIn } from './provider-codes.ts';
import { stageWordingIn } from './stages.ts';
import type { Diagnosis, Evidence } from './types.ts';
import { wordsOf } from './words.ts';

/** Longer than any error line; a whole pasted message belongs to the bounce analyser. */
const MAX_TEXT_CHARS = 4000;

export function evidenceFromText(text: string): Evidence {
  const line = text.slice(0, MAX_TEXT_CHARS);
  const { status, reply } = lastCodes(line);
  const evidence: Evidence = { words: line };
  if (status) evidence.status = status;
  // A reply code of another class than the status code was added by a relay.
  if (reply && (!status || reply[0] === status[0])) evidence.replyCode = reply;
  const stage = stageWordingIn(line)?.stage;
  if (stage) evidence.stage = stage;
  const recipient = firstAddress(line);
  if (recipient) evidence.recipient = recipient;
  return evidence;
}

function looksLikeMailError(e: Evidence, words: string): boolean {
  return e.status !== undefined || e.replyCode !== undefined || e.stage !== undefined
    || matchPhrase(words) !== undefined || matchPhrase(words, WEAK_PHRASES) !== undefined || providerCodeIn(words) !== undefined
    || diagnoseClientError(words) !== null;
}

export function diagnoseText(text: string): Diagnosis | null {
  if (typeof text !== 'string' || !text.trim()) return null;
  const evidence = evidenceFromText(text);
  if (!looksLikeMailError(evidence, wordsOf(evidence.words))) return null;
  return diagnose(evidence);
}
