/// <reference lib="webworker" />
import { analyzeBounces } from '../../lib/bounce/index.ts';

/** Reads a bounce off the page's main thread, so a 10 MB paste never freezes the page. */
self.onmessage = async (event: MessageEvent<string | ArrayBuffer>) => {
  try {
    self.postMessage({ ok: true, reports: await analyzeBounces(event.data) });
  } catch {
    self.postMessage({ ok: false });
  }
};
