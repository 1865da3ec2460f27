/** Email address matching, bounded so that a hostile input cannot make it backtrack. */

const LOCAL = String.raw`(?:"[^"\n]{1,64}"|[A-Za-z0-9.!#$%&'*+/=?^_\x60{|}~-]{1,64})`;
const DOMAIN = String.raw`[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63})+`;

/** Source of an address pattern, for building larger line patterns. */
export const ADDRESS_SOURCE = `${LOCAL}@${DOMAIN}`;

const ONE = new RegExp(ADDRESS_SOURCE);
const ALL = new RegExp(ADDRESS_SOURCE, 'g');

/** Lowercases the domain and drops the punctuation that reports put around addresses. */
export function cleanAddress(raw: string): string {
  const trimmed = raw.trim().replace(/^<|>$/g, '').replace(/\.+$/, '');
  const at = trimmed.lastIndexOf('@');
  if (at < 0) return trimmed;
  return trimmed.slice(0, at) + '@' + trimmed.slice(at + 1).toLowerCase();
}

export function firstAddress(text: string): string | undefined {
  const m = ONE.exec(text);
  return m ? cleanAddress(m[0]) : undefined;
}

export function allAddresses(text: string): string[] {
  return Array.from(text.matchAll(ALL), (m) => cleanAddress(m[0]));
}

export function domainOf(address: string | undefined): string | undefined {
  if (!address) return undefined;
  const at = address.lastIndexOf('@');
  return at < 0 ? undefined : address.slice(at + 1).toLowerCase();
}

export function sameAddress(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  return a.replace(/^"|"(?=@)/g, '').toLowerCase() === b.replace(/^"|"(?=@)/g, '').toLowerCase();
}

/** Addresses of the mail system itself, which appear in reports but never failed. */
export function isSystemAddress(address: string): boolean {
  return /^(?:mailer-daemon|postmaster|mail-daemon|mailerdaemon|double-bounce|support|abuse|noreply|no-reply)@/i.test(address);
}
