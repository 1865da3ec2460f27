/** Indexes one language for `pagefindIndex` (pagefind.ts), in a Pagefind process of its own. */
import { parentPort, workerData } from 'node:worker_threads';
import { indexLanguage, type IndexJob } from './pagefind.ts';

try {
  parentPort?.postMessage({ pages: await indexLanguage(workerData as IndexJob) });
} catch (error) {
  parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
