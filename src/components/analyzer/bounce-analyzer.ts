import { reportLinks } from '../../lib/feedback.ts';
import { fill } from '../../lib/messages.ts';
import type { PasteReading } from '../../lib/paste/read.ts';
import { feedbackText } from '../../lib/paste/redact.ts';
import type { CaseInfo } from './dom.ts';
import { renderPaste, type PasteLabels } from './render-paste.ts';

/** Larger files are not bounces: don't even read them. */
const MAX_FILE_BYTES = 25 * 1024 * 1024;

/**
 * The analyser page: paste, choose or drop a bounce, a message or its headers, an error line or a
 * DNS record, and see what it says. It is read by a Web Worker on this page; nothing is sent anywhere.
 */
export class BounceAnalyzer extends HTMLElement {
  #worker: Worker | undefined;
  #labels!: PasteLabels & {
    working: string; empty: string; failed: string; fileTooLarge: string; fileUnreadable: string;
    feedback: { heading: string; resultIntro: string; resultSubject: string; resultBody: string; issue: string; mail: string };
  };
  #cases!: Record<string, CaseInfo>;
  #terms!: Record<string, string>;

  connectedCallback() {
    this.#labels = JSON.parse(this.querySelector('script[data-labels]')!.textContent!);
    this.#cases = JSON.parse(this.querySelector('script[data-cases]')!.textContent!);
    this.#terms = JSON.parse(this.querySelector('script[data-terms]')!.textContent!);
    const form = this.querySelector('form')!;
    const textarea = this.querySelector('textarea')!;
    const file = this.querySelector<HTMLInputElement>('input[type="file"]')!;
    this.querySelector('[data-needs-js]')?.remove();
    form.hidden = false;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.#analyze(textarea.value);
    });
    form.addEventListener('reset', () => this.#results().replaceChildren());
    // A paste is read at once; the button stays for typed text.
    textarea.addEventListener('input', (e) => {
      if ((e as InputEvent).inputType === 'insertFromPaste') void this.#analyze(textarea.value);
    });
    file.addEventListener('change', () => {
      const chosen = file.files?.[0];
      if (chosen) void this.#readFile(chosen, textarea);
    });
    textarea.addEventListener('dragover', (e) => {
      e.preventDefault();
      textarea.dataset.dropping = '';
    });
    textarea.addEventListener('dragleave', () => delete textarea.dataset.dropping);
    textarea.addEventListener('drop', (e) => {
      e.preventDefault();
      delete textarea.dataset.dropping;
      const dropped = e.dataTransfer?.files[0];
      if (dropped) void this.#readFile(dropped, textarea);
    });
  }

  #results(): HTMLElement {
    return this.querySelector<HTMLElement>('[data-testid="paste-results"]')!;
  }

  async #readFile(file: File, textarea: HTMLTextAreaElement) {
    if (file.size > MAX_FILE_BYTES) return this.#say(this.#labels.fileTooLarge);
    let bytes: ArrayBuffer;
    try {
      bytes = await file.arrayBuffer();
    } catch {
      return this.#say(this.#labels.fileUnreadable);
    }
    // Show the text; analyse the bytes, so that 8-bit Japanese charsets survive.
    textarea.value = new TextDecoder().decode(bytes);
    await this.#analyze(bytes);
  }

  async #analyze(raw: string | ArrayBuffer) {
    if (typeof raw === 'string' ? !raw.trim() : raw.byteLength === 0) return this.#say(this.#labels.empty);
    const results = this.#results();
    results.setAttribute('aria-busy', 'true');
    results.replaceChildren(Object.assign(document.createElement('p'), { textContent: this.#labels.working }));
    try {
      const reading = await this.#inWorker(raw);
      renderPaste(results, reading, this.#labels, this.#cases, this.#terms);
      const feedback = this.#feedback(reading);
      if (feedback) results.append(feedback);
    } catch {
      this.#say(this.#labels.failed);
    } finally {
      results.setAttribute('aria-busy', 'false');
      results.focus();
    }
  }

  #inWorker(raw: string | ArrayBuffer): Promise<PasteReading> {
    // A fresh answer for each message: terminate a worker still busy with an earlier one.
    this.#worker?.terminate();
    const worker = new Worker(new URL('./analyzer.worker.ts', import.meta.url), { type: 'module' });
    this.#worker = worker;
    return new Promise((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<{ ok: boolean; reading?: PasteReading }>) => {
        worker.terminate();
        if (e.data.ok && e.data.reading) resolve(e.data.reading);
        else reject(new Error('analysis failed'));
      };
      worker.onerror = () => {
        worker.terminate();
        reject(new Error('worker failed'));
      };
      worker.postMessage({ raw, lang: this.#labels.lang });
    });
  }

  /**
   * "Something wrong or missing?" under a result, when the build configured where feedback goes:
   * the reader sees the redacted text first and sends it, if at all, from their own browser or mail.
   */
  #feedback(reading: PasteReading): HTMLElement | null {
    const config = { repoUrl: this.dataset.feedbackRepo || undefined, email: this.dataset.feedbackEmail || undefined, branch: 'main' };
    if (!config.repoUrl && !config.email) return null;
    const t = this.#labels.feedback;
    const report = feedbackText(reading);
    const { issue, mail } = reportLinks(config, { subject: t.resultSubject, body: fill(t.resultBody, { report }) });
    const box = document.createElement('details');
    box.dataset.testid = 'result-feedback';
    box.className = 'mt-8 rounded-lg border border-slate-200 p-4 text-sm dark:border-slate-700';
    const summary = Object.assign(document.createElement('summary'), { textContent: t.heading, className: 'cursor-pointer font-semibold' });
    const intro = Object.assign(document.createElement('p'), { textContent: t.resultIntro, className: 'mt-2' });
    const preview = Object.assign(document.createElement('pre'), { textContent: report, className: 'mt-2 rounded bg-slate-100 p-3 whitespace-pre-wrap [overflow-wrap:anywhere] dark:bg-slate-800' });
    preview.dataset.testid = 'result-feedback-preview';
    const links = document.createElement('p');
    links.className = 'mt-2 flex flex-wrap gap-x-6';
    for (const [href, label] of [[issue, t.issue], [mail, t.mail]] as const) {
      if (href) links.append(Object.assign(document.createElement('a'), { href, textContent: label, className: 'underline underline-offset-2' }));
    }
    box.append(summary, intro, preview, links);
    return box;
  }

  #say(message: string) {
    const results = this.#results();
    results.replaceChildren(Object.assign(document.createElement('p'), { textContent: message }));
    delete results.dataset.kind;
    results.setAttribute('aria-busy', 'false');
  }
}
