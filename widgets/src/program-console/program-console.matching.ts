import { mutate, query } from '@coachwork/client';
import type { DocumentType } from '@coachwork/schema/gql';
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { MatchApprovedEvent } from '../events/match-approved.js';
import { formatNumber } from '../shared/format.js';
import {
  adjustMatchMutation,
  approveMatchMutation,
  discardMatchMutation,
  matchingQuery,
  proposalProgressQuery,
  proposeMatchMutation,
  type proposalFields,
  type proposalProgressFields,
} from './program-console.matching.graphql.js';
import { dataTable, languageName, ChangeRunner, type Tab, type TabHost } from './program-console.tab.js';

type Proposal = DocumentType<typeof proposalFields>;
type Progress = DocumentType<typeof proposalProgressFields>;

/** How often a proposal being computed is asked about. */
const PROGRESS_POLL_MS = 1000;

const computing = (progress: Progress | null | undefined): boolean =>
  progress?.status === 'PENDING' || progress?.status === 'RUNNING';
type Matching = Extract<
  NonNullable<DocumentType<typeof matchingQuery>['node']>,
  { viewerCanManage: boolean }
>;

/**
 * The matching tab: propose coaches for every accepted participant, review each pair with its
 * reasons and each unmatched person with why, change a pair by hand, then approve or discard.
 * A proposal is computed in the background: while it is queued or computing the tab says so and
 * asks about it every second; once it is ready the review appears, and if it failed, why, with a
 * button to try again.
 */
class MatchingTab implements Tab {
  readonly #host: TabHost;
  readonly #changes: ChangeRunner;
  readonly #matching;
  /** The proposal being watched while it is computed, and its latest state. */
  #watching: string | undefined;
  #polled: Progress | undefined;

  constructor(host: TabHost) {
    this.#host = host;
    this.#changes = new ChangeRunner(host);
    this.#matching = host.createQuery({
      query: matchingQuery,
      variables: () => ({ id: host.programId ?? '' }),
      // Proposing creates a proposal this query did not show (it had none).
      additionalTypenames: ['MatchProposal', 'Enrolment'],
      pause: () => host.activeTab !== 'matching' || host.programId === undefined,
    });
  }

  render(): unknown {
    return this.#host.renderQuery(this.#matching, {
      loading: { label: msg('Loading the matching…'), lines: 5 },
      content: (data) => {
        const program = data.node && 'viewerCanManage' in data.node ? data.node : undefined;
        if (!program) return html`<p class="muted pad">${msg('This item no longer exists.')}</p>`;
        return this.#renderMatching(program);
      },
    });
  }

  #renderMatching(program: Matching): TemplateResult {
    const locale = this.#host.locale;
    const accepted = program.enrolmentCounts?.find((c) => c.status === 'ACCEPTED')?.count ?? 0;
    const proposal = program.openMatchProposal;
    const pending =
      this.#polled && this.#polled.id === program.pendingMatchProposal?.id
        ? this.#polled
        : program.pendingMatchProposal;
    if (pending && computing(pending)) this.#watch(pending.id);
    const canPropose = program.viewerCanManage && program.status === 'ACTIVE';
    // After a failed computation the one way to propose is "Try again", beside why it failed.
    const failed = pending?.status === 'FAILED';
    return html`<div class="summary">
        <p class="figure">
          <strong>${formatNumber(accepted, { locale })}</strong>
          <span>${msg('accepted, waiting for a coach')}</span>
        </p>
        ${
          proposal
            ? html`<p class="figure" data-figure="matched">
                  <strong>${formatNumber(proposal.matchedCount, { locale })}</strong>
                  <span>${msg('proposed pairs')}</span>
                </p>
                <p class="figure" data-figure="unmatched">
                  <strong>${formatNumber(proposal.unmatchedCount, { locale })}</strong>
                  <span>${msg('could not be matched')}</span>
                </p>`
            : nothing
        }
      </div>
      <div class="toolbar">
        ${
          canPropose && !failed
            ? html`<button
                type="button"
                class=${proposal ? 'secondary' : ''}
                part="action-button"
                data-action="propose"
                ?disabled=${this.#changes.busy || accepted === 0 || computing(pending)}
                @click=${() => void this.#propose(program)}
              >
                ${proposal ? msg('Propose again') : msg('Propose matches')}
              </button>`
            : nothing
        }
        ${
          proposal && program.viewerCanManage
            ? html`<span class="spacer"></span>
                <button
                  type="button"
                  part="action-button"
                  data-action="approve"
                  ?disabled=${this.#changes.busy || proposal.matchedCount === 0}
                  @click=${() => void this.#approve(program, proposal)}
                >
                  ${
                    proposal.matchedCount === 1
                      ? msg('Approve 1 match')
                      : msg(str`Approve ${formatNumber(proposal.matchedCount, { locale })} matches`)
                  }
                </button>
                <button
                  type="button"
                  class="secondary"
                  part="action-button"
                  data-action="discard"
                  ?disabled=${this.#changes.busy}
                  @click=${() => void this.#discard(proposal)}
                >
                  ${msg('Discard')}
                </button>`
            : nothing
        }
      </div>
      ${pending ? this.#renderProgress(program, pending, accepted) : nothing}
      ${
        !proposal && pending
          ? nothing
          : !proposal
            ? html`<p class="muted pad" data-empty="proposal">
                ${
                  program.status !== 'ACTIVE'
                    ? msg('Matching opens once the program is published.')
                    : accepted === 0
                      ? msg(
                          'Nobody is waiting for a coach. Proposals cover participants who accepted their invitation.',
                        )
                      : msg('No proposal yet. Propose matches to review them before anyone is told.')
                }
              </p>`
            : this.#renderProposal(program, proposal)
      }`;
  }

  #renderProposal(program: Matching, proposal: Proposal): TemplateResult {
    const locale = this.#host.locale;
    const pool = program.coachPool ?? [];
    const pairs = proposal.pairs.edges.map((e) => e.node);
    const unmatched = proposal.unmatched.edges.map((e) => e.node);
    return html`${
      proposal.kind === 'HANDOVER' && proposal.fromCoach
        ? html`<p class="pad">${msg(str`Moving the clients of ${proposal.fromCoach.name}.`)}</p>`
        : nothing
    }
    ${dataTable(
      'pairs',
      { text: msg(str`Proposed pairs (${formatNumber(proposal.pairs.totalCount, { locale })})`), seen: true },
      [
        { label: msg('Participant') },
        { label: msg('Coach') },
        { label: msg('Score'), number: true },
        { label: msg('Why') },
      ],
      pairs.map(
        (pair) =>
          html`<tr data-enrolment=${pair.enrolment.id}>
            <th scope="row" dir="auto">
              ${pair.enrolment.person.name}
              ${
                pair.enrolment.person.locale
                  ? html`<span class="muted">(${languageName(pair.enrolment.person.locale, locale)})</span>`
                  : nothing
              }
            </th>
            <td>
              ${
                program.viewerCanManage
                  ? html`<label class="visually-hidden" for=${`coach-${pair.enrolment.id}`}
                        >${msg(str`Coach for ${pair.enrolment.person.name}`)}</label
                      >
                      <select
                        id=${`coach-${pair.enrolment.id}`}
                        ?disabled=${this.#changes.busy}
                        @change=${(e: Event) =>
                          void this.#adjust(
                            proposal,
                            pair.enrolment.id,
                            (e.target as HTMLSelectElement).value || null,
                          )}
                      >
                        ${this.#coachOptions(pool, pair.coach)}
                        <option value="">${msg('Leave unmatched')}</option>
                      </select>`
                  : html`<span dir="auto">${pair.coach.name}</span>`
              }
              ${pair.adjusted ? html`<span class="muted">${msg('changed by hand')}</span>` : nothing}
            </td>
            <td class="number">${formatNumber(pair.score, { locale, maximumFractionDigits: 1 })}</td>
            <td>
              <ul class="reasons">
                ${pair.reasons.map((r) => html`<li>${r.message}</li>`)}
              </ul>
            </td>
          </tr>`,
      ),
    )}
    ${
      proposal.pairs.totalCount > pairs.length
        ? html`<p class="muted pad">
            ${msg(
              str`Showing the best ${formatNumber(pairs.length, { locale })} of ${formatNumber(proposal.pairs.totalCount, { locale })} pairs; approving applies them all.`,
            )}
          </p>`
        : nothing
    }
    ${
      unmatched.length > 0
        ? dataTable(
            'unmatched',
            {
              text: msg(
                str`Could not be matched (${formatNumber(proposal.unmatched.totalCount, { locale })})`,
              ),
              seen: true,
            },
            [{ label: msg('Participant') }, { label: msg('Why') }, { label: msg('Coach') }],
            unmatched.map(
              (u) =>
                html`<tr data-enrolment=${u.enrolment.id} data-reason=${u.reason}>
                  <th scope="row" dir="auto">${u.enrolment.person.name}</th>
                  <td>${u.message}</td>
                  <td>
                    ${
                      program.viewerCanManage && pool.length > 0
                        ? html`<label class="visually-hidden" for=${`coach-${u.enrolment.id}`}
                              >${msg(str`Coach for ${u.enrolment.person.name}`)}</label
                            >
                            <select
                              id=${`coach-${u.enrolment.id}`}
                              ?disabled=${this.#changes.busy}
                              @change=${(e: Event) => {
                                const value = (e.target as HTMLSelectElement).value;
                                if (value) void this.#adjust(proposal, u.enrolment.id, value);
                              }}
                            >
                              <option value="">${msg('Choose a coach…')}</option>
                              ${this.#coachOptions(pool, undefined)}
                            </select>`
                        : nothing
                    }
                  </td>
                </tr>`,
            ),
          )
        : nothing
    }
    ${
      proposal.coachLoads.length > 0
        ? dataTable(
            'loads',
            { text: msg('Coach loads after approval'), seen: true },
            [
              { label: msg('Coach') },
              { label: msg('Now'), number: true },
              { label: msg('Proposed'), number: true },
              { label: msg('Capacity'), number: true },
            ],
            proposal.coachLoads.map(
              (load) =>
                html`<tr data-over=${load.current + load.proposed > load.capacity ? 'true' : 'false'}>
                  <th scope="row" dir="auto">${load.coach.name}</th>
                  <td class="number">${formatNumber(load.current, { locale })}</td>
                  <td class="number">${formatNumber(load.proposed, { locale })}</td>
                  <td class="number">${formatNumber(load.capacity, { locale })}</td>
                </tr>`,
            ),
          )
        : nothing
    }`;
  }

  /**
   * A proposal queued, computing, or failed: then why, and "Try again", which stands in for the
   * toolbar's "Propose matches" (one action, not two that do the same).
   */
  #renderProgress(program: Matching, progress: Progress, accepted: number): TemplateResult {
    const locale = this.#host.locale;
    if (progress.status === 'FAILED') {
      return html`<div class="proposal-state pad" part="proposal-state" data-proposal-state="FAILED">
        <p>${msg(str`The proposal could not be computed: ${progress.failureMessage ?? ''}`)}</p>
        ${
          program.viewerCanManage && program.status === 'ACTIVE'
            ? html`<button
                type="button"
                part="action-button"
                data-action="retry-proposal"
                ?disabled=${this.#changes.busy || accepted === 0}
                @click=${() => void this.#propose(program)}
              >
                ${msg('Try again')}
              </button>`
            : nothing
        }
      </div>`;
    }
    const label =
      progress.status === 'RUNNING' && progress.cohortSize !== null && progress.cohortSize !== undefined
        ? msg(str`Computing the proposal for ${formatNumber(progress.cohortSize, { locale })} participants…`)
        : msg('Queued: the proposal will be computed in a moment.');
    return html`<div
      class="proposal-state pad"
      part="proposal-state"
      role="status"
      aria-busy="true"
      data-proposal-state=${progress.status}
    >
      <p>${label}</p>
      <progress aria-label=${label}></progress>
    </div>`;
  }

  /** Asks about a proposal being computed every second until it is OPEN or FAILED, then reloads the tab. */
  #watch(id: string): void {
    if (this.#watching === id) return;
    this.#watching = id;
    const tick = async (): Promise<void> => {
      if (this.#watching !== id) return;
      if (this.#host.activeTab !== 'matching') {
        // Watched again when the tab is shown.
        this.#watching = undefined;
        return;
      }
      const result = await query(
        this.#host.gateway,
        proposalProgressQuery,
        { id },
        { requestPolicy: 'network-only' },
      );
      if (this.#watching !== id) return;
      const node = result.data?.node;
      const state = node && 'failureMessage' in node ? (node as Progress) : undefined;
      if (state && !computing(state)) {
        this.#watching = undefined;
        this.#polled = undefined;
        this.#host.announce(
          state.status === 'FAILED'
            ? msg(str`The proposal could not be computed: ${state.failureMessage ?? ''}`)
            : msg('The proposal is ready to review.'),
        );
        this.#matching.retry();
        return;
      }
      if (state) {
        this.#polled = state;
        this.#host.requestUpdate();
      }
      setTimeout(() => void tick(), PROGRESS_POLL_MS);
    };
    setTimeout(() => void tick(), PROGRESS_POLL_MS);
  }

  #coachOptions(
    pool: NonNullable<Matching['coachPool']>,
    current: { id: string; name: string } | undefined,
  ): TemplateResult {
    const coaches = pool.map((p) => p.coach);
    // The proposal may name a coach from outside the pool (an empty pool means every coach).
    if (current && !coaches.some((c) => c.id === current.id)) coaches.unshift({ ...current, languages: [] });
    return html`${coaches.map(
      (c) => html`<option value=${c.id} ?selected=${c.id === current?.id}>${c.name}</option>`,
    )}`;
  }

  async #propose(program: Matching): Promise<void> {
    const result = await this.#changes.send(() =>
      mutate(this.#host.gateway, proposeMatchMutation, { input: { programId: program.id } }),
    );
    if (!result) return;
    const payload = result.data?.proposeProgramMatch;
    if (!payload?.proposal) return this.#changes.refuse(payload?.userErrors, result.error);
    this.#host.announce(msg('Queued: the proposal will be computed in a moment.'));
  }

  async #adjust(proposal: Proposal, enrolmentId: string, coachId: string | null): Promise<void> {
    const result = await this.#changes.send(() =>
      mutate(this.#host.gateway, adjustMatchMutation, {
        input: { proposalId: proposal.id, enrolmentId, coachId },
      }),
    );
    if (!result) return;
    const payload = result.data?.adjustMatchProposal;
    if (!payload?.proposal) return this.#changes.refuse(payload?.userErrors, result.error);
    this.#host.announce(msg('Proposal changed.'));
  }

  async #approve(program: Matching, proposal: Proposal): Promise<void> {
    const result = await this.#changes.send(() =>
      mutate(this.#host.gateway, approveMatchMutation, { input: { proposalId: proposal.id } }),
    );
    if (!result) return;
    const payload = result.data?.approveMatchProposal;
    if (!payload?.proposal) return this.#changes.refuse(payload?.userErrors, result.error);
    const locale = this.#host.locale;
    this.#host.announce(
      msg(
        str`Approved: ${formatNumber(payload.proposal.matchedCount, { locale })} participants have a coach.`,
      ),
    );
    this.#host.dispatchEvent(
      new MatchApprovedEvent({
        programId: program.id,
        matched: payload.proposal.matchedCount,
        unmatched: payload.proposal.unmatchedCount,
      }),
    );
  }

  async #discard(proposal: Proposal): Promise<void> {
    const result = await this.#changes.send(() =>
      mutate(this.#host.gateway, discardMatchMutation, { input: { proposalId: proposal.id } }),
    );
    if (!result) return;
    const payload = result.data?.discardMatchProposal;
    if (!payload?.proposal) return this.#changes.refuse(payload?.userErrors, result.error);
    this.#host.announce(msg('Proposal discarded.'));
  }
}

export function createTab(host: TabHost): Tab {
  return new MatchingTab(host);
}
