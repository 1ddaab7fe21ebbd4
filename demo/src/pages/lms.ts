/**
 * Northwind Academy's course page, the front end of the LTI 1.3 platform the demo's server runs
 * (server/lms-platform.ts). Coachwork appears only through LTI: an activity opens in a frame by a
 * launch the platform starts (login initiation, the platform's authorisation endpoint, the signed
 * id_token POSTed to the tool), the instructor adds activities through Deep Linking, and the
 * gradebook shows the scores the tool posted back.
 */
import type { CourseState } from '../../server/lms-platform.js';

const PLATFORM = '/lms-platform';
/** Scores arrive from the gateway's job queue a moment after a goal changes. */
const REFRESH_MS = 3000;

const WIDGET_NAMES: Record<string, string> = {
  'goal-tracker': 'Goal tracker',
  'session-booker': 'Session booker',
  'progress-card': 'Progress card',
  'viewer-badge': 'Who you are in Coachwork',
};

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  attributes: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

function required<T extends Element>(selector: string): T {
  const node = document.querySelector<T>(selector);
  if (!node) throw new Error(`lms.html lacks ${selector}`);
  return node;
}

const status = required<HTMLElement>('[data-lti-status]');
const activities = required<HTMLUListElement>('[data-lti-activities]');
const addButton = required<HTMLButtonElement>('[data-lti-add]');
const instructorNote = required<HTMLElement>('[data-lti-instructor]');
const signedIn = required<HTMLElement>('[data-lti-signed-in]');
const activity = required<HTMLElement>('[data-lti-activity]');
const activityTitle = required<HTMLElement>('[data-lti-activity-title]');
const activityNote = required<HTMLElement>('[data-lti-activity-note]');
const frame = required<HTMLIFrameElement>('[data-lti-frame]');
const gradebook = required<HTMLElement>('[data-lti-gradebook]');

let course: CourseState | undefined;
let shownLinks = '';
let shownGrades = '';

/** Opens a launch in the activity frame: the platform's URL redirects to the tool's login initiation. */
function openInFrame(title: string, note: string, launchPath: string): void {
  activity.hidden = false;
  activityTitle.textContent = title;
  activityNote.textContent = note;
  frame.title = title;
  frame.src = launchPath;
  activityTitle.focus();
}

function renderLinks(state: CourseState): void {
  const key = JSON.stringify(state.links);
  if (key === shownLinks) return;
  shownLinks = key;
  activities.replaceChildren(
    ...state.links.map((link) => {
      const item = element('li');
      const label = element('span', link.title);
      const meta = [
        WIDGET_NAMES[link.widget] ?? link.widget,
        link.graded ? 'graded' : undefined,
        link.placedBy === 'deep-linking' ? 'placed by Deep Linking' : undefined,
      ]
        .filter(Boolean)
        .join(' · ');
      label.append(element('span', meta, { class: 'activity-meta' }));
      const open = element('button', 'Open', {
        type: 'button',
        class: 'lms-button',
        'aria-label': `Open ${link.title}`,
      });
      open.addEventListener('click', () =>
        openInFrame(
          link.title,
          `Launched for ${state.learner.name} (learner) by the Academy over LTI 1.3.`,
          `${PLATFORM}/launch?link=${encodeURIComponent(link.id)}`,
        ),
      );
      item.append(label, open);
      return item;
    }),
  );
}

function renderGradebook(state: CourseState): void {
  const key = JSON.stringify(state.gradebook);
  if (key === shownGrades) return;
  shownGrades = key;
  if (state.gradebook.length === 0) {
    gradebook.replaceChildren(element('p', 'No grades yet.', { class: 'slot-placeholder' }));
    return;
  }
  const table = element('table');
  table.append(
    element('caption', 'Latest score per learner and graded activity', { class: 'visually-hidden' }),
  );
  const head = element('tr');
  for (const column of ['Activity', 'Learner', 'Score', 'Progress', 'Grading', 'Comment', 'Posted']) {
    head.append(element('th', column, { scope: 'col' }));
  }
  table.append(element('thead'), element('tbody'));
  table.tHead?.append(head);
  for (const row of state.gradebook) {
    const tr = element('tr', undefined, { 'data-grade': row.linkId });
    const score = row.scoreGiven === null ? '—' : `${row.scoreGiven} / ${row.scoreMaximum ?? '—'}`;
    for (const cell of [
      row.title,
      row.learner,
      score,
      row.activityProgress,
      row.gradingProgress,
      row.comment ?? '—',
      new Date(row.timestamp).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }),
    ]) {
      tr.append(element('td', cell));
    }
    table.tBodies[0]?.append(tr);
  }
  gradebook.replaceChildren(table);
}

function render(state: CourseState): void {
  course = state;
  signedIn.textContent = `Signed in to the Academy as ${state.learner.name}`;
  instructorNote.textContent = `${state.instructor.name}, the course’s instructor, adds a Coachwork activity with Deep Linking.`;
  const ready = state.registration.status === 'registered';
  addButton.disabled = !ready;
  status.dataset['state'] = state.registration.status;
  status.textContent =
    state.registration.status === 'registered'
      ? `Coachwork is registered with the Academy (issuer ${state.platform.issuer}).`
      : state.registration.status === 'pending'
        ? 'Registering the Academy with Coachwork…'
        : `The Academy could not register with Coachwork: ${state.registration.message ?? 'unknown error'}.`;
  renderLinks(state);
  for (const button of activities.querySelectorAll('button')) button.disabled = !ready;
  renderGradebook(state);
}

async function refresh(): Promise<void> {
  try {
    const response = await fetch(`${PLATFORM}/course`, { cache: 'no-store' });
    if (!response.ok) throw new Error(`${response.status}`);
    render((await response.json()) as CourseState);
  } catch {
    if (!course) {
      status.dataset['state'] = 'failed';
      status.textContent = 'The Academy’s platform is not running (start the demo with pnpm start).';
    }
  }
}

addButton.addEventListener('click', () => {
  openInFrame(
    'Add a Coachwork activity',
    `Deep Linking request for ${course?.instructor.name ?? 'the instructor'} (instructor): pick a widget in Coachwork’s picker; the signed response adds it to the course.`,
    `${PLATFORM}/launch?deep-linking=1`,
  );
});
// Each page the frame loads may be the platform's "placed in the course" answer: look again.
frame.addEventListener('load', () => void refresh());

void refresh();
setInterval(() => void refresh(), REFRESH_MS);
