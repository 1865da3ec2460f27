const DELAY_MS = 180;

/**
 * The header search box. Without JS it is a plain GET form to the search page. With JS it shows
 * results as the reader types (a combobox), and `/` or Ctrl/⌘+K focuses it. The search code and
 * indexes load only once the reader starts typing.
 */
export class SearchBox extends HTMLElement {
  #input!: HTMLInputElement;
  #popup!: HTMLElement;
  #list!: HTMLElement;
  #status!: HTMLElement;
  #all!: HTMLAnchorElement;
  #active = -1;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #generation = 0;

  connectedCallback() {
    this.#input = this.querySelector('input')!;
    this.#popup = this.querySelector('[data-popup]')!;
    this.#list = this.querySelector('[role="listbox"]')!;
    this.#status = this.#popup.querySelector('[role="status"]')!;
    this.#all = this.#popup.querySelector('a[data-all]')!;
    const input = this.#input;
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', this.#list.id);
    input.setAttribute('aria-expanded', 'false');
    // On the search page, show the query being answered; elsewhere ?q= means something else.
    const form = this.querySelector('form')!;
    if (new URL(form.action).pathname === location.pathname) input.value = new URLSearchParams(location.search).get('q') ?? '';
    input.addEventListener('input', () => this.#schedule());
    input.addEventListener('keydown', (e) => this.#onKey(e));
    this.addEventListener('focusout', (e) => {
      if (!this.contains(e.relatedTarget as Node | null)) this.#close();
    });
    document.addEventListener('keydown', (e) => {
      const typing = e.target instanceof HTMLElement && (e.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName));
      if ((e.key === '/' && !typing) || (e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey))) {
        e.preventDefault();
        input.focus();
        input.select();
      }
    });
  }

  #schedule() {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#search(), DELAY_MS);
  }

  async #search() {
    const query = this.#input.value.trim();
    const generation = ++this.#generation;
    if (!query) return this.#close();
    this.#open();
    this.#status.textContent = this.dataset.searching ?? '';
    const current = () => generation === this.#generation;
    try {
      const { suggest } = await import('./suggestions.ts');
      await suggest({ list: this.#list, status: this.#status, all: this.#all, form: this.querySelector('form')!, labels: this.dataset }, query, current);
      if (current()) this.#setActive(-1);
    } catch {
      if (current()) this.#status.textContent = this.dataset.failed ?? '';
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
