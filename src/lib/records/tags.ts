/**
 * The tag=value lists of DKIM keys (RFC 6376 §3.2), DMARC (RFC 9989), MTA-STS and TLS-RPT TXT
 * records and BIMI: tags separated by ";", whitespace around them ignored.
 */
export interface Tag {
  name: string;
  value: string;
  /** Offset of the tag's name in the record. */
  position: number;
}

export interface TagList {
  tags: Tag[];
  /** A part that is not tag=value, with where it starts. */
  malformed?: { text: string; position: number };
  /** A tag given twice. */
  duplicate?: Tag;
}

export function parseTags(text: string): TagList {
  const tags: Tag[] = [];
  const list: TagList = { tags };
  let offset = 0;
  for (const part of text.split(';')) {
    const start = offset + (part.length - part.trimStart().length);
    offset += part.length + 1;
    if (part.trim() === '') continue;
    const m = /^\s*([A-Za-z][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/s.exec(part);
    if (!m) {
      list.malformed ??= { text: part.trim(), position: start };
      continue;
    }
    const tag = { name: m[1]!.toLowerCase(), value: m[2]!, position: start };
    if (tags.some((t) => t.name === tag.name)) list.duplicate ??= tag;
    tags.push(tag);
  }
  return list;
}

export function tagValue(list: TagList, name: string): string | undefined {
  return list.tags.find((t) => t.name === name)?.value;
}
