import { load as loadYaml } from 'js-yaml';

/**
 * An .mdx file's YAML frontmatter (parsed), the text after it, and the line of the file that
 * text starts on, so that problems in the body can be reported by the file's line numbers. Read
 * with js-yaml, the reader Astro uses for frontmatter, and several times faster than the yaml
 * package for two thousand files. Both the content checks and the content loader read files
 * through this.
 */
export function splitFrontmatter(source: string): { data: Record<string, unknown>; body: string; bodyLine: number } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) return { data: {}, body: source, bodyLine: 1 };
  const data = (loadYaml(match[1] ?? '') ?? {}) as Record<string, unknown>;
  const body = match[2] ?? '';
  return { data, body, bodyLine: source.slice(0, source.length - body.length).split('\n').length };
}
