/**
 * The widgets a course can place, and the settings each takes from a resource link's custom
 * parameters (set by Deep Linking or by hand in the LMS). Anything else in the custom claim is
 * ignored, so a platform cannot set attributes the tool does not offer.
 */
export const LAUNCHABLE_WIDGETS = {
  'goal-tracker': { tag: 'cw-goal-tracker', settings: ['capability'] },
  'session-booker': { tag: 'cw-session-booker', settings: ['enrolment'] },
  'progress-card': { tag: 'cw-progress-card', settings: ['enrolment'] },
  'viewer-badge': { tag: 'cw-viewer-badge', settings: [] },
} as const satisfies Record<string, { tag: string; settings: readonly string[] }>;

export type LaunchableWidget = keyof typeof LAUNCHABLE_WIDGETS;

export interface WidgetChoice {
  widget: LaunchableWidget;
  settings: Record<string, string>;
}

const SETTING_VALUE = /^[A-Za-z0-9_:=-]{1,200}$/;

export function isLaunchableWidget(name: unknown): name is LaunchableWidget {
  return typeof name === 'string' && Object.hasOwn(LAUNCHABLE_WIDGETS, name);
}

/** The widget a launch opens: the custom claim's `widget`, else the target link's `?widget=`, else the goal tracker. */
export function widgetChoiceOf(custom: unknown, targetLinkUri: unknown): WidgetChoice {
  const fromCustom = custom && typeof custom === 'object' ? (custom as Record<string, unknown>) : {};
  let fromTarget: Record<string, string> = {};
  if (typeof targetLinkUri === 'string') {
    try {
      fromTarget = Object.fromEntries(new URL(targetLinkUri).searchParams);
    } catch {
      fromTarget = {};
    }
  }
  const source = isLaunchableWidget(fromCustom['widget']) ? fromCustom : fromTarget;
  const widget = isLaunchableWidget(source['widget']) ? source['widget'] : 'goal-tracker';
  const settings: Record<string, string> = {};
  for (const name of LAUNCHABLE_WIDGETS[widget].settings) {
    const value = source[name];
    if (typeof value === 'string' && SETTING_VALUE.test(value)) settings[name] = value;
  }
  return { widget, settings };
}
