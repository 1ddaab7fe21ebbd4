import type { DocumentType } from '@coachwork/schema/gql';
import { msg, str } from '@lit/localize';
import { html, nothing, type CSSResultGroup, type PropertyDeclarations } from 'lit';
import { formatDate, formatNumber } from '../shared/format.js';
import { LazyTabs, renderTabList } from '../shared/lazy-tabs.js';
import { TabbedElement } from '../shared/tabbed-element.js';
import { renderNoAccess } from '../shared/states.js';
import { programHeaderQuery, programListQuery } from './program-console.graphql.js';
import { isTab, programStatusLabel, tabLabel, tabs, type TabName } from './program-console.strings.js';
import { programConsoleStyles } from './program-console.styles.js';
import type { Tab, TabHost, TabModule } from './program-console.tab.js';

type ProgramRow = DocumentType<typeof programListQuery>['programs']['edges'][number]['node'];

/** Each tab's code, loaded the first time the tab is shown. */
const tabModules: Record<TabName, () => Promise<TabModule>> = {
  setup: () => import('./program-console.setup.js'),
  participants: () => import('./program-console.participants.js'),
  matching: () => import('./program-console.matching.js'),
  coaches: () => import('./program-console.coaches.js'),
  pulses: () => import('./program-console.pulses.js'),
  outcomes: () => import('./program-console.outcomes.js'),
  platforms: () => import('./program-console.platforms.js'),
};

/** Tabs offered to org admins only. */
const orgAdminTabs: ReadonlySet<TabName> = new Set(['platforms']);

/** Who may run programs; anyone else is told they have no access, without a request for the list. */
const adminRoles = new Set(['PROGRAM_ADMIN', 'ORG_ADMIN']);

/** A program's dates, "3 Mar 2027 – 1 Sep 2027", or what is known of them. */
function formatDates(program: ProgramRow, locale: string): string {
  const date = (d: string): string => formatDate(`${d}T00:00:00Z`, { locale, timeZone: 'UTC' });
  if (program.startsOn && program.endsOn) return `${date(program.startsOn)} – ${date(program.endsOn)}`;
  if (program.startsOn) return msg(str`From ${date(program.startsOn)}`);
  if (program.endsOn) return msg(str`Until ${date(program.endsOn)}`);
  return msg('No dates set');
}

/**
 * The place where a program admin runs coaching programs: the list of programs, and for one
 * program its setup (who it is for, with a live count), participants, matching, coaches and
 * outcomes. Each tab's code loads the first time the tab opens. `program` and `tab` reflect what
 * is on screen, so a host can deep-link to them and keep them in its own URL.
 *
 * @summary Create, populate, match, run and judge coaching programs.
 * @attr program - A Program ID: open that program instead of the list; `new` opens the setup of a new program.
 * @attr tab - The tab to show for the open program: `setup` (default), `participants`, `matching`, `coaches`, `pulses`, `outcomes`, `platforms` (the organisation's learning platforms, LTI 1.3; org admins only).
 * @attr compact - Denser layout for narrow slots.
 * @fires {ProgramSavedEvent} cw-program-saved - The gateway saved a program the admin created or edited. detail: `{ programId, status, created }`.
 * @fires {ProgramPublishedEvent} cw-program-published - A program was published: its population was invited. detail: `{ programId, invited }`.
 * @fires {EnrolmentChangedEvent} cw-enrolment-changed - Enrolments changed from the console (withdrawn, reinvited, reminded, re-matched). detail: `{ programId, enrolmentIds, change }`.
 * @fires {MatchApprovedEvent} cw-match-approved - The admin approved a match proposal. detail: `{ programId, matched, unmatched }`.
 * @fires {CoachStatusChangedEvent} cw-coach-status-changed - A coach was paused or reinstated in a program. detail: `{ programId, coachId, status }`.
 * @fires {LtiRegistrationChangedEvent} cw-lti-registration-changed - An org admin registered a learning platform, replaced its keys or removed it. detail: `{ registrationId, change }`.
 * @fires {ProgramExportEvent} cw-program-export - The admin downloaded a CSV export. detail: `{ programId, kind, rows }`.
 * @csspart base - The card around everything.
 * @csspart header - Heading row (program name, status, back to the list).
 * @csspart heading - The console's heading.
 * @csspart back-button - Returns from a program to the list.
 * @csspart new-button - Starts a new program.
 * @csspart notice - A refused change's message (role=alert), with `notice-dismiss`.
 * @csspart notice-dismiss - Closes the notice.
 * @csspart list - The table of programs; each row is `program`.
 * @csspart program - One program's row; carries `data-status`.
 * @csspart program-link - The button that opens a program (its name).
 * @csspart status - A program's or person's status badge.
 * @csspart tablist - The row of tabs; each is `tab`, the selected one also `tab-selected`.
 * @csspart tab - One tab.
 * @csspart tab-selected - The selected tab.
 * @csspart panel - The selected tab's panel.
 * @csspart form - The setup form.
 * @csspart field - A label with its control.
 * @csspart field-error - A field's message from the gateway.
 * @csspart form-error - A message that belongs to no single field.
 * @csspart population - The live count of who the rules select.
 * @csspart save-button - Saves the setup form.
 * @csspart action-button - Any other command (publish, approve, pause, export…).
 * @csspart filter - The participants' status filter and search box.
 * @csspart proposal-state - A match proposal being computed (queued or computing, with its progress bar), or why it failed; `data-proposal-state` says which.
 * @csspart platform - A registered learning platform's row (the `platforms` tab).
 * @csspart key-source - The choice of a learning platform's keys: a JWKS URL or public keys pasted.
 * @csspart copy-button - Copies one of Coachwork's LTI tool addresses.
 * @csspart table - A data table (roster, proposal, coaches, KPIs).
 * @csspart chart - A chart (participation over time, KPI series).
 * @csspart state - Any non-content state; also `state-loading`, `state-empty`, `state-error`, `state-signed-out`, `state-unauthorised`, `state-rate-limited`.
 * @csspart retry-button - The error state's button.
 */
export class ProgramConsole extends TabbedElement {
  static override styles: CSSResultGroup = [TabbedElement.styles, programConsoleStyles];

  static override properties: PropertyDeclarations = {
    program: { reflect: true },
    tab: { reflect: true },
    compact: { type: Boolean, reflect: true },
  };

  program?: string;
  tab?: string;
  compact = false;

  #notice: string | undefined;

  readonly #list = this.createQuery({
    query: programListQuery,
    // The list can be empty and then shows no Program: one created anywhere must refresh it.
    additionalTypenames: ['Program', 'Enrolment'],
    variables: () => ({ status: null }),
  });

  readonly #header = this.createQuery({
    query: programHeaderQuery,
    variables: () => ({ id: this.program ?? '' }),
    pause: () => !this.program || this.program === 'new',
  });

  /** What the tab modules use of the console. */
  readonly #host: TabHost = ((self: ProgramConsole) =>
    self.tabHost({
      get programId() {
        return self.program && self.program !== 'new' ? self.program : undefined;
      },
      get activeTab() {
        return self.program ? self.#activeTab : undefined;
      },
      notice: (text: string | undefined) => {
        self.#notice = text;
        self.requestUpdate();
      },
      open: (programId: string, tab: TabName) => self.#open(programId, tab),
    }))(this);

  /** Each tab's code, loaded the first time the tab is shown. */
  readonly #panels = new LazyTabs<TabName, Tab>(
    this,
    async (tab) => (await tabModules[tab]()).createTab(this.#host),
    {
      loading: (tab) => msg(str`Loading ${tabLabel(tab)}…`),
      failed: () => msg('This part of the console could not be loaded. Check your connection and try again.'),
      lines: 4,
    },
  );

  get #activeTab(): TabName {
    if (this.program === 'new') return 'setup';
    return isTab(this.tab) ? this.tab : 'setup';
  }

  protected renderContent(): unknown {
    const data = this.#list.data;
    const isAdmin = data?.viewer.roles?.some((role) => adminRoles.has(role)) ?? true;
    const node = this.program && this.program !== 'new' ? this.#header.data?.node : undefined;
    const current = node && 'status' in node ? node : undefined;
    return html`<section class="card" part="base" aria-labelledby="heading">
      <header class="header" part="header">
        ${
          this.program
            ? html`<button
                type="button"
                class="secondary back"
                part="back-button"
                data-action="back"
                @click=${this.#backToList}
              >
                ${msg('All programs')}
              </button>`
            : nothing
        }
        <h2 id="heading" part="heading" tabindex="-1" dir="auto">
          ${
            this.program === 'new'
              ? msg('New program')
              : this.program
                ? (current?.name ?? msg('Program'))
                : msg('Coaching programs')
          }
        </h2>
        ${
          current
            ? html`<span class="status" part="status" data-status=${current.status}
                >${programStatusLabel(current.status)}</span
              >`
            : nothing
        }
        ${
          !this.program && data && isAdmin
            ? html`<button type="button" part="new-button" data-action="new" @click=${this.#openNew}>
                ${msg('New program')}
              </button>`
            : nothing
        }
      </header>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${
        this.#notice
          ? html`<div class="notice" part="notice" role="alert">
              <p>${this.#notice}</p>
              <button
                type="button"
                class="secondary"
                part="notice-dismiss"
                @click=${() => this.#host.notice(undefined)}
              >
                ${msg('Dismiss')}
              </button>
            </div>`
          : nothing
      }
      ${
        !isAdmin
          ? renderNoAccess('unauthorised')
          : this.program && this.configurationProblem === undefined && this.canAuthenticate
            ? this.#renderProgram()
            : this.#renderList()
      }
    </section>`;
  }

  #renderList(): unknown {
    const locale = this.resolvedLocale;
    return this.renderQuery(this.#list, {
      loading: { label: msg('Loading programs…'), lines: 4 },
      isEmpty: (d) => d.programs.edges.length === 0,
      empty: () => ({
        message: msg('No coaching programs yet.'),
        action: { label: msg('Create the first program'), onClick: this.#openNew },
      }),
      content: (d) =>
        html`<div class="scroll">
          <table class="programs" part="list table">
            <caption class="visually-hidden">
              ${msg(str`${formatNumber(d.programs.totalCount, { locale })} programs`)}
            </caption>
            <thead>
              <tr>
                <th scope="col">${msg('Program')}</th>
                <th scope="col">${msg('Status')}</th>
                <th scope="col">${msg('Dates')}</th>
                <th scope="col" class="number">${msg('Participants')}</th>
              </tr>
            </thead>
            <tbody>
              ${d.programs.edges.map(
                ({ node: p }) =>
                  html`<tr part="program" data-program=${p.id} data-status=${p.status}>
                    <th scope="row">
                      <button
                        type="button"
                        class="link"
                        part="program-link"
                        dir="auto"
                        @click=${() => this.#open(p.id, 'setup')}
                      >
                        ${p.name}
                      </button>
                    </th>
                    <td>
                      <span class="status" part="status" data-status=${p.status}
                        >${programStatusLabel(p.status)}</span
                      >
                    </td>
                    <td>${formatDates(p, locale)}</td>
                    <td class="number">
                      ${p.enrolments ? formatNumber(p.enrolments.totalCount, { locale }) : '—'}
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>`,
    });
  }

  /**
   * The tabs offered: all but the org admins' own to anyone else. A deep link to one of those shows
   * its tab with the unauthorised state (and the gateway refuses its data anyway).
   */
  #shownTabs(): TabName[] {
    const active = this.#activeTab;
    return tabs.filter((tab) => !orgAdminTabs.has(tab) || this.#orgAdmin() === true || tab === active);
  }

  /** Whether the viewer is an org admin; undefined until the roles are known. */
  #orgAdmin(): boolean | undefined {
    const roles = this.#list.data?.viewer.roles;
    return roles ? roles.includes('ORG_ADMIN') : undefined;
  }

  #renderProgram(): unknown {
    const active = this.#activeTab;
    const creating = this.program === 'new';
    const refused = orgAdminTabs.has(active) && this.#orgAdmin() === false;
    return renderTabList(
      {
        tabs: this.#shownTabs(),
        active,
        label: tabLabel,
        select: (tab) => this.#select(tab),
        rtl: this.dir === 'rtl',
        disabled: (tab) => creating && tab !== 'setup',
      },
      refused ? renderNoAccess('unauthorised') : this.#panels.render(active),
    );
  }

  #select(tab: TabName): void {
    if (tab === this.#activeTab) return;
    this.tab = tab;
    this.#notice = undefined;
    this.pendingFocus.request(`[data-tab="${tab}"]`);
  }

  #open(programId: string, tab: TabName): void {
    this.program = programId;
    this.tab = tab;
    this.#notice = undefined;
    this.pendingFocus.request(`[data-tab="${tab}"]`);
  }

  readonly #openNew = (): void => {
    this.program = 'new';
    this.tab = 'setup';
    this.#notice = undefined;
    this.pendingFocus.request('[part~="panel"] form [name]');
  };

  readonly #backToList = (): void => {
    const from = this.program;
    this.program = undefined;
    this.tab = undefined;
    this.#notice = undefined;
    this.pendingFocus.request(
      from && from !== 'new' ? `[data-program="${from}"] [part~="program-link"]` : '#heading',
    );
  };
}
