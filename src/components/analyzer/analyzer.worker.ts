/// <reference lib="webworker" />
import { readPaste } from '../../lib/paste/read.ts';
import type { Lang } from '../../lib/taxonomy.ts';

/** Reads a paste off the page's main thread, so a 10 MB paste never freezes the page. */
self.onmessage = async (event: MessageEvent<{ raw: string | ArrayBuffer; lang: Lang }>) => {
  try {
    const { raw, lang } = event.data;
    self.postMessage({ ok: true, reading: await readPaste(typeof raw === 'string' ? raw : new Uint8Array(raw), lang) });
  } catch {
    self.postMessage({ ok: false });
  }
};
