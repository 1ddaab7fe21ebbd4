import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as widgets from '@coachwork/widgets';
import {
  CoachDesk,
  CwCoachDesk,
  CwGoalTracker,
  CwProgramConsole,
  CwProgressCard,
  CwPulse,
  CwQualityHeatmap,
  CwSessionBooker,
  CwViewerBadge,
  GoalTracker,
  ProgramConsole,
  ProgressCard,
  Pulse,
  QualityHeatmap,
  SessionBooker,
  ViewerBadge,
  coachDeskEvents,
  goalTrackerEvents,
  programConsoleEvents,
  progressCardEvents,
  pulseEvents,
  qualityHeatmapEvents,
  sessionBookerEvents,
  viewerBadgeEvents,
  type ProgressOpenGoalsEvent,
  type TokenProvider,
} from '../src/index.js';
import { gatewayUrl, signedIn } from './gateway.js';
import { render, unmountAll, until } from './render.js';

const LUCIA = 'lucia.fernandez@northwind.example';
const TOM = 'tom.becker@northwind.example';

afterEach(unmountAll);

/** What every wrapper is given; `on…` handlers are added per event. */
interface CommonProps {
  gateway: string;
  tokenProvider: TokenProvider;
  theme: 'dark';
  locale: string;
}

interface WrapperCase {
  name: string;
  tag: string;
  elementClass: typeof HTMLElement;
  events: Readonly<Record<string, string>>;
  /** Renders the wrapper with the common props, its own props and the given `on…` handlers. */
  render(common: CommonProps, handlers: Record<string, (event: Event) => void>): ReactNode;
  /** Checks the wrapper's own props reached the element as properties. */
  ownProps(element: HTMLElement): void | Promise<void>;
}

const cases: WrapperCase[] = [
  {
    name: 'CwGoalTracker',
    tag: 'cw-goal-tracker',
    elementClass: GoalTracker,
    events: goalTrackerEvents,
    render: (common, handlers) => <CwGoalTracker {...common} {...handlers} capability="DELEGATION" compact />,
    ownProps: async (element) => {
      const tracker = element as GoalTracker;
      expect(tracker.capability).toBe('DELEGATION');
      expect(tracker.compact).toBe(true);
      await tracker.updateComplete;
      expect(tracker.hasAttribute('compact')).toBe(true); // reflected by the element itself
    },
  },
  {
    name: 'CwSessionBooker',
    tag: 'cw-session-booker',
    elementClass: SessionBooker,
    events: sessionBookerEvents,
    render: (common, handlers) => <CwSessionBooker {...common} {...handlers} weeks={2} />,
    ownProps: (element) => expect((element as SessionBooker).weeks).toBe(2),
  },
  {
    name: 'CwProgressCard',
    tag: 'cw-progress-card',
    elementClass: ProgressCard,
    events: progressCardEvents,
    render: (common, handlers) => <CwProgressCard {...common} {...handlers} layout="compact" />,
    ownProps: (element) => expect((element as ProgressCard).layout).toBe('compact'),
  },
  {
    name: 'CwQualityHeatmap',
    tag: 'cw-quality-heatmap',
    elementClass: QualityHeatmap,
    events: qualityHeatmapEvents,
    render: (common, handlers) => <CwQualityHeatmap {...common} {...handlers} metric="PARTICIPATION_RATE" />,
    ownProps: (element) => expect((element as QualityHeatmap).metric).toBe('PARTICIPATION_RATE'),
  },
  {
    name: 'CwProgramConsole',
    tag: 'cw-program-console',
    elementClass: ProgramConsole,
    events: programConsoleEvents,
    render: (common, handlers) => <CwProgramConsole {...common} {...handlers} program="new" compact />,
    ownProps: (element) => {
      const console = element as ProgramConsole;
      expect(console.program).toBe('new');
      expect(console.compact).toBe(true);
    },
  },
  {
    name: 'CwCoachDesk',
    tag: 'cw-coach-desk',
    elementClass: CoachDesk,
    events: coachDeskEvents,
    render: (common, handlers) => <CwCoachDesk {...common} {...handlers} tab="availability" compact />,
    ownProps: (element) => {
      const desk = element as CoachDesk;
      expect(desk.tab).toBe('availability');
      expect(desk.compact).toBe(true);
    },
  },
  {
    name: 'CwPulse',
    tag: 'cw-pulse',
    elementClass: Pulse,
    events: pulseEvents,
    render: (common, handlers) => <CwPulse {...common} {...handlers} />,
    ownProps: () => {},
  },
  {
    name: 'CwViewerBadge',
    tag: 'cw-viewer-badge',
    elementClass: ViewerBadge,
    events: viewerBadgeEvents,
    render: (common, handlers) => <CwViewerBadge {...common} {...handlers} />,
    ownProps: () => {},
  },
];

/** `cw-progress-open-goals` → `onProgressOpenGoals` (the naming rule in src/event-name.ts). */
const propFor = (event: string): string =>
  'on' + event.replace(/^cw-/, '').replace(/(^|-)([a-z])/g, (_, _dash: string, c: string) => c.toUpperCase());

describe('@coachwork/react wrappers', () => {
  for (const wrapper of cases) {
    it(`${wrapper.name} renders <${wrapper.tag}> with its props set as properties`, async () => {
      const tokenProvider: TokenProvider = async () => ({
        token: 'unused',
        expiresAt: new Date().toISOString(),
      });
      // An address with nothing behind it: this test is about wiring, not data.
      const common: CommonProps = {
        gateway: 'http://127.0.0.1:9/graphql',
        tokenProvider,
        theme: 'dark',
        locale: 'de',
      };
      const { container } = render(wrapper.render(common, {}));
      const element = container.querySelector(wrapper.tag);
      expect(element).toBeInstanceOf(wrapper.elementClass);
      const coachwork = element as widgets.CoachworkElement;
      expect(coachwork.gateway).toBe(common.gateway);
      // An object prop arrives as the same object (a property), not a stringified attribute.
      expect(coachwork.tokenProvider).toBe(tokenProvider);
      expect(coachwork.theme).toBe('dark');
      expect(coachwork.locale).toBe('de');
      await wrapper.ownProps(coachwork);
    });

    it(`${wrapper.name} calls each on… prop with the element's event, and the latest handler after a re-render`, () => {
      const common: CommonProps = {
        gateway: 'http://127.0.0.1:9/graphql',
        tokenProvider: async () => ({ token: 'unused', expiresAt: new Date().toISOString() }),
        theme: 'dark',
        locale: 'en',
      };
      const first = Object.fromEntries(Object.keys(wrapper.events).map((prop) => [prop, vi.fn()]));
      const { container, rerender } = render(wrapper.render(common, first));
      const element = container.querySelector(wrapper.tag)!;
      const second = Object.fromEntries(Object.keys(wrapper.events).map((prop) => [prop, vi.fn()]));
      rerender(wrapper.render(common, second));
      for (const [prop, name] of Object.entries(wrapper.events)) {
        expect(prop).toBe(propFor(name));
        const event = new CustomEvent(name, { bubbles: true, composed: true, detail: { probe: name } });
        element.dispatchEvent(event);
        expect(first[prop], `${prop} before the re-render`).not.toHaveBeenCalled();
        expect(second[prop], prop).toHaveBeenCalledExactlyOnceWith(event);
      }
    });
  }

  it('maps every host-facing event the kit exports to an on… prop', () => {
    const exported = Object.values(widgets)
      .map((value) => (typeof value === 'function' && 'eventName' in value ? value.eventName : undefined))
      .filter((name) => name !== undefined);
    expect(exported.length).toBeGreaterThanOrEqual(15);
    const mapped = new Set(cases.flatMap((wrapper) => Object.values(wrapper.events)));
    expect([...exported].sort()).toEqual([...mapped].sort());
    // The base class fires cw-token-rejected from every element.
    for (const wrapper of cases) expect(wrapper.events['onTokenRejected']).toBe('cw-token-rejected');
  });
});

describe('@coachwork/react against the real gateway', () => {
  it('CwViewerBadge shows the signed-in person', async () => {
    const { container } = render(<CwViewerBadge {...signedIn(TOM)} locale="en" theme="light" />);
    const badge = container.querySelector('cw-viewer-badge')!;
    const name = await until(() => badge.shadowRoot?.querySelector('[part="name"]'), 'the badge');
    expect(name.textContent?.trim()).toBe('Tom Becker');
  });

  it("CwProgressCard's onProgressOpenGoals receives the card's own event when its button is clicked", async () => {
    const onProgressOpenGoals = vi.fn<(event: ProgressOpenGoalsEvent) => void>();
    const { container } = render(
      <CwProgressCard
        {...signedIn(LUCIA)}
        locale="en"
        theme="light"
        onProgressOpenGoals={onProgressOpenGoals}
      />,
    );
    const card = container.querySelector('cw-progress-card')!;
    const button = await until(
      () => card.shadowRoot?.querySelector<HTMLButtonElement>('[data-action="goals"]'),
      "the card's goals button",
    );
    button.click();
    expect(onProgressOpenGoals).toHaveBeenCalledOnce();
    const event = onProgressOpenGoals.mock.calls[0]![0];
    expect(event).toBeInstanceOf(widgets.ProgressOpenGoalsEvent);
    expect(event.detail.personId).toMatch(/\S/);
    expect(event.detail.enrolmentId).toMatch(/\S/);
  });

  it('onTokenRejected fires when the gateway refuses the host’s token', async () => {
    const onTokenRejected = vi.fn();
    const url = gatewayUrl();
    render(
      <CwViewerBadge
        gateway={`${url}/graphql?as=forged`}
        tokenProvider={async () => ({
          token: 'forged.token.value',
          expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
        })}
        onTokenRejected={onTokenRejected}
      />,
    );
    await until(() => (onTokenRejected.mock.calls.length > 0 ? true : undefined), 'cw-token-rejected');
    expect(onTokenRejected.mock.calls[0]![0].detail.gateway).toBe(`${url}/graphql?as=forged`);
  });
});
