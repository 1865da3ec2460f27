import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const fixture = join(import.meta.dirname, '..', 'fixtures', 'content');
const root = join(import.meta.dirname, '..', '..');
let dir: string | undefined;

/** Runs `astro sync` (the content step of every build) over a copy of the fixture content, broken by `breakIt`. */
async function syncBrokenContent(breakIt: (dir: string) => Promise<void>): Promise<{ failed: boolean; output: string }> {
  dir = await mkdtemp(join(tmpdir(), 'todokanai-content-'));
  await cp(fixture, dir, { recursive: true });
  await breakIt(dir);
  try {
    const { stdout, stderr } = await run('npx', ['astro', 'sync'], { cwd: root, env: { ...process.env, CONTENT_DIR: dir, FORCE_COLOR: '0' } });
    return { failed: false, output: stdout + stderr };
  } catch (error) {
    const e = error as { stdout: string; stderr: string };
    return { failed: true, output: e.stdout + e.stderr };
  }
}

afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('a broken content file stops the build with a message an author can act on', () => {
  it('names the file and the missing field', async () => {
    const { failed, output } = await syncBrokenContent(async (d) => {
      const file = join(d, 'cases', 'en', 'sample-case.mdx');
      await writeFile(file, (await readFile(file, 'utf8')).replace(/^summary:.*\n/m, ''));
    });
    expect(failed).toBe(true);
    expect(output).toContain('en/sample-case');
    expect(output).toMatch(/summary.*missing: add a summary of one or two sentences/s);
  }, 120_000);

  it('names the missing translation and the file to add', async () => {
    const { failed, output } = await syncBrokenContent((d) => rm(join(d, 'cases', 'ja', 'sample-case.mdx')));
    expect(failed).toBe(true);
    expect(output).toContain("case 'sample-case' has no Japanese version: add");
    expect(output).toContain('/cases/ja/sample-case.mdx');
  }, 120_000);

  it('names the glossary entry that points to a term that does not exist', async () => {
    const { failed, output } = await syncBrokenContent(async (d) => {
      const file = join(d, 'glossary.yaml');
      await writeFile(file, (await readFile(file, 'utf8')).replace('related: [bounce]', 'related: [bounse]'));
    });
    expect(failed).toBe(true);
    expect(output).toMatch(/glossary\.yaml:1: entry 'quota': 'related' names 'bounse', which is not a glossary id/);
  }, 120_000);

  it('names the picker question whose answer leads to a case that does not exist', async () => {
    const { failed, output } = await syncBrokenContent(async (d) => {
      const file = join(d, 'picker.yaml');
      await writeFile(file, (await readFile(file, 'utf8')).replace('case: sample-case', 'case: sample-cas'));
    });
    expect(failed).toBe(true);
    expect(output).toContain("picker.yaml: question 'situation', answer 1 (\"A sample problem\"): case 'sample-cas' does not exist");
    expect(output).toContain("case 'sample-case' cannot be reached from the start");
  }, 120_000);

  it('names the file and line of a component that does not exist', async () => {
    const { failed, output } = await syncBrokenContent(async (d) => {
      const file = join(d, 'cases', 'en', 'sample-case.mdx');
      await writeFile(file, (await readFile(file, 'utf8')).replace('</Symptom>', 'Read the <Warning>notice</Warning>.\n\n</Symptom>'));
    });
    expect(failed).toBe(true);
    expect(output).toMatch(/cases\/en\/sample-case\.mdx, line \d+: uses <Warning>, which is not a component here/);
  }, 120_000);

  it('accepts the intact fixture', async () => {
    const { failed, output } = await syncBrokenContent(async () => {});
    expect(output).toContain('content checks passed');
    expect(failed).toBe(false);
  }, 120_000);
});
