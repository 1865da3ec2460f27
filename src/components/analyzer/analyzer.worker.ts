/// <reference lib="webworker" />
import { analyzeBounce } from '../../lib/bounce/index.ts';

/** Reads a bounce off the page's main thread, so a 10 MB paste never freezes the page. */
self.onmessage = async (event: MessageEvent<string | ArrayBuffer>) => {
  try {
    self.postMessage({ ok: true, report: await analyzeBounce(event.data) });
  } catch {
    self.postMessage({ ok: false });
  }
};
