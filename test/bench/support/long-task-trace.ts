/**
 * Where a page's long tasks come from: loads a page in Chromium as Lighthouse's mobile preset sees
 * it (412 × 823 viewport, 4× CPU slowdown), records a performance trace until the page is quiet, and
 * attributes each main-thread task over 50 ms to what ran inside it (script evaluation, compilation,
 * function calls by script, style, layout, parsing).
 */
import { chromium, type Browser } from 'playwright-core';

export interface TaskPart {
  /** e.g. `script widgets-BWWOKyJG.js`, `compile widgets-BWWOKyJG.js`, `layout`, `style`. */
  what: string;
  ms: number;
}

export interface LongTask {
  /** From navigation start. */
  startMs: number;
  durationMs: number;
  parts: TaskPart[];
  /** CPU samples inside the task by script file and function (self time), largest first. */
  functions: TaskPart[];
}

export interface PageTrace {
  longTasks: LongTask[];
  /** Σ (task − 50 ms) over every main-thread task after the first contentful paint, as TBT counts. */
  blockingMs: number;
  fcpMs: number;
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: {
    data?: {
      url?: string;
      frame?: string;
      name?: string;
      startTime?: number;
      cpuProfile?: {
        nodes?: Array<{ id: number; parent?: number; callFrame: { functionName: string; url: string } }>;
        samples?: number[];
      };
      timeDeltas?: number[];
    };
    name?: string;
  };
}

/** CPU samples of the renderer: (time, function@file) pairs, from the trace's profile chunks. */
function samplesOf(events: TraceEvent[], pid: number): Array<{ ts: number; what: string }> {
  const frames = new Map<string, string>();
  const clock = new Map<string, number>();
  const out: Array<{ ts: number; what: string }> = [];
  for (const e of events) {
    if (e.pid !== pid) continue;
    if (e.name === 'Profile') clock.set(e.id ?? '', e.args?.data?.startTime ?? e.ts);
    if (e.name !== 'ProfileChunk') continue;
    const data = e.args?.data;
    for (const node of data?.cpuProfile?.nodes ?? []) {
      const { functionName, url } = node.callFrame;
      const file = fileOf(url);
      frames.set(`${e.id}:${node.id}`, file ? `${functionName || '(anonymous)'} ${file}` : functionName);
    }
    let t = clock.get(e.id ?? '') ?? e.ts;
    const samples = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    samples.forEach((node, i) => {
      t += deltas[i] ?? 0;
      out.push({ ts: t, what: frames.get(`${e.id}:${node}`) ?? '?' });
    });
    clock.set(e.id ?? '', t);
  }
  return out.sort((a, b) => a.ts - b.ts);
}

const categories = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.compile',
  'blink.user_timing',
  'loading',
  'toplevel',
  'disabled-by-default-v8.cpu_profiler',
  '__metadata',
];

const fileOf = (url: string | undefined): string =>
  url ? (url.split('/').pop()?.split('?')[0] ?? url) || url : '';

/** The kind of work an event inside a task stands for, or undefined for a wrapper to look through. */
function kindOf(event: TraceEvent): string | undefined {
  const url = fileOf(event.args?.data?.url);
  switch (event.name) {
    case 'EvaluateScript':
    case 'v8.evaluateModule':
      return `evaluate ${url || 'modules'}`;
    case 'v8.compile':
    case 'v8.compileModule':
      return `compile ${url || 'modules'}`;
    case 'V8.CompileCode':
    case 'V8.ParseFunction':
    case 'V8.CompileLazy':
      // Functions compiled on their first call: the cost of shipping code that runs at load.
      return 'lazy compile';
    case 'FunctionCall':
    case 'v8.callFunction':
    case 'v8.callAsConstructor':
      return `script ${url}`.trim();
    case 'DocumentLoader::CommitNavigation':
      return 'navigation (browser)';
    case 'V8.GC_SCAVENGER':
    case 'MinorGC':
    case 'MajorGC':
    case 'V8.GCScavenger':
      return 'GC';
    case 'TimerFire':
    case 'FireAnimationFrame':
    case 'EventDispatch':
    case 'RunMicrotasks':
    case 'V8.RunMicrotasks':
      return undefined;
    case 'UpdateLayoutTree':
    case 'RecalculateStyles':
      return 'style';
    case 'Layout':
      return 'layout';
    case 'ParseHTML':
      return 'parse HTML';
    case 'ParseAuthorStyleSheet':
      return 'parse CSS';
    case 'Paint':
    case 'PrePaint':
    case 'Layerize':
    case 'UpdateLayerTree':
      return 'paint';
    default:
      return undefined;
  }
}

export async function traceLongTasks(
  url: string,
  { chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium', settleMs = 4000, cpuSlowdown = 4 } = {},
  browser?: Browser,
): Promise<PageTrace> {
  const own = browser === undefined;
  const b = browser ?? (await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox'] }));
  try {
    const context = await b.newContext({
      viewport: { width: 412, height: 823 },
      deviceScaleFactor: 1.75,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await b.startTracing(page, { categories });
    await page.goto(url, { waitUntil: 'load' });
    // Quiet: no request for a while (widgets fetch after load), then the settle time for rendering.
    await page.waitForLoadState('networkidle').catch(() => undefined);
    await page.waitForTimeout(settleMs);
    const buffer = await b.stopTracing();
    await context.close();
    const { traceEvents } = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] };
    return analyse(traceEvents);
  } finally {
    if (own) await b.close();
  }
}

export function analyse(events: TraceEvent[]): PageTrace {
  const threadName = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  // The renderer's main thread that navigated to the page.
  const navigation = events.find(
    (e) => e.name === 'navigationStart' && threadName.get(`${e.pid}:${e.tid}`) === 'CrRendererMain',
  );
  if (!navigation) throw new Error('no navigationStart in the trace');
  const main = `${navigation.pid}:${navigation.tid}`;
  const onMain = events
    .filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.ts >= navigation.ts)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const samples = samplesOf(events, navigation.pid);
  const fcp = events.find((e) => e.name === 'firstContentfulPaint' && `${e.pid}:${e.tid}` === main);
  const fcpTs = fcp?.ts ?? navigation.ts;
  // Top-level work: each event not inside an earlier one (RunTask, and the microtask checkpoints
  // the scheduler runs outside a RunTask, where a Lit element's update after a fetch runs).
  const tasks: TraceEvent[] = [];
  let reach = -1;
  for (const e of onMain) {
    if (e.ts >= reach) {
      tasks.push(e);
      reach = e.ts + (e.dur ?? 0);
    }
  }
  let blocking = 0;
  const longTasks: LongTask[] = [];
  for (const task of tasks) {
    const dur = (task.dur ?? 0) / 1000;
    if (task.ts >= fcpTs && dur > 50) blocking += dur - 50;
    if (dur <= 50) continue;
    const end = task.ts + (task.dur ?? 0);
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end);
    // Self time per kind: each event's time minus its classified descendants', nearest kind wins.
    const totals = new Map<string, number>();
    const stack: Array<{ end: number; kind: string | undefined; ev: TraceEvent }> = [];
    const selfOf = new Map<TraceEvent, number>();
    for (const e of inside) {
      while (stack.length > 0 && stack.at(-1)!.end <= e.ts) stack.pop();
      const kind = kindOf(e);
      const parentKind = [...stack].reverse().find((s) => s.kind !== undefined);
      if (kind !== undefined) {
        selfOf.set(e, (selfOf.get(e) ?? 0) + (e.dur ?? 0));
        if (parentKind) selfOf.set(parentKind.ev, (selfOf.get(parentKind.ev) ?? 0) - (e.dur ?? 0));
      }
      stack.push({ end: e.ts + (e.dur ?? 0), kind, ev: e });
    }
    let classified = 0;
    for (const [e, self] of selfOf) {
      const kind = kindOf(e)!;
      totals.set(kind, (totals.get(kind) ?? 0) + self / 1000);
      classified += self / 1000;
    }
    if (dur - classified > 1) totals.set('other', dur - classified);
    const byFunction = new Map<string, number>();
    const within = samples.filter((x) => x.ts >= task.ts && x.ts <= end);
    within.forEach((x, i) => {
      const next = within[i + 1]?.ts ?? end;
      byFunction.set(x.what, (byFunction.get(x.what) ?? 0) + (next - x.ts) / 1000);
    });
    longTasks.push({
      functions: [...byFunction]
        .map(([what, ms]) => ({ what, ms }))
        .filter((p) => p.ms >= 2)
        .sort((a, b) => b.ms - a.ms),
      startMs: (task.ts - navigation.ts) / 1000,
      durationMs: dur,
      parts: [...totals]
        .map(([what, ms]) => ({ what, ms }))
        .filter((p) => p.ms >= 2)
        .sort((a, b) => b.ms - a.ms),
    });
  }
  return { longTasks, blockingMs: blocking, fcpMs: (fcpTs - navigation.ts) / 1000 };
}
