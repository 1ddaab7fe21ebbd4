import { mutate, type QueryState } from '@coachwork/client';
import type { DocumentType } from '@coachwork/schema/gql';
import { msg, str } from '@lit/localize';
import { html, nothing, type CSSResultGroup, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ActionStatusController } from '../shared/action-status.js';
import { cardBodyStyles } from '../shared/card-body.styles.js';
import { cardStyles } from '../shared/card.styles.js';
import { CoachworkElement } from '../shared/coachwork-element.js';
import { formatDate, formatNumber } from '../shared/format.js';
import { pulseRequestsQuery, savePulseDraftMutation, submitPulseMutation } from './pulse.graphql.js';
import { pulseStyles } from './pulse.styles.js';
import type { RaterChoices, RatersHost } from './pulse.raters.js';
import type { WellbeingForm } from './pulse.wellbeing.js';

type Data = DocumentType<typeof pulseRequestsQuery>;
type Request = Data['pulseRequests'][number];

/** One request's key, as the mutations name it. */
const keyOf = (r: Request) => `${r.program.id}|${r.subject.id}|${r.phase}`;

/**
 * The 360 ratings the viewer owes, one at a time: whom to rate, in which program, on which
 * capabilities, by when. Each capability is a radio group on the program's scale (Tab between
 * capabilities, arrow keys along the scale); every choice is saved on the server as it is made, so a
 * closed tab loses nothing, and Submit sends the rating. Answers count only once the phase closes,
 * and reports' and peers' answers only in groups large enough to stay anonymous. Below them, a
 * participant sees who rates them in each open phase and, until the phase's cut-off, changes which
 * direct reports and peers do; one who has not yet answered this week's wellbeing check-in (energy,
 * how manageable the workload is, support; 1–5 each) finds it. Both load on demand.
 *
 * @summary The 360 ratings the viewer owes, answered in a couple of minutes.
 * @csspart base - The card around everything.
 * @csspart header - What is asked and by when.
 * @csspart heading - Whom to rate.
 * @csspart subheading - The program, the phase and the due date.
 * @csspart anonymity - What happens to the answers.
 * @csspart capability - One capability's radio group (a fieldset).
 * @csspart scale - The scale's choices of one capability.
 * @csspart choice - One choice on the scale (a label around a radio).
 * @csspart saved - Whether the draft is saved (role=status).
 * @csspart submit-button - Sends the rating.
 * @csspart queue - How many more ratings are owed.
 * @csspart thanks - The message once everything is answered.
 * @csspart notice - A refused change's message (role=alert).
 * @csspart raters - Who rates the participant in one open phase (a section); carries `data-phase` and `data-state` (`open` or `closed`).
 * @csspart raters-heading - Its heading.
 * @csspart raters-cutoff - Until when the raters can be changed.
 * @csspart raters-closed - The message once the cut-off has passed.
 * @csspart raters-list - Who is asked to rate the participant.
 * @csspart raters-empty - Said when nobody but the participant is asked.
 * @csspart raters-change-button - Opens the form to change the raters.
 * @csspart raters-form - The form: one `raters-field` for direct reports, one for peers.
 * @csspart raters-field - One list of checkboxes (a fieldset); carries `data-kind` (`reports` or `peers`).
 * @csspart raters-option - One person to tick (a label around a checkbox).
 * @csspart raters-field-error - The gateway's message about one list.
 * @csspart raters-error - A refusal that concerns the whole form (role=alert).
 * @csspart raters-save-button - Saves the choice.
 * @csspart raters-cancel-button - Closes the form without saving.
 * @csspart wellbeing - The weekly wellbeing check-in (a form), shown to a participant who has not answered this week.
 * @csspart wellbeing-heading - The check-in's heading.
 * @csspart wellbeing-item - One check-in question's radio group (a fieldset).
 * @csspart wellbeing-submit-button - Sends the check-in.
 * @csspart wellbeing-error - Why the check-in was not sent (role=alert).
 * @csspart wellbeing-thanks - The message once the check-in is sent.
 * @csspart state - Any non-content state; also `state-loading`, `state-empty`, `state-error`, `state-signed-out`, `state-unauthorised`, `state-rate-limited`.
 * @csspart retry-button - The error state's button.
 */
export class Pulse extends CoachworkElement {
  static override styles: CSSResultGroup = [CoachworkElement.styles, cardStyles, cardBodyStyles, pulseStyles];

  static override properties: PropertyDeclarations = {
    _answers: { state: true },
    _saved: { state: true },
    _thanked: { state: true },
  };

  /** Choices made in this page, by request key and capability id, over the server's draft. */
  _answers: Record<string, Record<string, number>> = {};
  _saved: 'idle' | 'saving' | 'saved' | 'failed' = 'idle';
  /** Submitted in this page: thanked until the list comes back without them. */
  _thanked = 0;

  readonly #status = new ActionStatusController(this, { describe: (error) => this.describeError(error) });
  #saving: Promise<unknown> = Promise.resolve();
  #pendingSaves = 0;
  readonly #host: RatersHost = ((self: Pulse): RatersHost => ({
    get gateway() {
      return self.gateway;
    },
    get locale() {
      return self.resolvedLocale;
    },
    createQuery: (options) => self.createQuery(options),
    describeError: (error) => self.describeError(error),
    announce: (text) => self.#status.announce(text),
    requestUpdate: () => self.requestUpdate(),
    focus: (selector) => {
      void self.updateComplete.then(() => self.renderRoot.querySelector<HTMLElement>(selector)?.focus());
    },
  }))(this);
  /** The wellbeing check-in, once its code has loaded. */
  #wellbeing: WellbeingForm | undefined;
  #wellbeingRequested = false;
  /** Who rates the participant and, until the cut-off, changing it, once its code has loaded. */
  #raters: RaterChoices | undefined;

  readonly #requests = this.createQuery({
    query: pulseRequestsQuery,
    // What is owed changes without this page (a phase opens or closes, a draft saved in another tab).
    requestPolicy: 'cache-and-network',
    variables: () => ({ locale: this.resolvedLocale }),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.gateway && !this.#wellbeingRequested) {
      this.#wellbeingRequested = true;
      void this.#loadWellbeing();
      void this.#loadRaters();
    }
  }

  async #loadWellbeing(): Promise<void> {
    try {
      this.#wellbeing = (await import('./pulse.wellbeing.js')).createWellbeing(this.#host);
    } catch {
      // The check-in is optional: without its code the 360 requests still work.
      return;
    }
    this.requestUpdate();
  }

  async #loadRaters(): Promise<void> {
    try {
      this.#raters = (await import('./pulse.raters.js')).createRaterChoices(this.#host);
    } catch {
      // Who rates the participant is set by rule without this screen: the ratings still work.
      return;
    }
    this.requestUpdate();
  }

  /** The gateway has answered the requests query at least once since this element was made. */
  #requestsAnswered = false;

  /**
   * The requests as they may be shown: an empty list remembered from an earlier visit while the
   * gateway is asked again is not told as "nothing owed" (a phase may have opened since), the
   * loading state shows until the answer comes.
   */
  #shownRequests(): QueryState<Data> {
    const requests = this.#requests;
    // Once the gateway has answered, a later re-fetch (after a mutation) keeps what was shown.
    if (requests.data !== undefined && !requests.stale) this.#requestsAnswered = true;
    if (this.#requestsAnswered || !requests.stale || requests.data?.pulseRequests.length !== 0) {
      return requests;
    }
    return {
      loading: true,
      data: undefined,
      error: undefined,
      idle: false,
      retry: () => requests.retry(),
    };
  }

  protected renderContent(): unknown {
    return html`<section class="card" part="base" aria-labelledby="heading">
      ${this.#status.renderAnnouncer()}
      ${this.renderQuery(this.#shownRequests(), {
        loading: { label: msg('Loading the ratings you owe…'), lines: 12 },
        isEmpty: (data) => data.pulseRequests.length === 0,
        empty: () => ({
          message:
            this._thanked > 0
              ? msg('Thank you: your ratings are in. You owe nothing more.')
              : msg('You owe no 360 ratings right now.'),
        }),
        content: (data) => this.#renderRequest(data, data.pulseRequests[0]!),
      })}
      ${this.#raters?.render() ?? nothing} ${this.#wellbeing?.render() ?? nothing}
    </section>`;
  }

  #answersOf(request: Request): Record<string, number> {
    const draft = Object.fromEntries(request.draft.map((a) => [a.capability.id, a.score]));
    return { ...draft, ...this._answers[keyOf(request)] };
  }

  #renderRequest(data: Data, request: Request): unknown {
    const locale = this.resolvedLocale;
    const due = formatDate(request.dueAt, { locale, timeZone: data.viewer.timeZone ?? undefined });
    const answers = this.#answersOf(request);
    const missing = request.capabilities.filter((c) => answers[c.id] === undefined).length;
    const more = data.pulseRequests.length - 1;
    const self = request.raterType === 'SELF';
    return html`<header class="header" part="header">
        <h2 id="heading" part="heading">
          ${self ? msg('Rate yourself') : msg(str`Rate ${request.subject.name}`)}
        </h2>
        <p class="subheading" part="subheading">
          ${msg(str`${request.program.name} · ${phaseName(request.phase)} · due ${due}`)}
        </p>
      </header>
      ${this.#status.renderNotice({ dismissible: false })}
      <form class="body" @submit=${(event: Event) => this.#submit(event, request)}>
        <p class="muted" part="anonymity">
          ${
            self || request.raterType === 'MANAGER'
              ? msg('Your answers are shown once the round closes.')
              : msg(
                  'Your answers are anonymous: they are only shown averaged with other raters, once the round closes.',
                )
          }
        </p>
        ${request.capabilities.map((capability) =>
          this.#renderCapability(request, capability, answers[capability.id]),
        )}
        <div class="actions">
          <button type="submit" class="primary" part="submit-button" ?disabled=${this.#status.busy}>
            ${msg('Submit')}
          </button>
          <span class="muted" part="saved" role="status">${this.#savedLabel(missing)}</span>
        </div>
        ${
          more > 0
            ? html`<p class="muted" part="queue">
                ${more === 1 ? msg('1 more rating after this one.') : msg(str`${more} more ratings after this one.`)}
              </p>`
            : nothing
        }
      </form>`;
  }

  #savedLabel(missing: number): string {
    if (this._saved === 'saving') return msg('Saving…');
    if (this._saved === 'failed') return msg('Not saved: your last choice will be sent with Submit.');
    if (missing === 0) return msg('All answered.');
    const left = formatNumber(missing, { locale: this.resolvedLocale });
    return this._saved === 'saved' ? msg(str`Saved. ${left} left.`) : msg(str`${left} left.`);
  }

  #renderCapability(
    request: Request,
    capability: Request['capabilities'][number],
    chosen: number | undefined,
  ) {
    const { min, max } = request.scale;
    const scores = Array.from({ length: max - min + 1 }, (_, i) => min + i);
    const name = `${keyOf(request)}|${capability.id}`;
    const hint = `hint-${capability.code}`;
    return html`<fieldset class="capability" part="capability" data-capability=${capability.code}>
      <legend class="strong">${capability.name}</legend>
      ${capability.description ? html`<p class="muted" id=${hint}>${capability.description}</p>` : nothing}
      <div class="scale" part="scale">
        ${scores.map(
          (score) =>
            html`<label class="choice" part="choice">
              <input
                type="radio"
                name=${name}
                .value=${String(score)}
                .checked=${chosen === score}
                aria-describedby=${capability.description ? hint : nothing}
                @change=${() => this.#choose(request, capability.id, score)}
              />
              <span class="choice__score">${formatNumber(score, { locale: this.resolvedLocale })}</span>
              <span class="choice__label">${scaleLabel(score, min, max)}</span>
            </label>`,
        )}
      </div>
    </fieldset>`;
  }

  #choose(request: Request, capabilityId: string, score: number): void {
    const key = keyOf(request);
    this._answers = { ...this._answers, [key]: { ...this._answers[key], [capabilityId]: score } };
    if (!this.gateway) return;
    const gateway = this.gateway;
    this._saved = 'saving';
    this.#pendingSaves += 1;
    // One save at a time, in the order chosen: the last choice is the one stored.
    this.#saving = this.#saving.then(async () => {
      const { data, error } = await mutate(gateway, savePulseDraftMutation, {
        input: {
          programId: request.program.id,
          subjectId: request.subject.id,
          phase: request.phase,
          answers: [{ capabilityId, score }],
        },
      });
      const refused = data?.savePulseDraft.userErrors ?? [];
      this.#pendingSaves -= 1;
      // "Saved" only once the last choice is stored: a reload before then would show an older one.
      if (error || refused.length > 0) this._saved = 'failed';
      else if (this.#pendingSaves === 0) this._saved = 'saved';
      if (refused.length > 0) this.#status.refuse(refused, error);
    });
  }

  async #submit(event: Event, request: Request): Promise<void> {
    event.preventDefault();
    if (!this.gateway || !this.#status.start()) return;
    await this.#saving;
    const answers = Object.entries(this.#answersOf(request)).map(([capabilityId, score]) => ({
      capabilityId,
      score,
    }));
    const { data, error } = await mutate(this.gateway, submitPulseMutation, {
      input: { programId: request.program.id, subjectId: request.subject.id, phase: request.phase, answers },
    });
    this.#status.finish();
    const refused = data?.submitPulse.userErrors ?? [];
    if (error || refused.length > 0 || !data?.submitPulse.submitted) {
      this.#status.refuse(refused, error);
      return;
    }
    this._thanked += 1;
    this._saved = 'idle';
    this.#status.announce(
      request.raterType === 'SELF'
        ? msg('Thank you: your self-rating is in.')
        : msg(str`Thank you: your rating of ${request.subject.name} is in.`),
    );
    this.#requests.retry();
  }
}

function phaseName(phase: Request['phase']): string {
  switch (phase) {
    case 'PRE':
      return msg('before the program');
    case 'MID':
      return msg('halfway');
    case 'POST':
      return msg('after the program');
  }
}

/** Words for the ends and middle of the scale; the numbers between speak for themselves. */
function scaleLabel(score: number, min: number, max: number): string {
  if (score === min) return msg('Rarely');
  if (score === max) return msg('Consistently');
  if (score * 2 === min + max) return msg('Sometimes');
  return '';
}
