/**
 * Measures the bounce analyser on the development set of real bounces:
 *   node scripts/eval-bounces.ts [--json FILE]
 * The set is ../shared/bounces relative to the repository root (override with BOUNCES_DIR):
 * eml/ holds the messages, labels.tsv the expected reason per failed recipient, not-bounce/
 * messages that must not be read as failures. Exits 0 whatever the score; 1 only when the
 * set is missing.
 *
 * Besides the scores it shows how the answers were reached, to expose overfitting: how many
 * files each rule or table entry of the diagnosis core decided (decidedBy), the entries that
 * decided only one file (each needs a source, a more general form, or removal), and the
 * accuracy per family of files (lhost-postfix-*, rhost-google-* …): a rule that only helps
 * one family is a rule fitted to that family's samples.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeBounce, analyzeBounces } from '../src/lib/bounce/index.ts';
import type { BounceReport } from '../src/lib/bounce/index.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = resolve(process.env.BOUNCES_DIR ?? join(root, '..', 'shared', 'bounces'));
const jsonAt = process.argv.indexOf('--json');
const jsonFile = jsonAt >= 0 ? process.argv[jsonAt + 1] : undefined;

if (!existsSync(join(dir, 'labels.tsv')) || !existsSync(join(dir, 'eml'))) {
  console.error(`No development bounces at ${dir} (expected labels.tsv and eml/). Set BOUNCES_DIR to their folder.`);
  process.exit(1);
}

/** Sisimai's older names for reasons that the current taxonomy merged. */
const RENAMED: Record<string, string> = {
  mesgtoobig: 'emailtoolarge', exceedlimit: 'emailtoolarge', toomanyconn: 'ratelimited', speeding: 'ratelimited',
};

interface Label {
  file: string;
  index: number;
  reason: string;
  status: string;
}

const labels: Label[] = readFileSync(join(dir, 'labels.tsv'), 'utf8')
  .split(/\r?\n/)
  .slice(1)
  .filter((line) => line.trim() !== '')
  .map((line) => {
    const [file = '', index = '1', reason = '', status = ''] = line.split('\t');
    return { file, index: Number(index), reason: RENAMED[reason] ?? reason, status };
  });

const started = performance.now();
const reports = new Map<string, BounceReport>();
for (const file of new Set(labels.map((l) => l.file))) {
  // The analyser shows every report of a file (an mbox holds several): count their recipients in order.
  const all = await analyzeBounces(new Uint8Array(readFileSync(join(dir, 'eml', file))));
  reports.set(file, { ...all[0]!, recipients: all.flatMap((r) => r.recipients) });
}

const notBounceDir = join(dir, 'not-bounce');
const notBounce = existsSync(notBounceDir)
  ? await Promise.all(readdirSync(notBounceDir).sort().map(async (file) => ({
    file, kind: (await analyzeBounce(new Uint8Array(readFileSync(join(notBounceDir, file))))).kind,
  })))
  : [];
const elapsedMs = performance.now() - started;

// Sisimai writes X.0.9xx codes of its own when a message has none; those are not real codes.
const isPseudoStatus = (status: string): boolean => /^\d\.0\.9\d\d$/.test(status);

let reasonHits = 0;
let statusHits = 0;
let statusTotal = 0;
const perReason = new Map<string, { total: number; hits: number }>();
const confusions = new Map<string, string[]>();
for (const label of labels) {
  const got = reports.get(label.file)?.recipients[label.index - 1];
  const reason = got?.reason ?? '(missing)';
  const row = perReason.get(label.reason) ?? { total: 0, hits: 0 };
  row.total++;
  if (reason === label.reason) {
    row.hits++;
    reasonHits++;
  } else {
    const key = `${label.reason} → ${reason}`;
    confusions.set(key, [...(confusions.get(key) ?? []), label.index > 1 ? `${label.file}#${label.index}` : label.file]);
  }
  perReason.set(label.reason, row);
  if (label.status && !isPseudoStatus(label.status)) {
    statusTotal++;
    if (got?.status === label.status) statusHits++;
  }
}

/** Which files each rule decided, over every recipient of the labelled files. */
const ruleFiles = new Map<string, Set<string>>();
for (const [file, report] of reports) {
  for (const recipient of report.recipients) {
    for (const decision of recipient.decidedBy) {
      ruleFiles.set(decision.rule, (ruleFiles.get(decision.rule) ?? new Set()).add(file));
    }
  }
}

/** "lhost-postfix-03.eml" → "lhost-postfix". */
const familyOf = (file: string): string => file.replace(/-\d+\.eml$/, '').replace(/\.eml$/, '');
const perFamily = new Map<string, { total: number; hits: number }>();
for (const label of labels) {
  const row = perFamily.get(familyOf(label.file)) ?? { total: 0, hits: 0 };
  row.total++;
  if (reports.get(label.file)?.recipients[label.index - 1]?.reason === label.reason) row.hits++;
  perFamily.set(familyOf(label.file), row);
}

const pct = (n: number, d: number): string => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);
const notBounceOk = notBounce.filter((n) => n.kind === 'not-a-bounce' || n.kind === 'auto-reply');

console.log(`Bounce analyser on ${dir}`);
console.log(`  files: ${reports.size}, labelled recipients: ${labels.length}`);
console.log(`  reason accuracy: ${pct(reasonHits, labels.length)} (${reasonHits}/${labels.length})`);
console.log(`  status accuracy: ${pct(statusHits, statusTotal)} (${statusHits}/${statusTotal}; ${labels.length - statusTotal} labels without a real code skipped)`);
console.log(`  not-bounce messages read as not-a-bounce or auto-reply: ${notBounceOk.length}/${notBounce.length}`);
for (const n of notBounce) if (!notBounceOk.includes(n)) console.log(`    ${n.file}: ${n.kind}`);
console.log('\n  reason            total  correct  accuracy');
for (const [reason, row] of [...perReason].sort((a, b) => b[1].total - a[1].total || a[0].localeCompare(b[0]))) {
  console.log(`  ${reason.padEnd(16)} ${String(row.total).padStart(6)} ${String(row.hits).padStart(8)}  ${pct(row.hits, row.total).padStart(8)}`);
}
console.log('\n  top confusions (expected → got)');
for (const [key, files] of [...confusions].sort((a, b) => b[1].length - a[1].length).slice(0, 15)) {
  console.log(`  ${String(files.length).padStart(3)}  ${key}: ${files.join(', ')}`);
}
const byUse = [...ruleFiles].sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]));
const singles = byUse.filter(([, files]) => files.size === 1);
console.log(`\n  rules and table entries that decided (files decided)`);
for (const [rule, files] of byUse.filter(([, f]) => f.size > 1)) console.log(`  ${String(files.size).padStart(4)}  ${rule}`);
console.log(`\n  entries that decided only one file (${singles.length}): review each`);
for (const [rule, files] of singles) console.log(`        ${rule}  (${[...files][0]})`);
const families = [...perFamily].sort((a, b) => a[0].localeCompare(b[0]));
const weak = families.filter(([, r]) => r.hits < r.total);
console.log(`\n  families below 100% (${weak.length} of ${families.length}; correct/total)`);
for (const [family, row] of weak) console.log(`  ${family.padEnd(28)} ${row.hits}/${row.total}  ${pct(row.hits, row.total)}`);
console.log(`\n  total time: ${elapsedMs.toFixed(0)} ms`);

if (jsonFile) {
  writeFileSync(jsonFile, JSON.stringify({
    dir, files: reports.size, recipients: labels.length,
    reasonAccuracy: reasonHits / labels.length, reasonCorrect: reasonHits,
    statusAccuracy: statusTotal ? statusHits / statusTotal : null, statusCorrect: statusHits, statusTotal,
    notBounce: { total: notBounce.length, correct: notBounceOk.length },
    perReason: Object.fromEntries(perReason),
    confusions: Object.fromEntries(confusions),
    rules: Object.fromEntries(byUse.map(([rule, files]) => [rule, files.size])),
    singleFileRules: Object.fromEntries(singles.map(([rule, files]) => [rule, [...files][0]])),
    perFamily: Object.fromEntries(perFamily),
    elapsedMs: Math.round(elapsedMs),
  }, null, 2) + '\n');
}
