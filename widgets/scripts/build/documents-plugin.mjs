// esbuild plugin: the build-time half of graphql-codegen's client preset, doing what its babel
// plugin (@graphql-codegen/client-preset/babel) and SWC plugin do for those compilers.
//
// In source, a widget writes `graphql(`query CwViewerBadge { … }`)` from '@coachwork/schema/gql' and
// gets a typed document. At run time that call looks the text up in the preset's `documents` map,
// which holds every document of every widget (tens of KB), so each widget bundle would carry all
// of them. This plugin rewrites each call to an import of the one generated document it names
// (`CwViewerBadgeDocument`, `CwGoalTrackerGoalFragmentDoc`) in packages/schema/src/gql/graphql.ts.
// Each document is served as a module of its own (`coachwork-document:<Name>`, exporting the
// generated query text as a plain string with ignored characters stripped; codegen's
// `documentMode: 'string'` inlines fragments, so each is self-contained, and the client only ever
// sends the text, so the `TypedDocumentString` wrapper need not ship): esbuild splits chunks
// by module, and one module holding every document would put all widgets' documents in the
// chunk they share. Types are untouched: this runs after type-checking, on the text codegen read.
//
// It fails the build rather than fall back to the map: a call whose argument is not a plain
// template literal, a document without a name, or a `graphql` import left in use after rewriting.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stripIgnoredCharacters } from 'graphql';

const generated = fileURLToPath(new URL('../../../packages/schema/src/gql/graphql.ts', import.meta.url));
const presetImport = /import\s*\{\s*graphql\s*\}\s*from\s*'@coachwork\/schema\/gql';?\n?/;
const call = /\bgraphql\(\s*`([^`]*)`\s*\)/g;

/** The generated export for a document, named as the client preset names it. */
export function documentExportName(text) {
  const [first] = parse(text).definitions;
  if (!first || !('name' in first) || !first.name)
    throw new Error('a graphql() document must start with a named operation or fragment');
  if (first.kind === 'FragmentDefinition') return `${first.name.value}FragmentDoc`;
  if (first.kind === 'OperationDefinition') return `${first.name.value}Document`;
  throw new Error(`a graphql() document cannot start with a ${first.kind}`);
}

/** Rewrites one module's `graphql(`…`)` calls; returns undefined when it has none. */
export function rewriteDocuments(source, file) {
  if (!presetImport.test(source)) return undefined;
  const names = new Set();
  let rewritten = source.replace(presetImport, '').replace(call, (_, text) => {
    if (text.includes('${')) throw new Error(`${file}: graphql() takes a literal without substitutions`);
    const name = documentExportName(text);
    names.add(name);
    return name;
  });
  if (/\bgraphql\(/.test(rewritten))
    throw new Error(`${file}: a graphql() call is not a plain template literal, so it cannot be rewritten`);
  const imports = [...names].sort().map((name) => `import { ${name} } from 'coachwork-document:${name}';\n`);
  return imports.join('') + rewritten;
}

/** The generated query text of one document, minified, as a module exporting it. */
export function documentModule(generatedSource, name) {
  const opening = `\nexport const ${name} = new TypedDocumentString(`;
  const start = generatedSource.indexOf(opening);
  if (start < 0) throw new Error(`${name} is not in packages/schema/src/gql/graphql.ts: run pnpm codegen`);
  const textStart = generatedSource.indexOf('`', start + opening.length);
  const textEnd = generatedSource.indexOf('`', textStart + 1);
  const text = generatedSource.slice(textStart + 1, textEnd);
  if (textStart < 0 || textEnd < 0 || text.includes('${'))
    throw new Error(`${name} in packages/schema/src/gql/graphql.ts does not hold a plain query text`);
  return `export const ${name} = ${JSON.stringify(stripIgnoredCharacters(text))};\n`;
}

/**
 * @param {{ transform?: (source: string, file: string) => string }} [options] a further rewrite of
 *   each of the project's TypeScript modules (esbuild runs one onLoad per file, so the browser
 *   build's template minifier, scripts/build/minify-templates.mjs, comes in here)
 * @returns {import('esbuild').Plugin}
 */
export function typedDocumentsPlugin({ transform } = {}) {
  return {
    name: 'coachwork-typed-documents',
    setup(build) {
      build.onResolve({ filter: /^coachwork-document:/ }, (args) => ({
        path: args.path.slice('coachwork-document:'.length),
        namespace: 'coachwork-document',
      }));
      build.onLoad({ filter: /.*/, namespace: 'coachwork-document' }, async (args) => ({
        contents: documentModule(await readFile(generated, 'utf8'), args.path),
        loader: 'js',
        watchFiles: [generated],
      }));
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
        const source = await readFile(args.path, 'utf8');
        const rewritten = rewriteDocuments(source, args.path);
        const contents = transform ? transform(rewritten ?? source, args.path) : rewritten;
        return contents === undefined ? undefined : { contents, loader: 'ts' };
      });
    },
  };
}
