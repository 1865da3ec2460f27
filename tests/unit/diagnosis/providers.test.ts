/**
 * Provider rules apply to the provider's own servers. The texts are the providers' own, as
 * their error pages quote them (Google, Microsoft, Yahoo, Apple, Mimecast) or as Sisimai
 * recorded them (docomo, which publishes none).
 */
import { describe, expect, it } from 'vitest';
import { PROVIDERS, diagnose, diagnoseText } from '../../../src/lib/diagnosis/index.ts';

describe('provider rules', () => {
  it('reads Gmail\'s low-reputation refusal from a Google host as bad reputation, decided by Gmail', () => {
    const d = diagnose({
      words: '550-5.7.1 Our system has detected that this message is likely suspicious due to the very low reputation of the sending IP address. To best protect our users from spam, the message has been blocked. gsmtp',
      status: '5.7.1', replyCode: '550', remoteHost: 'gmail-smtp-in.l.google.com',
    });
    expect(d.reason).toBe('badreputation');
    expect(d.decidedBy[0]).toMatchObject({ kind: 'provider', detail: 'Gmail' });
    expect(d.decidedBy[0]?.source).toContain('support.google.com');
  });

  it('does not apply a provider rule to another provider\'s server', () => {
    const d = diagnose({ words: '550 5.7.1 IP not in whitelist for RCPT domain', status: '5.7.1', remoteHost: 'mx.example.net' });
    expect(d.decidedBy[0]?.kind).not.toBe('provider');
  });

  it('names Microsoft 365 for its banned-sender code', () => {
    const d = diagnoseText('550 5.7.511 Access denied, banned sender[192.0.2.10]. To request removal from this list please forward this message to delist@messaging.microsoft.com. (mail.protection.outlook.com)');
    expect(d?.reason).toBe('blocked');
    expect(d?.decidedBy[0]).toMatchObject({ kind: 'provider', detail: 'Microsoft 365 / Outlook.com' });
  });

  it('knows Exchange\'s SendAsDenied by its own token, and its refusal of external forwarding as a policy', () => {
    expect(diagnoseText('554 5.2.252 SendAsDenied; taro@example.com not allowed to send as hanako@example.com')).toMatchObject({ reason: 'rejected' });
    expect(diagnoseText('550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)')?.reason).toBe('policyviolation');
  });

  it('reads Exchange Online\'s directory-based blocking as an unknown recipient', () => {
    const d = diagnose({ words: '550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DB5EUR01FT001.eop-EUR01.prod.protection.outlook.com]', status: '5.4.1' });
    expect(d.reason).toBe('userunknown');
    expect(d.decidedBy[0]?.kind).toBe('provider');
  });

  it('keeps Yahoo\'s unknown user after DATA as an unknown user', () => {
    const d = diagnose({ words: "554 delivery error: dd This user doesn't have a yahoo.com account (taro@yahoo.com) [0] - mta1061.mail.ne1.yahoo.com", stage: 'data' });
    expect(d.reason).toBe('userunknown');
    expect(d.decidedBy[0]).toMatchObject({ kind: 'provider', detail: 'Yahoo / AOL' });
  });

  it('reads iCloud\'s "recipient no longer on server" as a moved address', () => {
    expect(diagnose({ words: '550 5.1.6 recipient no longer on server: taro@icloud.com', status: '5.1.6', recipient: 'taro@icloud.com' }).reason).toBe('hasmoved');
  });

  it('reads Mimecast\'s anti-spoofing refusal as a policy violation', () => {
    expect(diagnose({ words: '550 Rejected by header based Anti-Spoofing policy: taro@example.org', remoteHost: 'eu-smtp-inbound-1.mimecast.com' }).reason).toBe('policyviolation');
  });

  it('reads docomo\'s "Unknown user" with Status 5.2.0 as its reception filter', () => {
    const d = diagnose({ words: '550 Unknown user taro@docomo.ne.jp', status: '5.2.0', recipient: 'taro@docomo.ne.jp' });
    expect(d.reason).toBe('filtered');
    expect(d.caseSlug).toBe('mobile-carrier-filter');
  });

  it('reads Yandex\'s refusals as its help page explains them, only from its servers', () => {
    const blockedAccount = diagnose({ words: '550 5.7.1 Policy rejection on the target address', status: '5.7.1', remoteHost: 'mx.yandex.ru' });
    expect(blockedAccount.reason).toBe('suspend');
    expect(blockedAccount.decidedBy[0]).toMatchObject({ kind: 'provider', detail: 'Yandex Mail' });
    expect(diagnose({ words: '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using spamsource.yandex.ru; Blocked by spam statistics', status: '5.7.1', remoteHost: 'mx.yandex.net' }).reason).toBe('blocked');
    expect(diagnose({ words: '550 5.7.1 Policy rejection on the target address', status: '5.7.1', remoteHost: 'mx.example.net' }).decidedBy[0]?.kind).not.toBe('provider');
  });

  it('reads a relay\'s "the domain is not in our list" (HENNGE Email DLP) as relaying refused', () => {
    expect(diagnoseText('550 Requested action not taken: the domain is not in our list')?.reason).toBe('norelaying');
  });

  it('reads SoftBank\'s "553 <domain> does not exist" as the sender\'s domain, not the recipient\'s', () => {
    const d = diagnose({ words: '553 example.com does not exist', replyCode: '553', recipient: 'taro@i.softbank.jp' });
    expect(d.reason).toBe('rejected');
    expect(d.decidedBy[0]).toMatchObject({ kind: 'provider', detail: 'SoftBank' });
    expect(diagnose({ words: '553 example.com does not exist', replyCode: '553', recipient: 'taro@example.org' }).reason).toBe('hostunknown');
  });

  it('reads Cox\'s AUP codes', () => {
    expect(diagnoseText('554 cdptpoutbound.cox.net cox connection refused from [192.0.2.1] AUP#CXBL')?.reason).toBe('blocked');
  });

  it('gives every provider a source and at least one rule', () => {
    for (const p of PROVIDERS) {
      expect(p.source, p.name).toMatch(/\S/);
      expect(p.rules.length, p.name).toBeGreaterThan(0);
      for (const rule of p.rules) {
        expect(rule.words ?? rule.pattern ?? rule.status, p.name).toBeDefined();
        if (rule.words) expect(rule.words, p.name).toBe(rule.words.toLowerCase());
      }
    }
  });
});

describe('provider codes', () => {
  it.each([
    ['550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416] (in reply to RCPT TO command)', 'userunknown'],
    ['552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417 [417] (in reply to RCPT TO command)', 'mailboxfull'],
    ['501 5.1.0 Emetteur invalide. Invalid Sender. OFR004_405 [405] (in reply to MAIL FROM command)', 'rejected'],
    ['550 5.5.0 Le compte du destinataire est bloque. The recipient account isblocked. LPN007_426 (in reply to RCPT TO command)', 'suspend'],
  ])('reads Orange / La Poste "%s" as %s', (line, reason) => {
    const d = diagnoseText(line);
    expect(d?.reason).toBe(reason);
    expect(d?.decidedBy[0]).toMatchObject({ kind: 'provider', detail: 'Orange / La Poste' });
  });

  it('reads Zoho\'s own refusals from its hosts', () => {
    expect(diagnose({ words: '554 5.7.7 Email policy violation detected (in reply to end of DATA command)', remoteHost: 'smtpin.zoho.com' }).reason).toBe('policyviolation');
  });
});

describe('GMX', () => {
  it('reads its refusal of a server without a proper PTR record, quoted on its postmaster pages, as a missing PTR', () => {
    const d = diagnoseText('host mx00.gmx.net[212.227.15.9] refused to talk to me: 554-gmx.net (mxgmx104) Nemesis ESMTP Service not available 554-No SMTP service 554-Bad DNS PTR resource record. 554 For explanation visit https://postmaster.gmx.net/en/case');
    expect(d?.reason).toBe('requireptr');
    expect(d?.decidedBy[0]).toMatchObject({ kind: 'provider', detail: 'GMX / WEB.DE' });
  });
});
