import { mutate, type QueryState } from '@coachwork/client';
import type { DocumentType } from '@coachwork/schema/gql';
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatNumber } from '../shared/format.js';
import { refusalErrors } from '../shared/refusal.js';
import { raterChoicesQuery, setPulseRatersMutation } from './pulse.raters.graphql.js';
import type { WellbeingHost } from './pulse.wellbeing.js';

/** What the raters screen borrows from `<cw-pulse>`: the wellbeing form's host, and focus. */
export interface RatersHost extends WellbeingHost {
  /** Focuses the first element matching `selector` once the element has rendered. */
  focus(selector: string): void;
}

type Data = DocumentType<typeof raterChoicesQuery>;
type Choice = Data['pulseRaterChoices'][number];
type Kind = 'reports' | 'peers';
interface FieldError {
  field?: readonly string[] | null;
  message: string;
}

const kinds: readonly Kind[] = ['reports', 'peers'];
const typeOf = { reports: 'REPORT', peers: 'PEER' } as const;
const keyOf = (choice: Choice) => `${choice.program.id}|${choice.phase}`;
/** An id safe in a selector and an attribute, per phase (a participant may be in two programs). */
const idOf = (choice: Choice, what: string) =>
  `raters-${choice.program.id.replace(/\W/g, '')}-${choice.phase}-${what}`;

/** Which of the two lists a userError of setPulseRaters belongs to; undefined for the whole form. */
function kindOf(error: FieldError): Kind | undefined {
  const [input, name] = error.field ?? [];
  return input === 'input' && (name === 'reports' || name === 'peers') ? name : undefined;
}

function phaseTitle(phase: Choice['phase']): string {
  switch (phase) {
    case 'PRE':
      return msg('Before the program');
    case 'MID':
      return msg('Halfway');
    case 'POST':
      return msg('After the program');
  }
}

function raterTypeLabel(type: string): string {
  switch (type) {
    case 'MANAGER':
      return msg('Your manager');
    case 'REPORT':
      return msg('Direct report');
    case 'PEER':
      return msg('Peer');
    default:
      return type;
  }
}

/**
 * Who rates the participant in each open phase, and until the phase's cut-off a form to change
 * their direct reports and peers: two lists of checkboxes within the phase's limits, the gateway's
 * refusals beside the list they concern. Loaded with import() once `<cw-pulse>` has a gateway, so
 * a rater who is no participant never pays for it up front.
 */
export class RaterChoices {
  readonly #host: RatersHost;
  readonly #query: QueryState<Data>;
  /** The phase whose form is open, by key, with what is ticked. */
  #editing: { key: string; picked: Record<Kind, Set<string>> } | undefined;
  #errors: readonly FieldError[] = [];
  #busy = false;

  constructor(host: RatersHost) {
    this.#host = host;
    this.#query = host.createQuery({ query: raterChoicesQuery, requestPolicy: 'cache-and-network' });
  }

  render(): unknown {
    const data = this.#query.data;
    // Optional to the page: a participant without an open phase, or a failed read, sees nothing here.
    if (!data || data.pulseRaterChoices.length === 0) return nothing;
    return data.pulseRaterChoices.map((choice) => this.#renderChoice(data, choice));
  }

  #renderChoice(data: Data, choice: Choice): TemplateResult {
    const locale = this.#host.locale;
    const cutoff = choice.ratersCutoffAt
      ? formatDate(choice.ratersCutoffAt, { locale, timeZone: data.viewer.timeZone ?? undefined })
      : undefined;
    const cutoffAt = choice.ratersCutoffAt;
    const open = typeof cutoffAt === 'string' && Date.parse(cutoffAt) > Date.now();
    const editing = open && this.#editing?.key === keyOf(choice) ? this.#editing : undefined;
    const heading = idOf(choice, 'heading');
    return html`<section
      class="body raters"
      part="raters"
      aria-labelledby=${heading}
      data-phase=${choice.phase}
      data-state=${open ? 'open' : 'closed'}
    >
      <h2 id=${heading} part="raters-heading">${msg('Who rates you')}</h2>
      <p class="muted">${choice.program.name} · ${phaseTitle(choice.phase)}</p>
      ${
        open
          ? html`<p class="muted" part="raters-cutoff">
              ${msg(str`You can change which direct reports and peers rate you until ${cutoff}.`)}
            </p>`
          : html`<p class="notice" part="raters-closed" tabindex="-1">
              ${msg(str`Closed: the choice of who rates you ended on ${cutoff}.`)}
            </p>`
      }
      ${editing ? this.#renderForm(choice, editing.picked) : this.#renderList(choice, open)}
    </section>`;
  }

  #renderList(choice: Choice, open: boolean): TemplateResult {
    return html`${
      choice.raters.length === 0
        ? html`<p class="muted" part="raters-empty">${msg('Nobody but you has been asked yet.')}</p>`
        : html`<ul class="rater-list" part="raters-list">
            ${choice.raters.map(
              (rater) =>
                html`<li data-type=${rater.raterType}>
                  <span class="strong" dir="auto">${rater.person.name}</span>
                  <span class="muted">${raterTypeLabel(rater.raterType)}</span>
                </li>`,
            )}
          </ul>`
    }
    ${
      open
        ? html`<div class="actions">
            <button
              type="button"
              class="secondary"
              part="raters-change-button"
              data-key=${keyOf(choice)}
              @click=${() => this.#edit(choice)}
            >
              ${msg('Change who rates you')}
            </button>
          </div>`
        : nothing
    }`;
  }

  #renderForm(choice: Choice, picked: Record<Kind, Set<string>>): TemplateResult {
    const general = this.#errors.filter((e) => kindOf(e) === undefined);
    return html`<form part="raters-form" class="raters-form" @submit=${(e: Event) => this.#save(e, choice)}>
      ${kinds.map((kind) => this.#renderKind(choice, kind, picked[kind]))}
      ${
        general.length > 0
          ? html`<p class="notice" part="raters-error" role="alert" tabindex="-1">
              ${general.map((e) => e.message).join(' ')}
            </p>`
          : nothing
      }
      <div class="actions">
        <button type="submit" class="primary" part="raters-save-button" ?disabled=${this.#busy}>
          ${msg('Save who rates me')}
        </button>
        <button
          type="button"
          class="secondary"
          part="raters-cancel-button"
          ?disabled=${this.#busy}
          @click=${() => this.#cancel(choice)}
        >
          ${msg('Cancel')}
        </button>
      </div>
    </form>`;
  }

  #renderKind(choice: Choice, kind: Kind, picked: Set<string>): TemplateResult {
    const locale = this.#host.locale;
    const limits = choice.raterLimits;
    const [min, max] =
      kind === 'reports'
        ? [limits?.minReports ?? 0, limits?.maxReports ?? 0]
        : [limits?.minPeers ?? 0, limits?.maxPeers ?? 0];
    const candidates = choice.raterCandidates.filter((c) => c.raterType === typeOf[kind]);
    const hint = idOf(choice, `${kind}-hint`);
    const errorId = idOf(choice, `${kind}-error`);
    const errors = this.#errors.filter((e) => kindOf(e) === kind);
    const range =
      min === max
        ? msg(str`Choose ${formatNumber(min, { locale })}.`)
        : msg(str`Choose ${formatNumber(min, { locale })} to ${formatNumber(max, { locale })}.`);
    const count = msg(str`${formatNumber(picked.size, { locale })} chosen.`);
    return html`<fieldset
      class="capability"
      part="raters-field"
      data-kind=${kind}
      aria-describedby=${errors.length > 0 ? `${hint} ${errorId}` : hint}
    >
      <legend class="strong">${kind === 'reports' ? msg('Your direct reports') : msg('Your peers')}</legend>
      <p class="muted" id=${hint}>${range} ${count}</p>
      ${
        candidates.length === 0
          ? html`<p class="muted">
              ${kind === 'reports' ? msg('You have no direct reports.') : msg('You have no peers.')}
            </p>`
          : html`<div class="rater-options">
              ${candidates.map(
                (candidate) =>
                  html`<label class="rater-option" part="raters-option">
                    <input
                      type="checkbox"
                      .value=${candidate.person.id}
                      .checked=${picked.has(candidate.person.id)}
                      ?disabled=${this.#busy}
                      @change=${(event: Event) =>
                        this.#toggle(kind, candidate.person.id, (event.target as HTMLInputElement).checked)}
                    />
                    <span dir="auto">${candidate.person.name}</span>
                  </label>`,
              )}
            </div>`
      }
      ${
        errors.length > 0
          ? html`<p class="field-error" id=${errorId} part="raters-field-error">
              ${errors.map((e) => e.message).join(' ')}
            </p>`
          : nothing
      }
    </fieldset>`;
  }

  #edit(choice: Choice): void {
    const picked = (type: string) =>
      new Set(choice.raters.filter((r) => r.raterType === type).map((r) => r.person.id));
    this.#editing = { key: keyOf(choice), picked: { reports: picked('REPORT'), peers: picked('PEER') } };
    this.#errors = [];
    this.#host.requestUpdate();
    this.#host.focus(`#${idOf(choice, 'heading')} ~ form input, #${idOf(choice, 'heading')} ~ form button`);
  }

  #cancel(choice: Choice): void {
    this.#editing = undefined;
    this.#errors = [];
    this.#host.requestUpdate();
    this.#host.focus(`[part~="raters-change-button"][data-key="${keyOf(choice)}"]`);
  }

  #toggle(kind: Kind, personId: string, on: boolean): void {
    if (!this.#editing) return;
    const set = new Set(this.#editing.picked[kind]);
    if (on) set.add(personId);
    else set.delete(personId);
    this.#editing = { ...this.#editing, picked: { ...this.#editing.picked, [kind]: set } };
    this.#host.requestUpdate();
  }

  async #save(event: Event, choice: Choice): Promise<void> {
    event.preventDefault();
    const gateway = this.#host.gateway;
    const editing = this.#editing;
    if (!gateway || !editing || this.#busy) return;
    // In the candidates' order, so the gateway's per-item messages name positions the form shows.
    const ordered = (kind: Kind) =>
      choice.raterCandidates
        .filter((c) => c.raterType === typeOf[kind] && editing.picked[kind].has(c.person.id))
        .map((c) => c.person.id);
    this.#busy = true;
    this.#errors = [];
    this.#host.requestUpdate();
    const { data, error } = await mutate(gateway, setPulseRatersMutation, {
      input: {
        programId: choice.program.id,
        phase: choice.phase,
        reports: ordered('reports'),
        peers: ordered('peers'),
      },
    });
    this.#busy = false;
    const refused = data?.setPulseRaters.userErrors ?? [];
    if (error || refused.length > 0 || !data?.setPulseRaters.request) {
      this.#errors = refusalErrors(this.#host, refused, error);
      // Past the cut-off the form is gone after the reload; until then, the first list at fault.
      if (refused.some((e) => e.code === 'CONFLICT')) this.#query.retry();
      const first = kinds.find((kind) => this.#errors.some((e) => kindOf(e) === kind));
      this.#host.requestUpdate();
      this.#host.focus(
        first
          ? `[part~="raters-field"][data-kind="${first}"] input`
          : `[part~="raters-error"], [part~="raters-closed"]`,
      );
      return;
    }
    this.#editing = undefined;
    this.#host.announce(msg('Saved: the direct reports and peers you chose will be asked to rate you.'));
    this.#query.retry();
    this.#host.requestUpdate();
    this.#host.focus(`[part~="raters-change-button"][data-key="${keyOf(choice)}"]`);
  }
}

export function createRaterChoices(host: RatersHost): RaterChoices {
  return new RaterChoices(host);
}
