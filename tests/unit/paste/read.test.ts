import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPaste } from '../../../src/lib/paste/read.ts';
import { recordText } from '../../../src/lib/paste/record-text.ts';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');

describe('the paste box recognises what was pasted', () => {
  it('a bounce stays a bounce, with its headers as a second reading', async () => {
    const reading = await readPaste(readFileSync(join(fixtures, 'bounces', 'mailbox-full.eml'), 'utf8'), 'en');
    expect(reading.kind).toBe('bounce');
    if (reading.kind === 'bounce') expect(reading.bounces[0]!.recipients[0]!.reason).toBe('mailboxfull');
  });

  it('a header block is read as headers', async () => {
    const reading = await readPaste(readFileSync(join(fixtures, 'headers', 'real', 'vger-greylisted.txt'), 'utf8'), 'en');
    expect(reading.kind).toBe('headers');
  });

  it('one error line is diagnosed', async () => {
    const reading = await readPaste('550 5.1.1 <taro@example.com>: Recipient address rejected: User unknown in virtual mailbox table', 'en');
    expect(reading).toMatchObject({ kind: 'error-line', line: { status: '5.1.1', caseSlug: 'wrong-address' } });
  });

  it('DSN fields are still a bounce, as before', async () => {
    const reading = await readPaste('Final-Recipient: rfc822; a@example.com\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full', 'en');
    expect(reading.kind).toBe('bounce');
  });

  it('a record, also as dig prints it', () => {
    expect(recordText('v=spf1 include:_spf.google.com ~all')).toEqual({ kind: 'SPF', record: 'v=spf1 include:_spf.google.com ~all' });
    expect(recordText('_dmarc.example.com. 3600 IN TXT "v=DMARC1; p=none; " "rua=mailto:d@example.com"')).toEqual({ kind: 'DMARC', record: 'v=DMARC1; p=none; rua=mailto:d@example.com' });
    expect(recordText('Hello, the meeting is at 3')).toBeNull();
  });
});
