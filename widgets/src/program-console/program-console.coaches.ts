import { mutate } from '@coachwork/client';
import type { DocumentType } from '@coachwork/schema/gql';
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { CoachStatusChangedEvent } from '../events/coach-status-changed.js';
import { formatList, formatNumber } from '../shared/format.js';
import {
  coachesQuery,
  handoverMutation,
  endProbationMutation,
  pauseCoachMutation,
  qualitySettingsQuery,
  reinstateCoachMutation,
  setQualitySettingsMutation,
} from './program-console.coaches.graphql.js';
import {
  dataTable,
  decimalNumber,
  field,
  formLevel,
  wholeNumber,
  type FieldError,
  epochDay,
  formatMonth,
  lineChart,
  coachStatusLabel,
  languageName,
  ChangeRunner,
  type Tab,
  type TabHost,
  renderRowForm,
} from './program-console.tab.js';
import { refusalText, refusalErrors } from '../shared/refusal.js';

type Program = Extract<NonNullable<DocumentType<typeof coachesQuery>['node']>, { viewerCanManage: boolean }>;
type PoolCoach = NonNullable<Program['coachPool']>[number];

/** What an admin does to a coach from the table: keep and remove end a probation. */
type Action = 'pause' | 'reinstate' | 'keep' | 'remove';

/** The probation thresholds' fields, as typed (text until saved). */
const thresholdKeys = ['probationBelow', 'restoreAtOrAbove', 'minRatings', 'window'] as const;
type ThresholdKey = (typeof thresholdKeys)[number];
type ThresholdDraft = Record<ThresholdKey, string>;

/**
 * The coaches tab: the program's pool with each coach's load against capacity, rating and its
 * monthly trend (months rated by too few people withheld), pause and reinstate with a reason, and
 * moving a paused coach's clients (a handover proposal reviewed on the matching tab).
 */
class CoachesTab implements Tab {
  readonly #host: TabHost;
  readonly #changes: ChangeRunner;
  /** The coach whose pause or reinstatement form is open. */
  #editing: { coachId: string; action: Action } | undefined;
  #reason = '';
  #reasonError: string | undefined;
  /** Live clients left with a coach just paused: offer to move them. */
  readonly #toMove = new Map<string, number>();
  readonly #coaches;
  readonly #settings;
  /** The thresholds as typed; undefined until the saved ones arrive (and again after a save). */
  #thresholds: ThresholdDraft | undefined;
  #thresholdErrors: readonly FieldError[] = [];
  #savingThresholds = false;
  /** Shown beside the save button once the gateway has the thresholds; cleared by the next edit. */
  #thresholdsSaved = false;

  constructor(host: TabHost) {
    this.#host = host;
    this.#changes = new ChangeRunner(host);
    this.#coaches = host.createQuery({
      query: coachesQuery,
      variables: () => ({ id: host.programId ?? '' }),
      additionalTypenames: ['Coach', 'MatchProposal'],
      pause: () => host.activeTab !== 'coaches' || host.programId === undefined,
    });
    // Asked only of org admins: everyone else would be refused, and is shown nothing of it.
    this.#settings = host.createQuery({
      query: qualitySettingsQuery,
      variables: () => ({}),
      pause: () => host.activeTab !== 'coaches' || !this.#orgAdmin(),
    });
  }

  #orgAdmin(): boolean {
    return this.#coaches.data?.viewer?.roles?.includes('ORG_ADMIN') ?? false;
  }

  render(): unknown {
    return html`${this.#renderPoolQuery()} ${this.#orgAdmin() ? this.#renderThresholds() : nothing}`;
  }

  #renderPoolQuery(): unknown {
    return this.#host.renderQuery(this.#coaches, {
      loading: { label: msg('Loading the coaches…'), lines: 5 },
      content: (data) => {
        const program = data.node && 'viewerCanManage' in data.node ? data.node : undefined;
        if (!program) return html`<p class="muted pad">${msg('This item no longer exists.')}</p>`;
        const pool = program.coachPool ?? [];
        if (pool.length === 0)
          return html`<p class="muted pad" data-empty="pool">
            ${msg('No coaches are assigned to this program: every coach of the organisation can be matched.')}
          </p>`;
        return this.#renderPool(program, pool);
      },
    });
  }

  #renderPool(program: Program, pool: readonly PoolCoach[]): TemplateResult {
    const locale = this.#host.locale;
    const over = pool.filter((p) => p.capacity != null && p.activeClients > p.capacity).length;
    return html`${
      over > 0
        ? html`<p class="pad" role="note">
            ${msg(str`${formatNumber(over, { locale })} coaches hold more clients than their capacity.`)}
          </p>`
        : nothing
    }
    ${dataTable(
      'coaches',
      { text: msg('Coaches of this program'), seen: false },
      [
        { label: msg('Coach') },
        { label: msg('Status') },
        { label: msg('Clients / capacity'), number: true },
        { label: msg('Rating'), number: true },
        { label: msg('Last 12 months') },
        { label: msg('Comments') },
        { label: msg('Actions'), hidden: true },
      ],
      pool.map((p) => this.#renderCoach(program, p)),
    )}`;
  }

  #renderCoach(program: Program, p: PoolCoach): TemplateResult {
    const locale = this.#host.locale;
    const coach = p.coach;
    const capacity = p.capacity ?? coach.capacity;
    const overloaded = capacity !== null && capacity !== undefined && p.activeClients > capacity;
    const editing = this.#editing?.coachId === coach.id ? this.#editing : undefined;
    const toMove = this.#toMove.get(coach.id) ?? 0;
    const trend = p.ratingTrend;
    const rated = trend.filter((m) => m.average !== null);
    const trendLabel =
      rated.length === 0
        ? msg('No monthly averages: too few ratings each month.')
        : formatList(
            trend.map((m) => {
              const month = formatMonth(m.month, locale);
              return m.average == null
                ? msg(str`${month}: withheld`)
                : `${month}: ${formatNumber(m.average, { locale, maximumFractionDigits: 1 })}`;
            }),
            { locale, type: 'unit' },
          );
    return html`<tr data-coach=${coach.id} data-status=${coach.qualityStatus ?? ''}>
        <th scope="row">
          <span dir="auto">${coach.name}</span>
          <span class="muted"
            >${formatList(
              coach.languages.map((l) => languageName(l, locale)),
              { locale },
            )}</span
          >
        </th>
        <td>
          <span class="status" part="status" data-status=${coach.qualityStatus ?? ''}
            >${coachStatusLabel(coach.qualityStatus)}</span
          >
        </td>
        <td class="number" data-over=${overloaded ? 'true' : 'false'}>
          ${formatNumber(p.activeClients, { locale })} /
          ${capacity === null || capacity === undefined ? '∞' : formatNumber(capacity, { locale })}
          ${overloaded ? html`<span class="field__error">${msg('over capacity')}</span>` : nothing}
        </td>
        <td class="number">
          ${
            // Null or withheld: fewer ratings than the organisation's minimum group size.
            coach.rating?.average == null || coach.rating.count == null
              ? '—'
              : `${formatNumber(coach.rating.average, { locale, maximumFractionDigits: 1 })} (${formatNumber(coach.rating.count, { locale })})`
          }
        </td>
        <td class="trend">
          ${
            rated.length === 0
              ? html`<span class="muted">${trendLabel}</span>`
              : lineChart({
                  points: trend.map((m) => ({ x: epochDay(m.month), y: m.average ?? null })),
                  label: trendLabel,
                  width: 120,
                  height: 32,
                  yMin: 1,
                  yMax: 5,
                })
          }
        </td>
        <td class="comments">${this.#renderComments(p.feedbackComments)}</td>
        <td>
          ${
            program.viewerCanManage
              ? coach.qualityStatus === 'PAUSED'
                ? html`<button
                    type="button"
                    class="secondary"
                    part="action-button"
                    data-action="reinstate"
                    aria-expanded=${editing ? 'true' : 'false'}
                    ?disabled=${this.#changes.busy}
                    @click=${() => this.#open(coach.id, 'reinstate')}
                  >
                    ${msg('Reinstate…')}
                  </button>`
                : html`<button
                      type="button"
                      class="secondary"
                      part="action-button"
                      data-action="pause"
                      aria-expanded=${editing ? 'true' : 'false'}
                      ?disabled=${this.#changes.busy}
                      @click=${() => this.#open(coach.id, 'pause')}
                    >
                      ${msg('Pause…')}
                    </button>
                    ${
                      coach.qualityStatus === 'PROBATION'
                        ? (['keep', 'remove'] as const).map(
                            (action) =>
                              html` <button
                                type="button"
                                class="secondary"
                                part="action-button"
                                data-action=${action}
                                ?disabled=${this.#changes.busy}
                                @click=${() => this.#open(coach.id, action)}
                              >
                                ${action === 'keep' ? msg('Keep…') : msg('Remove…')}
                              </button>`,
                          )
                        : nothing
                    }`
              : nothing
          }
          ${
            program.viewerCanManage &&
            (toMove > 0 || (coach.qualityStatus === 'PAUSED' && p.activeClients > 0))
              ? html`<button
                  type="button"
                  part="action-button"
                  data-action="handover"
                  ?disabled=${this.#changes.busy}
                  @click=${() => void this.#handover(program, coach.id)}
                >
                  ${msg(str`Move ${formatNumber(Math.max(toMove, p.activeClients), { locale })} clients`)}
                </button>`
              : nothing
          }
        </td>
      </tr>
      ${editing ? this.#renderReasonRow(coach.id, coach.name, editing.action) : nothing}`;
  }

  /** No author and only the month: the gateway releases comments in batches of the minimum group size. */
  #renderComments(feedback: PoolCoach['feedbackComments']): TemplateResult {
    const locale = this.#host.locale;
    if (feedback.withheld)
      return html`<span class="muted" data-comments="withheld"
        >${msg(str`Withheld: fewer than ${formatNumber(feedback.minGroupSize, { locale })} participants have commented.`)}</span
      >`;
    return html`<details data-comments="released">
      <summary>${msg(str`Comments (${formatNumber(feedback.comments.length, { locale })})`)}</summary>
      <ul>
        ${feedback.comments.map(
          (c) =>
            html`<li>
              <span class="muted">${formatMonth(c.month, locale)}</span> <q dir="auto">${c.text}</q>
            </li>`,
        )}
      </ul>
    </details>`;
  }

  #renderReasonRow(coachId: string, name: string, action: Action): TemplateResult {
    const id = `reason-${coachId}`;
    return renderRowForm(
      {
        colspan: 7,
        label: {
          pause: msg(str`Pause ${name}`),
          reinstate: msg(str`Reinstate ${name}`),
          keep: msg(str`Keep ${name}`),
          remove: msg(str`Remove ${name}`),
        }[action],
        layout: 'inline-form',
        submitLabel: {
          pause: msg('Pause the coach'),
          reinstate: msg('Reinstate the coach'),
          keep: msg('Keep the coach'),
          remove: msg('Remove the coach'),
        }[action],
        busy: this.#changes.busy,
        submit: () => void this.#change(coachId, action),
        cancel: () => this.#close(coachId, action),
      },
      html`<div class="field" part="field">
        <label for=${id}
          >${
            {
              pause: msg('Why pause this coach?'),
              reinstate: msg('Why reinstate this coach?'),
              keep: msg('Why end the probation and keep this coach?'),
              remove: msg('Why end the probation and remove this coach?'),
            }[action]
          }</label
        >
        <input
          id=${id}
          maxlength="500"
          dir="auto"
          autocomplete="off"
          required
          .value=${this.#reason}
          aria-invalid=${this.#reasonError ? 'true' : 'false'}
          aria-describedby=${this.#reasonError ? `${id}-error` : nothing}
          @input=${(e: Event) => (this.#reason = (e.target as HTMLInputElement).value)}
        />
        ${this.#reasonError ? html`<p class="field__error" id=${`${id}-error`} part="field-error">${this.#reasonError}</p>` : nothing}
      </div>`,
    );
  }

  #open(coachId: string, action: Action): void {
    this.#editing = { coachId, action };
    this.#reason = '';
    this.#reasonError = undefined;
    this.#host.focusAfterUpdate(`#reason-${CSS.escape(coachId)}`);
    this.#host.requestUpdate();
  }

  #close(coachId: string, action: Action): void {
    this.#editing = undefined;
    this.#reasonError = undefined;
    this.#host.focusAfterUpdate(
      `[data-coach="${CSS.escape(coachId)}"] [data-action="${action}"], [data-coach="${CSS.escape(coachId)}"] button`,
    );
    this.#host.requestUpdate();
  }

  async #change(coachId: string, action: Action): Promise<void> {
    const reason = this.#reason.trim();
    if (!reason) {
      this.#reasonError = msg('Give a reason: it is kept in the coach’s history.');
      this.#host.focusAfterUpdate(`#reason-${CSS.escape(coachId)}`);
      this.#host.requestUpdate();
      return;
    }
    const programId = this.#host.programId ?? '';
    const result = await this.#changes.send(() =>
      action === 'pause'
        ? mutate(this.#host.gateway, pauseCoachMutation, { input: { coachId, reason } }).then((r) => ({
            payload: r.data?.pauseCoach,
            error: r.error,
          }))
        : action === 'reinstate'
          ? mutate(this.#host.gateway, reinstateCoachMutation, { input: { coachId, reason } }).then((r) => ({
              payload: r.data?.reinstateCoach,
              error: r.error,
            }))
          : mutate(this.#host.gateway, endProbationMutation, {
              input: { coachId, reason, outcome: action === 'keep' ? 'KEEP' : 'REMOVE' },
            }).then((r) => ({ payload: r.data?.endCoachProbation, error: r.error })),
    );
    if (!result) return;
    const { payload, error } = result;
    if (!payload?.coach) {
      this.#reasonError = refusalText(this.#host, payload?.userErrors, error);
      this.#host.focusAfterUpdate(`#reason-${CSS.escape(coachId)}`);
      this.#host.requestUpdate();
      return;
    }
    this.#editing = undefined;
    const paused = payload.coach.qualityStatus === 'PAUSED';
    if (paused && payload.clientsToMove > 0) this.#toMove.set(coachId, payload.clientsToMove);
    else this.#toMove.delete(coachId);
    const locale = this.#host.locale;
    this.#host.announce(
      action === 'keep'
        ? msg('Probation ended: the coach is kept.')
        : paused
          ? payload.clientsToMove > 0
            ? msg(
                str`Coach paused. ${formatNumber(payload.clientsToMove, { locale })} clients still need another coach.`,
              )
            : msg('Coach paused.')
          : msg('Coach reinstated.'),
    );
    this.#host.focusAfterUpdate(`[data-coach="${CSS.escape(coachId)}"] [part~="action-button"]`);
    this.#host.dispatchEvent(
      new CoachStatusChangedEvent({ programId, coachId, status: paused ? 'PAUSED' : 'ACTIVE' }),
    );
  }

  #renderThresholds(): TemplateResult {
    return thresholdsSection(
      this.#host.renderQuery(this.#settings, {
        loading: { label: msg('Loading the probation thresholds…'), lines: 2 },
        content: (data) => {
          const saved = data.coachQualitySettings;
          // Western digits in every locale: what decimalNumber reads back when the form is saved.
          const draft = (this.#thresholds ??= {
            probationBelow: saved.probationBelow.toFixed(1),
            restoreAtOrAbove: saved.restoreAtOrAbove.toFixed(1),
            minRatings: String(saved.minRatings),
            window: String(saved.window),
          });
          return this.#renderThresholdForm(draft);
        },
      }),
    );
  }

  #renderThresholdForm(draft: ThresholdDraft): TemplateResult {
    const errors = this.#thresholdErrors;
    const general = formLevel(errors, new Set(thresholdKeys));
    const input = (key: ThresholdKey, label: string, decimal: boolean) =>
      field(
        errors,
        key,
        label,
        (wiring) =>
          html`<input
            ${wiring}
            inputmode=${decimal ? 'decimal' : 'numeric'}
            autocomplete="off"
            .value=${draft[key]}
            @input=${(e: Event) => {
              draft[key] = (e.target as HTMLInputElement).value;
              if (this.#thresholdsSaved) {
                this.#thresholdsSaved = false;
                this.#host.requestUpdate();
              }
            }}
          />`,
      );
    return html`<form
      part="form"
      class="thresholds__form"
      aria-label=${msg('Probation thresholds')}
      novalidate
      aria-busy=${this.#savingThresholds ? 'true' : 'false'}
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        void this.#saveThresholds(draft);
      }}
    >
      ${
        general.length > 0
          ? html`<div class="form__error" role="alert" part="form-error">
              ${general.map((e) => html`<p>${e.message}</p>`)}
            </div>`
          : nothing
      }
      <div class="thresholds__fields">
        ${input('probationBelow', msg('Probation below'), true)}
        ${input('restoreAtOrAbove', msg('Active again at or above'), true)}
        ${input('minRatings', msg('Ratings needed'), false)}
        ${input('window', msg('Ratings in the average'), false)}
      </div>
      <div class="form__actions">
        <button
          type="submit"
          part="save-button"
          data-action="save-thresholds"
          ?disabled=${this.#savingThresholds}
        >
          ${msg('Save the thresholds')}
        </button>
        ${
          this.#thresholdsSaved
            ? html`<p class="muted" data-saved="thresholds">${msg('Saved.')}</p>`
            : nothing
        }
      </div>
    </form>`;
  }

  async #saveThresholds(draft: ThresholdDraft): Promise<void> {
    if (this.#savingThresholds) return;
    // Blank or not a number: said here, beside the field; ranges and their relations are the gateway's.
    const values = {
      probationBelow: decimalNumber(draft.probationBelow),
      restoreAtOrAbove: decimalNumber(draft.restoreAtOrAbove),
      minRatings: wholeNumber(draft.minRatings),
      window: wholeNumber(draft.window),
    };
    const local: FieldError[] = thresholdKeys
      .filter((key) => values[key] === undefined || Number.isNaN(values[key]))
      .map((key) => ({
        field: [key],
        message:
          key === 'minRatings' || key === 'window' ? msg('Enter a whole number.') : msg('Enter a number.'),
      }));
    this.#thresholdsSaved = false;
    if (local.length > 0) {
      this.#showThresholdErrors(local);
      return;
    }
    this.#savingThresholds = true;
    this.#host.notice(undefined);
    this.#host.requestUpdate();
    const result = await mutate(this.#host.gateway, setQualitySettingsMutation, {
      input: {
        probationBelow: values.probationBelow!,
        restoreAtOrAbove: values.restoreAtOrAbove!,
        minRatings: values.minRatings!,
        window: values.window!,
      },
    });
    this.#savingThresholds = false;
    const payload = result.data?.setCoachQualitySettings;
    if (!payload?.settings) {
      this.#showThresholdErrors(refusalErrors(this.#host, payload?.userErrors, result.error));
      return;
    }
    this.#thresholdErrors = [];
    // The draft is rebuilt from what the gateway now holds (rounded as it stores it).
    this.#thresholds = undefined;
    this.#thresholdsSaved = true;
    this.#host.announce(msg('Probation thresholds saved.'));
    this.#host.requestUpdate();
  }

  #showThresholdErrors(errors: readonly FieldError[]): void {
    this.#thresholdErrors = errors;
    const first = thresholdKeys.find((key) => errors.some((e) => e.field?.includes(key)));
    this.#host.focusAfterUpdate(
      first ? `#setup-${first}` : '[data-section="thresholds"] [part~="form-error"]',
    );
    this.#host.requestUpdate();
  }

  async #handover(program: Program, coachId: string): Promise<void> {
    const result = await this.#changes.send(() =>
      mutate(this.#host.gateway, handoverMutation, { input: { programId: program.id, coachId } }),
    );
    if (!result) return;
    const payload = result.data?.proposeCoachHandover;
    if (!payload?.proposal) {
      this.#changes.refuse(payload?.userErrors, result.error);
      return;
    }
    this.#toMove.delete(coachId);
    this.#host.announce(msg('A proposal to move the clients is ready for review.'));
    this.#host.open(program.id, 'matching');
  }
}

/**
 * The organisation's probation thresholds, for its org admins: what puts a coach on probation and
 * what ends it. A program admin never sees this section (the gateway would refuse it anyway).
 */
function thresholdsSection(content: unknown): TemplateResult {
  return html`<section class="pad thresholds" aria-labelledby="thresholds-heading" data-section="thresholds">
    <h3 id="thresholds-heading">${msg('Probation thresholds')}</h3>
    ${content}
  </section>`;
}

export function createTab(host: TabHost): Tab {
  return new CoachesTab(host);
}
