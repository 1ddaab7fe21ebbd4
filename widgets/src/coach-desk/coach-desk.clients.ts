import type { DocumentType } from '@coachwork/schema/gql';
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatDateTime, formatNumber } from '../shared/format.js';
import { goalStatusLabel } from '../shared/labels.js';
import { clientGoalsQuery, clientsQuery } from './coach-desk.clients.graphql.js';
import { paceLabel } from './coach-desk.strings.js';
import type { Tab, TabHost } from './coach-desk.tab.js';

type Client = NonNullable<DocumentType<typeof clientsQuery>['coachDesk']>['clients'][number];

/**
 * The coach's current clients: program, pace against the plan, sessions left, the goals they
 * share and the next session; a client's goals open in place. A client whose enrolment ends or
 * moves to another coach is not listed (the gateway leaves them out, with their data).
 */
class ClientsTab implements Tab {
  readonly #host: TabHost;
  #open: Client | undefined;
  readonly #clients;
  readonly #goals;

  constructor(host: TabHost) {
    this.#host = host;
    this.#clients = host.createQuery({
      query: clientsQuery,
      additionalTypenames: ['Enrolment', 'Session', 'Goal'],
      pause: () => host.activeTab !== 'clients',
    });
    this.#goals = host.createQuery({
      query: clientGoalsQuery,
      variables: () => ({ owner: this.#open?.person.id ?? '' }),
      additionalTypenames: ['Goal'],
      pause: () => host.activeTab !== 'clients' || this.#open === undefined,
    });
  }

  render(): unknown {
    return this.#host.renderQuery(this.#clients, {
      loading: { label: msg('Loading your clients…'), lines: 8 },
      isEmpty: (data) => (data.coachDesk?.clients.length ?? 0) === 0,
      empty: () => ({ message: msg('You have no clients right now. New matches appear here.') }),
      content: (data) => this.#renderTable(data.coachDesk?.clients ?? []),
    });
  }

  #renderTable(clients: readonly Client[]): TemplateResult {
    const locale = this.#host.locale;
    const timeZone = this.#host.timeZone;
    return html`<div class="scroll">
      <table part="table">
        <caption class="visually-hidden">
          ${
            clients.length === 1
              ? msg('1 current client')
              : msg(str`${formatNumber(clients.length, { locale })} current clients`)
          }
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Client')}</th>
            <th scope="col">${msg('Program')}</th>
            <th scope="col">${msg('Pace')}</th>
            <th scope="col" class="number">${msg('Sessions left')}</th>
            <th scope="col">${msg('Next session')}</th>
            <th scope="col">${msg('Shared goals')}</th>
          </tr>
        </thead>
        <tbody>
          ${clients.map((c) => {
            const open = this.#open?.id === c.id;
            const goals = c.progress?.goals;
            return html`<tr part="client" data-client=${c.id} data-pace=${c.pace ?? ''}>
                <th scope="row" dir="auto">${c.person.name}</th>
                <td dir="auto">${c.program.name}</td>
                <td>
                  <span class="status" part="status" data-pace=${c.pace ?? ''}>${paceLabel(c.pace)}</span>
                </td>
                <td class="number">
                  ${msg(
                    str`${formatNumber(c.quota.remaining, { locale })} of ${formatNumber(c.quota.allowed, { locale })}`,
                  )}
                </td>
                <td>
                  ${
                    c.progress?.nextSession
                      ? formatDateTime(c.progress.nextSession.startsAt, { locale, timeZone })
                      : html`<span class="muted">${msg('None booked')}</span>`
                  }
                </td>
                <td>
                  <button
                    type="button"
                    class="link"
                    part="client-goals"
                    aria-expanded=${open ? 'true' : 'false'}
                    aria-controls=${open ? `goals-${c.id}` : nothing}
                    @click=${() => this.#toggle(c)}
                  >
                    ${
                      goals
                        ? msg(
                            str`${formatNumber(goals.total, { locale })} goals, ${formatNumber(goals.onTrack, { locale })} on track`,
                          )
                        : msg('Goals')
                    }
                  </button>
                </td>
              </tr>
              ${
                open
                  ? html`<tr>
                      <td colspan="6" id=${`goals-${c.id}`} part="goals">${this.#renderGoals(c)}</td>
                    </tr>`
                  : nothing
              }`;
          })}
        </tbody>
      </table>
    </div>`;
  }

  #renderGoals(c: Client): unknown {
    const locale = this.#host.locale;
    return this.#host.renderQuery(this.#goals, {
      loading: { label: msg(str`Loading ${c.person.name}’s goals…`), lines: 3 },
      isEmpty: (data) => data.goals.edges.length === 0,
      empty: () => ({ message: msg(str`${c.person.name} shares no goals with you yet.`) }),
      content: (data) =>
        html`<ul class="list">
          ${data.goals.edges.map(
            ({ node: g }) =>
              html`<li>
                <strong dir="auto">${g.title}</strong>
                <span class="muted">
                  · ${g.capability.name} · ${formatNumber(g.progress / 100, { locale, style: 'percent' })} ·
                  ${goalStatusLabel(g.status)}
                  ${g.targetDate ? html` · ${formatDate(`${g.targetDate}T00:00:00Z`, { locale, timeZone: 'UTC' })}` : nothing}
                </span>
              </li>`,
          )}
        </ul>`,
    });
  }

  #toggle(c: Client): void {
    this.#open = this.#open?.id === c.id ? undefined : c;
    this.#host.requestUpdate();
  }
}

export function createTab(host: TabHost): Tab {
  return new ClientsTab(host);
}
