// esbuild options shared by the build (scripts/build.mjs) and the size budget (scripts/size.mjs),
// so the budget measures what is shipped.
import { typedDocumentsPlugin } from './documents-plugin.mjs';
import { widgetsDir } from './elements.mjs';
import { minifyTemplates } from './minify-templates.mjs';

/** Locale modules (src/locales/<code>.ts) load on demand, only on a page in that language. */
export const isLocaleModule = (path) => /[\\/]locales[\\/](?!locale-codes)[\w-]+\.[jt]s$/.test(path);

/** @returns {import('esbuild').BuildOptions} for code that runs in the browser as shipped. */
export function browserOptions() {
  return {
    bundle: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    minify: true,
    treeShaking: true,
    // Lit's development builds (warnings, checks) stay out of the shipped kit.
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    // Licence texts go to <file>.LEGAL.txt next to each file, named in one comment.
    legalComments: 'linked',
    tsconfig: `${widgetsDir}tsconfig.json`,
    plugins: [typedDocumentsPlugin({ transform: minifyTemplates })],
    logLevel: 'warning',
  };
}
