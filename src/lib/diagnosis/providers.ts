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

export const PROVIDERS: Provider[] = [
  {
    name: 'Gmail',
    hosts: ['google.com', 'googlemail.com', 'gmail.com'],
    markers: ['gsmtp'],
    source: 'Google Workspace Admin Help: Gmail SMTP errors and codes, https://support.google.com/a/answer/3726730',
    rules: [
      // Google Groups' own notice when a group's spam filter refused the post.
      { words: 'rejected due to spam classification', reason: 'spamdetected' },
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
    markers: ['storedrv.', 'resolver.adr.', 'resolver.rst.'],
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
export function providersOf(hosts: string[], words: string): Array<{ provider: Provider; via: string }> {
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
    const rule = provider.rules.find((r) => (!r.words || words.includes(r.words)) && (!r.status || r.status === status));
    if (rule) return { provider, rule, via };
  }
  return undefined;
}
