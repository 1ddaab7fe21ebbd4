/**
 * Layout shifts of a host page, and which of them a widget caused: loads the page in Chromium (the
 * desktop or mobile viewport Lighthouse uses), records every layout shift until the page is quiet,
 * and counts a shift as the widgets' when one of its moved nodes is a Coachwork element, inside
 * one, or the slot the host gave one (`[data-cw-…]`), i.e. the widget itself moved or resized.
 * CLS is the largest session window (shifts < 1 s apart, the window ≤ 5 s), as Lighthouse counts it.
 */
import type { Browser } from 'playwright-core';

export interface ShiftFigures {
  cls: number;
  widgetCls: number;
  /** The three largest shifts: value, and what moved. */
  largest: Array<{ at: number; value: number; widget: boolean; moved: string }>;
}

export const viewports = {
  desktop: { width: 1350, height: 940, deviceScaleFactor: 1, isMobile: false },
  mobile: { width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true },
} as const;

interface Shift {
  at: number;
  value: number;
  widget: boolean;
  moved: string;
}

/** Runs in the page before its scripts: records each layout shift and whether a widget moved. */
const recorder = `(() => {
  const slots = '[data-cw-slot], [data-cw-goal-tracker], [data-cw-session-booker], [data-cw-pulse], ' +
    '[data-cw-team-progress], [data-cw-coach-desk], [data-cw-quality-heatmap], [data-cw-progress-card], ' +
    '[data-cw-program-console], [data-cw-viewer-badge]';
  const describe = (node) => {
    if (!(node instanceof Element)) return { widget: false, moved: node ? node.nodeName : '?' };
    const widget = node.localName.startsWith('cw-') || node.getRootNode() instanceof ShadowRoot ||
      node.closest(slots) !== null;
    const cls = typeof node.className === 'string' && node.className ? '.' + node.className.split(' ')[0] : '';
    return { widget, moved: node.localName + (node.id ? '#' + node.id : '') + cls };
  };
  const shifts = [];
  window.__shifts = shifts;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      const sources = (entry.sources || []).map((s) => describe(s.node));
      shifts.push({ at: entry.startTime, value: entry.value, widget: sources.some((s) => s.widget),
        moved: sources.map((s) => s.moved).join(' + ') });
    }
  }).observe({ type: 'layout-shift', buffered: true });
})();`;

function sessionMax(shifts: Shift[]): number {
  let best = 0;
  let current = 0;
  let start = -Infinity;
  let last = -Infinity;
  for (const shift of shifts) {
    if (shift.at - last > 1000 || shift.at - start > 5000) {
      current = 0;
      start = shift.at;
    }
    current += shift.value;
    last = shift.at;
    best = Math.max(best, current);
  }
  return best;
}

export async function measureShifts(
  browser: Browser,
  url: string,
  preset: keyof typeof viewports,
  { settleMs = 6000, cpuSlowdown = preset === 'mobile' ? 4 : 1 } = {},
): Promise<ShiftFigures> {
  const { width, height, deviceScaleFactor, isMobile } = viewports[preset];
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor, isMobile });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    // A string, not a function: the TypeScript loader's helpers do not exist in the page.
    await page.addInitScript(recorder);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle').catch(() => undefined);
    await page.waitForTimeout(settleMs);
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
    return {
      cls: sessionMax(shifts),
      widgetCls: sessionMax(shifts.filter((s) => s.widget)),
      largest: [...shifts].sort((a, b) => b.value - a.value).slice(0, 3),
    };
  } finally {
    await context.close();
  }
}
