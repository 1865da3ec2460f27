/**
 * Codes and wording whose meaning a provider documents for its own servers. A provider's
 * rules apply only when the evidence names one of its hosts (the server that refused, the
 * reporting MTA, or the recipient's domain) or carries one of its markers in the words, so
 * the same words from another server are read by the general tables instead.
 * Words are matched against matchable() text (lowercase, URLs and addresses removed).
 */
import type { Reason } from './types.ts';

export interface ProviderRule {
  /** Words that must appear (matchable() form). */
  words?: string;
  /** A provider code that must appear (matchable() form), when a fixed string cannot say it. */
  pattern?: RegExp;
  /** The enhanced status code must be this one. */
  status?: string;
  reason: Reason;
}

export interface Provider {
  name: string;
  /** Domains whose hosts (and subdomains) belong to the provider. */
  hosts: string[];
  /** Tokens in the server's words that only this provider writes. */
  markers?: string[];
  /** The provider's own page (or, where it has none, the best public record). */
  source: string;
  rules: ProviderRule[];
}

/** Orange and La Poste end their replies with a code such as "OFR_416", "LPN007_420" or "OFR004_405". */
const orange = (code: string): RegExp => new RegExp(String.raw`\b(?:lpn|lpnaaa|ofr|ouk)\d{0,3}[_-]?${code}\b`);

export const PROVIDERS: Provider[] = [
  {
    name: 'Gmail',
    hosts: ['google.com', 'googlemail.com', 'gmail.com'],
    // "gcdp" (Google Custom Domain Policies) marks a refusal by a rule the domain's admin made.
    markers: ['gsmtp', 'gcdp'],
    source: 'Google Workspace Admin Help: Gmail SMTP errors and codes, https://support.google.com/a/answer/3726730',
    rules: [
      // Google Groups' own notice when a group's spam filter refused the post.
      { words: 'rejected due to spam classification', reason: 'spamdetected' },
      { pattern: /\bgcdp\b/, reason: 'filtered' },
      { words: 'very low reputation of the sending', reason: 'badreputation' },
      { words: 'unusual rate of unsolicited mail', reason: 'blocked' },
      { words: 'ip not in whitelist for rcpt domain', reason: 'blocked' },
      { words: 'is not authorized to send email directly to our servers', reason: 'norelaying' },
      { words: 'invalid credentials for relay', reason: 'norelaying' },
      { words: 'inbox is out of storage space', reason: 'mailboxfull' },
      { words: 'message exceeded 50 hops', reason: 'networkerror' },
      { words: 'daily user sending limit exceeded', reason: 'ratelimited' },
      { words: 'receiving mail at a rate that prevents additional messages', reason: 'ratelimited' },
    ],
  },
  {
    name: 'Microsoft 365 / Outlook.com',
    hosts: ['protection.outlook.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'office365.com', 'messaging.microsoft.com'],
    markers: ['storedrv.', 'resolver.adr.', 'resolver.rst.', 'sendasdenied'],
    source: 'Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online, https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online',
    rules: [
      { words: 'dns query failed', reason: 'networkerror' },
      { words: 'access denied, banned sender', reason: 'blocked' },
      { words: 'access denied, bad helo', reason: 'blocked' },
      { words: 'access denied, rejected by recipient', reason: 'blocked' },
      { words: 'does not accept email over ipv6', reason: 'blocked' },
      { words: 'using customer block list', reason: 'blocked' },
      { words: 'part of their network is on our block list', reason: 'blocked' },
      { words: 'recipient address rejected: access denied', reason: 'userunknown' },
      { words: 'sendasdenied', reason: 'rejected' },
      { words: 'resolver.rst.notauthorized', reason: 'filtered' },
      // A group that accepts mail only from authenticated (internal) senders.
      { words: 'resolver.rst.authrequired', reason: 'policyviolation' },
    ],
  },
  {
    name: 'Yahoo / AOL',
    hosts: ['yahoo.com', 'yahoodns.net', 'yahoo.net', 'ymail.com', 'aol.com', 'aim.com', 'verizon.net'],
    source: 'Yahoo Sender Hub: SMTP error codes, https://senders.yahooinc.com/smtp-error-codes/',
    rules: [
      // Yahoo refuses unknown and disabled mailboxes after DATA, with "dd" replies.
      { words: "this user doesn't have a", reason: 'userunknown' },
      { words: 'this mailbox is disabled', reason: 'suspend' },
      { words: '[tss09]', reason: 'blocked' },
      { words: '[bl21]', reason: 'blocked' },
      { words: '[bl22]', reason: 'blocked' },
      { words: '[bl23]', reason: 'blocked' },
      { words: 'unresolvable rfc.5321 from domain', reason: 'rejected' },
      { words: 'max message per connection', reason: 'ratelimited' },
    ],
  },
  {
    name: 'Apple iCloud Mail',
    hosts: ['icloud.com', 'me.com', 'mac.com', 'apple.com'],
    source: 'Apple Support: Postmaster information for iCloud Mail, https://support.apple.com/en-us/102322',
    rules: [
      { words: 'recipient no longer on server', reason: 'hasmoved' },
      { words: 'inactive email address', reason: 'userunknown' },
      { words: 'unknown or illegal alias', reason: 'userunknown' },
      { words: 'due to excessive volume', reason: 'ratelimited' },
      { words: 'due to local policy', reason: 'policyviolation' },
      { words: 'not accepting connections', reason: 'blocked' },
    ],
  },
  {
    name: 'Mimecast',
    hosts: ['mimecast.com', 'mimecast-offshore.com'],
    source: 'Mimecast: Email Security Cloud Gateway SMTP error codes, https://community.mimecast.com/s/article/email-security-cloud-gateway-mimecast-smtp-error-codes',
    rules: [
      { words: 'sender invalid - envelope rejected', reason: 'authfailure' },
      { words: 'local ct ip reputation', reason: 'badreputation' },
      { words: 'ip temporarily blacklisted', reason: 'blocked' },
      { words: 'sender address blocked', reason: 'blocked' },
      { words: 'open relay not allowed', reason: 'norelaying' },
      { words: 'open relay is not allowed', reason: 'norelaying' },
      { words: 'anti-spoofing policy', reason: 'policyviolation' },
      { words: 'content examination policy', reason: 'policyviolation' },
      { words: 'envelope blocked', reason: 'rejected' },
      { words: 'blocked senders', reason: 'rejected' },
      { words: 'this route requires', reason: 'failedstarttls' },
      { words: 'account inbounds disabled', reason: 'notaccept' },
    ],
  },
  {
    name: 'Proofpoint',
    hosts: ['pphosted.com', 'ppe-hosted.com', 'proofpoint.com'],
    source: 'Proofpoint: Dynamic Reputation IP block lookup (the "Blocked - see …dnsbl-lookup" reply), https://ipcheck.proofpoint.com/',
    rules: [{ words: 'blocked - see', reason: 'blocked' }],
  },
  {
    name: 'Orange / La Poste',
    hosts: ['orange.fr', 'wanadoo.fr', 'laposte.net'],
    markers: ['ofr_', 'ofr00', 'lpn0', 'lpn1', 'lpnaaa_', 'ouk_'],
    source: 'Orange postmaster codes (OFR/LPN) as published by Postmastery, https://www.postmastery.com/orange-postmaster-smtp-error-codes-ofr/, and Sisimai lib/sisimai/rhost/franceptt.rb (BSD 2-Clause)',
    rules: [
      { pattern: orange('10[123]'), reason: 'blocked' },
      { pattern: orange('104'), reason: 'ratelimited' },
      { pattern: orange('305'), reason: 'securityerror' },
      { pattern: orange('401'), reason: 'authfailure' },
      { pattern: orange('402'), reason: 'securityerror' },
      { pattern: orange('(?:403|405|415|421)'), reason: 'rejected' },
      { pattern: orange('416'), reason: 'userunknown' },
      { pattern: orange('417'), reason: 'mailboxfull' },
      { pattern: orange('(?:420|426)'), reason: 'suspend' },
      { pattern: orange('505'), reason: 'systemerror' },
      { pattern: orange('506'), reason: 'spamdetected' },
      { pattern: orange('(?:510|999)'), reason: 'blocked' },
      { pattern: orange('514'), reason: 'emailtoolarge' },
      { pattern: orange('517'), reason: 'authfailure' },
      { pattern: orange('630'), reason: 'policyviolation' },
      { words: 'spf/dns de votre nom de domaine', reason: 'authfailure' },
    ],
  },
  {
    name: 'GMX / WEB.DE',
    hosts: ['gmx.net', 'gmx.de', 'gmx.com', 'gmx.at', 'gmx.ch', 'web.de', 'mail.com'],
    markers: ['mxgmx', 'mxweb', 'nemesis esmtp'],
    source: 'GMX postmaster: Error messages when sending emails to GMX, https://postmaster.gmx.com/en/error-messages',
    rules: [
      { words: 'bad dns ptr resource record', reason: 'requireptr' },
      { words: 'reject due to policy violations', reason: 'blocked' },
      { words: 'ip address is block listed', reason: 'blocked' },
      { words: 'reject due to spf policy', reason: 'authfailure' },
      { words: 'requested action not taken: mailbox unavailable', reason: 'userunknown' },
    ],
  },
  {
    name: 'Zoho Mail',
    hosts: ['zoho.com', 'zoho.eu', 'zohomail.com'],
    source: 'Zoho Mail help: reasons an email is marked as spam, https://www.zoho.com/mail/help/spam-reason.html; replies as recorded in Sisimai lib/sisimai/rhost/zoho.rb (BSD 2-Clause)',
    rules: [
      { words: 'email rejected per dmarc policy', reason: 'authfailure' },
      { words: 'email cannot be delivered. reason: email flagged as spam', reason: 'spamdetected' },
      { words: 'mail rejected by destination domain', reason: 'rejected' },
      { words: 'email policy violation detected', reason: 'policyviolation' },
      { words: 'mailbox delivery restricted by policy error', reason: 'policyviolation' },
      { words: 'temporary system error', reason: 'systemerror' },
      { words: 'user does not exist', reason: 'userunknown' },
      { words: 'detected by zoho mail', reason: 'virusdetected' },
    ],
  },
  {
    name: 'Yandex Mail',
    hosts: ['yandex.ru', 'yandex.net', 'yandex.com', 'ya.ru', 'yandex.by', 'yandex.kz', 'yandex.ua', 'yandex.com.tr'],
    source: 'Yandex Mail Help: Report on non-delivery to Yandex, https://yandex.com/support/mail/bounces/yandex.html',
    rules: [
      // The recipient's account was blocked for breaking Yandex's user agreement.
      { words: 'policy rejection on the target address', reason: 'suspend' },
      // Yandex blocks a sender that sends only spam for 24 hours.
      { words: 'blocked by spam statistics', reason: 'blocked' },
      { words: 'message rejected under suspicion of spam', reason: 'spamdetected' },
      { words: 'mailbox size exceeded', reason: 'mailboxfull' },
    ],
  },
  {
    name: 'au (KDDI)',
    hosts: ['ezweb.ne.jp', 'au.com'],
    source: 'No public page from KDDI; the replies and notices of its servers as recorded in Sisimai lib/sisimai/rhost/kddi.rb and lib/sisimai/lhost/ezweb.rb (BSD 2-Clause)',
    rules: [
      // au's notice for an account it has limited ("The user(s) account is temporarily limited.").
      { words: 'account is temporarily limited', reason: 'suspend' },
      // "550 : User unknown" (some relays write "550: : User unknown"), with no address, is au's
      // reception filter; "550 <a@b>: User unknown" a missing mailbox.
      { pattern: /(?:^|[\s>'])550:? : user unknown/, reason: 'filtered' },
    ],
  },
  {
    name: 'SoftBank',
    hosts: ['softbank.ne.jp', 'i.softbank.jp'],
    source: 'SoftBank publishes no error list; its replies as documented by the sending-service vendor SendMagic, "SMTP応答コードについて【SoftBank編】", https://note.com/sendmagic/n/n5afbf98aeb25',
    rules: [
      // "553 <domain> does not exist": the envelope sender's domain has no DNS records at all;
      // the recipient's domain, SoftBank's own, plainly exists.
      { pattern: /\b553 \S{1,253} does not exist/, reason: 'rejected' },
    ],
  },
  {
    name: 'NTT docomo',
    hosts: ['docomo.ne.jp', 'mopera.net'],
    source: 'No public page from docomo; the replies of mfsmax.docomo.ne.jp as recorded in Sisimai lib/sisimai/rhost/nttdocomo.rb (BSD 2-Clause)',
    rules: [
      // docomo answers "Unknown user" with Status 5.2.0 when its reception filter refused the sender.
      { status: '5.2.0', reason: 'filtered' },
      { words: '552 too much mail data', reason: 'mailboxfull' },
      { words: '552 too many recipients', reason: 'ratelimited' },
    ],
  },
];

const hostOf = (name: string): string => name.toLowerCase().replace(/\.$/, '');

function ownsHost(provider: Provider, host: string): boolean {
  const name = hostOf(host);
  return provider.hosts.some((d) => name === d || name.endsWith('.' + d));
}

export interface ProviderMatch {
  provider: Provider;
  rule: ProviderRule;
  /** What in the evidence named the provider: a host name or a marker. */
  via: string;
}

/** The providers named by any of the hosts or markers, in table order. */
function providersOf(hosts: string[], words: string): Array<{ provider: Provider; via: string }> {
  const found: Array<{ provider: Provider; via: string }> = [];
  for (const provider of PROVIDERS) {
    const host = hosts.find((h) => ownsHost(provider, h));
    const marker = provider.markers?.find((m) => words.includes(m));
    const via = host ?? marker;
    if (via) found.push({ provider, via });
  }
  return found;
}

/** The first rule of a named provider that the words and status code satisfy. */
export function matchProvider(hosts: string[], words: string, status: string | undefined): ProviderMatch | undefined {
  for (const { provider, via } of providersOf(hosts, words)) {
    const rule = provider.rules.find((r) => (!r.words || words.includes(r.words)) && (!r.pattern || r.pattern.test(words))
      && (!r.status || r.status === status));
    if (rule) return { provider, rule, via };
  }
  return undefined;
}
