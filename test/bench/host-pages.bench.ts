/**
 * The demo's host pages as an intranet team would judge an embed: Lighthouse 12's performance
 * score, cumulative layout shift, total blocking time and largest contentful paint, per page, on
 * the desktop preset and on the mobile one (simulated slow 4G, 4× CPU slowdown). The index page
 * (no widgets) is the baseline measured in the same run.
 *
 * Chromium: CHROME_PATH, else Debian's /usr/bin/chromium. A running demo: CW_DEMO_URL (else the
 * demo is started as `npm start` starts it). Pages: BENCH_PAGES=intranet,hr-portal (default: all).
 * BENCH_RUNS=n keeps the median of n runs per page and preset (default 1).
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Flags } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { startDemo } from './support/demo-process.js';

const allPages = ['index', 'intranet', 'hr-portal', 'lms', 'react', 'hr-programs', 'developers'];
const pages = process.env.BENCH_PAGES?.split(',').filter(Boolean) ?? allPages;
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 1));
const presets = ['desktop', 'mobile'] as const;
type Preset = (typeof presets)[number];

const chromeFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

interface Figures {
  performance: number;
  cls: number;
  tbtMs: number;
  lcpMs: number;
  longestTaskMs: number;
  /** Script the longest task is attributed to (Lighthouse's long-tasks audit), file name only. */
  longestTaskSource: string;
  /** Tasks over 50 ms and their added length. */
  longTasks: number;
}

function numeric(audits: Record<string, { numericValue?: number } | undefined>, id: string): number {
  const value = audits[id]?.numericValue;
  if (value === undefined) throw new Error(`Lighthouse gave no ${id}`);
  return value;
}

async function measure(port: number, url: string, preset: Preset): Promise<Figures> {
  const flags: Flags = { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] };
  const result = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse gave no result for ${url}`);
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const audits = lhr.audits as Record<string, { numericValue?: number; details?: unknown } | undefined>;
  const longTasks = (
    audits['long-tasks']?.details as { items?: Array<{ duration?: number; url?: string }> } | undefined
  )?.items;
  const longest = [...(longTasks ?? [])].sort((a, b) => (b.duration ?? 0) - (a.duration ?? 0))[0];
  return {
    performance: Math.round((lhr.categories['performance']?.score ?? 0) * 100),
    cls: numeric(audits, 'cumulative-layout-shift'),
    tbtMs: numeric(audits, 'total-blocking-time'),
    lcpMs: numeric(audits, 'largest-contentful-paint'),
    longestTaskMs: longest?.duration ?? 0,
    longestTaskSource: longest?.url?.split('/').pop()?.split('?')[0] || '-',
    longTasks: (longTasks ?? []).filter((task) => (task.duration ?? 0) > 50).length,
  };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

const demo = await startDemo();
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags,
});
try {
  const rows: string[] = [];
  for (const page of pages) {
    for (const preset of presets) {
      const url = `${demo.url}/${page}.html`;
      const measured: Figures[] = [];
      for (let run = 0; run < runs; run++) measured.push(await measure(chrome.port, url, preset));
      const pick = (key: Exclude<keyof Figures, 'longestTaskSource'>) => median(measured.map((m) => m[key]));
      const longestRun = measured.reduce((a, b) => (b.longestTaskMs > a.longestTaskMs ? b : a));
      rows.push(
        [
          page === 'index' ? 'index (baseline, no widgets)' : page,
          preset,
          String(pick('performance')),
          pick('cls').toFixed(3),
          `${Math.round(pick('tbtMs'))} ms`,
          `${(pick('lcpMs') / 1000).toFixed(1)} s`,
          `${Math.round(pick('longestTaskMs'))} ms (${longestRun.longestTaskSource})`,
          String(pick('longTasks')),
        ].join(' | '),
      );
      console.log(`| ${rows.at(-1)} |`);
    }
  }
  console.log(`\nLighthouse ${'12'} on ${demo.url}, median of ${runs} run(s) per page and preset`);
  console.log('| page | preset | performance | CLS | TBT | LCP | longest task | tasks > 50 ms |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const row of rows) console.log(`| ${row} |`);
} finally {
  chrome.kill();
  await demo.close();
}
