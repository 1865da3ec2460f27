import { describe, expect, it } from 'vitest';
import { groupErrors, groupId } from '../../src/lib/error-groups.ts';

const full = { slug: 'mailbox-full', title: 'Mailbox full', codes: ['5.2.2', '4.2.2', '552'], errors: ['552 5.2.2 Mailbox full', '452-4.2.2 The email account that you tried to reach is over quota.'] };
const unknown = { slug: 'wrong-address', title: 'Wrong address', codes: ['5.1.1', '550'], errors: ['550 5.1.1 <a@b.example>: Recipient address rejected: User unknown', '550 User unknown', 'Sorry, no mailbox here by that name. (#5.1.1)'] };

describe('the error index', () => {
  it('groups texts by their enhanced status code, in code order', () => {
    const groups = groupErrors([full, unknown]);
    expect(groups.map((g) => g.code)).toEqual(['4.2.2', '5.1.1', '5.2.2', '550', '552']);
    const g511 = groups.find((g) => g.code === '5.1.1')!;
    expect(g511.texts.map((t) => t.text)).toEqual(['550 5.1.1 <a@b.example>: Recipient address rejected: User unknown', 'Sorry, no mailbox here by that name. (#5.1.1)']);
    expect(g511.texts[0]!.cases).toEqual([{ slug: 'wrong-address', title: 'Wrong address' }]);
  });

  it('files a text with only a reply code under that code, and lists codes no text carries', () => {
    const groups = groupErrors([full, unknown]);
    expect(groups.find((g) => g.code === '550')).toMatchObject({ kind: 'reply', texts: [{ text: '550 User unknown' }] });
    expect(groups.find((g) => g.code === '552')).toMatchObject({ kind: 'reply', texts: [], cases: [{ slug: 'mailbox-full' }] });
  });

  it('lists a text shared by two cases once, with both cases', () => {
    const other = { ...full, slug: 'other', title: 'Other' };
    const g = groupErrors([full, other]).find((x) => x.code === '5.2.2')!;
    expect(g.texts[0]!.cases.map((c) => c.slug)).toEqual(['mailbox-full', 'other']);
  });

  it('does not read a version number or an IP address as a status code', () => {
    const groups = groupErrors([{ slug: 's', title: 'S', codes: [], errors: ['Rejected by 192.0.2.1 (rule 10.2.3.4)'] }]);
    expect(groups.map((g) => g.kind)).toEqual(['none']);
  });

  it('gives every group an anchor id', () => {
    expect(groupId({ code: '5.2.2' })).toBe('code-5-2-2');
    expect(groupId({ code: null })).toBe('code-none');
  });
});
