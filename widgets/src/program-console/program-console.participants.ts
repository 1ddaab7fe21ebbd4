import { mutate, type GatewayError } from '@coachwork/client';
import type { DocumentType } from '@coachwork/schema/gql';
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { EnrolmentChangedEvent } from '../events/enrolment-changed.js';
import { renderError } from '../shared/states.js';
import { formatNumber, formatRelativeTime } from '../shared/format.js';
import {
  changeEnrolmentMutation,
  rematchMutation,
  remindMutation,
  rosterQuery,
} from './program-console.participants.graphql.js';
import { refusalText } from '../shared/refusal.js';
import {
  dataTable,
  enrolmentStatusLabel,
  paceLabel,
  renderRowForm,
  type Tab,
  type TabHost,
} from './program-console.tab.js';

type Program = Extract<NonNullable<DocumentType<typeof rosterQuery>['node']>, { viewerCanManage: boolean }>;
type Enrolment = NonNullable<Program['enrolments']>['edges'][number]['node'];
type RowAction = 'withdraw' | 'reinvite' | 'rematch';

const statuses = [
  'INVITED',
  'ACCEPTED',
  'DECLINED',
  'WAITLISTED',
  'ACTIVE',
  'COMPLETED',
  'WITHDRAWN',
] as const;
type EnrolmentStatus = (typeof statuses)[number];

/** What an admin may do with an enrolment in each status (the gateway decides; this only offers). */
function actionsFor(status: string): RowAction[] {
  switch (status) {
    case 'INVITED':
    case 'WAITLISTED':
      return ['withdraw'];
    case 'ACCEPTED':
    case 'ACTIVE':
      return ['rematch', 'withdraw'];
    case 'DECLINED':
    case 'WITHDRAWN':
      return ['reinvite'];
    default:
      return [];
  }
}

/**
 * The participants tab: the roster a page at a time, filtered by status and searched by name or
 * e-mail, with withdraw, re-invite and re-match for each enrolment, and reminders to everyone who
 * has not answered or booked or to the rows selected (a selection lasts across pages and ends when
 * the filter changes, so it never holds people the roster no longer shows).
 */
class ParticipantsTab implements Tab {
  readonly #host: TabHost;
  #status: EnrolmentStatus | undefined;
  #search = '';
  #typed = '';
  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  /** Cursors of the pages before this one (Previous goes back through them). */
  #pages: Array<string | null> = [];
  #after: string | null = null;
  #busy = false;
  /** The enrolment whose confirmation (with its reason) is open. */
  #confirming: { enrolmentId: string; action: RowAction } | undefined;
  #reason = '';
  /** What the last bulk reminder did, shown beside its button. */
  #reminded = '';
  /** Selected enrolments (by ID) for "Remind selected", with the names the announcement reads. */
  readonly #selected = new Map<string, string>();
  readonly #roster;

  constructor(host: TabHost) {
    this.#host = host;
    this.#roster = host.createQuery({
      query: rosterQuery,
      variables: () => ({
        id: host.programId ?? '',
        status: this.#status ?? null,
        search: this.#search || null,
        after: this.#after,
      }),
      additionalTypenames: ['Enrolment'],
      pause: () => host.activeTab !== 'participants' || host.programId === undefined,
    });
  }

  render(): unknown {
    const locale = this.#host.locale;
    const program = this.#program();
    const counts = new Map(program?.enrolmentCounts?.map((c) => [c.status, c.count]) ?? []);
    return html`<div class="toolbar" part="filter">
        <div class="field">
          <label for="roster-status">${msg('Status')}</label>
          <select id="roster-status" @change=${this.#onStatus}>
            <option value="" ?selected=${!this.#status}>${msg('Everyone')}</option>
            ${statuses.map(
              (s) =>
                html`<option value=${s} ?selected=${this.#status === s}>
                  ${enrolmentStatusLabel(s)}${counts.has(s) ? ` (${formatNumber(counts.get(s)!, { locale })})` : ''}
                </option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="roster-search">${msg('Search by name or e-mail')}</label>
          <input
            id="roster-search"
            type="search"
            autocomplete="off"
            .value=${this.#typed}
            @input=${this.#onSearch}
            @keydown=${(e: KeyboardEvent) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                this.#applySearch();
              }
            }}
          />
        </div>
        ${
          program?.viewerCanManage && program.status === 'ACTIVE'
            ? html`<span class="spacer"></span>
                <button
                  type="button"
                  class="secondary"
                  part="action-button"
                  data-action="remind"
                  ?disabled=${this.#busy}
                  @click=${() => this.#remind(program.id)}
                >
                  ${msg('Remind who has not answered or booked')}
                </button>
                <button
                  type="button"
                  class="secondary"
                  part="action-button"
                  data-action="remind-selected"
                  ?disabled=${this.#busy || this.#selected.size === 0}
                  @click=${() => this.#remind(program.id, [...this.#selected.keys()])}
                >
                  ${msg(str`Remind selected (${formatNumber(this.#selected.size, { locale })})`)}
                </button>
                <p class="muted" data-reminded>${this.#reminded}</p>`
            : nothing
        }
      </div>
      ${this.#host.renderQuery(this.#roster, {
        loading: { label: msg('Loading participants…'), lines: 6 },
        content: (data) => {
          const p = data.node && 'viewerCanManage' in data.node ? data.node : undefined;
          if (!p?.enrolments) {
            // A failed roster comes back as null beside the program's other fields.
            const error = this.#roster.error;
            return error
              ? renderError({ message: this.#host.describeError(error), onRetry: () => this.#roster.retry() })
              : html`<p class="muted pad">${msg('This item no longer exists.')}</p>`;
          }
          return this.#renderRoster(p, p.enrolments);
        },
      })}`;
  }

  #program(): Program | undefined {
    const node = this.#roster.data?.node;
    return node && 'viewerCanManage' in node ? node : undefined;
  }

  #renderRoster(program: Program, page: NonNullable<Program['enrolments']>): TemplateResult {
    const locale = this.#host.locale;
    const rows = page.edges.map((e) => e.node);
    const filtered = this.#status !== undefined || this.#search !== '';
    if (rows.length === 0) {
      return html`<div class="state state--empty pad" part="state state-empty">
        <p class="state__message">
          ${
            filtered
              ? msg('Nobody matches this filter.')
              : program.status === 'DRAFT'
                ? msg('Nobody is invited while the program is a draft. Publish it on the setup tab.')
                : msg('Nobody is enrolled yet.')
          }
        </p>
        ${
          filtered
            ? html`<button type="button" part="action-button" @click=${this.#clearFilter}>
                ${msg('Show everyone')}
              </button>`
            : nothing
        }
      </div>`;
    }
    const first = this.#pages.length * 25 + 1;
    const selectable = this.#selectable(program);
    const chosen = rows.filter((e) => this.#selected.has(e.id)).length;
    return html`<p class="pad muted" role="status" data-total=${page.totalCount}>
        ${msg(
          str`${formatNumber(first, { locale })}–${formatNumber(first + rows.length - 1, { locale })} of ${formatNumber(page.totalCount, { locale })} participants`,
        )}
      </p>
      ${dataTable(
        'roster',
        { text: msg('Participants'), seen: false },
        [
          ...(selectable
            ? [
                {
                  label: msg('Select everyone on this page'),
                  content: html`<input
                    type="checkbox"
                    data-select="page"
                    aria-label=${msg('Select everyone on this page')}
                    .checked=${chosen === rows.length}
                    .indeterminate=${chosen > 0 && chosen < rows.length}
                    @change=${(event: Event) =>
                      this.#selectPage(rows, (event.target as HTMLInputElement).checked)}
                  />`,
                },
              ]
            : []),
          { label: msg('Participant') },
          { label: msg('Status') },
          { label: msg('Coach') },
          { label: msg('Sessions used'), number: true },
          { label: msg('Last activity') },
          { label: msg('Pace') },
          { label: msg('Actions'), hidden: true },
        ],
        rows.map((e) => this.#renderRow(program, e, selectable)),
      )}
      ${
        this.#pages.length > 0 || page.pageInfo.hasNextPage
          ? html`<nav class="toolbar" aria-label=${msg('Pages of participants')}>
              <button
                type="button"
                class="secondary"
                part="action-button"
                data-action="previous"
                ?disabled=${this.#pages.length === 0}
                @click=${this.#previous}
              >
                ${msg('Previous')}
              </button>
              <button
                type="button"
                class="secondary"
                part="action-button"
                data-action="next"
                ?disabled=${!page.pageInfo.hasNextPage}
                @click=${() => this.#next(page.pageInfo.endCursor ?? null)}
              >
                ${msg('Next')}
              </button>
            </nav>`
          : nothing
      }`;
  }

  /** Rows can be selected where reminders can be sent: by a manager of an ACTIVE program. */
  #selectable(program: Program): boolean {
    return Boolean(program.viewerCanManage) && program.status === 'ACTIVE';
  }

  #renderRow(program: Program, e: Enrolment, selectable: boolean): TemplateResult {
    const locale = this.#host.locale;
    const last = e.lastActivityAt ?? e.respondedAt ?? e.enrolledAt;
    const confirming = this.#confirming?.enrolmentId === e.id ? this.#confirming : undefined;
    const actions = program.viewerCanManage ? actionsFor(e.status) : [];
    const label: Record<RowAction, string> = {
      withdraw: msg('Withdraw…'),
      reinvite: msg('Invite again'),
      rematch: msg('Another coach'),
    };
    const nameId = `name-${e.id}`;
    return html`<tr
        data-enrolment=${e.id}
        data-status=${e.status}
        data-selected=${this.#selected.has(e.id) ? 'true' : 'false'}
      >
        ${
          selectable
            ? html`<td class="select">
                <input
                  type="checkbox"
                  data-select=${e.id}
                  aria-labelledby=${nameId}
                  .checked=${this.#selected.has(e.id)}
                  @change=${(event: Event) => this.#select(e, (event.target as HTMLInputElement).checked)}
                />
              </td>`
            : nothing
        }
        <th scope="row">
          <span dir="auto" id=${nameId}>${e.person.name}</span>
          ${e.person.orgUnit ? html`<span class="muted" dir="auto">${e.person.orgUnit.name}</span>` : nothing}
        </th>
        <td>
          <span class="status" part="status" data-status=${e.status}>${enrolmentStatusLabel(e.status)}</span>
          ${
            e.waitlistPosition
              ? html`<span class="muted"
                  >${msg(str`#${formatNumber(e.waitlistPosition, { locale })} on the waitlist`)}</span
                >`
              : nothing
          }
        </td>
        <td dir="auto">${e.coach?.name ?? html`<span class="muted">—</span>`}</td>
        <td class="number">
          ${formatNumber(e.quota.used, { locale })} / ${formatNumber(e.quota.allowed, { locale })}
        </td>
        <td><time datetime=${last}>${formatRelativeTime(last, { locale })}</time></td>
        <td>
          <span class="pace" data-pace=${e.pace ?? ''}>${paceLabel(e.pace)}</span>
        </td>
        <td class="row-actions">
          ${actions.map(
            (action) =>
              html`<button
                type="button"
                class="secondary"
                part="action-button"
                data-action=${action}
                aria-label=${`${label[action]} ${e.person.name}`}
                ?disabled=${this.#busy}
                @click=${() =>
                  action === 'withdraw'
                    ? this.#confirm(e.id, action)
                    : void this.#apply(program, e, action, '')}
              >
                ${label[action]}
              </button>`,
          )}
        </td>
      </tr>
      ${confirming ? this.#renderConfirm(program, e) : nothing}`;
  }

  #renderConfirm(program: Program, e: Enrolment): TemplateResult {
    const id = `withdraw-${e.id}`;
    return renderRowForm(
      {
        colspan: this.#selectable(program) ? 8 : 7,
        label: msg(str`Withdraw ${e.person.name}`),
        layout: 'inline-form',
        submitLabel: msg('Withdraw from the program'),
        busy: this.#busy,
        submit: () => void this.#apply(program, e, 'withdraw', this.#reason),
        cancel: () => this.#cancelConfirm(e.id),
      },
      html`<div class="field" part="field">
        <label for=${id}>${msg('Reason (optional, kept in the history)')}</label>
        <input
          id=${id}
          maxlength="500"
          dir="auto"
          autocomplete="off"
          .value=${this.#reason}
          @input=${(event: Event) => (this.#reason = (event.target as HTMLInputElement).value)}
        />
      </div>`,
    );
  }

  readonly #onStatus = (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value;
    this.#status = (statuses as readonly string[]).includes(value) ? (value as EnrolmentStatus) : undefined;
    this.#firstPage();
  };

  readonly #onSearch = (event: Event): void => {
    this.#typed = (event.target as HTMLInputElement).value;
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => this.#applySearch(), 300);
  };

  #applySearch(): void {
    clearTimeout(this.#searchTimer);
    const next = this.#typed.trim();
    if (next === this.#search) return;
    this.#search = next;
    this.#firstPage();
  }

  readonly #clearFilter = (): void => {
    this.#status = undefined;
    this.#typed = '';
    this.#search = '';
    this.#firstPage();
    this.#host.focusAfterUpdate('#roster-status');
  };

  #select(e: Enrolment, on: boolean): void {
    if (on) this.#selected.set(e.id, e.person.name);
    else this.#selected.delete(e.id);
    this.#host.requestUpdate();
  }

  #selectPage(rows: readonly Enrolment[], on: boolean): void {
    for (const e of rows) {
      if (on) this.#selected.set(e.id, e.person.name);
      else this.#selected.delete(e.id);
    }
    this.#host.requestUpdate();
  }

  #firstPage(): void {
    this.#selected.clear();
    this.#pages = [];
    this.#after = null;
    this.#confirming = undefined;
    this.#host.requestUpdate();
  }

  #next(cursor: string | null): void {
    this.#pages.push(this.#after);
    this.#after = cursor;
    this.#host.focusAfterUpdate('[data-action="next"]:not([disabled]), [data-action="previous"]');
    this.#host.requestUpdate();
  }

  readonly #previous = (): void => {
    this.#after = this.#pages.pop() ?? null;
    this.#host.focusAfterUpdate('[data-action="previous"]:not([disabled]), [data-action="next"]');
    this.#host.requestUpdate();
  };

  #confirm(enrolmentId: string, action: RowAction): void {
    this.#confirming = { enrolmentId, action };
    this.#reason = '';
    this.#host.focusAfterUpdate(`#withdraw-${CSS.escape(enrolmentId)}`);
    this.#host.requestUpdate();
  }

  #cancelConfirm(enrolmentId: string): void {
    this.#confirming = undefined;
    this.#host.focusAfterUpdate(`[data-enrolment="${CSS.escape(enrolmentId)}"] [data-action="withdraw"]`);
    this.#host.requestUpdate();
  }

  /**
   * Reminds everyone who has not answered or booked, or only `enrolmentIds` of them; the gateway
   * skips who was reminded today.
   */
  async #remind(programId: string, enrolmentIds?: string[]): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    this.#host.notice(undefined);
    this.#host.requestUpdate();
    const result = await mutate(this.#host.gateway, remindMutation, {
      input: enrolmentIds ? { programId, enrolmentIds } : { programId },
    });
    this.#busy = false;
    const payload = result.data?.remindProgramParticipants;
    if (!payload || payload.userErrors.length) {
      this.#host.notice(refusalText(this.#host, payload?.userErrors, result.error));
      return;
    }
    const sent = payload.remindedCount;
    const count = formatNumber(sent, { locale: this.#host.locale });
    this.#reminded =
      sent > 1
        ? msg(str`Reminders sent to ${count} people.`)
        : sent === 1
          ? msg('Reminder sent to 1 person.')
          : payload.alreadyRemindedCount > 0
            ? msg('Nobody new to remind: the others were reminded today.')
            : msg('Nobody to remind: everyone has answered and booked.');
    this.#host.announce(this.#reminded);
    this.#host.requestUpdate();
  }

  async #apply(program: Program, e: Enrolment, action: RowAction, reason: string): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    this.#host.notice(undefined);
    this.#host.requestUpdate();
    let ok = false;
    let userErrors: ReadonlyArray<{ message: string }> | undefined;
    let error: GatewayError | undefined;
    if (action === 'rematch') {
      const result = await mutate(this.#host.gateway, rematchMutation, {
        input: { enrolmentId: e.id, reason: reason || null },
      });
      const payload = result.data?.rematchEnrolment;
      ok = Boolean(payload?.enrolment);
      userErrors = payload?.userErrors;
      error = result.error;
      if (payload?.enrolment?.coach)
        this.#host.announce(msg(str`${e.person.name} is now coached by ${payload.enrolment.coach.name}.`));
    } else {
      const result = await mutate(this.#host.gateway, changeEnrolmentMutation, {
        input: {
          enrolmentId: e.id,
          status: action === 'withdraw' ? 'WITHDRAWN' : 'INVITED',
          reason: reason.trim() || null,
        },
      });
      const payload = result.data?.changeEnrolmentStatus;
      ok = Boolean(payload?.enrolment);
      userErrors = payload?.userErrors;
      error = result.error;
      if (ok)
        this.#host.announce(
          action === 'withdraw'
            ? msg(str`${e.person.name} withdrawn.`)
            : msg(str`${e.person.name} invited again.`),
        );
    }
    this.#busy = false;
    if (!ok) {
      this.#host.notice(refusalText(this.#host, userErrors, error));
      return;
    }
    this.#confirming = undefined;
    this.#reason = '';
    this.#host.focusAfterUpdate(`[data-enrolment="${CSS.escape(e.id)}"] button, #roster-search`);
    this.#host.dispatchEvent(
      new EnrolmentChangedEvent({
        programId: program.id,
        enrolmentIds: [e.id],
        change: action === 'withdraw' ? 'WITHDRAWN' : action === 'reinvite' ? 'REINVITED' : 'REMATCHED',
      }),
    );
  }
}

export function createTab(host: TabHost): Tab {
  return new ParticipantsTab(host);
}
