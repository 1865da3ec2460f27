/** The fixed vocabularies of the content model (DESIGN.md, "The case model"). */

export const LANGS = ['en', 'ja'] as const;
export type Lang = (typeof LANGS)[number];
/** The languages' names in English, for messages to authors. */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', ja: 'Japanese' };

/** Where the reader notices the problem. */
export const SIDES = ['receiving', 'sending'] as const;
export type Side = (typeof SIDES)[number];

/** Who has to act to fix it. */
export const OWNERS = ['you', 'recipient', 'recipient-admin', 'sender', 'provider'] as const;
export type Owner = (typeof OWNERS)[number];

/** Bounce reasons: the names Sisimai v5.6 uses. */
export const REASONS = [
  'userunknown', 'hostunknown', 'hasmoved', 'mailboxfull', 'suspend', 'filtered', 'rejected',
  'norelaying', 'notaccept', 'securityerror', 'authfailure', 'spamdetected', 'virusdetected',
  'policyviolation', 'contenterror', 'notcompliantrfc', 'emailtoolarge', 'blocked', 'badreputation',
  'requireptr', 'ratelimited', 'expired', 'networkerror', 'systemerror', 'systemfull', 'mailererror',
  'failedstarttls', 'syntaxerror', 'suppressed', 'vacation', 'feedback', 'delivered', 'onhold', 'undefined',
] as const;
export type Reason = (typeof REASONS)[number];

/** The three parts of every case page, in order. Their ids are the same in both languages. */
export const CASE_SECTIONS = ['symptom', 'cause', 'fix'] as const;
export type CaseSection = (typeof CASE_SECTIONS)[number];

/** Glossary groups, in the order the glossary page shows them. */
export const GLOSSARY_GROUPS = ['authentication', 'transport', 'bounces', 'reputation', 'japan'] as const;
export type GlossaryGroup = (typeof GLOSSARY_GROUPS)[number];

/** An enhanced status code (RFC 3463: class.subject.detail) or a three-digit SMTP reply code. */
export const STATUS_CODE = /^([245]\.\d{1,3}\.\d{1,3}|[245]\d\d)$/;
