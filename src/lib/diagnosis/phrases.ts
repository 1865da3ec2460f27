/**
 * What servers write, per bounce reason and language. The table is ordered: the first group
 * with a matching phrase wins, so narrower meanings come before broader ones (an SPF failure
 * is "blocked" too, a full mailbox is "unavailable" too). Phrases are matched against
 * matchable() text: lowercase, single-spaced. Strings are substrings; regexes must stay
 * linear (no nested quantifiers).
 *
 * Each group names its source. Most English wording is what Postfix, Exim, Sendmail, qmail,
 * Exchange and the big providers write; much of it was collected by the Sisimai project
 * (lib/sisimai/reason/<reason>.rb, BSD 2-Clause; its licence is in LICENSE-sisimai.txt beside
 * the development bounces), whose lists are the best public record of real MTA wording.
 */
import type { Reason } from './types.ts';

export type Phrase = string | RegExp;

/** The language a group's phrases are written in (the language the MTA answered in). */
export type PhraseLang = 'en' | 'ja' | 'fr' | 'de' | 'es' | 'it' | 'pt' | 'ru';

export interface PhraseGroup {
  reason: Reason;
  lang: PhraseLang;
  source: string;
  phrases: Phrase[];
}

const sisimai = (reason: string): string => `Sisimai lib/sisimai/reason/${reason}.rb (BSD 2-Clause) and the MTAs' own wording`;
const JAPANESE = "Japanese MTAs', gateways' and carriers' bounce texts (Lotus Notes, m-FILTER, au/EZweb, docomo; Sisimai lhost modules)";

const DOMINO = 'HCL (IBM, Lotus) Domino\'s delivery failure reasons, as Sisimai lib/sisimai/lhost/domino.rb (BSD 2-Clause) reads them';
const IMAIL = "Ipswitch (Progress) IMail Server's reason words, as Sisimai lib/sisimai/lhost/imailserver.rb (BSD 2-Clause) reads them";

export const PHRASES: PhraseGroup[] = [
  // IMail's own reason words: whole phrases that no other meaning shares.
  { reason: 'userunknown', lang: 'en', source: IMAIL, phrases: ['invalid final delivery userid'] },
  { reason: 'mailboxfull', lang: 'en', source: IMAIL, phrases: ['user mailbox exceeds allowed size'] },
  { reason: 'expired', lang: 'en', source: IMAIL, phrases: [/\bdelivery failed \d+ attempts/] },
  // HCL (IBM, Lotus) Domino's own reasons after "because:".
  { reason: 'userunknown', lang: 'en', source: DOMINO, phrases: ['not listed in domino directory'] },
  { reason: 'userunknown', lang: 'ja', source: DOMINO, phrases: ['domino ディレクトリには見つかりません'] },
  { reason: 'filtered', lang: 'en', source: DOMINO, phrases: ['cannot route mail to user'] },
  { reason: 'systemerror', lang: 'en', source: DOMINO, phrases: ['several matches found in domino directory'] },
  // Lotus Notes' older report ("Failure Reasons"), as Sisimai lib/sisimai/lhost/notes.rb reads it.
  { reason: 'networkerror', lang: 'en', source: 'Lotus Notes\' failure reasons, as Sisimai lib/sisimai/lhost/notes.rb (BSD 2-Clause) reads them', phrases: ['exceeded maximum hop count'] },
  // Gmail's sender-requirement refusals say "rate limited" or "bulk" and name RFC 5322 or SPF,
  // but each is about one requirement, named in its own words (Gmail SMTP errors and codes,
  // https://support.google.com/a/answer/3726730, checked 2026-12): no TLS (4.7.29, 5.7.29), an
  // IP sending unsolicited mail (4.7.28, 5.7.28), a From domain aligned with neither SPF nor DKIM
  // (4.7.32, 5.7.32).
  {
    reason: 'failedstarttls', lang: 'en', source: 'Gmail SMTP errors and codes, https://support.google.com/a/answer/3726730',
    phrases: ['not using a tls connection', "wasn't sent over a tls connection", 'to use tls/ssl for smtp connections'],
  },
  {
    reason: 'blocked', lang: 'en', source: 'Gmail SMTP errors and codes, https://support.google.com/a/answer/3726730',
    phrases: ['unusual rate of unsolicited'],
  },
  {
    reason: 'authfailure', lang: 'en', source: 'Gmail SMTP errors and codes, https://support.google.com/a/answer/3726730',
    phrases: ["isn't aligned with either the authenticated spf or dkim"],
  },
  {
    reason: 'notcompliantrfc', lang: 'en', source: sisimai('notcompliantrfc'),
    phrases: [
      'rfc 5322', 'rfc5322', 'rfcmessagenoncompliant', 'not compliant with rfc', 'duplicate header',
      /\bmultiple (?:[\w-]+ )?headers?\b/, 'bare lf', 'bare line feed', 'missing message-id',
      // Microsoft 365 "5.6.11 SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds"
      // (Microsoft Learn, Exchange Online NDR reference); Gmail "5.6.0 Mail message is malformed"
      // (Gmail SMTP errors and codes).
      'bare linefeed', 'message is malformed',
      'message-id header is missing', 'missing date header', 'messages with multiple addresses in from',
      'missing a valid message-id',
      // RFC 5321 §4.5.3.1.6: a text line is at most 1000 octets; Exim says "message has lines too
      // long for transport", others "line too long" / "line is too long".
      /\blines? (?:is |are )?too long\b/,
    ],
  },
  {
    reason: 'requireptr', lang: 'en', source: sisimai('requireptr'),
    phrases: [
      /\bptr\b/, 'reverse dns', 'reverse-dns', 'reverse lookup', 'reverse hostname', 'rdns', 'cannot find your hostname',
      'ip name lookup failed', 'mismatches client ip', 'unresolvable relay host name',
      'hosts with dynamic ip or generic dns',
      'all mail servers must have a ptr record', 'reverse dns failed', 'reverse dns required', 'fix reverse dns for',
      'no reverse dns', 'sender ip reverse lookup rejected', 'forbidden by invalid rdns record', 'cannot resolve your address',
      /service permits \d+ unverifyable sending ips/,
      'bad dns ptr resource record',
    ],
  },
  {
    reason: 'authfailure', lang: 'en', source: sisimai('authfailure'),
    phrases: [
      /\bdmarc\b/, /\bspf\b/, 'sender policy framework', /\bdkim\b/, 'domainkeys', 'unauthenticated email',
      'is unauthenticated', 'authentication requirements', 'required authentication level',
      'authentication checks failed', 'arc validation',
      'bad spf records for', 'please inspect your spf settings',
    ],
  },
  {
    // The sender's own sending quota, before "quota exceeded" is read as the recipient's mailbox.
    reason: 'ratelimited', lang: 'en', source: sisimai('ratelimited'),
    phrases: [/(?:sending|daily|hourly|relay|message|send) (?:quota|limit)/, 'sending limit'],
  },
  {
    reason: 'mailboxfull', lang: 'en', source: sisimai('mailboxfull'),
    phrases: [
      'mailbox full', 'mailbox is full', 'mailbox was full', 'mailbox has exceeded', 'mailbox size limit',
      'mailbox quota', 'mailbox would exceed', /over (?:the |his |her |their )?quota/, 'quota exceeded',
      'quotaexceeded', /exceed(?:ed|s)? (?:the |his |her |their |its )?(?:storage|quota|disk)/,
      'full mailbox', 'mailfolder is full', 'user has exceeded', 'too many messages on the server',
      'too much mail data', 'disk quota', "user's space has been used up",
      'exceeding receiving limits',
      'does not have enough space', 'not enough storage space', 'exceeded storage allocation', 'quota violation',
      'disc quota exceeded', 'over disk quota',
    ],
  },
  { reason: 'mailboxfull', lang: 'ja', source: JAPANESE, phrases: ['メールボックスがいっぱい', 'メールボックスが一杯', 'メールボックス容量', '容量オーバー', '容量を超え', '容量超過'] },
  { reason: 'mailboxfull', lang: 'fr', source: sisimai('mailboxfull'), phrases: ['boite du destinataire pleine', 'boîte du destinataire pleine'] },
  { reason: 'mailboxfull', lang: 'de', source: 'German-language MTA replies (Postfach = mailbox)', phrases: ['postfach voll', 'postfach ist voll'] },
  { reason: 'mailboxfull', lang: 'it', source: 'Italian-language MTA replies (casella = mailbox)', phrases: ['casella piena'] },
  {
    reason: 'emailtoolarge', lang: 'en', source: sisimai('emailtoolarge'),
    phrases: [
      'message too big', 'message too large', 'message is too large', 'message is too big',
      'message size exceeds', 'message length exceeds', 'maximum message size', 'max message size',
      'exceeded maximum inbound message size', 'maximum incoming message size', 'message file too big',
      'size limit', 'line limit exceeded', 'too big for system', 'larger than the maximum',
      'size of the message exceeds', 'message exceeds the maximum',
      'mail file size exceeds the maximum size', /message (?:size )?exceeds [^.]{0,40}limit/, /exceeded [^.]{0,40}message size/,
    ],
  },
  { reason: 'emailtoolarge', lang: 'fr', source: sisimai('emailtoolarge'), phrases: ['taille limite du message atteinte'] },
  { reason: 'emailtoolarge', lang: 'ja', source: JAPANESE, phrases: ['メールサイズ', 'サイズが大きすぎ', 'サイズ制限'] },
  {
    reason: 'mailererror', lang: 'en', source: sisimai('mailererror'),
    phrases: ['pipe to |', 'command output', 'procmail', 'command died', 'mailer error'],
  },
  {
    reason: 'suspend', lang: 'en', source: sisimai('suspend'),
    phrases: [
      'account that you tried to reach is disabled', 'account that you tried to reach is inactive',
      'account is disabled', 'account has been disabled', 'account disabled', 'account is suspended',
      'account has been suspended', 'account suspended', 'account is inactive', 'inactive account',
      'account is locked', 'account has been locked', 'mailbox disabled', 'mailbox is disabled',
      'mailbox is inactive', 'mailbox currently suspended', 'mailbox is frozen', 'disabled recipient',
      'recipient disabled', 'user suspended', 'user is suspended', 'disabled or discontinued',
      'deactivated mailbox', 'has been suspended', 'currently suspended', 'temporarily inactive',
      'user is terminated', 'archived recipient',
      ' temporary locked', 'invalid/inactive user', 'recipient suspend the service',
    ],
  },
  { reason: 'suspend', lang: 'fr', source: sisimai('suspend'), phrases: ['boite du destinataire archivee', 'boîte du destinataire archivée'] },
  { reason: 'suspend', lang: 'ja', source: JAPANESE, phrases: ['利用停止', 'アカウントが停止'] },
  {
    reason: 'hasmoved', lang: 'en', source: sisimai('hasmoved'),
    phrases: ['has moved', 'no forwarding address', 'address has changed', 'mailbox owner has changed'],
  },
  {
    reason: 'norelaying', lang: 'en', source: sisimai('norelaying'),
    phrases: [
      'relay access denied', 'relaying denied', 'relay denied', 'relay not permitted', 'relaying not permitted',
      'relaying not allowed', 'unable to relay', 'not allowed to relay', 'we do not relay', 'no relaying',
      'insecure mail relay', 'not permitted to relay', 'relay prohibited', 'as a relay',
      "isn't in my list of allowed rcpthosts", 'requires authentication when attempting to send to a non-local',
      'not configured to relay', 'mail relay denied',
    ],
  },
  {
    // A relay that serves only its customers' domains: HENNGE Email DLP answers "550 Requested
    // action not taken: the domain is not in our list" for a sending domain not registered with
    // it (HENNGE One support, "Common types of error emails (NDR)",
    // https://support.hdeone.com/hc/en-us/articles/115001360527), as qmail does with "that domain
    // isn't in my list of allowed rcpthosts".
    reason: 'norelaying', lang: 'en', source: 'HENNGE One support: common types of error emails (NDR), https://support.hdeone.com/hc/en-us/articles/115001360527',
    phrases: ['domain is not in our list'],
  },
  {
    reason: 'badreputation', lang: 'en', source: sisimai('badreputation'),
    phrases: [
      /\breputation\b/, 'unexpected volume or user complaints', 'user complaints', '[tss04]',
      // Microsoft 365 "5.7.708 Access denied, traffic not accepted from this IP": an IP without a
      // sending reputation yet, or with a poor one (Microsoft Learn, "Fix error code 5.7.700
      // through 5.7.750 in Exchange Online").
      'traffic not accepted from this ip',
    ],
  },
  {
    reason: 'ratelimited', lang: 'en', source: sisimai('ratelimited'),
    phrases: [
      /rate[ -]limit/, 'too many connections', 'too many concurrent', 'too many sessions', 'too many recipients',
      'too many messages', 'too many mails', 'too many errors', 'frequency limited', 'throttl', 'try again slower',
      'too fast', 'max emails per hour',
      'connection limit', 'message threshold exceeded',
      // Gmail 450 4.2.1 writes "mail" in older replies and "email" now (Gmail SMTP errors and codes,
      // https://support.google.com/a/answer/3726730, checked 2026-12).
      /receiving (?:e-?)?mail at a rate/, /receiving (?:e-?)?mail too quickly/,
      'throttling failure', 'too many errors from your ip', 'too many smtp sessions for this host',
      'numerous attempts to deliver this message', 'temporarily rate limited',
    ],
  },
  {
    // cPanel's Exim names an unknown domain first, before "blacklisted" reads as a blocked IP.
    reason: 'hostunknown', lang: 'en', source: sisimai('hostunknown'),
    phrases: ['the account or domain may not exist', 'recipient address rejected: unknown domain name'],
  },
  {
    // A sender address on a blocklist is the sender refused, before "blacklisted" reads as a blocked IP.
    reason: 'rejected', lang: 'en', source: sisimai('rejected'),
    phrases: ['sending to/from an address that has been blacklisted', 'sender is spammer', 'empty envelope senders not allowed'],
  },
  {
    // A sending service refusing a From address its customer has not verified: Amazon SES
    // ("Email address is not verified. The following identities failed the check in region …",
    // SES Developer Guide, "Verified identities") and SendGrid ("The from address does not match a
    // verified Sender Identity", Twilio SendGrid docs, "Sender Identity").
    reason: 'rejected', lang: 'en', source: 'Amazon SES Developer Guide and Twilio SendGrid docs (their own error texts)',
    phrases: ['email address is not verified', 'identities failed the check', 'does not match a verified sender identity'],
  },
  {
    reason: 'blocked', lang: 'en', source: sisimai('blocked'),
    phrases: [
      'blocked using', 'blacklist', 'blocklist', 'block list', 'black list', 'denylist', 'dnsbl', /\brbl\b/,
      'spamhaus', 'spamcop', 'sorbs', 'barracudacentral', 'abuseat', 'cloudmark', 'banned sending ip',
      'sender ip address rejected', 'client host rejected', 'too many unwanted messages',
      'not currently accepting mail from your ip', 'dynamic ip', 'dynamic/zombied', 'dial-up', 'dialup',
      'residential', 'smtp server of your isp', 'refused to talk to me', 'closing transmission channel',
      'blocked for abuse', 'blocked by ldap', 'access from ip address', 'not allowed to connect',
      'permanently deferred',
      /\b(?:sc|ou)-00\d\b/, 'ip is blocked', 'ip address is blocked', 'ip blocked', 'host is blocked',
      'helo command rejected', 'may not be mail exchanger', 'open proxy', 'looks suspiciously like spammer',
      'poor sender score', 'host network not allowed',
      'is not allowed to send mail from',
      'dynamically-assigned ip',
      'invalid ip for sending mail of domain', 'no access from mail server',
    ],
  },
  {
    reason: 'spamdetected', lang: 'en', source: sisimai('spamdetected'),
    phrases: [
      /\bspam\b/, /\bube\b/, /\buce\b/, 'unsolicited', 'junk mail', 'message content rejected', 'content filter',
      'spam-like', 'spamassassin', 'bulk email', 'bulk mail',
      'antispam', 'mail content denied', 'rejecting banned content', 'rejecting mail content', 'unacceptable content',
      'reject bulk.advertising', 'recurrent pattern detection system', 'temporarily blocked by our filter',
      // Gmail "421 4.7.0 This message is suspicious due to the nature of the content or the links
      // within" (Gmail SMTP errors and codes, https://support.google.com/a/answer/3726730).
      'suspicious due to the nature of the content',
    ],
  },
  { reason: 'spamdetected', lang: 'ja', source: JAPANESE, phrases: ['迷惑メール'] },
  {
    reason: 'virusdetected', lang: 'en', source: sisimai('virusdetected'),
    phrases: [/\bvirus/, 'malware', 'infected', 'potentially executable', 'executable attachment', 'executable files', 'trojan', 'malicious'],
  },
  {
    reason: 'policyviolation', lang: 'en', source: sisimai('policyviolation'),
    phrases: [
      'policy reasons', 'denied by policy', 'policy violation', 'protocol violation', 'local policy',
      'organization policy', "organization's policy", 'organizational settings', 'security policies',
      'content presents a potential', 'not permitted to post', 'members-only', 'members only',
      'closed mailing list', "list of senders to accept mail from", 'illegal attachment',
      /attachment[^.]{0,40}(?:not allowed|forbidden|prohibited)/, 'message given low priority',
      'delivery to this address is restricted',
      'an illegal attachment on your message', 'not accepting mail with', 'by non-member to a members-only list',
      'email rejected due to security policies', 'header are not accepted', 'rejected for policy reasons',
      'not subscribed to this group', 'rejected by organization policy', 'we do not accept messages containing images',
      'allowable number of posts without solving a captcha', "you're using a mass mailer",
    ],
  },
  {
    // The sender's own organisation forbids automatic forwarding outside it (Exchange Online's
    // "5.7.520 Access denied, Your organization does not allow external forwarding").
    reason: 'policyviolation', lang: 'en',
    source: 'Microsoft Learn: Configuring and controlling external email forwarding in Microsoft 365, https://learn.microsoft.com/en-us/defender-office-365/outbound-spam-policies-external-email-forwarding',
    phrases: ['does not allow external forwarding'],
  },
  {
    reason: 'rejected', lang: 'en', source: sisimai('rejected'),
    phrases: [
      'sender address rejected', 'sender rejected', 'sender was rejected', 'sender domain', 'domain of sender',
      'invalid sender', 'sender verify failed', 'sender verification', 'unroutable sender', 'envelope sender',
      'sender not allowed', 'sender not pre-approved', /sender (?:address )?(?:is |has been )?(?:blacklisted|blocked|banned|in my black ?list)/,
      'bogus mail from', 'from: domain is invalid', 'provide a valid from', 'mail from not owned', 'null sender',
      'sender email address rejected', 'return path', 'reverse-path', 'batv', 'backscatter',
      // Gmail's notice for a misconfigured "Send mail as" alias (support.google.com/mail/?p=CustomFromDenied),
      // read without a host: the notice often reaches the reader without one.
      'different address or alias',
    ],
  },
  { reason: 'ratelimited', lang: 'fr', source: sisimai('ratelimited'), phrases: ['trop de connexions'] },
  { reason: 'rejected', lang: 'fr', source: sisimai('rejected'), phrases: ['emetteur invalide', 'émetteur invalide'] },
  {
    reason: 'filtered', lang: 'en', source: sisimai('filtered'),
    phrases: [
      'message filtered', 'message rejected due to user rules',
      'refuses to receive', 'refuse to receive', 'only accepting mail from specific', 'blocked by the recipient',
      'rejected by the recipient', 'recipient preferences', 'has restricted sms e-mail', 'is not accepting any mail',
      'user reject',
      'you have been blocked by the recipient', 'this account is protected by', 'resolver.rst.notauthorized',
    ],
  },
  { reason: 'filtered', lang: 'ja', source: JAPANESE, phrases: ['受信拒否', '指定受信', 'ドメイン指定', '拒否設定', 'なりすまし'] },
  {
    reason: 'userunknown', lang: 'en', source: sisimai('userunknown'),
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
      'address invalid', "can't accept user", 'destination addresses were unknown', 'email address does not exist',
      'email address could not be found', 'is not an active address at this host', 'mailbox invalid', 'mailbox not present',
      'no mailbox found', 'no such address here', 'not a valid user here', 'not a local address',
      'recipient is not local', 'recipient not exist', 'recipient not ok', "the user's email name is not found",
      'there is no one at this address', 'this address no longer accepts mail', 'this email address is wrong or no longer valid',
      'badrcptto', 'badrecipientto list', 'validrcptto list', 'unknown mailbox', 'user not exist', 'user missing home directory',
      'invalid or unknown virtual user',
    ],
  },
  {
    reason: 'userunknown', lang: 'ja', source: JAPANESE,
    phrases: [
      'ディレクトリのリストにありません', '宛先不明', 'ユーザーが見つかりません', 'ユーザが見つかりません', 'ユーザが存在しません',
      'ユーザーが存在しません', 'アドレスが存在しません', 'アドレスは存在しません', '存在しないメールアドレス', 'メールアドレスが見つかりません',
    ],
  },
  { reason: 'userunknown', lang: 'fr', source: sisimai('userunknown'), phrases: ['utilisateur inconnu', 'adresse d au moins un destinataire invalide'] },
  { reason: 'userunknown', lang: 'de', source: 'German-language MTA replies (Empfänger = recipient)', phrases: ['empfänger unbekannt'] },
  { reason: 'userunknown', lang: 'it', source: sisimai('userunknown'), phrases: ['nessun utente'] },
  { reason: 'userunknown', lang: 'es', source: sisimai('userunknown'), phrases: ['no existe ese usuario', 'no existe dicha persona', 'el usuario no existe'] },
  {
    // Temporary name-service failures, before "host not found" claims the domain is gone.
    reason: 'networkerror', lang: 'en', source: sisimai('networkerror'),
    phrases: ['host not found, try again', /(?:dns|name service|lookup)[^.]{0,80}try again/, 'temporary failure in name resolution', 'servfail'],
  },
  {
    reason: 'notaccept', lang: 'en', source: sisimai('notaccept'),
    phrases: [
      'null mx', 'does not accept mail', "doesn't receive email", 'does not receive mail', 'no mx record',
      'not accepting mail', 'mail receiving disabled',
      'no mx found',
    ],
  },
  {
    reason: 'hostunknown', lang: 'en', source: sisimai('hostunknown'),
    phrases: [
      'host unknown', 'unknown host', 'host not found', /\bhost \S+ not found/, 'domain not found', 'domain name not found',
      'no such domain', 'domain does not exist', "domain doesn't exist", 'domain is not reachable',
      'host or domain name not found', 'name or service not known', 'unrouteable address', 'unroutable address',
      'domain must exist', 'unknown domain', 'invalid domain', 'bad destination system address', 'nxdomain',
      /(?<![@\w.-])[a-z0-9-]+(?:\.[a-z0-9-]+)+ does not exist/, /domain \S+ couldn't be found/, 'no such host',
      'mail domain mentioned in email address is unknown',
    ],
  },
  { reason: 'hostunknown', lang: 'ja', source: JAPANESE, phrases: ['ドメインが見つかりません', 'ドメインが存在しません'] },
  {
    reason: 'networkerror', lang: 'en', source: sisimai('networkerror'),
    phrases: [
      'no route to host', 'network is unreachable', 'host is unreachable', 'host unreachable', 'lost connection',
      'connection reset', 'connection dropped', 'too many hops', 'hop count exceeded', 'mail loop', 'routing loop',
      'forwarding loop', 'loops back to myself', 'network error', 'malformed name server reply', 'dns error',
      'could not connect and send the mail to', 'dns records for the destination computer could not be found',
      'maximum forwarding loop count exceeded', 'message looping', 'unable to resolve route', 'unrouteable mail domain',
    ],
  },
  {
    reason: 'expired', lang: 'en', source: sisimai('expired'),
    phrases: [
      'timed out', 'message expired', 'delivery time expired', 'queue.expired', 'envelope expired',
      'in the queue too long', 'giving up', 'could not be delivered for', 'could not deliver for',
      'not delivered within', 'has not been delivered for', 'retry timeout exceeded', 'retry time not reached',
      'after multiple retries', 'could not find a gateway', 'aborted after', 'did not accept our requests to connect',
      'not responding', 'did not respond', 'stopped trying', 'unable to deliver in', 'has been delayed',
      'it has not been collected after', 'not reachable within the allowed queue period',
      'have been failing for a long time',
    ],
  },
  {
    reason: 'systemfull', lang: 'en', source: sisimai('systemfull'),
    phrases: ['mail system full', 'insufficient system storage', 'system storage', 'no space left on device'],
  },
  {
    reason: 'systemerror', lang: 'en', source: sisimai('systemerror'),
    phrases: [
      'system error', 'internal error', 'server error', 'temporary local problem', 'local error in processing',
      'configuration error', 'config error', 'misconfigured', 'unable to contact ldap', 'directory server', 'queue file write error',
      'interrupted system call',
      'aliasing/forwarding loop broken', "can't create user output file", 'could not load drd for domain',
      'internal error reading data', 'it encountered an error while being processed', 'recipient deferred because there is no mdb',
      'remote server is misconfigured', 'timeout waiting for input',
    ],
  },
  { reason: 'systemerror', lang: 'ja', source: JAPANESE, phrases: ['システムエラー'] },
  {
    reason: 'failedstarttls', lang: 'en', source: sisimai('failedstarttls'),
    phrases: ['starttls', 'tls required', 'requires tls', 'tls is required', 'encryption required', 'requiretls', 'tls negotiation', 'tls handshake', /\bcertificate\b/],
  },
  {
    reason: 'securityerror', lang: 'en', source: sisimai('securityerror'),
    phrases: [
      'authentication required', 'authentication failed', 'authentication failure', 'must authenticate',
      'not authenticated', 'unauthenticated senders', 'credentials', 'password', 'basic authentication', 'smtp auth',
      'insecure', 'verification failure',
      'account not subscribed to ses', 'authentication credentials invalid', 'authentication turned on in your email client',
      'is not authorized to perform ses:sendrawemail', 'is a dead domain', "you don't authenticate",
    ],
  },
  {
    reason: 'contenterror', lang: 'en', source: sisimai('contenterror'),
    phrases: [/\bmime\b(?!-version)/, '8-bit', '8bit', 'invalid characters', 'header size exceeds', 'message header size', 'improperly-formatted'],
  },
  {
    reason: 'syntaxerror', lang: 'en', source: sisimai('syntaxerror'),
    phrases: ['syntax error', 'command unrecognized', 'unrecognized command', 'bad command', 'not implemented', 'bad sequence of commands', 'improper sequence of commands'],
  },
  {
    reason: 'suppressed', lang: 'en', source: sisimai('suppressed'),
    phrases: ['suppression list', 'suppressed', 'previously bounced', 'bounced address'],
  },
];

/**
 * Generic words that servers put in front of many different refusals ("Service unavailable.
 * Access denied, traffic not accepted from this IP"): they decide only when the status code
 * does not.
 */
export const WEAK_PHRASES: PhraseGroup[] = [
  { reason: 'userunknown', lang: 'en', source: 'RFC 5321 §4.2.3 (550 "mailbox unavailable")', phrases: ['mailbox unavailable'] },
  {
    reason: 'systemerror', lang: 'en', source: 'RFC 5321 §4.2.3 (554 "transaction failed", 421 "service not available")',
    phrases: ['service currently unavailable', 'service unavailable', 'transaction failed'],
  },
  { reason: 'securityerror', lang: 'en', source: sisimai('securityerror'), phrases: ['access denied', 'not authorized', 'permission denied'] },
];

export interface PhraseMatch {
  group: PhraseGroup;
  phrase: Phrase;
  /** The words of the server that matched, as they appear in the matchable() text. */
  matched: string;
}

function find(text: string, phrase: Phrase): string | undefined {
  if (typeof phrase === 'string') return text.includes(phrase) ? phrase : undefined;
  return phrase.exec(text)?.[0].trim();
}

/** The first phrase of a table that appears in already-matchable() text. */
export function matchPhrase(text: string, table: PhraseGroup[] = PHRASES): PhraseMatch | undefined {
  if (!text) return undefined;
  for (const group of table) {
    for (const phrase of group.phrases) {
      const matched = find(text, phrase);
      if (matched) return { group, phrase, matched };
    }
  }
  return undefined;
}

/** The reason of the first matching phrase. */
export function reasonFromPhrases(text: string, table: PhraseGroup[] = PHRASES): Reason | undefined {
  return matchPhrase(text, table)?.group.reason;
}
