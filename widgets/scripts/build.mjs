// Builds what the kit ships, from the define files in src/define/ (scripts/build/elements.mjs):
//
//   dist/coachwork.js         the one-script loader: <script type="module" src=".../coachwork.js">
//                             defines every cw-* element lazily (src/loader/lazy-define.ts)
//   dist/<widget>.js          one widget, defined at once (also usable from a script tag)
//   dist/chunks/*.js          code the above share (Lit, the client, the widget base), and locales
//   dist/esm/<widget>.js      per-widget ESM for bundlers (`@coachwork/widgets/<widget>.js`),
//   dist/esm/index.js         and the classes, events and helpers without defining anything
//                             (`@coachwork/widgets`): unminified, every dependency (Lit, @lit/*,
//                             urql, @coachwork/client) left as a bare import so the host's bundler
//                             dedupes them; the documents inlined, one module each
//   dist/coachwork.d.ts       the loader's types (its `loader` export)
//   dist/types/               declarations and declaration maps of src/ (`tsc -p tsconfig.build.json`,
//                             run by `pnpm build` after this script)
//
//   custom-elements.json      the Custom Elements Manifest, and schemas/*.schema.json, the event
//                             contracts (scripts/contracts.mjs writes them; both committed, checked by
//                             pnpm test; the build leaves them alone)
//
//   node scripts/build.mjs    prints each output's size
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { definedElements, widgetsDir } from './build/elements.mjs';
import { browserOptions } from './build/options.mjs';
import { typedDocumentsPlugin } from './build/documents-plugin.mjs';
import { minifyOutputs } from './build/terser-pass.mjs';

const dist = `${widgetsDir}dist/`;
const manifest = JSON.parse(readFileSync(`${widgetsDir}package.json`, 'utf8'));

/** The loader's entry: src/loader/lazy.ts, over the list in src/loader/elements.ts. */
export const loaderEntry = `${widgetsDir}src/loader/lazy.ts`;

/**
 * Tags missing from src/loader/elements.ts, or listed there with a module other than their define
 * file: the loader would never define them, or load the wrong thing.
 */
export function unlistedElements(elements) {
  const listed = readFileSync(`${widgetsDir}src/loader/elements.ts`, 'utf8');
  return elements
    .filter(({ tag, name }) => !listed.includes(`'${tag}': () => import('../define/${name}.js')`))
    .map(({ tag }) => tag);
}

/**
 * Browser build: the loader plus one entry per widget, sharing chunks, each file minified by
 * esbuild then by terser (scripts/build/terser-pass.mjs). `outputFiles` are the files as shipped;
 * the metafile's byte counts are esbuild's, before terser.
 */
export async function buildBrowser(elements, { write = true, outdir = dist } = {}) {
  const options = browserOptions();
  const result = await build({
    ...options,
    entryPoints: [
      { in: loaderEntry, out: 'coachwork' },
      ...elements.map(({ name, file }) => ({ in: file, out: name })),
    ],
    outdir,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
    write: false,
    plugins: options.plugins,
  });
  const outputFiles = await minifyOutputs(result.outputFiles);
  if (write) {
    for (const file of outputFiles) {
      mkdirSync(path.dirname(file.path), { recursive: true });
      writeFileSync(file.path, file.contents);
    }
  }
  return { ...result, outputFiles };
}

/**
 * Every bare import but the typed documents (@coachwork/schema, rewritten by the documents plugin)
 * stays a bare import; each must be one of this package's dependencies, or a host installing it
 * would not get it.
 * @returns {import('esbuild').Plugin}
 */
function externalDependencies() {
  const declared = Object.keys(manifest.dependencies ?? {});
  return {
    name: 'external-dependencies',
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.path.startsWith('@coachwork/schema')) return undefined;
        const name = args.path
          .split('/')
          .slice(0, args.path.startsWith('@') ? 2 : 1)
          .join('/');
        if (!declared.includes(name))
          return {
            errors: [{ text: `${args.path} is imported but ${name} is not in widgets' dependencies` }],
          };
        return { path: args.path, external: true };
      });
    },
  };
}

/** Bundler build: per-widget ESM and the index, with dependencies left bare. */
async function buildForBundlers(elements) {
  return build({
    entryPoints: [
      { in: `${widgetsDir}src/index.ts`, out: 'index' },
      ...elements.map(({ name, file }) => ({ in: file, out: name })),
    ],
    outdir: `${dist}esm`,
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    chunkNames: 'chunks/[name]-[hash]',
    tsconfig: `${widgetsDir}tsconfig.json`,
    plugins: [typedDocumentsPlugin(), externalDependencies()],
    logLevel: 'warning',
  });
}

/** The loader's declarations: what `import { loader } from '@coachwork/widgets/coachwork.js'` gives. */
const loaderDeclarations = `import type { LazyDefinitions } from './types/loader/lazy-define.js';
/** The loader on this page: \`pending\` tags, \`loadElement(tag)\`, \`disconnect()\`. */
export declare const loader: LazyDefinitions;
`;

/**
 * Each widget needs its `@coachwork/widgets/<widget>.js` export, for bundlers and for the source
 * in this repository (`exports`), and in the published manifest (`publishConfig.exports`, which
 * pnpm puts in its place when packing: only built files).
 */
export function missingExports(elements) {
  return elements
    .filter(({ name }) => {
      const entry = manifest.exports?.[`./${name}.js`];
      const published = manifest.publishConfig?.exports?.[`./${name}.js`];
      return (
        entry?.types !== `./src/define/${name}.ts` ||
        entry?.development !== `./src/define/${name}.ts` ||
        entry?.default !== `./dist/esm/${name}.js` ||
        published?.types !== `./dist/types/define/${name}.d.ts` ||
        published?.default !== `./dist/esm/${name}.js`
      );
    })
    .map(({ name }) => name);
}

async function main() {
  const elements = definedElements();
  const unlisted = unlistedElements(elements);
  if (unlisted.length > 0) {
    console.error(
      `src/loader/elements.ts does not list ${unlisted.join(', ')}: add ` +
        `'<tag>': () => import('../define/<name>.js') for each, so the loader can define it.`,
    );
    process.exitCode = 1;
    return;
  }
  const missing = missingExports(elements);
  if (missing.length > 0) {
    console.error(
      `widgets/package.json "exports" lacks an entry for: ${missing.join(', ')}.\nAdd for each:\n` +
        missing
          .map(
            (name) =>
              `  "./${name}.js": { "types": "./src/define/${name}.ts", "development": "./src/define/${name}.ts", "default": "./dist/esm/${name}.js" }\n` +
              `and in "publishConfig" "exports":\n` +
              `  "./${name}.js": { "types": "./dist/types/define/${name}.d.ts", "default": "./dist/esm/${name}.js" }`,
          )
          .join('\n'),
    );
    process.exitCode = 1;
    return;
  }
  rmSync(dist, { recursive: true, force: true });
  const browser = await buildBrowser(elements);
  await buildForBundlers(elements);
  writeFileSync(`${dist}coachwork.d.ts`, loaderDeclarations);
  for (const file of browser.outputFiles) {
    if (file.path.endsWith('.js'))
      console.log(`${path.relative(widgetsDir, file.path)}  ${file.contents.length} B`);
  }
  console.log(`built ${elements.map((e) => `<${e.tag}>`).join(' ')} into widgets/dist/`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
