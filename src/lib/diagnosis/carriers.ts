/**
 * Japanese mobile carriers' mail domains. Their reception filters (domain-specified
 * reception, anti-spoofing) refuse unwanted senders, and often answer "User unknown" when
 * they do, so a failure at these domains is read differently.
 */
const CARRIER_DOMAINS = [
  'docomo.ne.jp', 'mopera.net', 'ezweb.ne.jp', 'au.com', 'softbank.ne.jp', 'i.softbank.jp',
  'vodafone.ne.jp', 'disney.ne.jp', 'ymobile.ne.jp', 'y-mobile.ne.jp', 'emobile.ne.jp', 'pdx.ne.jp',
  'willcom.com', 'wcm.ne.jp', 'uqmobile.jp', 'rakumail.jp',
];

/** True for a carrier domain or any of its subdomains (biz.ezweb.ne.jp, mfsmax.docomo.ne.jp …). */
export function isMobileCarrier(domainOrHost: string | undefined): boolean {
  if (!domainOrHost) return false;
  const name = domainOrHost.toLowerCase().replace(/\.$/, '');
  return CARRIER_DOMAINS.some((d) => name === d || name.endsWith('.' + d));
}
