import { mutate, type GatewayError } from '@coachwork/client';
import type { DocumentType } from '@coachwork/schema/gql';
import { msg, str } from '@lit/localize';
import {
  html,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { GoalCheckedInEvent } from '../events/goal-checked-in.js';
import { GoalCompletedEvent } from '../events/goal-completed.js';
import { GoalCreatedEvent } from '../events/goal-created.js';
import { GoalUpdatedEvent } from '../events/goal-updated.js';
import { ActionStatusController } from '../shared/action-status.js';
import { CoachworkElement } from '../shared/coachwork-element.js';
import { formatDate, formatPercent } from '../shared/format.js';
import { styleProperties } from '../shared/style-properties.js';
import { yieldToMain } from '../shared/yield.js';
import {
  renderCheckInForm,
  renderGoalForm,
  type Capability,
  type Draft,
  type FieldError,
} from './goal-tracker.forms.js';
import type { checkInFields, goalFields } from './goal-tracker.graphql.js';
import {
  checkInMutation,
  createGoalMutation,
  goalDetailQuery,
  goalTrackerQuery,
  milestoneMutation,
  setVisibilityMutation,
  updateGoalMutation,
} from './goal-tracker.graphql.js';
import { statusLabel, type GoalStatus, type GoalVisibility } from './goal-tracker.strings.js';
import { goalTrackerStyles } from './goal-tracker.styles.js';
import { cardStyles } from '../shared/card.styles.js';

/** The goals a tracker asks for at first, and the most one page may hold (the gateway's `first` limit). */
const firstPageSize = 20;
const maxPageSize = 100;
/** Goals rendered per task when a long list is shown: each batch is a short task on a slow phone. */
const renderBatch = 10;

type Goal = DocumentType<typeof goalFields>;
type CheckIns = DocumentType<typeof checkInFields>['checkIns'];
type OpenForm = { kind: 'create' } | { kind: 'edit' | 'check-in'; goalId: string };
interface Saved {
  goal?: Goal | null | undefined;
  userErrors: readonly FieldError[];
}
interface Outcome {
  saved: Saved | undefined;
  error: GatewayError | undefined;
}

/**
 * Development goals: each with its capability, target date, status and progress; expand one for
 * its milestones and check-in history. The owner creates and edits goals, ticks milestones and
 * checks in; a coach or manager (`person`) sees the goals shared with them, read-only. Changes
 * show at once and roll back, with a message, when the gateway refuses them.
 *
 * @summary Set, track and check in on development goals.
 * @attr person - A Person ID: show that person's goals shared with the viewer (read-only unless it is the viewer).
 * @attr capability - A capability code (e.g. `DELEGATION`): only goals for it.
 * @attr compact - Denser layout for narrow slots.
 * @attr max-rows - How many goals show before a "Show all N goals" button (default 5; 0 shows all): a long list does not push the host's page down.
 * @fires {GoalCreatedEvent} cw-goal-created - The gateway saved a goal the viewer created. detail: `{ goalId, progress }`.
 * @fires {GoalUpdatedEvent} cw-goal-updated - The gateway saved a change to a goal (edit, milestone, status). detail: `{ goalId, progress }`.
 * @fires {GoalCheckedInEvent} cw-goal-checked-in - The gateway saved a check-in. detail: `{ goalId, progress }`.
 * @fires {GoalCompletedEvent} cw-goal-completed - A goal reached completion. detail: `{ goalId, progress }`.
 * @csspart base - The card around everything.
 * @csspart header - Heading row with the New goal button.
 * @csspart heading - The "Goals" heading.
 * @csspart new-button - Opens the new-goal form.
 * @csspart notice - A refused change's message (role=alert), with `notice-dismiss`.
 * @csspart notice-dismiss - Closes the notice.
 * @csspart list - The list of goals; each item is `goal`.
 * @csspart show-all - The button under a list cut at `max-rows` that shows every goal.
 * @csspart goal - One goal; carries `data-status`.
 * @csspart goal-toggle - The button that expands a goal (its title).
 * @csspart goal-title - The goal's title.
 * @csspart goal-meta - Capability, target date and status.
 * @csspart capability - The capability's localised name.
 * @csspart target-date - The target date.
 * @csspart status - The status label.
 * @csspart progress - The progress bar's track (role=progressbar).
 * @csspart progress-bar - The filled part of the track.
 * @csspart progress-label - The percentage beside the bar.
 * @csspart goal-details - The expanded panel.
 * @csspart description - The goal's description.
 * @csspart milestones - The milestone list; each item is `milestone`.
 * @csspart milestone - One milestone with its checkbox.
 * @csspart check-ins - The check-in history; each item is `check-in`.
 * @csspart check-in - One check-in.
 * @csspart actions - Check in / Edit / Mark complete buttons; each is `action-button`.
 * @csspart action-button - One of those buttons; also the empty state's New goal button.
 * @csspart form - The create, edit or check-in form.
 * @csspart field - A label with its control.
 * @csspart field-error - A field's message from the gateway.
 * @csspart form-error - A message that belongs to no single field.
 * @csspart save-button - Submits a form.
 * @csspart cancel-button - Closes a form (so does Escape).
 * @csspart state - Any non-content state; also `state-loading`, `state-empty`, `state-error`, `state-signed-out`, `state-unauthorised`, `state-rate-limited`.
 * @csspart retry-button - The error state's button.
 */
export class GoalTracker extends CoachworkElement {
  static override styles: CSSResultGroup = [CoachworkElement.styles, cardStyles, goalTrackerStyles];

  static override properties: PropertyDeclarations = {
    person: {},
    capability: {},
    compact: { type: Boolean, reflect: true },
    maxRows: { type: Number, attribute: 'max-rows' },
  };

  person?: string;
  capability?: string;
  compact = false;
  maxRows = 5;

  /** The viewer asked to see every goal past `maxRows`. */
  #showAll = false;
  /** Goals asked for: a first page, then every goal (up to the gateway's page limit) once asked to show all. */
  #pageSize = firstPageSize;

  /**
   * Goals rendered so far: a long list (all goals shown) is rendered a batch per task, the page's
   * main thread given back in between (updated()), so no single task renders fifty goals.
   */
  #rendered = renderBatch;
  /** Goals the list shows once every batch is in. */
  #listed = 0;
  #yielding = false;

  #expanded: string | undefined;
  #form: OpenForm | undefined;
  #draft: Draft = {};
  #errors: readonly FieldError[] = [];
  /** `busy` while a new goal is sent (its form shows saving); the notice and announcements of every change. */
  readonly #status = new ActionStatusController(this, { describe: (error) => this.describeError(error) });
  /** Selector of the element to focus after the next render (form opened or closed). */
  #focus: string | undefined;
  /** Changes shown before the gateway confirms them, by goal and by milestone. */
  readonly #pending = new Map<string, Partial<Goal>>();
  readonly #pendingMilestones = new Map<string, boolean>();
  /**
   * Goals whose saved answer stays shown over the list until the list's re-fetch, which the
   * mutation started (urql marks the list stale meanwhile), brings it.
   */
  readonly #confirmed = new Set<string>();

  readonly #list = this.createQuery({
    query: goalTrackerQuery,
    // The list can be empty, and then shows no Goal: a goal created anywhere must still refresh it.
    additionalTypenames: ['Goal'],
    variables: () => ({
      owner: this.person || null,
      capability: this.capability || null,
      locale: this.resolvedLocale,
      first: this.#pageSize,
    }),
  });

  readonly #detail = this.createQuery({
    query: goalDetailQuery,
    variables: () => ({ id: this.#expanded ?? '' }),
    pause: () => this.#expanded === undefined,
  });

  protected renderContent(): unknown {
    const data = this.#list.data;
    const canCreate = data !== undefined && (!this.person || this.person === data.viewer.id);
    return html`<section class="card" part="base" aria-labelledby="heading">
      <header class="header" part="header">
        <h2 id="heading" part="heading">${msg('Goals')}</h2>
        ${
          // An empty list offers its own New goal button.
          canCreate && this.#form?.kind !== 'create' && data.goals.edges.length > 0
            ? html`<button type="button" part="new-button" data-action="new" @click=${this.#openCreate}>
                ${msg('New goal')}
              </button>`
            : nothing
        }
      </header>
      ${this.#status.renderAnnouncer()} ${this.#status.renderNotice()}
      ${data && this.#form?.kind === 'create' ? this.#renderGoalForm(undefined, capabilitiesOf(data)) : nothing}
      ${this.renderQuery(this.#list, {
        loading: { label: msg('Loading goals…'), lines: this.compact ? 10 : 13 },
        isEmpty: (d) => d.goals.edges.length === 0,
        empty: () => {
          // Filtered to a capability, say so: "No goals yet." beside a card counting goals reads as a fault.
          const name = this.capability
            ? (capabilitiesOf(data).find((c) => c.code === this.capability)?.name ?? this.capability)
            : undefined;
          return {
            message: name ? msg(str`No ${name} goals yet.`) : msg('No goals yet.'),
            action:
              canCreate && !this.#form
                ? { label: name ? msg(str`New ${name} goal`) : msg('New goal'), onClick: this.#openCreate }
                : undefined,
          };
        },
        content: (d) => {
          const all = d.goals.edges;
          const total = d.goals.totalCount;
          // An expanded goal past the cut stays shown: its panel or form must not vanish.
          const cut =
            !this.#showAll && this.maxRows > 0 && all.length > this.maxRows
              ? all
                  .slice(0, this.maxRows)
                  .concat(all.slice(this.maxRows).filter(({ node }) => node.id === this.#expanded))
              : all;
          this.#listed = cut.length;
          const shown = cut.filter(({ node }, i) => i < this.#rendered || node.id === this.#expanded);
          return html`<ul class="goals" part="list">
              ${shown.map(({ node }) => this.#renderGoal(this.#withPending(node), d.viewer.timeZone ?? undefined, d))}
            </ul>
            ${
              cut.length < all.length || (!this.#showAll && all.length < total)
                ? html`<button type="button" class="show-all" part="show-all" @click=${this.#onShowAll}>
                    ${msg(str`Show all ${total} goals`)}
                  </button>`
                : nothing
            }`;
        },
      })}
    </section>`;
  }

  #renderGoal(
    goal: Goal,
    timeZone: string | undefined,
    data: DocumentType<typeof goalTrackerQuery>,
  ): TemplateResult {
    const locale = this.resolvedLocale;
    const expanded = this.#expanded === goal.id;
    const percent = formatPercent(goal.progress / 100, { locale });
    return html`<li class="goal" part="goal" data-goal=${goal.id} data-status=${goal.status}>
      <h3 class="goal__heading">
        <button
          type="button"
          class="goal__toggle"
          part="goal-toggle"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls=${expanded ? `panel-${goal.id}` : nothing}
          @click=${() => this.#toggle(goal.id)}
        >
          <span class="goal__title" part="goal-title" dir="auto">${goal.title}</span>
        </button>
      </h3>
      <p class="goal__meta" part="goal-meta">
        <span part="capability">${goal.capability.name}</span>
        ${
          goal.targetDate
            ? html`<span part="target-date"
                >${msg(str`Due ${formatDate(`${goal.targetDate}T00:00:00Z`, { locale, timeZone: 'UTC' })}`)}</span
              >`
            : nothing
        }
        <span part="status" class="status">${statusLabel(goal.status as GoalStatus)}</span>
      </p>
      <div class="progress-row">
        <div
          class="progress"
          part="progress"
          role="progressbar"
          aria-label=${msg(str`Progress of ${goal.title}`)}
          aria-valuemin="0"
          aria-valuemax="100"
          aria-valuenow=${goal.progress}
          aria-valuetext=${percent}
        >
          <span
            class="progress__bar"
            part="progress-bar"
            ${styleProperties({ 'inline-size': `${goal.progress}%` })}
          ></span>
        </div>
        <span class="progress__label" part="progress-label" aria-hidden="true">${percent}</span>
      </div>
      ${expanded ? this.#renderDetails(goal, timeZone, data) : nothing}
    </li>`;
  }

  #renderDetails(
    goal: Goal,
    timeZone: string | undefined,
    data: DocumentType<typeof goalTrackerQuery>,
  ): TemplateResult {
    const locale = this.resolvedLocale;
    const detail = this.#detail.data?.goal;
    const checkIns: CheckIns | undefined = detail?.id === goal.id ? detail.checkIns : undefined;
    const form =
      this.#form && this.#form.kind !== 'create' && this.#form.goalId === goal.id ? this.#form : undefined;
    return html`<div class="goal__details" part="goal-details" id=${`panel-${goal.id}`}>
      ${goal.description ? html`<p class="description" part="description" dir="auto">${goal.description}</p>` : nothing}
      <h4>${msg('Milestones')}</h4>
      ${
        goal.milestones.length > 0
          ? html`<ul class="milestones" part="milestones">
              ${goal.milestones.map((m) => {
                const done = this.#pendingMilestones.get(m.id) ?? m.done;
                return html`<li part="milestone" class=${done ? 'done' : ''}>
                  <label>
                    <input
                      type="checkbox"
                      .checked=${done}
                      ?disabled=${!goal.viewerCanEdit}
                      @change=${(e: Event) => this.#toggleMilestone(goal, m.id, (e.target as HTMLInputElement).checked)}
                    />
                    <span dir="auto">${m.title}</span>
                  </label>
                </li>`;
              })}
            </ul>`
          : html`<p class="muted">${msg('No milestones.')}</p>`
      }
      <h4>${msg('Check-ins')}</h4>
      ${
        checkIns === undefined
          ? this.#detail.error || this.#detail.data?.goal === null
            ? html`<p class="muted">
                ${this.#detail.error ? this.describeError(this.#detail.error) : msg('This item no longer exists.')}
                <button type="button" class="secondary" @click=${() => this.#detail.retry()}>
                  ${msg('Try again')}
                </button>
              </p>`
            : html`<p class="muted" role="status">${msg('Loading check-ins…')}</p>`
          : checkIns.edges.length > 0
            ? html`<ol class="check-ins" part="check-ins">
                ${checkIns.edges.map(
                  ({ node: c }) =>
                    html`<li part="check-in">
                      <span class="check-in__head">
                        <time datetime=${c.checkedInAt}
                          >${formatDate(c.checkedInAt, { locale, timeZone })}</time
                        >
                        <strong>${formatPercent(c.progress / 100, { locale })}</strong>
                        ${c.author.name}
                      </span>
                      ${c.note ? html`<span class="check-in__note" dir="auto">${c.note}</span>` : nothing}
                    </li>`,
                )}
              </ol>`
            : html`<p class="muted">${msg('No check-ins yet.')}</p>`
      }
      ${
        goal.viewerCanEdit && !form
          ? html`<div class="actions" part="actions">
              <button
                type="button"
                part="action-button"
                data-action="check-in"
                @click=${() => this.#open('check-in', goal)}
              >
                ${msg('Check in')}
              </button>
              <button
                type="button"
                class="secondary"
                part="action-button"
                data-action="edit"
                @click=${() => this.#open('edit', goal)}
              >
                ${msg('Edit')}
              </button>
              ${
                goal.status !== 'COMPLETED'
                  ? html`<button
                      type="button"
                      class="secondary"
                      part="action-button"
                      data-action="complete"
                      @click=${() => this.#complete(goal)}
                    >
                      ${msg('Mark complete')}
                    </button>`
                  : nothing
              }
            </div>`
          : nothing
      }
      ${
        form?.kind === 'edit'
          ? this.#renderGoalForm(goal, capabilitiesOf(data))
          : form?.kind === 'check-in'
            ? renderCheckInForm({
                id: 'check-in',
                draft: this.#draft,
                errors: this.#errors,
                saving: this.#status.busy,
                onSubmit: (draft) => this.#checkIn(goal, draft),
                onCancel: this.#closeForm,
              })
            : nothing
      }
    </div>`;
  }

  #renderGoalForm(goal: Goal | undefined, capabilities: Capability[]): TemplateResult {
    return renderGoalForm({
      id: goal ? 'edit' : 'create',
      creating: !goal,
      capabilities,
      draft: this.#draft,
      errors: this.#errors,
      saving: this.#status.busy,
      onSubmit: (draft) => (goal ? this.#edit(goal, draft) : this.#create(draft)),
      onCancel: this.#closeForm,
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.#list.stale) return;
    for (const id of this.#confirmed) this.#pending.delete(id);
    this.#confirmed.clear();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#rendered < this.#listed && !this.#yielding) {
      this.#yielding = true;
      void yieldToMain().then(() => {
        this.#yielding = false;
        this.#rendered += renderBatch;
        this.requestUpdate();
      });
    }
    if (this.#focus) {
      this.renderRoot.querySelector<HTMLElement>(this.#focus)?.focus();
      this.#focus = undefined;
    }
  }

  #withPending(goal: Goal): Goal {
    const pending = this.#pending.get(goal.id);
    return pending ? { ...goal, ...pending } : goal;
  }

  #toggle(goalId: string): void {
    this.#expanded = this.#expanded === goalId ? undefined : goalId;
    if (this.#form?.kind !== 'create') this.#form = undefined;
    this.requestUpdate();
  }

  readonly #onShowAll = (): void => {
    this.#showAll = true;
    const total = this.#list.data?.goals.totalCount ?? 0;
    // The first page holds 20 goals; the rest are asked for now, in one page the gateway allows.
    if (total > this.#pageSize) this.#pageSize = Math.min(total, maxPageSize);
    this.requestUpdate();
  };

  readonly #openCreate = (): void => {
    const capability = this.capability ?? capabilitiesOf(this.#list.data)[0]?.code ?? '';
    this.#showForm({ kind: 'create' }, { capability, visibility: 'COACH' }, []);
  };

  #open(kind: 'edit' | 'check-in', goal: Goal): void {
    const draft: Draft =
      kind === 'edit'
        ? {
            title: goal.title,
            capability: goal.capability.code,
            targetDate: goal.targetDate ?? '',
            description: goal.description ?? '',
            visibility: goal.visibility,
          }
        : { progress: String(goal.progress) };
    this.#showForm({ kind, goalId: goal.id }, draft, []);
  }

  #showForm(form: OpenForm, draft: Draft, errors: readonly FieldError[]): void {
    this.#form = form;
    this.#draft = draft;
    this.#errors = errors;
    this.#status.finish();
    this.#focus = errors.length > 0 ? '[aria-invalid="true"], [part="form-error"]' : 'form [name]';
    this.requestUpdate();
  }

  readonly #closeForm = (): void => {
    const form = this.#form;
    if (!form) return;
    this.#form = undefined;
    this.#errors = [];
    this.#focus =
      form.kind === 'create'
        ? '[data-action="new"], [part~="state-empty"] button'
        : `[data-goal="${form.goalId}"] [data-action="${form.kind}"]`;
    this.requestUpdate();
  };

  async #create(draft: Draft): Promise<void> {
    this.#draft = draft;
    if (!this.#status.start()) return;
    const result = await mutate(this.gateway ?? '', createGoalMutation, {
      locale: this.resolvedLocale,
      input: {
        title: draft['title'] ?? '',
        capability: draft['capability'] ?? '',
        targetDate: draft['targetDate'] || null,
        description: draft['description'] || null,
        visibility: (draft['visibility'] || 'COACH') as GoalVisibility,
        milestones: (draft['milestones'] ?? '')
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      },
    });
    const goal = result.data?.createGoal.goal;
    if (!goal) {
      this.#showForm(
        { kind: 'create' },
        draft,
        this.#status.refusal(result.data?.createGoal.userErrors, result.error),
      );
      return;
    }
    this.#form = undefined;
    this.#status.finish();
    this.#expanded = goal.id;
    this.#focus = `[data-goal="${goal.id}"] [part="goal-toggle"]`;
    this.#list.retry();
    this.#status.announce(msg(str`Goal “${goal.title}” created.`));
    this.dispatchEvent(new GoalCreatedEvent({ goalId: goal.id, progress: goal.progress }));
  }

  #edit(goal: Goal, draft: Draft): void {
    const capability = capabilitiesOf(this.#list.data).find((c) => c.code === draft['capability']);
    const visibility = draft['visibility'] as GoalVisibility;
    void this.#change(
      goal,
      { kind: 'edit', draft },
      {
        title: (draft['title'] ?? '').trim(),
        description: draft['description'] || null,
        targetDate: draft['targetDate'] || goal.targetDate,
        visibility,
        ...(capability ? { capability: { ...goal.capability, ...capability } } : {}),
      },
      async () => {
        const updated = await mutate(this.gateway ?? '', updateGoalMutation, {
          locale: this.resolvedLocale,
          input: {
            goalId: goal.id,
            title: draft['title'] ?? '',
            capability: draft['capability'] ?? null,
            description: draft['description'] ?? '',
            targetDate: draft['targetDate'] || null,
          },
        });
        const saved = updated.data?.updateGoal;
        if (!saved?.goal || visibility === goal.visibility) return { saved, error: updated.error };
        const shared = await mutate(this.gateway ?? '', setVisibilityMutation, {
          locale: this.resolvedLocale,
          input: { goalId: goal.id, visibility },
        });
        return { saved: shared.data?.setGoalVisibility, error: shared.error };
      },
      (saved) => {
        this.#status.announce(msg(str`Goal “${saved.title}” saved.`));
        this.#updated(saved);
      },
    );
  }

  #checkIn(goal: Goal, draft: Draft): void {
    const text = (draft['progress'] ?? '').trim();
    const progress = Number(text);
    if (!/^\d+$/.test(text) || progress > 100) {
      this.#showForm(this.#form!, draft, [
        { field: ['progress'], message: msg('Enter a whole number from 0 to 100.') },
      ]);
      return;
    }
    const scale = (name: string): number | null => (draft[name] ? Number(draft[name]) : null);
    void this.#change(
      goal,
      { kind: 'check-in', draft },
      { progress, status: nextStatus(goal, progress) },
      async () => {
        const result = await mutate(this.gateway ?? '', checkInMutation, {
          locale: this.resolvedLocale,
          input: {
            goalId: goal.id,
            progress,
            note: draft['note'] || null,
            mood: scale('mood'),
            confidence: scale('confidence'),
          },
        });
        return { saved: result.data?.addGoalCheckIn, error: result.error };
      },
      (saved) => {
        this.#status.announce(
          msg(
            str`Check-in saved. Progress ${formatPercent(saved.progress / 100, { locale: this.resolvedLocale })}.`,
          ),
        );
        this.dispatchEvent(new GoalCheckedInEvent({ goalId: saved.id, progress: saved.progress }));
      },
    );
  }

  #complete(goal: Goal): void {
    void this.#change(
      goal,
      undefined,
      { progress: 100, status: 'COMPLETED' },
      async () => {
        const result = await mutate(this.gateway ?? '', updateGoalMutation, {
          locale: this.resolvedLocale,
          input: { goalId: goal.id, status: 'COMPLETED' },
        });
        return { saved: result.data?.updateGoal, error: result.error };
      },
      (saved) => {
        this.#status.announce(msg(str`Goal “${saved.title}” completed.`));
        this.#updated(saved);
      },
    );
  }

  #toggleMilestone(goal: Goal, milestoneId: string, done: boolean): void {
    this.#pendingMilestones.set(milestoneId, done);
    void this.#change(
      goal,
      undefined,
      {},
      async () => {
        const result = await mutate(this.gateway ?? '', milestoneMutation, {
          locale: this.resolvedLocale,
          input: { milestoneId, done },
        });
        this.#pendingMilestones.delete(milestoneId);
        return { saved: result.data?.completeGoalMilestone, error: result.error };
      },
      (saved) => this.#updated(saved),
    );
  }

  /**
   * Shows `optimistic` at once, sends the change, and either keeps the gateway's answer (the
   * shared cache updates the row) or rolls back with a visible message and reopens the form.
   */
  async #change(
    goal: Goal,
    form: { kind: 'edit' | 'check-in'; draft: Draft } | undefined,
    optimistic: Partial<Goal>,
    send: () => Promise<Outcome>,
    done: (saved: Goal) => void,
  ): Promise<void> {
    this.#pending.set(goal.id, optimistic);
    this.#confirmed.delete(goal.id);
    this.#status.setNotice(undefined);
    this.#closeForm();
    const { saved, error } = await send();
    if (saved?.goal && this.#list.stale) {
      this.#pending.set(goal.id, saved.goal);
      this.#confirmed.add(goal.id);
    } else {
      this.#pending.delete(goal.id);
    }
    if (!saved?.goal) {
      const lead = msg(str`Your change to “${goal.title}” was not saved.`);
      if (form) {
        // The reasons go beside the fields of the reopened form.
        this.#status.setNotice(lead);
        this.#showForm(
          { kind: form.kind, goalId: goal.id },
          form.draft,
          this.#status.refusal(saved?.userErrors, error),
        );
      } else {
        this.#status.refuse(saved?.userErrors, error, lead);
      }
      return;
    }
    done(saved.goal);
    if (saved.goal.status === 'COMPLETED' && goal.status !== 'COMPLETED') {
      this.dispatchEvent(new GoalCompletedEvent({ goalId: saved.goal.id, progress: saved.goal.progress }));
    }
    this.requestUpdate();
  }

  #updated(goal: Goal): void {
    this.dispatchEvent(new GoalUpdatedEvent({ goalId: goal.id, progress: goal.progress }));
  }
}

function capabilitiesOf(data: DocumentType<typeof goalTrackerQuery> | undefined): Capability[] {
  return data?.capabilities.edges.map(({ node }) => node) ?? [];
}

/** The status the gateway will give the goal after a check-in (see the goals module's nextState). */
function nextStatus(goal: Goal, progress: number): Goal['status'] {
  if (progress === 100) return 'COMPLETED';
  if (progress === goal.progress) return goal.status === 'COMPLETED' ? 'IN_PROGRESS' : goal.status;
  return progress === 0 && goal.status === 'NOT_STARTED' ? 'NOT_STARTED' : 'IN_PROGRESS';
}
