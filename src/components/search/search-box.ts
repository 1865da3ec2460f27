/**
 * The header search box. Without JS it is a plain GET form to the search page. With JS it is a
 * combobox that shows results as the reader types, and `/` or Ctrl/⌘+K focuses it. Only this much
 * loads with the page: the code that answers typing loads when the box is first focused, the
 * search code and indexes once the reader types.
 */
export class SearchBox extends HTMLElement {
  #loading: Promise<void> | undefined;

  connectedCallback() {
    const input = this.querySelector('input')!;
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', this.querySelector('[role="listbox"]')!.id);
    input.setAttribute('aria-expanded', 'false');
    // On the search page, show the query being answered; elsewhere ?q= means something else.
    if (new URL(this.querySelector('form')!.action).pathname === location.pathname) input.value = new URLSearchParams(location.search).get('q') ?? '';
    let typed = false;
    const noteTyping = () => (typed = true);
    input.addEventListener('input', noteTyping);
    input.addEventListener('focus', () => {
      // If the code can't load (offline), the box stays a form that works; the next focus tries again.
      this.#loading ??= import('./search-box-typing.ts')
        .then(({ answerTyping }) => {
          input.removeEventListener('input', noteTyping);
          answerTyping(this, input, typed);
        })
        .catch(() => (this.#loading = undefined));
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
}
