/**
 * The sending services of content/sending-services.yaml: the build-time check of that file, and the
 * records the builder suggests for a chosen set of them.
 */
import type { Lang } from '../taxonomy.ts';

export type Texts = Record<Lang, string>;

export interface SendingService {
  id: string;
  name: Texts;
  /** The include the provider documents; at: 'mail-from' when it goes on a MAIL FROM subdomain, not the domain. */
  spf?: { include: string; at?: 'domain' | 'mail-from' };
  note?: Texts;
  dkim: Record<Lang, string[]>;
  source: { title: string; url: string };
  /** When the include and steps were last checked against the source (YYYY-MM-DD). */
  checked: string;
}

const LANGS: readonly Lang[] = ['en', 'ja'];
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HOST = /^(?:[a-z0-9_](?:[a-z0-9_-]*[a-z0-9])?\.)+[a-z]{2,}$/i;

/** Problems in the file, each naming the file, the entry and what to do; [] when it is fine. */
export function checkSendingServices(data: unknown, file: string): string[] {
  if (!Array.isArray(data)) return [`${file}: the file must be a list of services (each starting with "- id: ..."); see README.md, "Sending services"`];
  const problems: string[] = [];
  const seen = new Set<string>();
  data.forEach((raw: unknown, index) => {
    const e = (raw ?? {}) as Record<string, unknown>;
    const id = typeof e.id === 'string' ? e.id : '';
    const where = `${file}: entry ${index + 1}${id ? ` '${id}'` : ''}`;
    if (!ID.test(id)) problems.push(`${where}: 'id' is missing or not lowercase words joined by hyphens; add one such as id: google-workspace`);
    else if (seen.has(id)) problems.push(`${where}: the id '${id}' is used twice; give each service its own id`);
    seen.add(id);
    for (const field of ['name', 'note'] as const) {
      const value = e[field] as Record<string, unknown> | undefined;
      if (value === undefined && field === 'note') continue;
      for (const lang of LANGS) {
        if (typeof value?.[lang] !== 'string' || value[lang] === '') problems.push(`${where}: '${field}.${lang}' is missing; write the ${field} in ${lang === 'en' ? 'English' : 'Japanese'}`);
      }
    }
    const spf = e.spf as Record<string, unknown> | undefined;
    if (spf !== undefined) {
      if (typeof spf.include !== 'string' || !HOST.test(spf.include)) problems.push(`${where}: 'spf.include' must be a domain name such as _spf.google.com, exactly as the provider's page writes it`);
      if (spf.at !== undefined && spf.at !== 'domain' && spf.at !== 'mail-from') problems.push(`${where}: 'spf.at' must be domain or mail-from`);
    } else if (e.note === undefined) problems.push(`${where}: a service without 'spf' needs a 'note' saying why no include is needed`);
    const dkim = e.dkim as Record<string, unknown> | undefined;
    for (const lang of LANGS) {
      const steps = dkim?.[lang];
      if (!Array.isArray(steps) || steps.length === 0 || !steps.every((s) => typeof s === 'string' && s !== '')) problems.push(`${where}: 'dkim.${lang}' must list the DKIM steps, one line each`);
    }
    if (Array.isArray(dkim?.en) && Array.isArray(dkim?.ja) && dkim.en.length !== dkim.ja.length) problems.push(`${where}: 'dkim.en' and 'dkim.ja' have different numbers of steps; give both languages the same steps`);
    const source = e.source as Record<string, unknown> | undefined;
    if (typeof source?.title !== 'string' || typeof source?.url !== 'string' || !/^https?:\/\//.test(source.url)) problems.push(`${where}: 'source' needs a title and the url of the provider's own page, e.g. source: { title: "…", url: "https://…" }`);
    const checked = e.checked instanceof Date ? e.checked.toISOString().slice(0, 10) : e.checked;
    if (typeof checked !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(checked)) problems.push(`${where}: 'checked' must be the date you checked the source, as YYYY-MM-DD`);
  });
  return problems;
}

/** The file's entries with dates as YYYY-MM-DD (YAML reads them as dates). Call after checkSendingServices. */
export function readSendingServices(data: unknown): SendingService[] {
  return (data as Array<Omit<SendingService, 'checked'> & { checked: string | Date }>).map((s) => ({ ...s, checked: s.checked instanceof Date ? s.checked.toISOString().slice(0, 10) : s.checked }));
}

export interface SuggestedRecords {
  /** The SPF record for the domain itself, or null when no chosen service needs an include there. */
  spf: { record: string; lookups: number } | null;
  /** SPF records for other names (a MAIL FROM subdomain), by service. */
  elsewhere: Array<{ service: SendingService; record: string }>;
  dmarc: string;
}

/** What to publish for the chosen services. */
export function suggestRecords(chosen: readonly SendingService[], domain: string): SuggestedRecords {
  const atDomain = [...new Set(chosen.filter((s) => s.spf && s.spf.at !== 'mail-from').map((s) => s.spf!.include))];
  return {
    spf: atDomain.length > 0 ? { record: `v=spf1 ${atDomain.map((i) => `include:${i}`).join(' ')} ~all`, lookups: atDomain.length } : null,
    elsewhere: chosen.filter((s) => s.spf?.at === 'mail-from').map((service) => ({ service, record: `v=spf1 include:${service.spf!.include} ~all` })),
    dmarc: `v=DMARC1; p=none; rua=mailto:dmarc-reports@${domain}`,
  };
}
