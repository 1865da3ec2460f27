import { xmlEscape as escape } from './xml.ts';

/** An Atom feed (RFC 4287) of the pages that changed, so IT staff can follow changes to provider rules. */

export interface FeedEntry {
  title: string;
  summary: string;
  /** The page's absolute address; it is also the entry's id. */
  url: string;
  updated: Date;
}

export interface Feed {
  title: string;
  subtitle: string;
  /** BCP 47 tag of the feed's language. */
  lang: string;
  /** The feed's own absolute address. */
  selfUrl: string;
  /** The site's home page in this language. */
  homeUrl: string;
  author: string;
  entries: readonly FeedEntry[];
}


/** The feed as XML, newest change first; the feed's own date is its newest entry's. */
export function atomFeed(feed: Feed): string {
  const entries = [...feed.entries].sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.url.localeCompare(b.url));
  const newest = entries[0]?.updated ?? new Date(0);
  const entry = (e: FeedEntry) => `  <entry>
    <title>${escape(e.title)}</title>
    <link rel="alternate" type="text/html" href="${escape(e.url)}"/>
    <id>${escape(e.url)}</id>
    <updated>${e.updated.toISOString()}</updated>
    <summary>${escape(e.summary)}</summary>
  </entry>`;
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escape(feed.lang)}">
  <title>${escape(feed.title)}</title>
  <subtitle>${escape(feed.subtitle)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${escape(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${escape(feed.homeUrl)}"/>
  <id>${escape(feed.selfUrl)}</id>
  <updated>${newest.toISOString()}</updated>
  <author><name>${escape(feed.author)}</name></author>
${entries.map(entry).join('\n')}
</feed>
`;
}
