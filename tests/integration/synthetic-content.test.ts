import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContentDir } from '../../src/integrations/content-checks.ts';
import { writeSyntheticContent } from '../../scripts/bench/synthetic.ts';

const content = join(import.meta.dirname, '..', '..', 'content');
let dir: string | undefined;

afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the benchmark’s synthetic corpus', () => {
  it.each([5, 90])('made from the real content, passes the build’s content checks (%i cases per language)', async (size) => {
    dir = await mkdtemp(join(tmpdir(), 'todokanai-synthetic-'));
    await writeSyntheticContent(content, dir, size);
    expect(await checkContentDir(dir)).toEqual([]);
    expect(await readdir(join(dir, 'cases', 'ja'))).toHaveLength(size);
  });
});
