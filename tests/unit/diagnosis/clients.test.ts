import { describe, expect, it } from 'vitest';
import { diagnoseText } from '../../../src/lib/diagnosis/index.ts';

/** A mail program's send error, pasted as the reader sees it in the dialog. */
const caseOf = (text: string) => diagnoseText(text)?.caseSlug;

describe('send errors of mail programs', () => {
  it('reads Outlook’s error numbers, in English and Japanese dialogs', () => {
    expect(caseOf("Task 'mail.example.jp - Sending' reported error (0x800CCC0E) : 'Cannot connect to the server.'")).toBe('mail-client-send-error');
    expect(caseOf('タスク \'会社 - 送信中\' はエラー (0x800CCC78) を報告しました: \'メッセージを送信できません。アカウントのプロパティで電子メール アドレスが正しいことを確認してください。\'')).toBe('smtp-auth-failed');
    expect(caseOf('いずれかの受信者がサーバーによって拒否されたため、メッセージを送信できませんでした。')).toBe('relay-denied');
    expect(caseOf('Error Number: 0x800CCC7D')).toBe('tls-required');
  });

  it('reads Thunderbird’s send errors', () => {
    expect(caseOf("Unable to authenticate to Outgoing server (SMTP) smtp.example.org. Please check the password and verify the 'Authentication method'")).toBe('smtp-auth-failed');
    expect(caseOf('送信 (SMTP) サーバー smtp.example.jp に接続できなかったため、メッセージを送信できませんでした。')).toBe('mail-client-send-error');
  });

  it('lets the server’s reply decide when the dialog quotes one', () => {
    const d = diagnoseText("The message could not be sent because one of the recipients was rejected by the server. Server Response: '550 5.7.1 Unable to relay', Error Number: 0x800CCC79");
    expect(d?.reason).toBe('norelaying');
    expect(d?.caseSlug).toBe('relay-denied');
    expect(d?.decidedBy.some((x) => x.rule.startsWith('client:'))).toBe(false);
  });

  it('says which program error decided, with its source', () => {
    const d = diagnoseText('0x800CCC0F')!;
    expect(d.decidedBy[0]).toMatchObject({ kind: 'phrase', detail: '0x800CCC0E / 0x800CCC0F' });
    expect(d.decidedBy[0]?.source).toContain('imnxport');
  });

  it('leaves text that is no error alone', () => {
    expect(diagnoseText('Please send me the invoice by Friday.')).toBeNull();
  });
});
