import type { PluralForms } from '../lib/messages.ts';

/** Every English UI string. ja.ts has the same keys: the type of this object is the shape of that one. */
export const en = {
  siteName: 'todokanai',
  siteTagline: 'When email doesn’t arrive or bounces: the cause, who must act, and what to do',
  skipToContent: 'Skip to content',
  langName: 'English',
  switchTo: 'Read this page in Japanese',
  navMain: 'Main',
  navHome: 'Cases',
  navGlossary: 'Glossary',
  footerNote: 'todokanai is a static knowledge base. It runs nothing on a server and stores nothing about you.',
  footerLanguage: 'Language',

  homeTitle: 'Email that doesn’t arrive: find the cause',
  homeIntro: 'Pick the situation you are in. Each case explains what you see, why it happens, who has to act and exactly what to do.',
  sideHeading: { receiving: 'Mail I’m expecting doesn’t arrive', sending: 'My mail bounced or never reached them' },
  sideIntro: {
    receiving: 'You are waiting for a message that someone says they sent.',
    sending: 'You sent a message and it came back, or the other side says it never came.',
  },
  guidesHeading: 'Guides',
  whoActs: 'Who must act',
  colon: ': ',
  listSeparator: ', ',
  whoActsNobody: 'Nobody: this is normal behaviour',

  owner: {
    you: 'You',
    recipient: 'The recipient',
    'recipient-admin': 'The recipient’s IT admin',
    sender: 'The sender',
    provider: 'The mail provider or host',
  },

  sections: { symptom: 'Symptom', cause: 'Cause', fix: 'Fix' },
  sectionLink: 'Link to this section',
  copyLink: 'Copy link',
  copyLinkTo: 'Copy link to ',
  copied: 'Link copied',
  copyFailed: 'Copy failed: select the address bar instead',
  errorsHeading: 'Error messages this case explains',
  errorsIntro: 'These are texts real mail servers send. Compare them with the bounce you got.',
  codesLabel: 'Status codes',
  relatedHeading: 'Related cases',
  sourcesHeading: 'Sources',
  updated: 'Last checked',
  termsHeading: 'Terms on this page',
  onThisPage: 'On this page',

  glossaryTitle: 'Glossary',
  glossaryIntro: 'The words that bounce messages and mail admins use, explained for everyone.',
  glossaryOrder: 'Within each group, terms are in alphabetical order of their English names.',
  glossaryGroups: {
    authentication: 'Sender authentication',
    transport: 'Delivery and servers',
    bounces: 'Bounces and status codes',
    reputation: 'Reputation and filtering',
    japan: 'Japan-specific',
  },
  glossaryEntryLink: 'Link to this term',
  glossarySpec: 'Defined in',
  glossaryStatus: 'status',
  glossaryRelated: 'See also',
  glossaryCases: 'Cases where it matters',
  glossaryExpansion: 'Stands for',
  glossaryFilter: {
    label: 'Filter the glossary',
    hint: 'Type part of a term, its full name, its Japanese name or a word from its explanation.',
    all: 'All {count} terms are shown',
    // Japanese has no singular: the type allows a language to give only `other`.
    matches: { one: '{count} term matches', other: '{count} terms match' } as PluralForms,
    noMatch: 'No term matches “{query}”.',
    noMatchHelp: 'Check the spelling, or try a shorter word or another name for the term.',
    showAll: 'Show all terms',
  },
  termMore: 'More in the glossary',
  termDefinitionOf: 'Definition of {term}',

  chooserTitle: 'todokanai — email that doesn’t arrive',
  chooserLead: 'Choose your language',

  notFoundTitle: 'Page not found',
  notFoundBody: 'There is no page at this address. It may have been mistyped, or the link may be incomplete.',
  notFoundHome: 'Go to the list of cases',
} ;

export type UiStrings = typeof en;
