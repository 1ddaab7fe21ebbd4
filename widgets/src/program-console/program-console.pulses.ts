import { mutate } from '@coachwork/client';
import type { DocumentType } from '@coachwork/schema/gql';
import type { OpenPulsePhaseInput } from '@coachwork/schema/gql/graphql.js';
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { ControlWiring } from '../shared/form-field.js';
import { formatDateTime, formatNumber } from '../shared/format.js';
import {
  closePulsePhaseMutation,
  openPulsePhaseMutation,
  pulsePhasesQuery,
} from './program-console.pulses.graphql.js';
import {
  ChangeRunner,
  dataTable,
  errorFor,
  field,
  formLevel,
  wholeNumber,
  type FieldError,
  type Tab,
  type TabHost,
  renderRowForm,
} from './program-console.tab.js';

type Program = Extract<
  NonNullable<DocumentType<typeof pulsePhasesQuery>['node']>,
  { viewerCanManage: boolean }
>;
type Window = Program['pulsePhases'][number];
type Phase = 'PRE' | 'MID' | 'POST';
type State = 'NOT_OPENED' | 'SCHEDULED' | 'OPEN' | 'CLOSED';

const phases: readonly Phase[] = ['PRE', 'MID', 'POST'];
/** The open form's fields, as typed. */
const formKeys = [
  'opensAt',
  'closesAt',
  'ratersCutoffAt',
  'minReports',
  'maxReports',
  'minPeers',
  'maxPeers',
] as const;
type FormKey = (typeof formKeys)[number];

function phaseLabel(phase: Phase): string {
  switch (phase) {
    case 'PRE':
      return msg('Before (PRE)');
    case 'MID':
      return msg('Halfway (MID)');
    case 'POST':
      return msg('After (POST)');
  }
}

function stateLabel(state: State): string {
  switch (state) {
    case 'NOT_OPENED':
      return msg('Not opened');
    case 'SCHEDULED':
      return msg('Scheduled');
    case 'OPEN':
      return msg('Open');
    case 'CLOSED':
      return msg('Closed');
  }
}

function stateOf(window: Window | undefined, now: number): State {
  if (!window) return 'NOT_OPENED';
  if (Date.parse(window.closesAt) <= now) return 'CLOSED';
  return Date.parse(window.opensAt) > now ? 'SCHEDULED' : 'OPEN';
}

/** A `datetime-local` value (the browser's clock) for a moment. */
function localInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * The 360 pulses tab: the program's PRE, MID and POST phases with their state, window, raters'
 * cut-off and answers so far; a form to open a phase (its window and how many reports and peers each
 * participant keeps) and closing an open phase after a confirmation, since closing releases its
 * figures and ends answering for good. The gateway's refusals are shown beside the field they
 * concern, or above the tab.
 */
class PulsesTab implements Tab {
  readonly #host: TabHost;
  readonly #changes: ChangeRunner;
  readonly #phases;
  /** The phase whose open form is shown, with what is typed. */
  #opening: { phase: Phase; values: Record<FormKey, string> } | undefined;
  #errors: FieldError[] = [];
  /** The phase whose closing waits for a confirmation. */
  #closing: Phase | undefined;

  constructor(host: TabHost) {
    this.#host = host;
    this.#changes = new ChangeRunner(host);
    this.#phases = host.createQuery({
      query: pulsePhasesQuery,
      variables: () => ({ id: host.programId ?? '' }),
      additionalTypenames: ['PulsePhaseWindow'],
      requestPolicy: 'cache-and-network',
      pause: () => host.activeTab !== 'pulses' || host.programId === undefined,
    });
  }

  render(): unknown {
    return this.#host.renderQuery(this.#phases, {
      loading: { label: msg('Loading the 360 phases…'), lines: 4 },
      content: (data) => {
        const program = data.node && 'viewerCanManage' in data.node ? data.node : undefined;
        if (!program) return html`<p class="muted pad">${msg('This item no longer exists.')}</p>`;
        return this.#renderPhases(program);
      },
    });
  }

  #renderPhases(program: Program): TemplateResult {
    const now = Date.now();
    const byPhase = new Map(program.pulsePhases.map((w) => [w.phase as Phase, w]));
    return html`<p class="muted pad">
        ${msg(
          'Each phase asks every active participant, their manager and some of their direct reports and peers to rate the program’s capabilities. Figures are released when a phase closes, reports’ and peers’ only in groups large enough to stay anonymous.',
        )}
      </p>
      ${dataTable(
        'pulses',
        { text: msg('360 phases'), seen: false },
        [
          { label: msg('Phase') },
          { label: msg('State') },
          { label: msg('Window') },
          { label: msg('Raters can be changed until') },
          { label: msg('Answered'), number: true },
          { label: msg('Actions'), hidden: true },
        ],
        phases.map((phase) => this.#renderRow(program, phase, byPhase.get(phase), now)),
      )}`;
  }

  #renderRow(program: Program, phase: Phase, window: Window | undefined, now: number): TemplateResult {
    const locale = this.#host.locale;
    const state = stateOf(window, now);
    const when = (iso: string) => formatDateTime(iso, { locale });
    const canOpen = program.viewerCanManage && state === 'NOT_OPENED';
    const canClose = program.viewerCanManage && state === 'OPEN';
    const busy = this.#changes.busy;
    return html`<tr data-phase=${phase} data-state=${state}>
        <th scope="row" tabindex="-1">${phaseLabel(phase)}</th>
        <td>
          <span class="status" part="status" data-status=${state === 'OPEN' ? 'ACTIVE' : state}
            >${stateLabel(state)}</span
          >
        </td>
        <td>${window ? `${when(window.opensAt)} – ${when(window.closesAt)}` : '—'}</td>
        <td>${window ? when(window.ratersCutoffAt) : '—'}</td>
        <td class="number">
          ${
            window
              ? `${formatNumber(window.submitted, { locale })} / ${formatNumber(window.requested, { locale })}`
              : '—'
          }
        </td>
        <td class="row-actions">
          ${
            canOpen
              ? html`<button
                  type="button"
                  class="secondary"
                  part="action-button"
                  data-action="open"
                  aria-label=${msg(str`Open ${phaseLabel(phase)}…`)}
                  aria-expanded=${this.#opening?.phase === phase ? 'true' : 'false'}
                  ?disabled=${busy}
                  @click=${() => this.#startOpening(phase)}
                >
                  ${msg('Open…')}
                </button>`
              : nothing
          }
          ${
            canClose
              ? html`<button
                  type="button"
                  class="secondary"
                  part="action-button"
                  data-action="close"
                  aria-label=${msg(str`Close ${phaseLabel(phase)}…`)}
                  aria-expanded=${this.#closing === phase ? 'true' : 'false'}
                  ?disabled=${busy}
                  @click=${() => this.#startClosing(phase)}
                >
                  ${msg('Close…')}
                </button>`
              : nothing
          }
        </td>
      </tr>
      ${this.#opening?.phase === phase ? this.#renderOpenForm(program, phase) : nothing}
      ${this.#closing === phase && window ? this.#renderCloseConfirm(program, phase, window) : nothing}`;
  }

  #renderOpenForm(program: Program, phase: Phase): TemplateResult {
    const values = this.#opening!.values;
    const errors = this.#errors;
    const general = formLevel(errors, new Set<string>(formKeys));
    const input =
      (key: FormKey, type: 'datetime-local' | 'number', required = false) =>
      (wiring: ControlWiring) =>
        html`<input
          ${wiring}
          name=${key}
          type=${type}
          min=${type === 'number' ? '0' : nothing}
          max=${type === 'number' ? '20' : nothing}
          inputmode=${type === 'number' ? 'numeric' : nothing}
          ?required=${required}
          .value=${values[key]}
          @input=${(event: Event) => this.#type(key, (event.target as HTMLInputElement).value)}
        />`;
    return renderRowForm(
      {
        colspan: 6,
        label: msg(str`Open ${phaseLabel(phase)}`),
        layout: 'record',
        submitLabel: msg(str`Open ${phaseLabel(phase)}`),
        busy: this.#changes.busy,
        submit: () => void this.#open(program, phase),
        cancel: () => this.#cancel(phase, 'open'),
      },
      html`<div class="inline-form">
          ${field(
            errors,
            'opensAt',
            msg('Opens'),
            input('opensAt', 'datetime-local'),
            msg('Leave empty to open now.'),
          )}
          ${field(errors, 'closesAt', msg('Closes'), input('closesAt', 'datetime-local', true))}
          ${field(
            errors,
            'ratersCutoffAt',
            msg('Raters can be changed until'),
            input('ratersCutoffAt', 'datetime-local'),
            msg('Leave empty to allow changes until the phase closes.'),
          )}
        </div>
        <div class="inline-form">
          ${field(errors, 'minReports', msg('Fewest direct reports'), input('minReports', 'number'))}
          ${field(errors, 'maxReports', msg('Most direct reports'), input('maxReports', 'number'))}
          ${field(errors, 'minPeers', msg('Fewest peers'), input('minPeers', 'number'))}
          ${field(errors, 'maxPeers', msg('Most peers'), input('maxPeers', 'number'))}
        </div>
        <p class="muted hint">${msg('Times are in your time zone.')}</p>
        ${
          general.length > 0
            ? html`<p class="form__error" part="form-error" role="alert" tabindex="-1">
                ${general.map((e) => e.message).join(' ')}
              </p>`
            : nothing
        }`,
    );
  }

  #renderCloseConfirm(program: Program, phase: Phase, window: Window): TemplateResult {
    const locale = this.#host.locale;
    const missing = window.requested - window.submitted;
    const id = `close-${phase}`;
    return html`<tr class="reason-row">
      <td colspan="6">
        <div
          class="confirm"
          role="group"
          aria-labelledby=${id}
          @keydown=${(event: KeyboardEvent) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              this.#cancel(phase, 'close');
            }
          }}
        >
          <p id=${id}>
            ${msg(
              str`Close ${phaseLabel(phase)} now? Its figures are released, and the ${formatNumber(missing, { locale })} ratings not yet given can no longer be given.`,
            )}
          </p>
          <div class="form__actions">
            <button
              type="button"
              part="save-button"
              data-action="confirm-close"
              ?disabled=${this.#changes.busy}
              @click=${() => void this.#close(program, phase)}
            >
              ${msg(str`Close ${phaseLabel(phase)} now`)}
            </button>
            <button
              type="button"
              class="secondary"
              part="action-button"
              data-action="keep-open"
              @click=${() => this.#cancel(phase, 'close')}
            >
              ${msg('Keep it open')}
            </button>
          </div>
        </div>
      </td>
    </tr>`;
  }

  #startOpening(phase: Phase): void {
    const closes = new Date(Date.now() + 14 * 86_400_000);
    closes.setHours(17, 0, 0, 0);
    this.#closing = undefined;
    this.#errors = [];
    this.#opening = {
      phase,
      values: {
        opensAt: '',
        closesAt: localInput(closes),
        ratersCutoffAt: '',
        minReports: '0',
        maxReports: '3',
        minPeers: '0',
        maxPeers: '3',
      },
    };
    this.#host.focusAfterUpdate(`tr[data-phase="${phase}"] + tr form [name="opensAt"]`);
  }

  #startClosing(phase: Phase): void {
    this.#opening = undefined;
    this.#errors = [];
    this.#closing = phase;
    this.#host.focusAfterUpdate(`tr[data-phase="${phase}"] + tr [data-action="keep-open"]`);
  }

  #cancel(phase: Phase, action: 'open' | 'close'): void {
    this.#opening = undefined;
    this.#closing = undefined;
    this.#errors = [];
    this.#host.focusAfterUpdate(`tr[data-phase="${phase}"] [data-action="${action}"]`);
  }

  #type(key: FormKey, value: string): void {
    if (!this.#opening) return;
    this.#opening = { ...this.#opening, values: { ...this.#opening.values, [key]: value } };
  }

  /** What the form can tell before asking: a date that is none, a count that is not a whole number. */
  #inputOf(program: Program, phase: Phase): { input: OpenPulsePhaseInput; errors: FieldError[] } {
    const values = this.#opening!.values;
    const errors: FieldError[] = [];
    const input: OpenPulsePhaseInput = { programId: program.id, phase, closesAt: '' };
    for (const key of ['opensAt', 'closesAt', 'ratersCutoffAt'] as const) {
      const text = values[key].trim();
      if (text === '') {
        if (key === 'closesAt') errors.push({ field: [key], message: msg('Say when the phase closes.') });
        continue;
      }
      const at = new Date(text);
      if (Number.isNaN(at.getTime())) errors.push({ field: [key], message: msg('Enter a date and time.') });
      else input[key] = at.toISOString();
    }
    for (const key of ['minReports', 'maxReports', 'minPeers', 'maxPeers'] as const) {
      const n = wholeNumber(values[key]);
      if (n === undefined) continue;
      if (Number.isNaN(n)) errors.push({ field: [key], message: msg('Enter a whole number.') });
      else input[key] = n;
    }
    return { input, errors };
  }

  async #open(program: Program, phase: Phase): Promise<void> {
    const { input, errors } = this.#inputOf(program, phase);
    if (errors.length > 0) {
      this.#errors = errors;
      this.#focusFirstError(phase);
      return;
    }
    const result = await this.#changes.send(() =>
      mutate(this.#host.gateway, openPulsePhaseMutation, {
        input,
      }),
    );
    if (!result) return;
    const { data, error } = result;
    const refused = data?.openPulsePhase.userErrors ?? [];
    if (error || refused.length > 0 || !data?.openPulsePhase.phase) {
      this.#errors = refused;
      if (refused.length === 0 || formLevel(refused, new Set<string>(formKeys)).length === refused.length) {
        // Nothing the form can point at: the console's notice says it.
        this.#changes.refuse(refused, error);
      }
      this.#focusFirstError(phase);
      return;
    }
    const opened = data.openPulsePhase.phase;
    this.#opening = undefined;
    this.#errors = [];
    this.#host.announce(
      msg(
        str`${phaseLabel(phase)} is open: ${formatNumber(opened.requested, { locale: this.#host.locale })} ratings asked for.`,
      ),
    );
    this.#phases.retry();
    this.#host.focusAfterUpdate(
      `tr[data-phase="${phase}"] [data-action="close"], tr[data-phase="${phase}"] th`,
    );
  }

  async #close(program: Program, phase: Phase): Promise<void> {
    const result = await this.#changes.send(() =>
      mutate(this.#host.gateway, closePulsePhaseMutation, { input: { programId: program.id, phase } }),
    );
    if (!result) return;
    const { data, error } = result;
    const refused = data?.closePulsePhase.userErrors ?? [];
    this.#closing = undefined;
    if (error || refused.length > 0 || !data?.closePulsePhase.phase) {
      this.#changes.refuse(refused, error);
      this.#phases.retry();
      this.#host.focusAfterUpdate(`tr[data-phase="${phase}"] th`);
      return;
    }
    this.#host.announce(msg(str`${phaseLabel(phase)} is closed: its figures are released.`));
    this.#phases.retry();
    this.#host.focusAfterUpdate(`tr[data-phase="${phase}"] th`);
  }

  #focusFirstError(phase: Phase): void {
    const first = formKeys.find((key) => errorFor(this.#errors, key) !== undefined);
    this.#host.focusAfterUpdate(
      first
        ? `tr[data-phase="${phase}"] + tr form [name="${first}"]`
        : `tr[data-phase="${phase}"] + tr form [part~="form-error"], [part~="notice"]`,
    );
  }
}

export function createTab(host: TabHost): Tab {
  return new PulsesTab(host);
}
