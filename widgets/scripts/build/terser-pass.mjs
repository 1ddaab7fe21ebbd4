// A second minification pass with terser over esbuild's minified browser output.
//
// esbuild minifies in one fast pass; terser's compressor (several passes: inlining, joining
// declarations, folding conditionals) finds about 3 % more, measured on the shipped widgets:
// heatmap 20.39 → 19.83 kB gzipped, booker 20.73 → 20.15 kB. Only terser's safe transforms are
// on: no `unsafe*` and no `pure_getters`, because Lit and the widgets read getters for their
// side effects (layout reads, lazily created controllers).
//
// The build (scripts/build.mjs) and the size budget (scripts/size.mjs) both run it, so the budget
// measures what ships. Module syntax: exported names, which the chunks import from each other,
// are kept.
import { minify } from 'terser';

/** esbuild's `legalComments: 'linked'` note that names the licence file; terser would drop it. */
const LEGAL_NOTE = /\n?\/\*! For license information please see [\w.-]+ \*\/\n?$/;

/** @param {string} code esbuild's minified ESM @returns {Promise<string>} */
export async function minifyFurther(code) {
  const note = code.match(LEGAL_NOTE)?.[0];
  const result = await minify(note ? code.slice(0, -note.length) : code, {
    module: true,
    ecma: 2020,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
  });
  if (result.code === undefined) throw new Error('terser returned no code');
  return note ? `${result.code}\n${note.trim()}\n` : result.code;
}

/**
 * Runs the pass over every JavaScript file of an esbuild result built with `write: false`.
 * @param {import('esbuild').OutputFile[]} outputFiles
 * @returns {Promise<{ path: string, contents: Uint8Array }[]>} the same files, JavaScript re-minified
 */
export async function minifyOutputs(outputFiles) {
  const encoder = new TextEncoder();
  return Promise.all(
    outputFiles.map(async (file) =>
      file.path.endsWith('.js')
        ? { path: file.path, contents: encoder.encode(await minifyFurther(file.text)) }
        : { path: file.path, contents: file.contents },
    ),
  );
}
