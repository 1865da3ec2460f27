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

  picker: {
    heading: 'Find the cause step by step',
    intro: 'Answer a few short questions about what you see. They lead to the page that explains it.',
    outlineHint: 'Open an answer to see the next question.',
    yourAnswers: 'Your answers so far',
    back: 'Back',
    startOver: 'Start over',
    answered: 'You answered: ',
    wentBack: 'Back one question',
    startedOver: 'Back at the first question',
    found: { case: 'The case that fits', guide: 'A guide that helps', tool: 'A tool that helps' },
    tools: {
      analyze: {
        title: 'Paste the whole bounce',
        summary: 'Paste or drop the bounce message: it is read in your browser, never sent anywhere, and linked to the case that explains it.',
      },
      errors: {
        title: 'Error index',
        summary: 'Every known error text and status code, grouped by code, each with the case that explains it.',
      },
    },
  },

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
  glossaryGroups: {
    authentication: 'Sender authentication',
    transport: 'Delivery and servers',
    bounces: 'Bounces and status codes',
    reputation: 'Reputation and filtering',
    japan: 'Japan-specific',
  },
  glossarySpec: 'Defined in',
  glossaryRelated: 'See also',
  glossaryCases: 'Cases where it matters',
  glossaryExpansion: 'Stands for',
  termMore: 'More in the glossary',
  termDefinitionOf: 'Definition of ',

  chooserTitle: 'todokanai — email that doesn’t arrive',
  chooserLead: 'Choose your language',

  notFoundTitle: 'Page not found',
  notFoundBody: 'There is no page at this address. It may have been mistyped, or the link may be incomplete.',
  notFoundHome: 'Go to the list of cases',
} ;

export type UiStrings = typeof en;
