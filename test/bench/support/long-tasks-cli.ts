/**
 * Long tasks of one demo page on the mobile preset (4× CPU slowdown), two or more builds of the demo
 * measured alternately in the same run, with what ran inside each task (long-task-trace.ts):
 *
 *   RUNS=3 npx tsx bench/support/long-tasks-cli.ts intranet http://localhost:4501 http://localhost:4502
 *
 * Prints each run's tasks over 50 ms, then per build the median blocking time after first paint
 * and the median longest task, with the load average, since a shared machine colours the figures.
 */
import { chromium } from 'playwright-core';
import { loadavg } from 'node:os';
import { traceLongTasks } from './long-task-trace.js';
const [pageName, ...bases] = process.argv.slice(2);
const runs = Number(process.env['RUNS'] ?? 3);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const results: Record<string, Array<{ blocking: number; longest: number; n: number }>> = {};
for (let i = 0; i < runs; i++) {
  for (const base of bases) {
    const url = `${base}/${pageName}.html`;
    const t = await traceLongTasks(url, {}, browser);
    const longest = Math.max(0, ...t.longTasks.filter((x) => x.startMs >= t.fcpMs).map((x) => x.durationMs));
    (results[base] ??= []).push({ blocking: t.blockingMs, longest, n: t.longTasks.length });
    console.log(
      `${url} run ${i} (load ${loadavg()[0]!.toFixed(1)}): fcp ${t.fcpMs.toFixed(0)}, blocking after FCP ${t.blockingMs.toFixed(0)} ms, longest after FCP ${longest.toFixed(0)} ms`,
    );
    for (const task of t.longTasks)
      console.log(
        `   @${task.startMs.toFixed(0)} ${task.durationMs.toFixed(0)} ms: ${task.parts
          .slice(0, 5)
          .map((p) => `${p.what} ${p.ms.toFixed(0)}`)
          .join(', ')}`,
      );
  }
}
const med = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
for (const [base, r] of Object.entries(results))
  console.log(
    `MEDIAN ${base}/${pageName}: blocking ${med(r.map((x) => x.blocking)).toFixed(0)} ms, longest ${med(r.map((x) => x.longest)).toFixed(0)} ms (runs: ${r.map((x) => x.blocking.toFixed(0)).join(', ')})`,
  );
await browser.close();
