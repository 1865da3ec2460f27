/**
 * What the header search box does as the reader types, loaded when the box is first focused:
 * suggestions in a popup after a short pause, arrow keys through them, Enter to open one, Escape
 * to close. The search code itself loads with the first suggestions.
 */

const DELAY_MS = 180;

/** Starts answering the box's typing; `typed` says whether the reader typed before this loaded. */
export function answerTyping(box: HTMLElement, input: HTMLInputElement, typed: boolean): void {
  const typing = new Typing(box, input);
  if (typed) typing.schedule();
}

class Typing {
  #box: HTMLElement;
  #input: HTMLInputElement;
  #popup: HTMLElement;
  #list: HTMLElement;
  #status: HTMLElement;
  #all: HTMLAnchorElement;
  #active = -1;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #generation = 0;

  constructor(box: HTMLElement, input: HTMLInputElement) {
    this.#box = box;
    this.#input = input;
    this.#popup = box.querySelector('[data-popup]')!;
    this.#list = box.querySelector('[role="listbox"]')!;
    this.#status = this.#popup.querySelector('[role="status"]')!;
    this.#all = this.#popup.querySelector('a[data-all]')!;
    input.addEventListener('input', () => this.schedule());
    input.addEventListener('keydown', (e) => this.#onKey(e));
    box.addEventListener('focusout', (e) => {
      if (!box.contains(e.relatedTarget as Node | null)) this.#close();
    });
  }

  schedule() {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#search(), DELAY_MS);
  }

  async #search() {
    const query = this.#input.value.trim();
    const generation = ++this.#generation;
    if (!query) return this.#close();
    this.#open();
    const labels = this.#box.dataset;
    this.#status.textContent = labels.searching ?? '';
    const current = () => generation === this.#generation;
    try {
      const { suggest } = await import('./suggestions.ts');
      await suggest({ list: this.#list, status: this.#status, all: this.#all, form: this.#box.querySelector('form')!, labels }, query, current);
      if (current()) this.#setActive(-1);
    } catch {
      if (current()) this.#status.textContent = labels.failed ?? '';
    }
  }

  #options(): HTMLAnchorElement[] {
    return [...this.#list.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
  }

  #onKey(e: KeyboardEvent) {
    const options = this.#options();
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (this.#popup.hidden || options.length === 0) return;
      e.preventDefault();
      // Cycle through the options and back to the input (-1).
      const step = e.key === 'ArrowDown' ? 1 : -1;
      const states = options.length + 1;
      this.#setActive(((this.#active + 1 + step + states) % states) - 1);
    } else if (e.key === 'Enter' && this.#active >= 0 && options[this.#active]) {
      e.preventDefault();
      location.href = options[this.#active]!.href;
    } else if (e.key === 'Escape' && !this.#popup.hidden) {
      e.preventDefault();
      this.#close();
    }
  }

  /** -1 means no option is active: the input itself. */
  #setActive(index: number) {
    const options = this.#options();
    this.#active = index >= options.length ? -1 : index;
    options.forEach((o, i) => o.setAttribute('aria-selected', String(i === this.#active)));
    const active = options[this.#active];
    if (active) {
      this.#input.setAttribute('aria-activedescendant', active.id);
      active.scrollIntoView({ block: 'nearest' });
    } else this.#input.removeAttribute('aria-activedescendant');
  }

  #open() {
    this.#popup.hidden = false;
    this.#input.setAttribute('aria-expanded', 'true');
  }

  #close() {
    this.#popup.hidden = true;
    this.#input.setAttribute('aria-expanded', 'false');
    this.#input.removeAttribute('aria-activedescendant');
    this.#active = -1;
  }
}
