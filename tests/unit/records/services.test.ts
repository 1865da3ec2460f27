/** content/sending-services.yaml passes its check, a broken entry is named, and the builder's records pass the checker. */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { lintRecord } from '../../../src/lib/records/index.ts';
import { checkSendingServices, readSendingServices, suggestRecords } from '../../../src/lib/records/services.ts';

const file = 'content/sending-services.yaml';
const data = parse(readFileSync(file, 'utf8')) as unknown;

test('the services file passes its check', () => {
  expect(checkSendingServices(data, file)).toEqual([]);
});

test('a broken entry is named with what to do', () => {
  const broken = structuredClone(data) as Array<Record<string, unknown>>;
  delete (broken[0]!.name as Record<string, unknown>).ja;
  broken[1]!.spf = { include: 'not a domain' };
  delete broken[2]!.checked;
  expect(checkSendingServices(broken, file)).toEqual([
    `${file}: entry 1 'google-workspace': 'name.ja' is missing; write the name in Japanese`,
    `${file}: entry 2 'microsoft-365': 'spf.include' must be a domain name such as _spf.google.com, exactly as the provider's page writes it`,
    `${file}: entry 3 'amazon-ses': 'checked' must be the date you checked the source, as YYYY-MM-DD`,
  ]);
});

test('every combination of services gives records the checker finds no problem in', () => {
  const services = readSendingServices(data);
  for (let mask = 1; mask < 1 << services.length; mask++) {
    const chosen = services.filter((_, i) => mask & (1 << i));
    const records = suggestRecords(chosen, 'example.co.jp');
    for (const record of [records.spf?.record, records.dmarc, ...records.elsewhere.map((e) => e.record)].filter((r): r is string => r !== undefined)) {
      expect(lintRecord(record).findings.filter((f) => f.severity === 'problem'), record).toEqual([]);
    }
  }
});

test('Google Workspace and Microsoft 365 together: two includes, and SES goes on its MAIL FROM subdomain', () => {
  const services = readSendingServices(data);
  const chosen = services.filter((s) => ['google-workspace', 'microsoft-365', 'amazon-ses'].includes(s.id));
  const records = suggestRecords(chosen, 'example.co.jp');
  expect(records.spf).toEqual({ record: 'v=spf1 include:_spf.google.com include:spf.protection.outlook.com ~all', lookups: 2 });
  expect(records.elsewhere.map((e) => e.record)).toEqual(['v=spf1 include:amazonses.com ~all']);
  expect(records.dmarc).toBe('v=DMARC1; p=none; rua=mailto:dmarc-reports@example.co.jp');
});
