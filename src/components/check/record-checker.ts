/**
 * The checker page: three tabs (check a record, look up a domain, build records). ?tab= opens one,
 * ?r= checks a record on arrival (the analyser links records here). Nothing is sent anywhere
 * until the reader presses “Look up”, and then only to the resolver they chose.
 */
import { fill } from '../../lib/messages.ts';
import { dohResolver, lintRecord, lookupDomain, normaliseDomain, plannedQueries, readSelectors } from '../../lib/records/index.ts';
import type { ResolverChoice } from '../../lib/records/resolvers.ts';
import type { SendingService } from '../../lib/records/services.ts';
import { renderBuilder } from './render-builder.ts';
import type { CheckLabels } from './labels.ts';
import { renderLookup, renderPlan } from './render-lookup.ts';
import { el, renderReport } from './render-report.ts';

const TABS = ['paste', 'lookup', 'build'] as const;
type Tab = (typeof TABS)[number];

export class RecordChecker extends HTMLElement {
  #l!: CheckLabels;
  #resolvers!: ResolverChoice[];
  #services!: SendingService[];

  connectedCallback() {
    const json = (name: string) => JSON.parse(this.querySelector(`script[data-${name}]`)!.textContent!);
    this.#l = json('labels');
    this.#resolvers = json('resolvers');
    this.#services = json('services');
    this.querySelector('[data-needs-js]')?.remove();
    this.querySelector<HTMLElement>('[data-ui]')!.hidden = false;
    this.#setUpTabs();
    this.#setUpPaste();
    this.#setUpLookup();
    this.#setUpBuilder();
    const params = new URLSearchParams(location.search);
    const record = params.get('r');
    const tab = params.get('tab');
    this.#select(record ? 'paste' : TABS.includes(tab as Tab) ? (tab as Tab) : 'paste', false);
    if (record) {
      this.querySelector<HTMLTextAreaElement>('#record-input')!.value = record;
      this.#check(record);
    }
  }

  #setUpTabs() {
    const tabs = [...this.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    for (const [i, tab] of tabs.entries()) {
      tab.addEventListener('click', () => this.#select(tab.dataset.tab as Tab, true));
      tab.addEventListener('keydown', (e) => {
        const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
        if (!step) return;
        const next = tabs[(i + step + tabs.length) % tabs.length]!;
        this.#select(next.dataset.tab as Tab, true);
        next.focus();
      });
    }
  }

  #select(tab: Tab, remember: boolean) {
    for (const button of this.querySelectorAll<HTMLButtonElement>('[role="tab"]')) {
      const selected = button.dataset.tab === tab;
      button.setAttribute('aria-selected', String(selected));
      button.tabIndex = selected ? 0 : -1;
      this.querySelector<HTMLElement>(`#${button.getAttribute('aria-controls')}`)!.hidden = !selected;
    }
    if (remember) {
      const url = new URL(location.href);
      url.searchParams.set('tab', tab);
      if (tab !== 'paste') url.searchParams.delete('r');
      history.replaceState(null, '', url);
    }
  }

  #setUpPaste() {
    const form = this.querySelector<HTMLFormElement>('[data-paste-form]')!;
    const input = this.querySelector<HTMLTextAreaElement>('#record-input')!;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.#check(input.value);
    });
    form.addEventListener('reset', () => this.#pasteResults().replaceChildren());
  }

  #pasteResults(): HTMLElement {
    return this.querySelector<HTMLElement>('[data-testid="record-results"]')!;
  }

  #check(text: string) {
    const results = this.#pasteResults();
    if (text.trim() === '') {
      results.replaceChildren(el('p', this.#l.paste.empty));
      return;
    }
    results.setAttribute('aria-busy', 'true');
    const report = lintRecord(text);
    results.dataset.kind = report.kind;
    results.replaceChildren(renderReport(report, this.#l));
    results.setAttribute('aria-busy', 'false');
  }

  #setUpLookup() {
    const form = this.querySelector<HTMLFormElement>('[data-lookup-form]')!;
    const domainInput = form.querySelector<HTMLInputElement>('#lookup-domain')!;
    const selectorsInput = form.querySelector<HTMLInputElement>('#lookup-selectors')!;
    const plan = this.querySelector<HTMLElement>('[data-plan]')!;
    const results = this.querySelector<HTMLElement>('[data-testid="lookup-results"]')!;
    const resolver = () => this.#resolvers.find((r) => r.id === form.querySelector<HTMLInputElement>('input[name="resolver"]:checked')?.value) ?? this.#resolvers[0]!;
    const showPlan = () => {
      const domain = normaliseDomain(domainInput.value);
      plan.replaceChildren(domain ? renderPlan(plannedQueries(domain, readSelectors(selectorsInput.value)), resolver().host, this.#l) : el('p', this.#l.lookup.planEmpty));
    };
    form.addEventListener('input', showPlan);
    form.addEventListener('change', showPlan);
    showPlan();
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const domain = normaliseDomain(domainInput.value);
      if (!domain) {
        results.replaceChildren(el('p', this.#l.lookup.invalidDomain));
        return;
      }
      const choice = resolver();
      results.setAttribute('aria-busy', 'true');
      results.replaceChildren(el('p', fill(this.#l.lookup.working, { resolver: choice.host })));
      try {
        const result = await lookupDomain(domain, readSelectors(selectorsInput.value), dohResolver(choice, fetch.bind(window)));
        results.replaceChildren(renderLookup(result, this.#l, (record) => this.#checkLink(record)));
      } catch {
        results.replaceChildren(el('p', this.#l.lookup.failed));
      }
      results.setAttribute('aria-busy', 'false');
    });
  }

  #setUpBuilder() {
    const form = this.querySelector<HTMLFormElement>('[data-builder-form]')!;
    const output = this.querySelector<HTMLElement>('[data-testid="builder-output"]')!;
    const update = () => {
      const chosen = this.#services.filter((s) => form.querySelector<HTMLInputElement>(`input[value="${s.id}"]`)?.checked);
      const domain = normaliseDomain(form.querySelector<HTMLInputElement>('#builder-domain')!.value) ?? 'example.com';
      output.replaceChildren(renderBuilder(chosen, domain, this.#l, (record) => this.#checkLink(record)));
    };
    form.addEventListener('input', update);
    form.addEventListener('submit', (e) => e.preventDefault());
    update();
  }

  /** This page with a record to check: the same address the analyser links to. */
  #checkLink(record: string): string {
    const url = new URL(location.pathname, location.origin);
    url.searchParams.set('tab', 'paste');
    url.searchParams.set('r', record);
    return url.pathname + url.search;
  }
}
