/**
 * The development set of real bounces (../shared/bounces, from the Sisimai project), when it
 * is present. The bar is below the measured score (see npm run eval:bounces) so that the test
 * guards against regressions without pinning every file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeBounce, analyzeBounces } from '../../../src/lib/bounce/index.ts';

const dir = resolve(process.env.BOUNCES_DIR ?? join(dirname(fileURLToPath(import.meta.url)), '../../../../shared/bounces'));
const present = existsSync(join(dir, 'labels.tsv'));
const RENAMED: Record<string, string> = { mesgtoobig: 'emailtoolarge', exceedlimit: 'emailtoolarge', toomanyconn: 'ratelimited', speeding: 'ratelimited' };

describe.skipIf(!present)('development bounces', () => {
  it('reads at least 93% of the labelled recipients\' reasons right (the issue\'s bar)', async () => {
    const rows = readFileSync(join(dir, 'labels.tsv'), 'utf8').split(/\r?\n/).slice(1).filter((l) => l.trim());
    let right = 0;
    for (const row of rows) {
      const [file = '', index = '1', reason = ''] = row.split('\t');
      // Every report of the file, as the analyser shows them (an mbox holds several).
      const recipients = (await analyzeBounces(new Uint8Array(readFileSync(join(dir, 'eml', file))))).flatMap((r) => r.recipients);
      if (recipients[Number(index) - 1]?.reason === (RENAMED[reason] ?? reason)) right++;
    }
    expect(right / rows.length).toBeGreaterThanOrEqual(0.93);
  }, 30_000);

  it('reads none of the messages in not-bounce/ as a failure', async () => {
    const folder = join(dir, 'not-bounce');
    for (const file of existsSync(folder) ? readdirSync(folder) : []) {
      const report = await analyzeBounce(new Uint8Array(readFileSync(join(folder, file))));
      expect(['not-a-bounce', 'auto-reply']).toContain(report.kind);
    }
  });
});
