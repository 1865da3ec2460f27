import { describe, expect, it } from 'vitest';
import { codeWithPage } from '../../../src/lib/search/code-pages.ts';

const pages = new Set(['5.7.1', '5.7.26', '550', '554']);

describe('codeWithPage', () => {
  it('finds a bare code', () => {
    expect(codeWithPage('5.7.26', pages)).toBe('5.7.26');
    expect(codeWithPage('554', pages)).toBe('554');
  });
  it('prefers the enhanced code to the reply code written before it', () => {
    expect(codeWithPage('550 5.7.1 Relaying denied', pages)).toBe('5.7.1');
  });
  it('finds a code inside a Japanese sentence', () => {
    expect(codeWithPage('Gmailで5.7.26のエラーが出ます', pages)).toBe('5.7.26');
  });
  it('ignores codes without a page and client error numbers', () => {
    expect(codeWithPage('0x800CCC0E', pages)).toBeUndefined();
    expect(codeWithPage('452 4.2.2 over quota', pages)).toBeUndefined();
    expect(codeWithPage('emails bounce back', pages)).toBeUndefined();
  });
});
