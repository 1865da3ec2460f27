/**
 * Reads the date of a Received field (RFC 5322 §3.3, with the obsolete zone names of §4.3).
 * A date that cannot be read is undefined: never guessed.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** RFC 5322 §4.3 obsolete zones, in minutes east of UTC. Military zones other than Z mean nothing reliable. */
const ZONES: Record<string, number> = {
  ut: 0, utc: 0, gmt: 0, z: 0,
  edt: -240, est: -300, cdt: -300, cst: -360, mdt: -360, mst: -420, pdt: -420, pst: -480,
};

const DATE =
  /(?:^|[\s,])(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([+-]\d{4}|[a-z]{1,5})?/i;

/** SendGrid and a few others write ISO-like dates: "2017-03-18 16:54:08.798276027 +0000 UTC". */
const ISO_LIKE = /(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})/;

function isoLike(text: string): string | undefined {
  const match = ISO_LIKE.exec(text);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, zone] = match;
  const months = MONTHS[Number(mo) - 1];
  if (!months) return undefined;
  const offset = zone === 'Z' ? '+0000' : zone!.replace(':', '');
  return parseMailDate(`${Number(d)} ${months} ${y} ${h}:${mi}:${s} ${offset}`);
}

/** ISO 8601 in UTC ("2018-04-20T21:51:19Z"), or undefined when the text holds no readable date. */
export function parseMailDate(text: string): string | undefined {
  const match = DATE.exec(text.replace(/\([^)]*\)/g, ' '));
  if (!match) return isoLike(text);
  const [, d, mon, y, h, min, s, zone] = match;
  const month = MONTHS.indexOf(mon!.toLowerCase());
  let year = Number(y);
  if (y!.length === 2) year += year < 50 ? 2000 : 1900;
  else if (y!.length === 3) year += 1900;
  const day = Number(d), hour = Number(h), minute = Number(min), second = Number(s ?? 0);
  if (month < 0 || hour > 23 || minute > 59 || second > 60) return undefined;
  let offset: number | undefined;
  if (zone === undefined) offset = undefined;
  else if (/^[+-]\d{4}$/.test(zone)) {
    const sign = zone.startsWith('-') ? -1 : 1;
    const hours = Number(zone.slice(1, 3)), minutes = Number(zone.slice(3, 5));
    if (minutes > 59) return undefined;
    offset = sign * (hours * 60 + minutes);
  } else offset = ZONES[zone.toLowerCase()];
  if (offset === undefined) return undefined;
  const utc = Date.UTC(year, month, day, hour, minute, Math.min(second, 59));
  const check = new Date(Date.UTC(year, month, day));
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month) return undefined;
  return new Date(utc - offset * 60_000).toISOString().replace(/\.000Z$/, 'Z');
}
