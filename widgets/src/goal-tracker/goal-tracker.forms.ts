import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { formField, type ControlWiring } from '../shared/form-field.js';
import { scaleLabel, visibilities, visibilityLabel } from './goal-tracker.strings.js';

/** A userError as the gateway sends it: `field` is the path into the mutation's input. */
export interface FieldError {
  field?: readonly string[] | null;
  message: string;
}

export interface Capability {
  code: string;
  name: string;
}

/** The form's values as strings, keyed by input name: what a failed save restores. */
export type Draft = Record<string, string>;

export interface FormOptions {
  /** Prefix for element ids, unique per open form in the shadow root. */
  id: string;
  draft: Draft;
  errors: readonly FieldError[];
  saving: boolean;
  onSubmit: (draft: Draft) => void;
  onCancel: () => void;
}

const errorFor = (errors: readonly FieldError[], name: string): string | undefined =>
  errors.find((e) => e.field?.[0] === name)?.message;

/** Errors no field of this form shows (e.g. "Only the goal's owner can change it."). */
const formLevel = (errors: readonly FieldError[], names: readonly string[]): FieldError[] =>
  errors.filter((e) => !names.includes(e.field?.[0] ?? ''));

/** Ids carry the form's prefix: more than one form can be open in the shadow root. */
const field = (
  o: FormOptions,
  name: string,
  label: string,
  control: (wiring: ControlWiring) => TemplateResult,
): TemplateResult => formField(`${o.id}-${name}`, label, errorFor(o.errors, name), control);

function form(
  o: FormOptions,
  label: string,
  names: readonly string[],
  body: TemplateResult[],
): TemplateResult {
  const general = formLevel(o.errors, names);
  return html`<form
    part="form"
    aria-label=${label}
    novalidate
    aria-busy=${o.saving ? 'true' : 'false'}
    @submit=${(event: SubmitEvent) => {
      event.preventDefault();
      const data = new FormData(event.target as HTMLFormElement);
      o.onSubmit(Object.fromEntries([...data].map(([key, value]) => [key, String(value)])));
    }}
    @keydown=${(event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        o.onCancel();
      }
    }}
  >
    ${
      general.length > 0
        ? html`<div class="form__error" role="alert" part="form-error">
            ${general.map((e) => html`<p>${e.message}</p>`)}
          </div>`
        : nothing
    }
    ${body}
    <div class="form__actions">
      <button type="submit" part="save-button" ?disabled=${o.saving}>
        ${o.saving ? msg('Saving…') : msg('Save')}
      </button>
      <button type="button" class="secondary" part="cancel-button" @click=${o.onCancel}>
        ${msg('Cancel')}
      </button>
    </div>
  </form>`;
}

/** Create (with milestones) and edit share one form. */
export function renderGoalForm(
  o: FormOptions & { capabilities: readonly Capability[]; creating: boolean },
): TemplateResult {
  const d = o.draft;
  const names = ['title', 'capability', 'targetDate', 'description', 'visibility', 'milestones'];
  return form(o, o.creating ? msg('New goal') : msg('Edit goal'), names, [
    field(
      o,
      'title',
      msg('Title'),
      (wiring) =>
        html`<input
          ${wiring}
          name="title"
          .value=${d['title'] ?? ''}
          maxlength="300"
          required
          autocomplete="off"
        />`,
    ),
    field(
      o,
      'capability',
      msg('Capability'),
      (wiring) =>
        html`<select ${wiring} name="capability">
          ${o.capabilities.map(
            (c) => html`<option value=${c.code} ?selected=${c.code === d['capability']}>${c.name}</option>`,
          )}
        </select>`,
    ),
    field(
      o,
      'targetDate',
      msg('Target date'),
      (wiring) => html`<input ${wiring} name="targetDate" type="date" .value=${d['targetDate'] ?? ''} />`,
    ),
    field(
      o,
      'description',
      msg('Description'),
      (wiring) =>
        html`<textarea
          ${wiring}
          name="description"
          rows="2"
          maxlength="4000"
          .value=${d['description'] ?? ''}
        ></textarea>`,
    ),
    field(
      o,
      'visibility',
      msg('Who can see it'),
      (wiring) =>
        html`<select ${wiring} name="visibility">
          ${visibilities.map(
            (v) =>
              html`<option value=${v} ?selected=${v === (d['visibility'] ?? 'COACH')}>
                ${visibilityLabel(v)}
              </option>`,
          )}
        </select>`,
    ),
    o.creating
      ? field(
          o,
          'milestones',
          msg('Milestones, one per line'),
          (wiring) =>
            html`<textarea ${wiring} name="milestones" rows="3" .value=${d['milestones'] ?? ''}></textarea>`,
        )
      : html``,
  ]);
}

export function renderCheckInForm(o: FormOptions): TemplateResult {
  const d = o.draft;
  const scale = (name: string, label: string) =>
    field(
      o,
      name,
      label,
      (wiring) =>
        html`<select ${wiring} name=${name}>
          <option value="" ?selected=${!d[name]}>${msg('Not given')}</option>
          ${[1, 2, 3, 4, 5].map(
            (n) => html`<option value=${n} ?selected=${d[name] === String(n)}>${scaleLabel(n)}</option>`,
          )}
        </select>`,
    );
  return form(
    o,
    msg('Check in'),
    ['progress', 'note', 'mood', 'confidence'],
    [
      field(
        o,
        'progress',
        msg('Progress (%)'),
        (wiring) =>
          html`<input
            ${wiring}
            name="progress"
            type="number"
            inputmode="numeric"
            min="0"
            max="100"
            .value=${d['progress'] ?? '0'}
          />`,
      ),
      field(
        o,
        'note',
        msg('Note'),
        (wiring) =>
          html`<textarea
            ${wiring}
            name="note"
            rows="2"
            maxlength="4000"
            .value=${d['note'] ?? ''}
          ></textarea>`,
      ),
      html`<div class="form__row">
        ${scale('mood', msg('Mood'))} ${scale('confidence', msg('Confidence'))}
      </div>`,
    ],
  );
}
