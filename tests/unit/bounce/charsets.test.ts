/** Japanese reports whose text is in another charset than the one they declare. */
import { describe, expect, it } from 'vitest';
import { analyzeBounce } from '../../../src/lib/bounce/index.ts';
import { decodeBest, looksMisdecoded } from '../../../src/lib/bounce/charsets.ts';

const japanese = '次のあて先へのメッセージはエラーのため送信できませんでした。\n\n<taro@example.ne.jp>: 送信先メールアドレスが見つかりませんでした。';

/** Bytes of a text in a legacy Japanese charset, from a table of the few characters used. */
function encodeWith(charset: 'shift_jis' | 'euc-jp', text: string): Uint8Array {
  // TextEncoder only writes UTF-8: find each character's bytes by decoding candidates.
  const decoder = new TextDecoder(charset);
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) {
      out.push(ch.charCodeAt(0));
      continue;
    }
    let found = false;
    for (let a = 0x81; a <= 0xfe && !found; a++) {
      for (let b = 0x40; b <= 0xfe && !found; b++) {
        if (decoder.decode(new Uint8Array([a, b])) === ch) {
          out.push(a, b);
          found = true;
        }
      }
    }
    if (!found) throw new Error(`no ${charset} bytes for ${ch}`);
  }
  return new Uint8Array(out);
}

function message(charset: string, body: Uint8Array): Uint8Array {
  const head = new TextEncoder().encode([
    'From: MAILER-DAEMON@mx.example.ne.jp', 'To: sender@example.com', 'Subject: Returned mail', 'MIME-Version: 1.0',
    `Content-Type: text/plain; charset=${charset}`, 'Content-Transfer-Encoding: 8bit', '', '',
  ].join('\r\n'));
  return new Uint8Array([...head, ...body]);
}

describe('mislabelled charsets', () => {
  it('re-reads EUC-JP text labelled ISO-2022-JP (as some carriers send it)', async () => {
    const report = await analyzeBounce(message('iso-2022-jp', encodeWith('euc-jp', japanese)));
    expect(report.recipients[0]?.address).toBe('taro@example.ne.jp');
    expect(report.recipients[0]?.diagnostic).toContain('送信先メールアドレスが見つかりませんでした');
  });

  it('re-reads Shift_JIS text labelled UTF-8', async () => {
    const report = await analyzeBounce(message('utf-8', encodeWith('shift_jis', japanese)));
    expect(report.recipients[0]?.diagnostic).toContain('送信先メールアドレスが見つかりませんでした');
  });

  it('re-reads UTF-8 text labelled us-ascii', async () => {
    const report = await analyzeBounce(message('us-ascii', new TextEncoder().encode(japanese)));
    expect(report.recipients[0]?.diagnostic).toContain('見つかりませんでした');
  });

  it('reads a pasted fragment in Shift_JIS', () => {
    expect(decodeBest(encodeWith('shift_jis', japanese))).toBe(japanese);
  });

  it('leaves correctly decoded European text alone', () => {
    expect(looksMisdecoded('Votre message n\'a pas pu être délivré à ce destinataire : boîte aux lettres pleine.')).toBe(false);
    expect(looksMisdecoded('Die Nachricht konnte nicht zugestellt werden: Empfänger unbekannt, Größe überschritten.')).toBe(false);
  });
});
