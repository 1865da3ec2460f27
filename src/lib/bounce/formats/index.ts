/**
 * Runs the plain-text readers, most specific first; the first that recognises the text wins.
 * The loose readers only run on messages that look like bounces, since any mail mentions
 * addresses.
 */
import type { Finding } from '../types.ts';
import { addressBlocks } from './address-blocks.ts';
import { apacheJames } from './apache-james.ts';
import type { Extractor, TextContext } from './context.ts';
import { courier } from './courier.ts';
import { domino } from './domino.ts';
import { exchange } from './exchange.ts';
import { exim } from './exim.ts';
import { generic } from './generic.ts';
import { gmail } from './gmail.ts';
import { googleGroups } from './google-groups.ts';
import { imail } from './imail.ts';
import { ezweb, kddi } from './kddi.ts';
import { mailmarshal } from './mailmarshal.ts';
import { messagingServer } from './messaging-server.ts';
import { mfilter } from './mfilter.ts';
import { notes } from './notes.ts';
import { recipientReason } from './recipient-reason.ts';
import { sendmail } from './sendmail.ts';
import { sentences } from './sentences.ts';
import { session } from './session.ts';
import { verizon } from './verizon.ts';

const DISTINCTIVE: Extractor[] = [
  gmail, exchange, exim, sendmail, courier, session, messagingServer, notes, domino, apacheJames, mfilter, mailmarshal, imail, kddi,
  ezweb, verizon, recipientReason, googleGroups,
];
const LOOSE: Extractor[] = [addressBlocks, sentences, generic];

export function extractFromText(ctx: TextContext, looksLikeBounce: boolean): Finding[] {
  for (const read of looksLikeBounce ? [...DISTINCTIVE, ...LOOSE] : DISTINCTIVE) {
    const found = read(ctx);
    if (found.length > 0) return found;
  }
  return [];
}
