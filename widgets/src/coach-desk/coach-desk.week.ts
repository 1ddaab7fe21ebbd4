import { mutate } from '@coachwork/client';
import type { DocumentType } from '@coachwork/schema/gql';
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { SessionNoteSavedEvent } from '../events/session-note-saved.js';
import { SessionRecordedEvent } from '../events/session-recorded.js';
import { formatDate, formatDateTime, formatNumber, formatTime } from '../shared/format.js';
import { goalStatusLabel } from '../shared/labels.js';
import { sessionStatusLabel } from './coach-desk.strings.js';
import { refusalText as refusal } from '../shared/refusal.js';
import { localDate, startOfDay, type Tab, type TabHost } from './coach-desk.tab.js';
import {
  completeMutation,
  noShowMutation,
  sessionDetailQuery,
  weekQuery,
  writeNoteMutation,
} from './coach-desk.week.graphql.js';

type WeekSession = NonNullable<DocumentType<typeof weekQuery>['coachDesk']>['sessions'][number];
type Detail = DocumentType<typeof sessionDetailQuery>;

const DAY = 86_400_000;
/** How far back sessions still waiting to be recorded are looked for. */
const LOOKBACK_DAYS = 7;
const AHEAD_DAYS = 7;
const MAX_CAPABILITIES = 5;

interface Draft {
  body: string;
  capabilities: Set<string>;
}

/**
 * Today and the coming week, by day in the coach's zone, with the sessions of the past week still
 * to be recorded first. Opening a session shows what the coach needs before it (the participant's
 * shared goals, the previous session's private note) and after it (held or no-show, the note and
 * the capabilities worked on).
 */
class WeekTab implements Tab {
  readonly #host: TabHost;
  /** Computed once per tab: the range must not move under a running query. */
  readonly #from: Date;
  readonly #to: Date;
  #open: WeekSession | undefined;
  readonly #drafts = new Map<string, Draft>();
  /**
   * Sessions the coach recorded on this visit. They stay listed on their day, even one before today,
   * so the note form stays under the coach's hand after "Mark held" (a session held just before
   * midnight is recorded just after it).
   */
  readonly #recordedHere = new Set<string>();
  #busy = false;
  #error: string | undefined;
  readonly #week;
  readonly #detail;

  constructor(host: TabHost) {
    this.#host = host;
    const today = startOfDay(new Date(), host.timeZone);
    this.#from = new Date(today.getTime() - LOOKBACK_DAYS * DAY);
    this.#to = new Date(today.getTime() + AHEAD_DAYS * DAY);
    this.#week = host.createQuery({
      query: weekQuery,
      variables: () => ({ from: this.#from.toISOString(), to: this.#to.toISOString() }),
      additionalTypenames: ['Session', 'SessionNote'],
      pause: () => host.activeTab !== 'week',
    });
    this.#detail = host.createQuery({
      query: sessionDetailQuery,
      variables: () => ({
        owner: this.#open?.participant.id ?? '',
        enrolment: this.#open?.enrolment.id ?? '',
      }),
      additionalTypenames: ['Session', 'SessionNote', 'Goal'],
      pause: () => host.activeTab !== 'week' || this.#open === undefined,
    });
  }

  render(): unknown {
    return this.#host.renderQuery(this.#week, {
      loading: { label: msg('Loading your sessions…'), lines: 8 },
      isEmpty: (data) => (data.coachDesk?.sessions.length ?? 0) === 0,
      empty: () => ({ message: msg('No sessions this week. New bookings appear here.') }),
      content: (data) => this.#renderWeek(data.coachDesk?.sessions ?? [], data.coachDesk?.timeZone),
    });
  }

  #renderWeek(sessions: readonly WeekSession[], timeZone: string | undefined): TemplateResult {
    const now = Date.now();
    const today = localDate(new Date(), timeZone);
    const started = (s: WeekSession) => Date.parse(s.startsAt) <= now;
    const toRecord = sessions.filter((s) => s.status === 'BOOKED' && started(s));
    // A session waiting to be recorded is listed once, with those to record, not again under today.
    const coming = sessions.filter(
      (s) =>
        (localDate(new Date(s.startsAt), timeZone) >= today || this.#recordedHere.has(s.id)) &&
        !toRecord.includes(s),
    );
    const days = new Map<string, WeekSession[]>();
    for (const s of coming) {
      const key = localDate(new Date(s.startsAt), timeZone);
      days.set(key, [...(days.get(key) ?? []), s]);
    }
    const locale = this.#host.locale;
    return html`${
      toRecord.length > 0
        ? html`<section class="day" part="day to-record" aria-labelledby="to-record">
            <h3 id="to-record">
              ${
                toRecord.length === 1
                  ? msg('To record: 1 session, held or missed?')
                  : msg(str`To record: ${formatNumber(toRecord.length, { locale })} sessions held or missed?`)
              }
            </h3>
            <ul>
              ${toRecord.map((s) => this.#renderSession(s, timeZone, true))}
            </ul>
          </section>`
        : nothing
    }
    ${
      days.size === 0
        ? html`<p class="muted pad" data-empty="coming">${msg('Nothing booked from today on.')}</p>`
        : [...days.entries()].map(
            ([day, list]) =>
              html`<section class="day" part="day" aria-labelledby=${`day-${day}`}>
                <h3 id=${`day-${day}`}>
                  ${
                    day === today
                      ? msg(
                          str`Today, ${formatDate(list[0]!.startsAt, { locale, timeZone, dateStyle: 'full' })}`,
                        )
                      : formatDate(list[0]!.startsAt, { locale, timeZone, dateStyle: 'full' })
                  }
                </h3>
                <ul>
                  ${list.map((s) => this.#renderSession(s, timeZone, false))}
                </ul>
              </section>`,
          )
    }`;
  }

  #renderSession(s: WeekSession, timeZone: string | undefined, due: boolean): TemplateResult {
    const locale = this.#host.locale;
    const open = this.#open?.id === s.id;
    const detailId = `detail-${due ? 'due-' : ''}${s.id}`;
    const time = due
      ? formatDateTime(s.startsAt, { locale, timeZone, dateStyle: 'medium', timeStyle: 'short' })
      : `${formatTime(s.startsAt, { locale, timeZone })} – ${formatTime(s.endsAt, { locale, timeZone })}`;
    return html`<li
      class="session"
      part="session"
      data-session=${s.id}
      data-status=${s.status}
      ?data-due=${due}
    >
      <div class="session__line">
        <span class="session__time">${time}</span>
        <span class="session__who">
          <strong dir="auto">${s.participant.name}</strong>
          <span class="muted">· <bdi>${s.enrolment.program.name}</bdi></span>
        </span>
        <span class="status" part="status" data-status=${s.status}>${sessionStatusLabel(s.status)}</span>
        ${s.privateNote ? html`<span class="muted">${msg('Note written')}</span>` : nothing}
        <button
          type="button"
          class="secondary"
          part="session-toggle"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${detailId}
          @click=${() => this.#toggle(s)}
        >
          ${open ? msg('Close') : msg(str`Open session with ${s.participant.name}`)}
        </button>
      </div>
      ${open ? html`<div class="detail" id=${detailId} part="session-detail">${this.#renderDetail(s)}</div>` : nothing}
    </li>`;
  }

  #renderDetail(s: WeekSession): unknown {
    return this.#host.renderQuery(this.#detail, {
      loading: { label: msg('Loading the session…'), lines: 5 },
      content: (detail) => {
        if (this.#open?.id !== s.id) return nothing;
        const started = Date.parse(s.startsAt) <= Date.now();
        return html`${this.#renderGoals(detail)} ${this.#renderPrevious(s, detail)}
        ${
          started && s.status === 'BOOKED'
            ? html`<div class="actions" role="group" aria-label=${msg('Record the session')}>
                <button
                  type="button"
                  part="mark-held"
                  ?disabled=${this.#busy}
                  @click=${() => this.#record(s, 'COMPLETED')}
                >
                  ${msg('Mark held')}
                </button>
                <button
                  type="button"
                  class="secondary"
                  part="mark-no-show"
                  ?disabled=${this.#busy}
                  @click=${() => this.#record(s, 'NO_SHOW')}
                >
                  ${msg('Mark no-show')}
                </button>
              </div>`
            : nothing
        }
        ${this.#error ? html`<p class="field__error" part="form-error" role="alert">${this.#error}</p>` : nothing}
        ${
          started && s.status !== 'CANCELLED'
            ? this.#renderNoteForm(s, detail)
            : !started
              ? html`<p class="muted">${msg('Notes and recording open once the session has started.')}</p>`
              : nothing
        }`;
      },
    });
  }

  #renderGoals(detail: Detail): TemplateResult {
    const goals = detail.goals.edges.map((e) => e.node);
    const locale = this.#host.locale;
    return html`<div part="goals">
      <h4>${msg('Shared goals')}</h4>
      ${
        goals.length === 0
          ? html`<p class="muted">${msg('No goals shared with you yet.')}</p>`
          : html`<ul class="list">
              ${goals.map(
                (g) =>
                  html`<li>
                    <span dir="auto">${g.title}</span>
                    <span class="muted">
                      · ${g.capability.name} · ${formatNumber(g.progress / 100, { locale, style: 'percent' })}
                      · ${goalStatusLabel(g.status)}</span
                    >
                  </li>`,
              )}
            </ul>`
      }
    </div>`;
  }

  /** The private note of the last recorded session before this one. */
  #renderPrevious(s: WeekSession, detail: Detail): TemplateResult {
    const node = detail.node && 'sessions' in detail.node ? detail.node : undefined;
    const before = (node?.sessions.edges ?? [])
      .map((e) => e.node)
      .filter((p) => p.id !== s.id && Date.parse(p.startsAt) < Date.parse(s.startsAt))
      .sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt));
    const previous = before[0];
    const locale = this.#host.locale;
    const timeZone = this.#host.timeZone;
    return html`<div part="previous-note">
      <h4>${msg('Previous session')}</h4>
      ${
        !previous
          ? html`<p class="muted">${msg('This is the first session.')}</p>`
          : html`<p class="muted">
                ${formatDate(previous.startsAt, { locale, timeZone })} ·
                ${sessionStatusLabel(previous.status)}
              </p>
              ${
                previous.privateNote
                  ? html`<p class="note-text" dir="auto">${previous.privateNote.body}</p>
                      ${
                        previous.privateNote.capabilities.length > 0
                          ? html`<p class="muted">
                              ${msg('Worked on:')}
                              ${previous.privateNote.capabilities.map((c) => c.name).join(', ')}
                            </p>`
                          : nothing
                      }`
                  : html`<p class="muted">${msg('No note on that session.')}</p>`
              }`
      }
    </div>`;
  }

  #draftOf(s: WeekSession): Draft {
    let draft = this.#drafts.get(s.id);
    if (!draft) {
      draft = {
        body: s.privateNote?.body ?? '',
        capabilities: new Set(s.privateNote?.capabilities.map((c) => c.id) ?? []),
      };
      this.#drafts.set(s.id, draft);
    }
    return draft;
  }

  #renderNoteForm(s: WeekSession, detail: Detail): TemplateResult {
    const draft = this.#draftOf(s);
    const catalogue = detail.capabilities.edges.map((e) => e.node);
    const full = draft.capabilities.size >= MAX_CAPABILITIES;
    const noteId = `note-${s.id}`;
    return html`<form
      class="form"
      part="note-form"
      style="padding-inline: 0"
      @submit=${(e: Event) => this.#saveNote(e, s)}
    >
      <div class="field" part="field">
        <label for=${noteId}>${msg('Private note (only you can read it)')}</label>
        <textarea
          id=${noteId}
          name="body"
          maxlength="10000"
          dir="auto"
          .value=${draft.body}
          @input=${(e: Event) => (draft.body = (e.target as HTMLTextAreaElement).value)}
        ></textarea>
      </div>
      <fieldset>
        <legend>${msg(str`Capabilities worked on (up to ${MAX_CAPABILITIES})`)}</legend>
        <div class="checks">
          ${catalogue.map(
            (c) =>
              html`<label>
                <input
                  type="checkbox"
                  name="capability"
                  value=${c.id}
                  .checked=${draft.capabilities.has(c.id)}
                  ?disabled=${full && !draft.capabilities.has(c.id)}
                  @change=${(e: Event) => {
                    if ((e.target as HTMLInputElement).checked) draft.capabilities.add(c.id);
                    else draft.capabilities.delete(c.id);
                    this.#host.requestUpdate();
                  }}
                />
                ${c.name}
              </label>`,
          )}
        </div>
      </fieldset>
      <div class="actions">
        <button type="submit" part="save-button" ?disabled=${this.#busy}>${msg('Save note')}</button>
      </div>
    </form>`;
  }

  #toggle(s: WeekSession): void {
    this.#error = undefined;
    this.#open = this.#open?.id === s.id ? undefined : s;
    this.#host.requestUpdate();
  }

  async #record(s: WeekSession, status: 'COMPLETED' | 'NO_SHOW'): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    this.#error = undefined;
    this.#host.requestUpdate();
    try {
      const input = { input: { sessionId: s.id } };
      const result =
        status === 'COMPLETED'
          ? await mutate(this.#host.gateway, completeMutation, input).then((r) => ({
              payload: r.data?.completeSession,
              error: r.error,
            }))
          : await mutate(this.#host.gateway, noShowMutation, input).then((r) => ({
              payload: r.data?.markSessionNoShow,
              error: r.error,
            }));
      if (!result.payload?.session) {
        this.#error = refusal(this.#host, result.payload?.userErrors, result.error);
        return;
      }
      this.#open = { ...s, status: result.payload.session.status };
      this.#recordedHere.add(s.id);
      this.#host.announce(
        status === 'COMPLETED'
          ? msg(str`Recorded as held. ${s.participant.name} is asked to rate the session.`)
          : msg(str`Recorded as a no-show for ${s.participant.name}.`),
      );
      this.#host.dispatchEvent(new SessionRecordedEvent({ sessionId: s.id, status }));
      this.#host.focusAfterUpdate(`[data-session="${CSS.escape(s.id)}"] [part~="session-toggle"]`);
    } finally {
      this.#busy = false;
      this.#host.requestUpdate();
    }
  }

  async #saveNote(event: Event, s: WeekSession): Promise<void> {
    event.preventDefault();
    if (this.#busy) return;
    const draft = this.#draftOf(s);
    this.#busy = true;
    this.#error = undefined;
    this.#host.requestUpdate();
    try {
      const result = await mutate(this.#host.gateway, writeNoteMutation, {
        input: { sessionId: s.id, body: draft.body, capabilities: [...draft.capabilities] },
      });
      const payload = result.data?.writeSessionNote;
      if (!payload?.session) {
        this.#error = refusal(this.#host, payload?.userErrors, result.error);
        return;
      }
      const deleted = payload.note === null || payload.note === undefined;
      this.#host.announce(deleted ? msg('Note deleted.') : msg('Note saved.'));
      this.#host.dispatchEvent(
        new SessionNoteSavedEvent({ sessionId: s.id, capabilities: draft.capabilities.size, deleted }),
      );
    } finally {
      this.#busy = false;
      this.#host.requestUpdate();
    }
  }
}

export function createTab(host: TabHost): Tab {
  return new WeekTab(host);
}
