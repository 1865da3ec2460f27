/**
 * What servers write, per bounce reason. The table is ordered: the first reason with a
 * matching phrase wins, so narrower meanings come before broader ones (an SPF failure is
 * "blocked" too, a full mailbox is "unavailable" too). Phrases are matched against
 * matchable() text: lowercase, single-spaced. Strings are substrings; regexes must stay
 * linear (no nested quantifiers).
 *
 * Sources: the providers' published error lists, RFC 3463/5321 wording, and the phrase lists
 * of the Sisimai project (BSD 2-Clause), which collects real bounces from many servers.
 */
import type { Reason } from './reasons.ts';

export type Phrase = string | RegExp;

export interface PhraseGroup {
  reason: Reason;
  phrases: Phrase[];
}

export const PHRASES: PhraseGroup[] = [
  {
    reason: 'notcompliantrfc',
    phrases: [
      'rfc 5322', 'rfc5322', 'rfcmessagenoncompliant', 'not compliant with rfc', 'duplicate header',
      /\bmultiple (?:[\w-]+ )?headers?\b/, 'bare lf', 'bare line feed', 'missing message-id',
      'message-id header is missing', 'missing date header', 'messages with multiple addresses in from',
    ],
  },
  {
    reason: 'requireptr',
    phrases: [
      /\bptr\b/, 'reverse dns', 'reverse-dns', 'reverse lookup', 'reverse hostname', 'rdns', 'cannot find your hostname',
      'ip name lookup failed', 'mismatches client ip', 'unresolvable relay host name',
      'hosts with dynamic ip or generic dns',
    ],
  },
  {
    reason: 'authfailure',
    phrases: [
      /\bdmarc\b/, /\bspf\b/, 'sender policy framework', /\bdkim\b/, 'domainkeys', 'unauthenticated email',
      'is unauthenticated', 'authentication requirements', 'required authentication level',
      'authentication checks failed', 'arc validation',
    ],
  },
  {
    // The sender's own sending quota, before "quota exceeded" is read as the recipient's mailbox.
    reason: 'ratelimited',
    phrases: [/(?:sending|daily|hourly|relay|message|send) (?:quota|limit)/, 'sending limit'],
  },
  {
    reason: 'mailboxfull',
    phrases: [
      'mailbox full', 'mailbox is full', 'mailbox was full', 'mailbox has exceeded', 'mailbox size limit',
      'mailbox quota', 'mailbox would exceed', /over (?:the |his |her |their )?quota/, 'quota exceeded',
      'quotaexceeded', /exceed(?:ed|s)? (?:the |his |her |their |its )?(?:storage|quota|disk)/,
      'full mailbox', 'mailfolder is full', 'user has exceeded', 'too many messages on the server',
      'too much mail data', 'disk quota', "user's space has been used up",
      'exceeding receiving limits', 'boite du destinataire pleine', 'postfach voll', 'casella piena',
      'メールボックスがいっぱい', 'メールボックスが一杯', 'メールボックス容量', '容量オーバー', '容量を超え', '容量超過',
    ],
  },
  {
    reason: 'emailtoolarge',
    phrases: [
      'message too big', 'message too large', 'message is too large', 'message is too big',
      'message size exceeds', 'message length exceeds', 'maximum message size', 'max message size',
      'exceeded maximum inbound message size', 'maximum incoming message size', 'message file too big',
      'size limit', 'line limit exceeded', 'too big for system', 'larger than the maximum',
      'size of the message exceeds', 'message exceeds the maximum', 'メールサイズ', 'サイズが大きすぎ', 'サイズ制限',
    ],
  },
  {
    reason: 'mailererror',
    phrases: ['pipe to |', 'command output', 'procmail', 'command died', 'mailer error'],
  },
  {
    reason: 'suspend',
    phrases: [
      'account that you tried to reach is disabled', 'account that you tried to reach is inactive',
      'account is disabled', 'account has been disabled', 'account disabled', 'account is suspended',
      'account has been suspended', 'account suspended', 'account is inactive', 'inactive account',
      'account is locked', 'account has been locked', 'mailbox disabled', 'mailbox is disabled',
      'mailbox is inactive', 'mailbox currently suspended', 'mailbox is frozen', 'disabled recipient',
      'recipient disabled', 'user suspended', 'user is suspended', 'disabled or discontinued',
      'deactivated mailbox', 'has been suspended', 'currently suspended', 'temporarily inactive',
      'user is terminated', 'archived recipient', '利用停止', 'アカウントが停止',
    ],
  },
  {
    reason: 'hasmoved',
    phrases: ['has moved', 'no forwarding address', 'address has changed', 'mailbox owner has changed'],
  },
  {
    reason: 'norelaying',
    phrases: [
      'relay access denied', 'relaying denied', 'relay denied', 'relay not permitted', 'relaying not permitted',
      'relaying not allowed', 'unable to relay', 'not allowed to relay', 'we do not relay', 'no relaying',
      'insecure mail relay', 'not permitted to relay', 'relay prohibited', 'as a relay',
      "isn't in my list of allowed rcpthosts", 'requires authentication when attempting to send to a non-local',
    ],
  },
  {
    reason: 'badreputation',
    phrases: [/\breputation\b/, 'unexpected volume or user complaints', 'user complaints', '[tss04]'],
  },
  {
    reason: 'ratelimited',
    phrases: [
      /rate[ -]limit/, 'too many connections', 'too many concurrent', 'too many sessions', 'too many recipients',
      'too many messages', 'too many mails', 'too many errors', 'frequency limited', 'throttl', 'try again slower',
      'too fast', 'max emails per hour',
      'connection limit', 'message threshold exceeded', 'receiving mail at a rate',
    ],
  },
  {
    reason: 'blocked',
    phrases: [
      'blocked using', 'blacklist', 'blocklist', 'block list', 'black list', 'denylist', 'dnsbl', /\brbl\b/,
      'spamhaus', 'spamcop', 'sorbs', 'barracudacentral', 'abuseat', 'cloudmark', 'banned sending ip',
      'sender ip address rejected', 'client host rejected', 'too many unwanted messages',
      'not currently accepting mail from your ip', 'dynamic ip', 'dynamic/zombied', 'dial-up', 'dialup',
      'residential', 'smtp server of your isp', 'refused to talk to me', 'closing transmission channel',
      'blocked for abuse', 'blocked by ldap', 'access from ip address', 'not allowed to connect',
      'traffic not accepted from this ip', 'permanently deferred',
      /\b(?:sc|ou)-00\d\b/, 'ip is blocked', 'ip address is blocked', 'ip blocked', 'host is blocked',
      'helo command rejected', 'may not be mail exchanger', 'open proxy', 'looks suspiciously like spammer',
      'poor sender score', 'host network not allowed',
    ],
  },
  {
    reason: 'spamdetected',
    phrases: [
      /\bspam\b/, /\bube\b/, /\buce\b/, 'unsolicited', 'junk mail', 'message content rejected', 'content filter',
      'spam-like', 'spamassassin', 'bulk email', 'bulk mail', '迷惑メール',
    ],
  },
  {
    reason: 'virusdetected',
    phrases: [/\bvirus/, 'malware', 'infected', 'potentially executable', 'executable attachment', 'executable files', 'trojan', 'malicious'],
  },
  {
    reason: 'policyviolation',
    phrases: [
      'policy reasons', 'denied by policy', 'policy violation', 'protocol violation', 'local policy',
      'organization policy', "organization's policy", 'organizational settings', 'security policies',
      'content presents a potential', 'not permitted to post', 'members-only', 'members only',
      'closed mailing list', "list of senders to accept mail from", 'illegal attachment',
      /attachment[^.]{0,40}(?:not allowed|forbidden|prohibited)/, 'message given low priority',
    ],
  },
  {
    reason: 'rejected',
    phrases: [
      'sender address rejected', 'sender rejected', 'sender was rejected', 'sender domain', 'domain of sender',
      'invalid sender', 'sender verify failed', 'sender verification', 'unroutable sender', 'envelope sender',
      'sender not allowed', 'sender not pre-approved', /sender (?:address )?(?:is |has been )?(?:blacklisted|blocked|banned|in my black ?list)/,
      'bogus mail from', 'from: domain is invalid', 'provide a valid from', 'mail from not owned', 'null sender',
      'sender email address rejected', 'return path', 'reverse-path', 'batv', 'backscatter',
      // Gmail's "Send mail as" alias whose settings are wrong.
      'different address or alias',
    ],
  },
  {
    reason: 'filtered',
    phrases: [
      // au (KDDI) answers "550 : User unknown" (no address) when its reception filter refused.
      /(?:^|[\s>'])550:? : user unknown/, 'message filtered', 'message rejected due to user rules',
      'refuses to receive', 'refuse to receive', 'only accepting mail from specific', 'blocked by the recipient',
      'rejected by the recipient', 'recipient preferences', 'has restricted sms e-mail', 'is not accepting any mail',
      'user reject', '受信拒否', '指定受信', 'ドメイン指定', '拒否設定', 'なりすまし',
    ],
  },
  {
    reason: 'userunknown',
    phrases: [
      'user unknown', 'unknown user', 'no such user', 'no such recipient', 'no such mailbox', 'no such address',
      'no such person', 'unknown recipient', 'recipient unknown', 'address unknown', 'invalid recipient',
      'invalid mailbox', 'mailbox not found', 'mailbox does not exist',
      "mailbox doesn't exist", 'mailbox not available', 'mailbox is unavailable', 'user does not exist',
      "user doesn't exist", 'user not found', 'user not known', 'not a valid mailbox', 'not a valid recipient',
      'not a known user', 'is not a valid user', 'recipient does not exist', 'recipient not found',
      'recipientnotfound', 'recipnotfound', 'address does not exist', "address doesn't exist",
      "address couldn't be found", 'address could not be found', "wasn't found at", 'was not found at',
      'recipient address rejected: access denied', 'the recipient name is not recognized',
      /\bnot listed in (?:the |our )?(?:public )?(?:name|directory|address book)/,
      'no account by that name', 'no mailbox here by that name', /this user doesn't have an? \S+ account/,
      'bad destination mailbox address', 'unknown or illegal user', 'unknown local part', 'unknown local-part',
      'account that you tried to reach does not exist', 'check if address is correct', 'invalid-recipient',
      'utilisateur inconnu', 'empfänger unbekannt', 'nessun utente', 'no existe ese usuario', 'el usuario no existe',
      'ディレクトリのリストにありません', '宛先不明', 'ユーザーが見つかりません', 'ユーザが見つかりません',
      'ユーザが存在しません', 'ユーザーが存在しません', 'アドレスが存在しません', 'アドレスは存在しません',
      '存在しないメールアドレス', 'メールアドレスが見つかりません',
    ],
  },
  {
    // Temporary name-service failures, before "host not found" claims the domain is gone.
    reason: 'networkerror',
    phrases: ['host not found, try again', /(?:dns|name service|lookup)[^.]{0,80}try again/, 'temporary failure in name resolution', 'servfail'],
  },
  {
    reason: 'notaccept',
    phrases: [
      'null mx', 'does not accept mail', "doesn't receive email", 'does not receive mail', 'no mx record',
      'not accepting mail', 'mail receiving disabled',
    ],
  },
  {
    reason: 'hostunknown',
    phrases: [
      'host unknown', 'unknown host', 'host not found', /\bhost \S+ not found/, 'domain not found', 'domain name not found',
      'no such domain', 'domain does not exist', "domain doesn't exist", 'domain is not reachable',
      'host or domain name not found', 'name or service not known', 'unrouteable address', 'unroutable address',
      'domain must exist', 'unknown domain', 'invalid domain', 'bad destination system address', 'nxdomain',
      /(?<![@\w.-])[a-z0-9-]+(?:\.[a-z0-9-]+)+ does not exist/, /domain \S+ couldn't be found/, 'no such host',
      'mail domain mentioned in email address is unknown', 'ドメインが見つかりません', 'ドメインが存在しません',
    ],
  },
  {
    reason: 'networkerror',
    phrases: [
      'no route to host', 'network is unreachable', 'host is unreachable', 'host unreachable', 'lost connection',
      'connection reset', 'connection dropped', 'too many hops', 'hop count exceeded', 'mail loop', 'routing loop',
      'forwarding loop', 'loops back to myself', 'network error', 'malformed name server reply', 'dns error',
    ],
  },
  {
    reason: 'expired',
    phrases: [
      'timed out', 'message expired', 'delivery time expired', 'queue.expired', 'envelope expired',
      'in the queue too long', 'giving up', 'could not be delivered for', 'could not deliver for',
      'not delivered within', 'has not been delivered for', 'retry timeout exceeded', 'retry time not reached',
      'after multiple retries', 'could not find a gateway', 'aborted after', 'did not accept our requests to connect',
      'not responding', 'did not respond', 'stopped trying', 'unable to deliver in', 'has been delayed',
    ],
  },
  {
    reason: 'systemfull',
    phrases: ['mail system full', 'insufficient system storage', 'system storage', 'no space left on device'],
  },
  {
    reason: 'systemerror',
    phrases: [
      'system error', 'internal error', 'server error', 'temporary local problem', 'local error in processing',
      'configuration error', 'config error', 'misconfigured', 'unable to contact ldap', 'directory server', 'queue file write error',
      'interrupted system call', 'システムエラー',
    ],
  },
  {
    reason: 'failedstarttls',
    phrases: ['starttls', 'tls required', 'requires tls', 'tls is required', 'encryption required', 'requiretls', 'tls negotiation', 'tls handshake', /\bcertificate\b/],
  },
  {
    reason: 'securityerror',
    phrases: [
      'authentication required', 'authentication failed', 'authentication failure', 'must authenticate',
      'not authenticated', 'unauthenticated senders', 'credentials', 'password', 'basic authentication', 'smtp auth',
      'insecure', 'verification failure',
    ],
  },
  {
    reason: 'contenterror',
    phrases: [/\bmime\b/, '8-bit', '8bit', 'invalid characters', 'header size exceeds', 'message header size', 'improperly-formatted'],
  },
  {
    reason: 'syntaxerror',
    phrases: ['syntax error', 'command unrecognized', 'unrecognized command', 'bad command', 'not implemented', 'bad sequence of commands'],
  },
  {
    reason: 'suppressed',
    phrases: ['suppression list', 'suppressed', 'previously bounced', 'bounced address'],
  },
];

/**
 * Generic words that servers put in front of many different refusals ("Service unavailable.
 * Access denied, traffic not accepted from this IP"): they decide only when the status code
 * does not.
 */
export const WEAK_PHRASES: PhraseGroup[] = [
  { reason: 'userunknown', phrases: ['mailbox unavailable'] },
  { reason: 'systemerror', phrases: ['service currently unavailable', 'service unavailable', 'transaction failed'] },
  { reason: 'securityerror', phrases: ['access denied', 'not authorized', 'permission denied'] },
];

function matches(text: string, phrase: Phrase): boolean {
  return typeof phrase === 'string' ? text.includes(phrase) : phrase.test(text);
}

/** The first reason of a table whose phrases appear in already-matchable() text. */
export function reasonFromPhrases(text: string, table: PhraseGroup[] = PHRASES): Reason | undefined {
  if (!text) return undefined;
  for (const group of table) {
    if (group.phrases.some((p) => matches(text, p))) return group.reason;
  }
  return undefined;
}
