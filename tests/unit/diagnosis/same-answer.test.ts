/**
 * One source of truth: a pasted error line (diagnoseText, used by search and the paste box)
 * and a bounce whose only evidence is that line (analyzeBounce on a minimal RFC 3464 report)
 * get the same reason and case. Checked for every error text the cases quote and for every
 * diagnostic line of the development bounces.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { analyzeBounce } from '../../../src/lib/bounce/index.ts';
import { diagnoseText, evidenceFromText } from '../../../src/lib/diagnosis/index.ts';
import { deliveryReport } from '../bounce/build.ts';

const here = dirname(fileURLToPath(import.meta.url));
const casesDir = resolve(here, '../../../content/cases');
const bouncesDir = resolve(process.env.BOUNCES_DIR ?? join(here, '../../../../shared/bounces'));

function contentErrorTexts(): string[] {
  const texts = new Set<string>();
  for (const lang of readdirSync(casesDir)) {
    for (const file of readdirSync(join(casesDir, lang)).filter((f) => f.endsWith('.mdx'))) {
      const source = readFileSync(join(casesDir, lang, file), 'utf8');
      const front = parse(source.split(/^---$/m)[1] ?? '') as { errors?: string[]; localErrors?: string[] };
      for (const text of [...(front.errors ?? []), ...(front.localErrors ?? [])]) texts.add(text);
    }
  }
  return [...texts];
}

async function developmentLines(): Promise<string[]> {
  if (!existsSync(join(bouncesDir, 'eml'))) return [];
  const lines = new Set<string>();
  for (const file of readdirSync(join(bouncesDir, 'eml'))) {
    const report = await analyzeBounce(new Uint8Array(readFileSync(join(bouncesDir, 'eml', file))));
    for (const r of report.recipients) if (r.diagnostic) lines.add(r.diagnostic);
  }
  return [...lines];
}

/** A report that says nothing but the line: the address and status it names, or neutral ones. */
function reportAround(line: string): string {
  const evidence = evidenceFromText(line);
  return deliveryReport({
    text: 'This is the mail system at host mx.example.net.',
    status: [
      'Reporting-MTA: dns; mx.example.net',
      '',
      `Final-Recipient: rfc822; ${evidence.recipient ?? 'someone@example.org'}`,
      'Action: failed',
      `Status: ${evidence.status ?? '5.0.0'}`,
      `Diagnostic-Code: smtp; ${line.replace(/\s+/g, ' ')}`,
    ].join('\n'),
  });
}

async function disagreements(lines: string[]): Promise<string[]> {
  const differ: string[] = [];
  for (const line of lines) {
    const pasted = diagnoseText(line);
    if (!pasted) continue;
    const [recipient] = (await analyzeBounce(reportAround(line))).recipients;
    if (recipient?.reason !== pasted.reason || recipient.caseSlug !== pasted.caseSlug) {
      differ.push(`${line} → pasted ${pasted.reason}/${pasted.caseSlug}, analyser ${recipient?.reason}/${recipient?.caseSlug}`);
    }
  }
  return differ;
}

describe('the analyser and a pasted line give the same answer', () => {
  it('for every error text the cases quote', async () => {
    const texts = contentErrorTexts();
    expect(texts.length).toBeGreaterThan(50);
    expect(await disagreements(texts)).toEqual([]);
  }, 30_000);

  it.skipIf(!existsSync(join(bouncesDir, 'eml')))('for every diagnostic line of the development bounces', async () => {
    const lines = await developmentLines();
    expect(lines.length).toBeGreaterThan(200);
    expect(await disagreements(lines)).toEqual([]);
  }, 60_000);

  it('recognises nearly every quoted error text as a mail error', () => {
    const texts = contentErrorTexts();
    const unread = texts.filter((t) => diagnoseText(t) === null);
    expect(unread.length / texts.length).toBeLessThan(0.1);
  });
});
