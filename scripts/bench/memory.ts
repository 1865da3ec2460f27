/**
 * Peak memory of a process and everything it starts (Astro's Node, Pagefind's binary), read from
 * /proc while it runs: Node reports no resource use for children it did not wait for itself.
 * Linux only; elsewhere the peak is null.
 */
import { readdir, readFile } from 'node:fs/promises';

/** Peak resident memory in bytes. */
export interface MemoryPeak {
  /** The most the whole tree held at one sample (VmRSS summed over its processes). */
  tree: number;
  /**
   * The most any one process ever held (its VmHWM, kept by the kernel, so spikes between samples
   * count): what `/usr/bin/time -v` reports as "Maximum resident set size".
   */
  largestProcess: number;
}

export interface MemoryWatch {
  /** Stops sampling; the peaks seen, or null if /proc was not readable. */
  stop(): Promise<MemoryPeak | null>;
}

/** Samples every `intervalMs`. */
export function watchMemory(pid: number, intervalMs = 250): MemoryWatch {
  let peak: MemoryPeak | null = null;
  let sampling: Promise<void> = Promise.resolve();
  const sample = async () => {
    const tree = await processTree(pid);
    let sum = 0;
    let highest = 0;
    for (const p of tree) {
      const status = await readFile(`/proc/${p}/status`, 'utf8').catch(() => '');
      sum += kilobytes(status, 'VmRSS') * 1024;
      highest = Math.max(highest, kilobytes(status, 'VmHWM') * 1024);
    }
    if (tree.length === 0 || sum === 0) return;
    peak = { tree: Math.max(peak?.tree ?? 0, sum, highest), largestProcess: Math.max(peak?.largestProcess ?? 0, highest) };
  };
  const timer = setInterval(() => (sampling = sampling.then(sample)), intervalMs);
  return {
    async stop() {
      clearInterval(timer);
      await sampling;
      return peak;
    },
  };
}

/** `pid` and its descendants, from each process's parent in /proc/<pid>/stat. */
async function processTree(pid: number): Promise<number[]> {
  const names = await readdir('/proc').catch(() => [] as string[]);
  const parents = new Map<number, number[]>();
  for (const name of names.filter((n) => /^\d+$/.test(n))) {
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => null);
    // "pid (command) state ppid …"; the command may hold spaces and parentheses.
    const ppid = stat ? Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) : Number.NaN;
    if (Number.isInteger(ppid)) parents.set(ppid, [...(parents.get(ppid) ?? []), Number(name)]);
  }
  const tree: number[] = [];
  const visit = (p: number) => {
    tree.push(p);
    for (const child of parents.get(p) ?? []) visit(child);
  };
  if (names.includes(String(pid))) visit(pid);
  return tree;
}

function kilobytes(status: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) : 0;
}
