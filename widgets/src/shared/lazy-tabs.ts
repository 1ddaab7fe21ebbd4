import { html, nothing, type ReactiveControllerHost } from 'lit';
import { renderError, renderSkeleton } from './states.js';

/** What a tab's module makes: a view the element renders in its panel. */
export interface TabView {
  render(): unknown;
}

/** How a tab's panel reads while its code loads and when it could not be loaded (in the host's language). */
export interface LazyTabsWording<Name> {
  loading(tab: Name): string;
  failed(): string;
  /** Skeleton lines while a tab's code loads. */
  lines: number;
}

/**
 * Tab panels whose code is loaded the first time each tab is shown (`import()`), so an element's
 * first load carries only its frame: a skeleton while a tab loads, an error with "Try again" when
 * its chunk could not be fetched, then the tab's own view for good.
 */
export class LazyTabs<Name extends string, View extends TabView> {
  readonly #views = new Map<Name, View>();
  readonly #loading = new Map<Name, Promise<void>>();
  readonly #failed = new Set<Name>();

  constructor(
    private readonly host: ReactiveControllerHost & { readonly localName: string },
    private readonly load: (tab: Name) => Promise<View>,
    private readonly wording: LazyTabsWording<Name>,
  ) {}

  render(tab: Name): unknown {
    const view = this.#views.get(tab);
    if (view) return view.render();
    if (this.#failed.has(tab)) {
      return renderError({
        message: this.wording.failed(),
        onRetry: () => {
          this.#failed.delete(tab);
          this.host.requestUpdate();
        },
      });
    }
    if (!this.#loading.has(tab)) this.#loading.set(tab, this.#fetch(tab));
    return renderSkeleton({ label: this.wording.loading(tab), lines: this.wording.lines });
  }

  async #fetch(tab: Name): Promise<void> {
    try {
      this.#views.set(tab, await this.load(tab));
    } catch (error) {
      console.error(`Coachwork: the ${tab} tab of <${this.host.localName}> could not be loaded.`, error);
      this.#failed.add(tab);
    } finally {
      this.#loading.delete(tab);
      this.host.requestUpdate();
    }
  }
}

/**
 * The WAI-ARIA tabs pattern's keys: the tab ArrowRight/ArrowLeft (mirrored right to left), Home or
 * End moves to, among `tabs`; undefined for any other key.
 */
export function tabAfterKey<Name>(
  key: string,
  tabs: readonly Name[],
  current: Name,
  rtl: boolean,
): Name | undefined {
  const index = tabs.indexOf(current);
  const step: Record<string, number> = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 };
  if (key in step) return tabs[(index + step[key]! + tabs.length) % tabs.length];
  if (key === 'Home') return tabs[0];
  if (key === 'End') return tabs[tabs.length - 1];
  return undefined;
}

/** The tab strip of an element built on LazyTabs, and what it is told. */
export interface TabListOptions<Name> {
  tabs: readonly Name[];
  active: Name;
  label(tab: Name): string;
  select(tab: Name): void;
  /** Right to left: the arrow keys are mirrored. */
  rtl: boolean;
  /** Tabs shown but not yet open to the user (the arrow keys pass them over). */
  disabled?(tab: Name): boolean;
}

/**
 * The WAI-ARIA tabs pattern around `panel`: a tablist labelled by the element's `#heading`, one
 * button a tab (`data-tab`, part `tab`, the selected one also `tab-selected`), the arrow keys,
 * Home and End moving and selecting among the enabled tabs, and the panel labelled by its tab.
 */
export function renderTabList<Name extends string>(options: TabListOptions<Name>, panel: unknown): unknown {
  const { tabs, active, label, select, rtl, disabled } = options;
  const onKeydown = (event: KeyboardEvent): void => {
    const enabled = tabs.filter((tab) => !disabled?.(tab));
    const next = tabAfterKey(event.key, enabled, active, rtl);
    if (next === undefined) return;
    event.preventDefault();
    select(next);
  };
  return html`<div class="tabs" role="tablist" part="tablist" aria-labelledby="heading" @keydown=${onKeydown}>
      ${tabs.map((tab) => {
        const selected = tab === active;
        return html`<button
          type="button"
          role="tab"
          id=${`tab-${tab}`}
          part=${selected ? 'tab tab-selected' : 'tab'}
          data-tab=${tab}
          aria-selected=${selected ? 'true' : 'false'}
          aria-controls=${selected ? 'panel' : nothing}
          tabindex=${selected ? '0' : '-1'}
          ?disabled=${disabled?.(tab) ?? false}
          @click=${() => select(tab)}
        >
          ${label(tab)}
        </button>`;
      })}
    </div>
    <div class="panel" role="tabpanel" id="panel" part="panel" aria-labelledby=${`tab-${active}`}>
      ${panel}
    </div>`;
}
