// The size budget (issue 8), measured on what is shipped: minified ESM for the browser, production
// builds of Lit, documents as minified query text (scripts/build/documents-plugin.mjs), template
// text minified (scripts/build/minify-templates.mjs), esbuild's minifier then terser's
// (scripts/build/terser-pass.mjs), gzip -9.
// 1 kB = 1,000 bytes, as size-limit counts.
//
//   each widget alone     its define module bundled with everything it imports (Lit, @lit/localize,
//                         the shared client (packages/client), its documents, the widget
//                         base), as a page with only that widget would load it directly: budget
//                         20 kB for what loads first. A part the widget imports with import()
//                         when first needed is split off and reported beside it (initial and
//                         total), not counted against the budget
//   the whole kit         every file of the loader build (dist/coachwork.js, every widget entry and
//                         every shared chunk) gzipped one by one, as served, and added up: what a page
//                         showing every widget downloads: budget 45 kB
//
// Locale modules (src/locales/<code>.ts) are left out of both: a page loads at most the one for its
// language, and each is listed apart.
//
// Any figure over its budget fails the run, and the report prints how far over, and how much
// headroom each figure has left.
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

export const WIDGET_BUDGET = 20_000;
export const KIT_BUDGET = 45_000;

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
    });
  }
  const shipped = files.filter((f) => !f.locale);
  const total = (key) => shipped.reduce((sum, f) => sum + f[key], 0);
  return { files, min: total('min'), gzip: total('gzip') };
}

export async function measureAll() {
  const elements = definedElements();
  const widgets = [];
  for (const element of elements) widgets.push({ ...element, ...(await measureWidget(element.file)) });
  return { widgets, kit: await measureKit(elements) };
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const pad = (text, width) => text.padEnd(width);

async function main() {
  const { widgets, kit } = await measureAll();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ widgets, kit }, null, 2));
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
    `Size budget (min+gzip; each widget with Lit and the shared client ≤ ${kB(WIDGET_BUDGET)} ` +
      'as it first loads; parts loaded on demand are shown apart)',
  );
  for (const w of widgets) {
    const name = `<${w.tag}>`;
    const { mark, margin } = judge(name, w.gzip, WIDGET_BUDGET);
    const lazy = w.totalGzip > w.gzip ? `; ${kB(w.totalGzip)} with parts loaded on demand` : '';
    console.log(`  ${mark} ${pad(name, 22)} ${pad(kB(w.gzip), 9)} (${kB(w.min)} min${lazy}; ${margin})`);
  }
  const kitJudged = judge('whole kit', kit.gzip, KIT_BUDGET);
  console.log(
    `  ${kitJudged.mark} ${pad('whole kit (loader)', 22)} ${pad(kB(kit.gzip), 9)} (${kB(kit.min)} min, ` +
      `${kit.files.filter((f) => !f.locale).length} files; budget ${kB(KIT_BUDGET)}; ${kitJudged.margin})`,
  );
  for (const f of kit.files) {
    console.log(`         ${pad(f.file, 46)} ${pad(kB(f.gzip), 9)}${f.locale ? ' (locale, on demand)' : ''}`);
  }
  if (over.length > 0) {
    console.error(`\nOver budget: ${over.join('; ')}.`);
    process.exitCode = 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
