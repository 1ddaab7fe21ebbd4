// Prints the minified + gzipped size of each widget's own JavaScript: its element, define module,
// events, strings and styles, plus the shared widget base it pulls in (widgets/src/shared), but
// without Lit, @lit/*, the shared client (@coachwork/client) and the generated documents
// (@coachwork/schema), which every widget on a page shares. Issue 4 budget: < 12 KB for the tracker.
//
//   node widgets/scripts/size.mjs            all widgets that have a define module
//   node widgets/scripts/size.mjs goal-tracker
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const widgetsDir = fileURLToPath(new URL('..', import.meta.url));
const shared = ['lit', 'lit/*', '@lit/*', '@coachwork/client', '@coachwork/schema', '@coachwork/schema/*'];

/** Marks imports whose path matches `filter` external, unless `keep` matches it. */
const externalPaths = (name, filter, keep) => ({
  name,
  setup(b) {
    b.onResolve({ filter }, (args) =>
      keep?.test(args.path) ? undefined : { path: args.path, external: true },
    );
  },
});

async function measure(entry, withBase) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    external: shared,
    tsconfig: `${widgetsDir}tsconfig.json`,
    plugins: [
      // Locale modules load on demand, only for a page in that language.
      externalPaths('locales-apart', /\/locales\/[\w-]+\.js$/, /locale-codes/),
      ...(withBase ? [] : [externalPaths('base-apart', /\/shared\//)]),
    ],
    logLevel: 'error',
  });
  const code = result.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const requested = process.argv.slice(2);
const widgets = readdirSync(`${widgetsDir}src/define`)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -3))
  .filter((name) => requested.length === 0 || requested.includes(name));

for (const name of widgets) {
  const entry = `${widgetsDir}src/define/${name}.ts`;
  const own = await measure(entry, false);
  const withBase = await measure(entry, true);
  console.log(
    `${name}: element ${kb(own.min)} min, ${kb(own.gzip)} min+gzip; ` +
      `with the widget base ${kb(withBase.min)} min, ${kb(withBase.gzip)} min+gzip ` +
      `(Lit, @lit/*, @coachwork/client and @coachwork/schema excluded)`,
  );
}
