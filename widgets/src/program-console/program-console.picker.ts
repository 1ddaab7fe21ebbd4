import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';

export interface PickerOption {
  id: string;
  label: string;
  detail?: string;
}

/**
 * A search box that lists what the gateway finds and adds the chosen entry: the ARIA 1.2 combobox
 * pattern (an input with a listbox popup, the active option named by aria-activedescendant, so focus
 * stays in the input while arrows move). Typing searches after a pause; Enter or a click picks;
 * Escape closes the list, then clears the text.
 */
export class SearchPicker {
  #text = '';
  #options: PickerOption[] = [];
  #open = false;
  #active = -1;
  #searching = false;
  #failed = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Answers to an older text are dropped when they arrive after a newer one was asked for. */
  #asked = 0;

  readonly id: string;
  readonly search: (text: string) => Promise<PickerOption[] | undefined>;
  readonly pick: (option: PickerOption) => void;
  readonly update: () => void;

  constructor(
    id: string,
    search: (text: string) => Promise<PickerOption[] | undefined>,
    pick: (option: PickerOption) => void,
    update: () => void,
  ) {
    this.id = id;
    this.search = search;
    this.pick = pick;
    this.update = update;
  }

  #ask(text: string): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      const asked = ++this.#asked;
      this.#searching = true;
      this.update();
      void this.search(text).then((options) => {
        if (asked !== this.#asked) return;
        this.#searching = false;
        this.#failed = !options;
        this.#options = options ?? [];
        this.#active = this.#options.length ? 0 : -1;
        this.#open = true;
        this.update();
      });
    }, 250);
  }

  #choose(option: PickerOption | undefined): void {
    if (!option) return;
    this.pick(option);
    this.#text = '';
    this.#open = false;
    this.#options = [];
    this.#active = -1;
    this.update();
  }

  #key(event: KeyboardEvent): void {
    const count = this.#options.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        if (!this.#open) {
          this.#open = true;
          this.#ask(this.#text);
        } else if (count) {
          this.#active = (this.#active + (event.key === 'ArrowDown' ? 1 : count - 1)) % count;
        }
        break;
      case 'Enter':
        if (this.#open && this.#active >= 0) {
          event.preventDefault();
          this.#choose(this.#options[this.#active]);
        }
        return;
      case 'Escape':
        if (this.#open) this.#open = false;
        else this.#text = '';
        break;
      default:
        return;
    }
    this.update();
  }

  render(label: string, invalid: boolean, describedBy: string | undefined): TemplateResult {
    const listId = `${this.id}-list`;
    const expanded = this.#open && this.#options.length > 0;
    const optionId = (i: number) => `${this.id}-option-${i}`;
    const status = this.#searching
      ? msg('Searching…')
      : this.#failed
        ? msg('The search failed. Type again to retry.')
        : this.#open && this.#options.length === 0
          ? msg('Nothing found.')
          : '';
    return html`<div class="picker">
      <label for=${this.id}>${label}</label>
      <input
        id=${this.id}
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-controls=${listId}
        aria-activedescendant=${expanded && this.#active >= 0 ? optionId(this.#active) : nothing}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${describedBy ?? nothing}
        .value=${this.#text}
        @input=${(e: Event) => {
          this.#text = (e.target as HTMLInputElement).value;
          this.#ask(this.#text);
        }}
        @keydown=${(e: KeyboardEvent) => this.#key(e)}
        @focusout=${() => {
          // A click on an option lands after focus left the input: close once it had its turn.
          setTimeout(() => {
            this.#open = false;
            this.update();
          }, 200);
        }}
      />
      <ul id=${listId} role="listbox" aria-label=${label} ?hidden=${!expanded}>
        ${this.#options.map(
          (option, i) =>
            html`<li
              id=${optionId(i)}
              role="option"
              aria-selected=${i === this.#active ? 'true' : 'false'}
              @pointerdown=${(e: Event) => e.preventDefault()}
              @click=${() => this.#choose(option)}
            >
              <span dir="auto">${option.label}</span>
              ${option.detail ? html`<span class="muted" dir="auto">${option.detail}</span>` : nothing}
            </li>`,
        )}
      </ul>
      <p class="muted" role="status">${status}</p>
    </div>`;
  }
}
