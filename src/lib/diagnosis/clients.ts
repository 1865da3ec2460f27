/**
 * What mail programs say when they cannot hand a message to the outgoing server: Outlook's and
 * Windows Live Mail's error numbers (the Internet Mail transport's IXP_E_… codes) and
 * Thunderbird's send errors, in English and in their Japanese wording. No server wrote these,
 * so the SMTP tables do not see them; a reader who pastes such a dialog still gets the case.
 * When the dialog also quotes the server's reply ("Server Response: 554 5.7.1 …"), the server's
 * words decide instead (see diagnoseText).
 *
 * Entries are matched against matchable() text (lowercase, single-spaced); the first match wins.
 */
import type { Diagnosis, Reason } from './types.ts';

interface ClientError {
  /** Stable name for the evaluation and the "why" line. */
  name: string;
  /** What the reader is shown as the evidence: the error number or the program's words. */
  detail: string;
  pattern: RegExp;
  reason: Reason;
  caseSlug: string;
  otherCases: string[];
  source: string;
}

const IXP = 'Microsoft Internet Mail transport error codes (imnxport.h, IXP_E_…; as published in the Wine headers include/imnxport.idl)';
const THUNDERBIRD = 'Thunderbird send errors, mail/locales/{en-US,ja}/messenger/messageSend.ftl';

const CLIENT_ERRORS: ClientError[] = [
  // 0x800CCC78: the server refused the sender at MAIL FROM, most often because the program did not log in.
  { name: 'outlook:0x800ccc78', detail: '0x800CCC78', pattern: /0x800ccc78|server rejected the sender'?s? e-?mail address|アカウントのプロパティで電子メール ?アドレスが正しいことを確認/, reason: 'securityerror', caseSlug: 'smtp-auth-failed', otherCases: ['send-as-denied', 'mail-client-send-error'], source: IXP },
  // 0x800CCC79: a recipient was refused at RCPT TO, usually relaying without authentication.
  { name: 'outlook:0x800ccc79', detail: '0x800CCC79', pattern: /0x800ccc79|one of the recipients was rejected by the server|いずれかの受信者がサーバーによって拒否された/, reason: 'norelaying', caseSlug: 'relay-denied', otherCases: ['smtp-auth-failed', 'mail-client-send-error'], source: IXP },
  // 0x800CCC7C / 0x800CCC7D: STARTTLS required by the server, or offered by neither side.
  { name: 'outlook:0x800ccc7c-7d', detail: '0x800CCC7C / 0x800CCC7D', pattern: /0x800ccc7[cd]|does not support a (?:ssl|secure) connection|指定した種類の接続暗号化をサポートしていません|暗号化された接続を使用できません/, reason: 'failedstarttls', caseSlug: 'tls-required', otherCases: ['mail-client-send-error'], source: IXP },
  { name: 'thunderbird:auth', detail: 'Unable to authenticate to Outgoing server (SMTP)', pattern: /unable to authenticate to outgoing server|送信 ?\(smtp\) ?サーバー.{0,80}の認証に失敗しました/, reason: 'securityerror', caseSlug: 'smtp-auth-failed', otherCases: ['mail-client-send-error'], source: THUNDERBIRD },
  // 0x800CCC0E / 0x800CCC0F: no connection to the outgoing server, or it dropped: server name, port, encryption, or a blocked port 25.
  { name: 'outlook:0x800ccc0e-0f', detail: '0x800CCC0E / 0x800CCC0F', pattern: /0x800ccc0[ef]|connection to the server (?:has failed|was interrupted)|cannot connect to the server|サーバーへの接続(?:は失敗しました|が中断されました)/, reason: 'networkerror', caseSlug: 'mail-client-send-error', otherCases: ['direct-sending-blocked', 'tls-required'], source: IXP },
  { name: 'thunderbird:connect', detail: 'connecting to Outgoing server (SMTP) failed', pattern: /connecting to outgoing server \(smtp\).{0,80}failed|送信 ?\(smtp\) ?サーバー.{0,80}(?:に接続できなかった|との接続が切断された)/, reason: 'networkerror', caseSlug: 'mail-client-send-error', otherCases: ['direct-sending-blocked', 'tls-required'], source: THUNDERBIRD },
  { name: 'client:send-failed', detail: 'Sending of the message failed', pattern: /^sending of the message failed|^メッセージを送信できませんでした。?$|^cannot send mail\b/, reason: 'networkerror', caseSlug: 'mail-client-send-error', otherCases: ['smtp-auth-failed', 'relay-denied'], source: THUNDERBIRD },
];

/** A mail program's send error, or null when the text is not one. */
export function diagnoseClientError(words: string): Diagnosis | null {
  const entry = CLIENT_ERRORS.find((e) => e.pattern.test(words));
  if (!entry) return null;
  return {
    reason: entry.reason,
    caseSlug: entry.caseSlug,
    otherCases: entry.otherCases,
    decidedBy: [{ kind: 'phrase', detail: entry.detail, source: entry.source, rule: `client:${entry.name}` }],
  };
}
