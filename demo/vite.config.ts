import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** The host pages; each is its own entry so a build serves them as separate documents. */
export const demoPages = [
  'index',
  'intranet',
  'lms',
  'hr-portal',
  'hr-programs',
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
