import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { lmsPlatform } from './server/lms-platform.js';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * `virtual:coachwork-kit`: the kit's version (widgets/package.json) and the Subresource Integrity
 * hash of its built loader (widgets/dist/coachwork.js), the file the gateway serves at
 * `/kit/<version>/coachwork.js`, for the Developers page's script tag. `integrity` is null until the
 * widgets are built (`pnpm --filter @coachwork/widgets build`); a rebuild reloads the page.
 */
function coachworkKit(): Plugin {
  const id = 'virtual:coachwork-kit';
  const loader = here('../widgets/dist/coachwork.js');
  const packageJson = here('../widgets/package.json');
  return {
    name: 'coachwork-kit',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(resolved) {
      if (resolved !== `\0${id}`) return undefined;
      this.addWatchFile(loader);
      this.addWatchFile(packageJson);
      const { version } = JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string };
      let integrity: string | null = null;
      try {
        integrity = `sha384-${createHash('sha384').update(readFileSync(loader)).digest('base64')}`;
      } catch {
        // Not built yet: the page says how to get the hash.
      }
      return `export const version = ${JSON.stringify(version)};\nexport const integrity = ${JSON.stringify(integrity)};\n`;
    },
  };
}

/** The host pages; each is its own entry so a build serves them as separate documents. */
export const demoPages = [
  'index',
  'intranet',
  'lms',
  'hr-portal',
  'hr-programs',
  'hr-integrations',
  'react',
  'developers',
] as const;

export default defineConfig({
  // Explicit so the config works the same when started from the repo root (scripts/start.mjs, e2e tests).
  root: here('.'),
  envDir: here('.'),
  // The React page (react.tsx) uses the automatic JSX runtime; esbuild does the transform, so no
  // @vitejs/plugin-react (its Fast Refresh is the only thing this page would gain).
  esbuild: { jsx: 'automatic' },
  plugins: [coachworkKit(), lmsPlatform()],
  server: { port: 5173, strictPort: true },
  preview: { port: 5173, strictPort: true },
  build: {
    target: 'es2022',
    // The Developers page links each event's JSON Schema; a data: URL (Vite inlines small assets)
    // cannot be opened or downloaded from a link, so the schemas stay files.
    assetsInlineLimit: (file) => (file.endsWith('.schema.json') ? false : undefined),
    rollupOptions: {
      input: Object.fromEntries(demoPages.map((name) => [name, here(`./${name}.html`)])),
    },
  },
});
