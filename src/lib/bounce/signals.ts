/** Whole-message signs: is this a bounce at all, and is it only a delay warning? */
import { header, type MessageView } from './message.ts';

const SYSTEM_SENDER = /^(?:mailer-daemon|postmaster|mail-daemon|mailerdaemon|double-bounce|bounces?|mdaemon|mail\.delivery\.system)@/i;

export const BOUNCE_SUBJECT = /undeliver|undelivered|returned mail|delivery (?:status notification|failure|failed|has failed|notification|report|problem)|failure notice|mail delivery|non recapitabile|unzustellbar|non remis|no entregado|could not be delivered|returned to sender|mail system error|delivery status|nondeliverable|配信|不達|エラー|届きません|送信できません/i;

const BOUNCE_INTRO = /mail delivery (?:software|system|subsystem)|delivery (?:status notification|has failed|failed|to the following recipient)|could not be delivered|couldn't be delivered|was not delivered|wasn't delivered|undeliverable|unable to deliver|failed to deliver|delivery failure|non-delivery|did not reach|permanent(?: fatal)? error|the following address(?:es)? (?:had|failed)|error (?:occurred|delivering)|rejected your message|trouble delivering|not yet been delivered|is delayed|送信できませんでした|配送できませんでした|届けられませんでした|宛先不明/i;

export function looksLikeBounce(view: MessageView): boolean {
  if (!view.hasHeaders) return true;
  if (view.contentType.includes('multipart/report')) return true;
  if (SYSTEM_SENDER.test(view.fromAddress)) return true;
  if (/^<\s*(?:mailer-daemon)?\s*>$/i.test(header(view, 'return-path').trim())) return true;
  if (BOUNCE_SUBJECT.test(view.subject)) return true;
  return BOUNCE_INTRO.test(view.text.slice(0, 4000));
}

const WARNING = /this is a warning message only|warning only|delivery to the following recipients? has been delayed|has not yet been delivered|is delayed for more than|temporary failure report|still being retried|will be retried|will continue trying|will retry|have not yet received your message|had transient non-fatal errors|delivery (?:has been )?delayed|配送が遅れ|遅延/i;

/** A report that only warns of a delay, so its text-derived recipients are "delayed". */
export function isWarningOnly(view: MessageView, text: string): boolean {
  if (/\((?:delay|delayed)\)|delayed mail|delivery delayed|^warning:/i.test(view.subject)) return true;
  return WARNING.test(text.slice(0, 6000));
}
