/**
 * A host written in React: a manager's page built from @coachwork/react's wrappers. The page keeps
 * its own state (whose goals are open, what just happened) and the widgets' events drive it through
 * typed on… props: a report's progress card opens that report's goals in the page's tracker, and
 * every goal or booking event lands in the page's activity list.
 */
import { StrictMode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { setTokenProvider } from '@coachwork/client';
import {
  CwGoalTracker,
  CwProgressCard,
  CwViewerBadge,
  type GoalCheckedInEvent,
  type GoalCompletedEvent,
  type GoalCreatedEvent,
  type GoalUpdatedEvent,
  type ProgressOpenBookingEvent,
  type ProgressOpenGoalsEvent,
} from '@coachwork/react';
import { DevBackend } from '../host/dev-backend.js';
import { loadDirectReports, type Report } from '../host/direct-reports.js';
import { gatewayUrl } from '../host/gateway-url.js';

interface Activity {
  id: number;
  at: Date;
  text: string;
}

/** A manager with reports in every seed: the seed's Javier Moreno (Lucía Fernández's manager). */
const DEFAULT_EMAIL = 'javier.moreno@northwind.example';

const gateway = gatewayUrl();
const params = new URLSearchParams(location.search);
const backend = new DevBackend(gateway);
const email = params.get('as') ?? DEFAULT_EMAIL;

/** The host's backend mints the embed token (DevBackend stands in for it, see dev-backend.ts). */
const tokenProvider = backend.tokenProvider(email);
// Registered for the gateway page-wide, so the page's own query below and every widget share it.
setTokenProvider(gateway, tokenProvider);

function ManagerPage() {
  const [team, setTeam] = useState<Report[] | Error | undefined>();
  const [openGoalsOf, setOpenGoalsOf] = useState<Report | undefined>();
  const [activity, setActivity] = useState<Activity[]>([]);
  const goalsHeading = useRef<HTMLHeadingElement>(null);
  const nextId = useRef(0);

  useEffect(() => {
    let live = true;
    void loadDirectReports(gateway, 6).then((loaded) => live && setTeam(loaded));
    return () => {
      live = false;
    };
  }, []);

  const record = useCallback((text: string) => {
    setActivity((previous) => [{ id: nextId.current++, at: new Date(), text }, ...previous].slice(0, 8));
  }, []);

  const nameOf = useCallback(
    (personId: string) => (Array.isArray(team) ? team.find((r) => r.id === personId)?.name : undefined),
    [team],
  );

  // A report's card asks to open goals: show that report's shared goals here and take the reader there.
  const onProgressOpenGoals = useCallback(
    (event: ProgressOpenGoalsEvent) => {
      const name = nameOf(event.detail.personId) ?? 'your report';
      setOpenGoalsOf({ id: event.detail.personId, name });
      record(`Opened ${name}’s goals`);
      goalsHeading.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
      goalsHeading.current?.focus({ preventScroll: true });
    },
    [nameOf, record],
  );
  const onProgressOpenBooking = useCallback(
    (event: ProgressOpenBookingEvent) =>
      record(
        `${nameOf(event.detail.personId) ?? 'A report'} has ${
          event.detail.sessionId ? 'a session booked' : 'no session booked yet'
        }: booking is theirs to do`,
      ),
    [nameOf, record],
  );
  const goalEvent = useMemo(
    () =>
      (verb: string) =>
      (event: GoalCreatedEvent | GoalUpdatedEvent | GoalCheckedInEvent | GoalCompletedEvent) =>
        record(`Goal ${verb} (${event.detail.progress}% done)`),
    [record],
  );

  return (
    <>
      <header className="topbar">
        <span className="topbar__product">Acme Manager Hub</span>
        <span className="topbar__note">a React host</span>
        <CwViewerBadge gateway={gateway} tokenProvider={tokenProvider} className="topbar__badge" />
      </header>
      <main className="layout">
        <section className="panel panel--team" aria-labelledby="team-heading">
          <h1 id="team-heading">Your team’s coaching</h1>
          {/* The strip's height is held from the first paint (react.css), whatever the team's size. */}
          <div className="team-slot">
            {team === undefined && <p className="placeholder">Loading your team…</p>}
            {team instanceof Error && <p className="placeholder">The team could not be loaded.</p>}
            {Array.isArray(team) && team.length === 0 && (
              <p className="placeholder">No one reports to you.</p>
            )}
            {Array.isArray(team) && team.length > 0 && (
              // Focusable: on a narrow screen the strip scrolls sideways, also from the keyboard.
              <ul className="team" tabIndex={0} aria-label="Your direct reports">
                {team.map((report) => (
                  <li key={report.id}>
                    <CwProgressCard
                      gateway={gateway}
                      tokenProvider={tokenProvider}
                      person={report.id}
                      layout="compact"
                      onProgressOpenGoals={onProgressOpenGoals}
                      onProgressOpenBooking={onProgressOpenBooking}
                    />
                  </li>
                ))}
              </ul>
            )}
          </div>
        </section>

        <section className="panel panel--goals" aria-labelledby="goals-heading">
          <div className="panel__header">
            <h2 id="goals-heading" ref={goalsHeading} tabIndex={-1}>
              {openGoalsOf ? `${openGoalsOf.name}’s shared goals` : 'Your goals'}
            </h2>
            {openGoalsOf && (
              <button type="button" onClick={() => setOpenGoalsOf(undefined)}>
                Back to your goals
              </button>
            )}
          </div>
          <CwGoalTracker
            gateway={gateway}
            tokenProvider={tokenProvider}
            person={openGoalsOf?.id}
            onGoalCreated={goalEvent('created')}
            onGoalUpdated={goalEvent('updated')}
            onGoalCheckedIn={goalEvent('checked in')}
            onGoalCompleted={goalEvent('completed')}
          />
        </section>

        <aside className="panel panel--activity" aria-labelledby="activity-heading">
          <h2 id="activity-heading">On this page</h2>
          <p className="hint">What the widgets told this React page, through their on… props.</p>
          <ol className="activity" aria-live="polite" data-activity>
            {activity.length === 0 && (
              <li className="activity__empty">Nothing yet. Open a report’s goals.</li>
            )}
            {activity.map((entry) => (
              <li key={entry.id}>
                <time dateTime={entry.at.toISOString()}>
                  {entry.at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}
                </time>{' '}
                {entry.text}
              </li>
            ))}
          </ol>
        </aside>
      </main>
    </>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ManagerPage />
    </StrictMode>,
  );
}
