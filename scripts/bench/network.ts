/** What a browser context loads: each response's kind, its size as served and gzip-compressed. */
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Request, Response } from '@playwright/test';
import { kindOf, type Kind } from './weights.ts';

export interface Loaded {
  url: string;
  kind: Kind;
  /** The body as served (astro preview does not compress). */
  bytes: number;
  /** The body gzip-compressed at level 9, as a CDN would send it. */
  gzipBytes: number;
  /** The phase the bench was in when the request was made. */
  phase: string;
}

/**
 * Records every response in a context, tagged with the phase set when its request was made.
 * Bodies are read and compressed only in settle(): done as responses arrive, that work held up
 * this process while it was timing the page, and added up to half a second to searches that
 * had shown their results long before.
 */
export class NetworkLog {
  phase = 'load';
  readonly #phases = new WeakMap<Request, string>();
  readonly #responses: Array<{ response: Response; phase: string }> = [];

  constructor(context: BrowserContext) {
    context.on('request', (request) => this.#phases.set(request, this.phase));
    context.on('response', (response) => this.#responses.push({ response, phase: this.#phases.get(response.request()) ?? this.phase }));
  }

  /** Everything loaded so far, with its body. */
  async settle(): Promise<Loaded[]> {
    return Promise.all(this.#responses.map(({ response, phase }) => record(response, phase)));
  }
}

async function record(response: Response, phase: string): Promise<Loaded> {
  const body = await response.body().catch(() => Buffer.alloc(0)); // redirects have no body
  return {
    url: response.url(),
    kind: kindOf(response.headers()['content-type'] ?? ''),
    bytes: body.length,
    gzipBytes: body.length > 0 ? gzipSync(body, { level: 9 }).length : 0,
    phase,
  };
}
