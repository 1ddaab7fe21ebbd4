// The size budget, measured on what is shipped: minified ESM for the browser, production builds of
// Lit and urql, documents as minified query text (scripts/build/documents-plugin.mjs), template
// text minified (scripts/build/minify-templates.mjs), esbuild's minifier then terser's
// (scripts/build/terser-pass.mjs), gzip -9, each file on its own, as served.
// 1 kB = 1,000 bytes, as size-limit counts.
//
//   first load        one widget's define module bundled with everything it imports (Lit,
//                     @lit/localize, urql and packages/client, the widget base, its documents), as a
//                     page with only that widget loads it: budget 30.1 kB. A part the widget imports
//                     with import() when first needed is split off and reported beside it, not
//                     counted against the budget
//   own chunk         in the kit's build, the widget's own file (dist/<widget>.js: its element,
//                     styles, strings and documents), what a page already showing another widget
//                     adds for it: budget 12 kB
//   whole kit         every file of the loader build (dist/coachwork.js, every widget, every
//                     shared and on-demand chunk), added up, except the staff tools' own files:
//                     what a page showing every everyday widget downloads: budget 80 kB
//   staff tools       the files only the staff tools load (their element and on-demand parts;
//                     STAFF_TOOLS below): what an admin's or a coach's page adds to the kit:
//                     budget 39 kB. They are never on a participant's or a manager's page, so
//                     they do not weigh on what those pages download
//   coach tools       the same for the coach's own tools (COACH_TOOLS below): what a coach's page
//                     adds to the kit: budget 15 kB. A coach's page is not an admin's, so the two
//                     are counted apart; a file both load but no everyday widget counts in both
//
// The kit's shared runtime (Lit, @lit/localize, urql, the client, the widget base) is the chunk
// every widget imports, loaded once per page whatever the number of widgets; the report prints it
// (and the small chunk it shares with the locale modules) without a budget of its own: it is in
// every first-load figure.
//
// Locale modules (src/locales/<code>.ts) are left out: a page loads at most the one for its
// language, and each is listed apart.
//
// Any figure over its budget fails the run; the report prints how far over, or how much each
// figure has to spare.
//
//   node scripts/size.mjs           print the report; exit 1 when a figure is over its budget
//   node scripts/size.mjs --json    the figures as JSON (no exit code)
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { definedElements } from './build/elements.mjs';
import { browserOptions, isLocaleModule } from './build/options.mjs';
import { buildBrowser } from './build.mjs';
import { minifyOutputs } from './build/terser-pass.mjs';

export const FIRST_LOAD_BUDGET = 30_100;
export const OWN_CHUNK_BUDGET = 12_000;
export const KIT_BUDGET = 80_000;
// Every tab of the console added up (seven, each loaded only when opened; the learning platforms
// tab, 4.2 kB, opens for org admins only); the console's first load
// is judged against FIRST_LOAD_BUDGET like any widget's.
export const STAFF_TOOLS_BUDGET = 39_000;

export const COACH_TOOLS_BUDGET = 15_000;

/** The widgets for people who run coaching programs rather than receive coaching. */
export const STAFF_TOOLS = ['cw-program-console'];
/** The widgets for the people who coach. */
export const COACH_TOOLS = ['cw-coach-desk'];

const gzipped = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** @returns {import('esbuild').Plugin} leaving locale modules out (imported on demand). */
const localesApart = () => ({
  name: 'locales-apart',
  setup(b) {
    b.onResolve({ filter: /locales\/[\w-]+\.js$/ }, (args) => {
      const resolved = path.resolve(args.resolveDir, args.path);
      return isLocaleModule(resolved) ? { path: args.path, external: true } : undefined;
    });
  },
});

/**
 * One widget's define module and all it imports, as a page with only that widget loads it. A part
 * the widget loads with import() the first time it is needed (the booker's cancel and feedback
 * panels) is split off, as in the shipped build: `min`/`gzip` are what loads first (the entry and
 * any chunk it imports statically, gzipped one by one), which the budget judges; `totalMin` and
 * `totalGzip` add the parts loaded on demand.
 */
export async function measureWidget(file) {
  const options = browserOptions();
  const result = await build({
    ...options,
    entryPoints: [file],
    write: false,
    outdir: '/virtual',
    splitting: true,
    metafile: true,
    legalComments: 'none',
    plugins: [...options.plugins, localesApart()],
  });
  const files = new Map();
  for (const f of await minifyOutputs(result.outputFiles))
    if (f.path.endsWith('.js')) files.set(path.relative(process.cwd(), f.path), f.contents);
  const outputs = result.metafile.outputs;
  const entry = Object.keys(outputs).find((key) => outputs[key].entryPoint !== undefined);
  if (!entry || !files.has(entry)) throw new Error(`no JavaScript built for ${file}`);
  const initial = new Set();
  const visit = (key) => {
    if (initial.has(key)) return;
    initial.add(key);
    for (const imported of outputs[key]?.imports ?? [])
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
  };
  visit(entry);
  const sum = (keys, measure) => keys.reduce((total, key) => total + measure(files.get(key)), 0);
  return {
    min: sum([...initial], (c) => c.length),
    gzip: sum([...initial], gzipped),
    totalMin: sum([...files.keys()], (c) => c.length),
    totalGzip: sum([...files.keys()], gzipped),
  };
}

/** Every file of the loader build; locale chunks apart. */
export async function measureKit(elements) {
  const result = await buildBrowser(elements, { write: false, outdir: '/virtual' });
  const files = [];
  for (const file of result.outputFiles) {
    if (!file.path.endsWith('.js')) continue;
    const meta = result.metafile.outputs[path.relative(process.cwd(), file.path)];
    const inputs = Object.keys(meta?.inputs ?? {});
    const locale = inputs.length > 0 && inputs.every((input) => isLocaleModule(input));
    files.push({
      file: path.relative('/virtual', file.path),
      min: file.contents.length,
      gzip: gzipped(file.contents),
      locale,
      entryPoint: meta?.entryPoint,
      imports: (meta?.imports ?? [])
        .filter((i) => i.kind === 'import-statement' && !i.external)
        .map((i) => path.relative('/virtual', path.resolve(process.cwd(), i.path))),
      dynamicImports: (meta?.imports ?? [])
        .filter((i) => i.kind === 'dynamic-import' && !i.external)
        .map((i) => path.relative('/virtual', path.resolve(process.cwd(), i.path))),
    });
  }
  markStaffFiles(files, elements);
  const total = (list, key) => list.reduce((sum, f) => sum + f[key], 0);
  const everyday = files.filter((f) => !f.locale && !f.staff && !f.coach);
  const staff = files.filter((f) => f.staff);
  const coach = files.filter((f) => f.coach);
  return {
    files,
    min: total(everyday, 'min'),
    gzip: total(everyday, 'gzip'),
    staff: { min: total(staff, 'min'), gzip: total(staff, 'gzip'), files: staff.length },
    coach: { min: total(coach, 'min'), gzip: total(coach, 'gzip'), files: coach.length },
  };
}

/**
 * Marks `staff` the files that only staff tools ever load (reachable, by static or dynamic import,
 * from a staff tool's element and from no everyday element), and `coach` those only coach tools load.
 */
function markStaffFiles(files, elements) {
  const byName = new Map(files.map((f) => [f.file, f]));
  const reachable = (start) => {
    const seen = new Set();
    const visit = (name) => {
      if (seen.has(name)) return;
      seen.add(name);
      const f = byName.get(name);
      for (const next of [...(f?.imports ?? []), ...(f?.dynamicImports ?? [])]) visit(next);
    };
    visit(start);
    return seen;
  };
  const entryOf = (element) =>
    files.find(
      (f) => f.entryPoint !== undefined && path.resolve(f.entryPoint) === path.resolve(element.file),
    );
  const staffReach = new Set();
  const coachReach = new Set();
  const everydayReach = new Set();
  for (const element of elements) {
    const entry = entryOf(element);
    if (!entry) continue;
    const target = STAFF_TOOLS.includes(element.tag)
      ? staffReach
      : COACH_TOOLS.includes(element.tag)
        ? coachReach
        : everydayReach;
    for (const name of reachable(entry.file)) target.add(name);
  }
  for (const f of files) {
    f.staff = !f.locale && staffReach.has(f.file) && !everydayReach.has(f.file);
    f.coach = !f.locale && coachReach.has(f.file) && !everydayReach.has(f.file);
  }
}

/** The files a kit file loads before it runs (itself and its static imports, transitively). */
function staticClosure(kit, file) {
  const byName = new Map(kit.files.map((f) => [f.file, f]));
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const imported of byName.get(name)?.imports ?? []) visit(imported);
  };
  visit(file);
  return seen;
}

/**
 * Each widget's own file in the kit build, and the shared runtime: the chunks every widget
 * loads before it runs.
 */
export function kitParts(kit, elements) {
  const own = new Map();
  let shared;
  for (const element of elements) {
    const file = kit.files.find(
      (f) => f.entryPoint !== undefined && path.resolve(f.entryPoint) === path.resolve(element.file),
    );
    if (!file) throw new Error(`no file for ${element.file} in the kit build`);
    own.set(element.tag, file);
    const closure = staticClosure(kit, file.file);
    closure.delete(file.file);
    shared = shared ? new Set([...shared].filter((name) => closure.has(name))) : closure;
  }
  const runtime = kit.files.filter((f) => shared?.has(f.file));
  return { own, runtime };
}

export async function measureAll() {
  const elements = definedElements();
  const widgets = [];
  for (const element of elements) widgets.push({ ...element, ...(await measureWidget(element.file)) });
  const kit = await measureKit(elements);
  const { own, runtime } = kitParts(kit, elements);
  for (const widget of widgets) {
    const file = own.get(widget.tag);
    widget.own = { file: file.file, min: file.min, gzip: file.gzip };
  }
  return { widgets, kit, runtime };
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const pad = (text, width) => text.padEnd(width);

async function main() {
  const { widgets, kit, runtime } = await measureAll();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ widgets, kit, runtime }, null, 2));
    return;
  }
  const over = [];
  /** `ok` within budget, with the bytes to spare; `OVER` by how much. */
  const judge = (name, gzip, budget) => {
    if (gzip <= budget) return { mark: 'ok  ', margin: `${budget - gzip} B to spare` };
    over.push(`${name} ${kB(gzip)} > ${kB(budget)}`);
    return { mark: 'OVER', margin: `${gzip - budget} B over` };
  };
  console.log(
    `Size budget (min+gzip): each widget's first load with Lit, @lit/localize, urql and the shared base ` +
      `≤ ${kB(FIRST_LOAD_BUDGET)}; each widget's own chunk ≤ ${kB(OWN_CHUNK_BUDGET)}; ` +
      `every file of the kit ≤ ${kB(KIT_BUDGET)}, the staff tools' own files ≤ ${kB(STAFF_TOOLS_BUDGET)}, ` +
      `the coach tools' own files ≤ ${kB(COACH_TOOLS_BUDGET)}`,
  );
  console.log('\nFirst load of one widget (parts loaded on demand shown apart, not judged)');
  for (const w of widgets) {
    const name = `<${w.tag}>`;
    const { mark, margin } = judge(`${name} first load`, w.gzip, FIRST_LOAD_BUDGET);
    const lazy = w.totalGzip > w.gzip ? `; ${kB(w.totalGzip)} with parts loaded on demand` : '';
    console.log(`  ${mark} ${pad(name, 22)} ${pad(kB(w.gzip), 9)} (${kB(w.min)} min${lazy}; ${margin})`);
  }
  console.log("\nEach widget's own chunk in the kit build");
  for (const w of widgets) {
    const name = `<${w.tag}>`;
    const { mark, margin } = judge(`${name} own chunk`, w.own.gzip, OWN_CHUNK_BUDGET);
    console.log(
      `  ${mark} ${pad(name, 22)} ${pad(kB(w.own.gzip), 9)} (${w.own.file}, ${kB(w.own.min)} min; ${margin})`,
    );
  }
  const runtimeGzip = runtime.reduce((sum, f) => sum + f.gzip, 0);
  const runtimeMin = runtime.reduce((sum, f) => sum + f.min, 0);
  console.log(
    `\nShared runtime, loaded once per page: ${kB(runtimeGzip)} (${kB(runtimeMin)} min; ` +
      runtime.map((f) => `${f.file} ${kB(f.gzip)}`).join(', ') +
      ')',
  );
  const kitJudged = judge('whole kit', kit.gzip, KIT_BUDGET);
  console.log(
    `\n  ${kitJudged.mark} ${pad('whole kit (loader)', 22)} ${pad(kB(kit.gzip), 9)} (${kB(kit.min)} min, ` +
      `${kit.files.filter((f) => !f.locale && !f.staff && !f.coach).length} files; ${kitJudged.margin})`,
  );
  const staffJudged = judge('staff tools', kit.staff.gzip, STAFF_TOOLS_BUDGET);
  console.log(
    `  ${staffJudged.mark} ${pad('staff tools', 22)} ${pad(kB(kit.staff.gzip), 9)} (${kB(kit.staff.min)} min, ` +
      `${kit.staff.files} files: ${STAFF_TOOLS.join(', ')}; ${staffJudged.margin})`,
  );
  const coachJudged = judge('coach tools', kit.coach.gzip, COACH_TOOLS_BUDGET);
  console.log(
    `  ${coachJudged.mark} ${pad('coach tools', 22)} ${pad(kB(kit.coach.gzip), 9)} (${kB(kit.coach.min)} min, ` +
      `${kit.coach.files} files: ${COACH_TOOLS.join(', ')}; ${coachJudged.margin})`,
  );
  for (const f of kit.files) {
    const tools = [f.staff ? 'staff tools' : '', f.coach ? 'coach tools' : ''].filter(Boolean).join(', ');
    const note = f.locale ? ' (locale, on demand)' : tools ? ` (${tools})` : '';
    console.log(`         ${pad(f.file, 46)} ${pad(kB(f.gzip), 9)}${note}`);
  }
  if (over.length > 0) {
    console.error(`\nOver budget: ${over.join('; ')}.`);
    process.exitCode = 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
