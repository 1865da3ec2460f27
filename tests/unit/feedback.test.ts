import { describe, expect, it } from 'vitest';
import { atomFeed } from '../../src/lib/feed.ts';
import { editUrl, feedbackConfig, reportLinks } from '../../src/lib/feedback.ts';

describe('feedback links', () => {
  it('offers nothing when the build sets neither a repository nor an address', () => {
    const config = feedbackConfig({});
    expect(reportLinks(config, { subject: 's', body: 'b' })).toEqual({ issue: null, mail: null });
    expect(editUrl(config, 'content/cases/en/mailbox-full.mdx')).toBeNull();
  });

  it('prefills a new issue and opens the page source on the configured branch', () => {
    const config = feedbackConfig({ REPO_URL: 'https://github.com/owner/todokanai/', REPO_BRANCH: 'live' });
    const { issue, mail } = reportLinks(config, { subject: 'Page: Mailbox full', body: 'Page: https://x/en/\n\nWhat & why' });
    expect(issue).toBe('https://github.com/owner/todokanai/issues/new?title=Page%3A%20Mailbox%20full&body=Page%3A%20https%3A%2F%2Fx%2Fen%2F%0A%0AWhat%20%26%20why');
    expect(mail).toBeNull();
    expect(editUrl(config, 'content/cases/ja/mailbox-full.mdx')).toBe('https://github.com/owner/todokanai/edit/live/content/cases/ja/mailbox-full.mdx');
  });

  it('prefills an email, with Japanese text encoded', () => {
    const { mail } = reportLinks(feedbackConfig({ FEEDBACK_EMAIL: 'help@example.org' }), { subject: 'ページ：容量', body: '本文' });
    expect(mail).toBe(`mailto:help@example.org?subject=${encodeURIComponent('ページ：容量')}&body=${encodeURIComponent('本文')}`);
  });

  it('stops the build with what to write when a value cannot work', () => {
    expect(() => feedbackConfig({ REPO_URL: 'github.com/owner/repo' })).toThrow(/REPO_URL is 'github.com\/owner\/repo': set it to the repository's https address/);
    expect(() => feedbackConfig({ FEEDBACK_EMAIL: 'not an address' })).toThrow(/FEEDBACK_EMAIL is 'not an address': set it to one email address/);
  });
});

describe('the changes feed', () => {
  const feed = atomFeed({
    title: 'todokanai: pages that changed',
    subtitle: 'Cases & guides',
    lang: 'en',
    selfUrl: 'https://kb.example/en/feed.xml',
    homeUrl: 'https://kb.example/en/',
    author: 'todokanai',
    entries: [
      { title: 'Old', summary: 'checked long ago', url: 'https://kb.example/en/cases/old/', updated: new Date('2026-01-02') },
      { title: 'New <TLS>', summary: 'a "quoted" rule', url: 'https://kb.example/en/cases/new/', updated: new Date('2026-11-30') },
    ],
  });

  it('lists the newest change first and dates the feed by it', () => {
    expect(feed.indexOf('New &#60;TLS&#62;')).toBeLessThan(feed.indexOf('<title>Old</title>'));
    expect(feed).toContain('<id>https://kb.example/en/feed.xml</id>\n  <updated>2026-11-30T00:00:00.000Z</updated>');
  });

  it('is well-formed Atom with escaped text', () => {
    expect(feed.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">')).toBe(true);
    expect(feed).toContain('<subtitle>Cases &#38; guides</subtitle>');
    expect(feed).toContain('<summary>a &#34;quoted&#34; rule</summary>');
    expect(feed).toContain('<link rel="alternate" type="text/html" href="https://kb.example/en/cases/new/"/>');
  });
});
