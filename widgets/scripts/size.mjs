// The size budget (issue 8), measured on what is shipped: minified ESM for the browser, production
// builds of Lit and urql, the typed-documents rewrite (scripts/build/documents-plugin.mjs), gzip -9.
// 1 kB = 1,000 bytes, as size-limit counts.
//
//   each widget alone     its define module bundled with everything it imports (Lit, @lit/localize,
//                         the shared client with urql and graphcache, its documents, the widget
//                         base) into one file, as a page with only that widget would load it
//                         directly: budget 20 kB
//   the whole kit         every file of the loader build (dist/coachwork.js, every widget entry and
//                         every shared chunk) gzipped one by one, as served, and added up: what a page
//                         showing every widget downloads: budget 45 kB
//
// Locale modules (src/locales/<code>.ts) are left out of both: a page loads at most the one for its
// language, and each is listed apart.
//
//   node scripts/size.mjs            print the report; exit 1 when a figure is over its budget
//   node scripts/size.mjs --json     the figures as JSON (no budget exit code)
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { definedElements } from './build/elements.mjs';
import { browserOptions, isLocaleModule } from './build/options.mjs';
import { buildBrowser } from './build.mjs';

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

/** One widget's define module and all it imports, in one file. */
export async function measureWidget(file) {
  const options = browserOptions();
  const result = await build({
    ...options,
    entryPoints: [file],
    write: false,
    outdir: '/virtual',
    legalComments: 'none',
    plugins: [...options.plugins, localesApart()],
  });
  const code = result.outputFiles.find((f) => f.path.endsWith('.js'));
  if (!code) throw new Error(`no JavaScript built for ${file}`);
  return { min: code.contents.length, gzip: gzipped(code.contents) };
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
  console.log(`Size budget (min+gzip; each widget with Lit and the shared client ≤ ${kB(WIDGET_BUDGET)})`);
  for (const w of widgets) {
    const ok = w.gzip <= WIDGET_BUDGET;
    if (!ok) over.push(`<${w.tag}> ${kB(w.gzip)} > ${kB(WIDGET_BUDGET)}`);
    console.log(
      `  ${ok ? 'ok  ' : 'OVER'} ${pad(`<${w.tag}>`, 22)} ${pad(kB(w.gzip), 9)} (${kB(w.min)} min)`,
    );
  }
  const kitOk = kit.gzip <= KIT_BUDGET;
  if (!kitOk) over.push(`the whole kit ${kB(kit.gzip)} > ${kB(KIT_BUDGET)}`);
  console.log(
    `  ${kitOk ? 'ok  ' : 'OVER'} ${pad('whole kit (loader)', 22)} ${pad(kB(kit.gzip), 9)} (${kB(kit.min)} min, ` +
      `${kit.files.filter((f) => !f.locale).length} files; budget ${kB(KIT_BUDGET)})`,
  );
  for (const f of kit.files) {
    console.log(`         ${pad(f.file, 40)} ${pad(kB(f.gzip), 9)}${f.locale ? ' (locale, on demand)' : ''}`);
  }
  if (over.length > 0) {
    console.error(`\nOver budget: ${over.join('; ')}.`);
    process.exitCode = 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
