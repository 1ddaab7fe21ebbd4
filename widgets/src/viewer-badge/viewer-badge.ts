import type { DocumentType } from '@coachwork/schema/gql';
import { msg } from '@lit/localize';
import { html, type CSSResultGroup } from 'lit';
import { ClockController } from '../shared/clock-controller.js';
import { CoachworkElement } from '../shared/coachwork-element.js';
import { formatTime, formatTimeZoneName } from '../shared/format.js';
import { viewerBadgeQuery } from './viewer-badge.graphql.js';
import { viewerBadgeStyles } from './viewer-badge.styles.js';

type Viewer = DocumentType<typeof viewerBadgeQuery>['viewer'];
type Role = NonNullable<Viewer['roles']>[number];

/**
 * The signed-in person: name, organisation, roles and their local time. The smallest element
 * that travels the whole path (host token → shared client → gateway → database).
 *
 * @summary Who is signed in.
 * @csspart base - The card around every state.
 * @csspart badge - The signed-in content.
 * @csspart avatar - The initials disc.
 * @csspart name - The person's name.
 * @csspart organisation - The organisation's name.
 * @csspart roles - The list of roles; each item is `role`.
 * @csspart role - One role.
 * @csspart time-zone - Local time and time-zone name.
 * @csspart state - Any non-content state; also `state-loading`, `state-error`, `state-signed-out`, `state-unauthorised`, `state-rate-limited`.
 * @csspart retry-button - The error state's button.
 */
export class ViewerBadge extends CoachworkElement {
  static override styles: CSSResultGroup = [CoachworkElement.styles, viewerBadgeStyles];

  readonly #viewer = this.createQuery({ query: viewerBadgeQuery });
  readonly #clock = new ClockController(this);

  protected renderContent(): unknown {
    return html`<div class="card" part="base">
      ${this.renderQuery(this.#viewer, {
        loading: { label: msg('Loading your profile…'), avatar: true, lines: 4 },
        content: ({ viewer }) => this.#renderViewer(viewer),
      })}
    </div>`;
  }

  #renderViewer(viewer: Viewer): unknown {
    const locale = this.resolvedLocale;
    const timeZone = viewer.timeZone ?? viewer.organisation.timeZone;
    const now = this.#clock.now;
    const roles = viewer.roles ?? [];
    return html`<div class="badge" part="badge">
      <span class="avatar" part="avatar" aria-hidden="true">${initials(viewer.name)}</span>
      <div class="details">
        <p class="name" part="name">${viewer.name}</p>
        <p class="organisation" part="organisation">${viewer.organisation.name}</p>
        ${
          roles.length > 0
            ? html`<ul class="roles" part="roles" aria-label=${msg('Roles')}>
                ${roles.map((role) => html`<li class="role" part="role">${roleLabel(role)}</li>`)}
              </ul>`
            : null
        }
        <p class="time-zone" part="time-zone">
          <span class="visually-hidden">${msg('Local time')}</span>
          <time datetime=${now.toISOString()}>${formatTime(now, { locale, timeZone })}</time>
          · ${formatTimeZoneName(timeZone, { locale, at: now })}
        </p>
      </div>
    </div>`;
  }
}

function initials(name: string): string {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  const first = words[0]?.[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return (first + last).toLocaleUpperCase();
}

function roleLabel(role: Role): string {
  switch (role) {
    case 'PARTICIPANT':
      return msg('Participant');
    case 'MANAGER':
      return msg('Manager');
    case 'COACH':
      return msg('Coach');
    case 'PROGRAM_ADMIN':
      return msg('Programme admin');
    case 'ORG_ADMIN':
      return msg('Organisation admin');
  }
}
