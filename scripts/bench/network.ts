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

/** Records every response in a context, tagged with the phase set when its request was made. */
export class NetworkLog {
  phase = 'load';
  readonly #phases = new WeakMap<Request, string>();
  readonly #pending: Array<Promise<Loaded>> = [];

  constructor(context: BrowserContext) {
    context.on('request', (request) => this.#phases.set(request, this.phase));
    context.on('response', (response) => this.#pending.push(this.#record(response)));
  }

  /** Everything loaded so far, once every body has arrived. */
  async settle(): Promise<Loaded[]> {
    return Promise.all(this.#pending);
  }

  async #record(response: Response): Promise<Loaded> {
    const request = response.request();
    const body = await response.body().catch(() => Buffer.alloc(0)); // redirects have no body
    return {
      url: response.url(),
      kind: kindOf(response.headers()['content-type'] ?? ''),
      bytes: body.length,
      gzipBytes: body.length > 0 ? gzipSync(body, { level: 9 }).length : 0,
      phase: this.#phases.get(request) ?? this.phase,
    };
  }
}
