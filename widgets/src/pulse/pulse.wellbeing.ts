import {
  mutate,
  type AnyVariables,
  type GatewayError,
  type QueryControllerOptions,
  type QueryState,
} from '@coachwork/client';
import type { DocumentType } from '@coachwork/schema/gql';
import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { formatNumber } from '../shared/format.js';
import type { SupportedLocale } from '../shared/localization.js';
import { renderError } from '../shared/states.js';
import { refusalText } from '../shared/refusal.js';
import { answerWellbeingMutation, wellbeingPulseQuery } from './pulse.wellbeing.graphql.js';

/**
 * What the wellbeing form borrows from `<cw-pulse>`. The form is loaded with import() once the
 * element has a gateway, so a page showing only the 360 requests does not pay for it up front.
 */
export interface WellbeingHost {
  readonly gateway: string | undefined;
  readonly locale: SupportedLocale;
  createQuery<TData, TVars extends AnyVariables = AnyVariables>(
    options: Omit<QueryControllerOptions<TData, TVars>, 'gateway'>,
  ): QueryState<TData>;
  describeError(error: GatewayError): string;
  /** Read out by the element's live region. */
  announce(text: string): void;
  requestUpdate(): void;
}

const items = ['energy', 'workload', 'support'] as const;
type Item = (typeof items)[number];

function question(item: Item): string {
  switch (item) {
    case 'energy':
      return msg('How much energy have you had this week?');
    case 'workload':
      return msg('How manageable has your workload been?');
    case 'support':
      return msg('How supported have you felt at work?');
  }
}

/** Words for the ends of each scale, as the gateway defines them (1 worst, 5 best). */
function ends(item: Item): [string, string] {
  switch (item) {
    case 'energy':
      return [msg('Drained'), msg('Full of energy')];
    case 'workload':
      return [msg('Not manageable'), msg('Entirely manageable')];
    case 'support':
      return [msg('Not at all'), msg('Fully supported')];
  }
}

/**
 * This week's optional wellbeing pulse: three 1–5 radio groups (Tab between them, arrow keys along
 * each) and one button. Shown only to a participant who has not answered for the current week.
 */
export class WellbeingForm {
  readonly #host: WellbeingHost;
  readonly #query: QueryState<DocumentType<typeof wellbeingPulseQuery>>;
  #answers: Partial<Record<Item, number>> = {};
  #busy = false;
  #error: string | undefined;
  #thanked = false;
  /** Another page or device answered this week's check-in first; the gateway refused this one. */
  #answeredElsewhere = false;

  constructor(host: WellbeingHost) {
    this.#host = host;
    this.#query = host.createQuery({ query: wellbeingPulseQuery, requestPolicy: 'cache-and-network' });
  }

  render(): unknown {
    if (this.#thanked) {
      return html`<p class="wellbeing thanks" part="wellbeing-thanks">
        ${msg('Thank you: your wellbeing check-in for this week is in.')}
      </p>`;
    }
    if (this.#answeredElsewhere) {
      return html`<p class="wellbeing thanks" part="wellbeing-thanks" role="status">
        ${msg('Your wellbeing check-in for this week is already in.')}
      </p>`;
    }
    const query = this.#query;
    // The check-in is optional, but a failed load says so (and offers another try) rather than vanish.
    if (query.error && !query.data) {
      return html`<div class="wellbeing">
        ${renderError({ message: this.#host.describeError(query.error), onRetry: () => query.retry() })}
      </div>`;
    }
    const pulse = query.data?.viewer?.wellbeing;
    if (!pulse?.eligible || pulse.answered) return nothing;
    return html`<form
      class="body wellbeing"
      part="wellbeing"
      aria-labelledby="wellbeing-heading"
      @submit=${(event: Event) => this.#submit(event)}
    >
      <h2 id="wellbeing-heading" part="wellbeing-heading">${msg('Your week')}</h2>
      <p class="muted">
        ${msg(
          'Three optional questions, once a week. Only you see your answers; your organisation sees only averages of groups large enough to stay anonymous.',
        )}
      </p>
      ${items.map((item) => this.#renderItem(item))}
      ${this.#error ? html`<p class="notice" part="wellbeing-error" role="alert">${this.#error}</p>` : nothing}
      <div class="actions">
        <button type="submit" class="primary" part="wellbeing-submit-button" ?disabled=${this.#busy}>
          ${msg('Send my answers')}
        </button>
      </div>
    </form>`;
  }

  #renderItem(item: Item) {
    const [low, high] = ends(item);
    const chosen = this.#answers[item];
    return html`<fieldset class="capability" part="wellbeing-item" data-item=${item}>
      <legend class="strong">${question(item)}</legend>
      <div class="scale" part="scale">
        ${[1, 2, 3, 4, 5].map(
          (score) =>
            html`<label class="choice" part="choice">
              <input
                type="radio"
                name=${`wellbeing-${item}`}
                .value=${String(score)}
                .checked=${chosen === score}
                @change=${() => this.#choose(item, score)}
              />
              <span class="choice__score">${formatNumber(score, { locale: this.#host.locale })}</span>
              <span class="choice__label">${score === 1 ? low : score === 5 ? high : ''}</span>
            </label>`,
        )}
      </div>
    </fieldset>`;
  }

  #choose(item: Item, score: number): void {
    this.#answers = { ...this.#answers, [item]: score };
    this.#host.requestUpdate();
  }

  async #submit(event: Event): Promise<void> {
    event.preventDefault();
    const gateway = this.#host.gateway;
    if (!gateway || this.#busy) return;
    const { energy, workload, support } = this.#answers;
    if (energy === undefined || workload === undefined || support === undefined) {
      this.#error = msg('Answer all three questions, then send.');
      this.#host.requestUpdate();
      return;
    }
    this.#busy = true;
    this.#error = undefined;
    this.#host.requestUpdate();
    const { data, error } = await mutate(gateway, answerWellbeingMutation, {
      input: { energy, workload, support },
    });
    this.#busy = false;
    const refused = data?.answerWellbeingPulse.userErrors ?? [];
    if (refused.some((e) => e.code === 'CONFLICT')) {
      // Only one answer a week is taken: the form has nothing left to send.
      this.#answeredElsewhere = true;
      this.#host.announce(msg('Your wellbeing check-in for this week is already in.'));
      this.#host.requestUpdate();
      return;
    }
    if (error || refused.length > 0 || !data?.answerWellbeingPulse.answer) {
      this.#error = refusalText(this.#host, refused, error);
      this.#host.requestUpdate();
      return;
    }
    this.#thanked = true;
    this.#host.announce(msg('Thank you: your wellbeing check-in for this week is in.'));
    this.#host.requestUpdate();
  }
}

export function createWellbeing(host: WellbeingHost): WellbeingForm {
  return new WellbeingForm(host);
}
