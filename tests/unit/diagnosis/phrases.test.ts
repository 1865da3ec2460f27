/** The phrase tables per language, and what every entry must carry. */
import { describe, expect, it } from 'vitest';
import { PHRASES, WEAK_PHRASES, diagnoseText } from '../../../src/lib/diagnosis/index.ts';

describe('phrases in the languages MTAs answer in', () => {
  it.each([
    ['en', '550 5.2.2 <taro@example.org>... Mailbox Full', 'mailboxfull'],
    ['ja', '宛先不明のため、メールを配送できませんでした。', 'userunknown'],
    ['ja', 'メールボックスがいっぱいのため受信できません', 'mailboxfull'],
    ['ja', '受信拒否設定により配送できませんでした', 'filtered'],
    ['fr', '550 5.1.1 Utilisateur inconnu', 'userunknown'],
    ['fr', '552 5.2.2 Boite du destinataire pleine', 'mailboxfull'],
    ['de', '552 Postfach voll', 'mailboxfull'],
    ['it', '550 Nessun utente simile in questo indirizzo', 'userunknown'],
    ['es', '550 No existe ese usuario', 'userunknown'],
    ['en', '554 INVALID IP FOR SENDING MAIL OF DOMAIN example.com', 'blocked'],
    ['en', 'Invalid final delivery userid: taro@example.org', 'userunknown'],
    ['en', 'User taro (taro@example.org) not listed in Domino Directory', 'userunknown'],
    ['ja', 'ユーザー taro は Domino ディレクトリには見つかりません', 'userunknown'],
    ['en', 'Several matches found in Domino Directory', 'systemerror'],
    ['en', 'Message has exceeded maximum hop count', 'networkerror'],
    ['en', 'User mailbox exceeds allowed size: taro@example.org', 'mailboxfull'],
    ['en', 'Delivery failed 5 attempts: taro@example.org', 'expired'],
    ['en', '501 <sender@example.com>... no access from mail server [192.0.2.1] which is an open relay.', 'blocked'],
  ])('%s: "%s" is %s', (_lang, line, reason) => {
    const d = diagnoseText(line);
    expect(d?.reason).toBe(reason);
    expect(d?.decidedBy.some((x) => x.kind === 'phrase')).toBe(true);
  });

  it('says nothing about text that is not a mail error', () => {
    expect(diagnoseText('Hello, are we still meeting on Friday?')).toBeNull();
    expect(diagnoseText('')).toBeNull();
  });

  it('gives every group a source and a language, with phrases written as matchable() text', () => {
    for (const group of [...PHRASES, ...WEAK_PHRASES]) {
      expect(group.source, group.reason).toMatch(/\S/);
      expect(group.phrases.length, group.reason).toBeGreaterThan(0);
      for (const phrase of group.phrases) {
        if (typeof phrase === 'string') expect(phrase, group.reason).toBe(phrase.toLowerCase().replace(/\s+/g, ' '));
      }
    }
    expect(new Set(PHRASES.map((g) => g.lang))).toEqual(new Set(['en', 'ja', 'fr', 'de', 'it', 'es']));
  });
});
