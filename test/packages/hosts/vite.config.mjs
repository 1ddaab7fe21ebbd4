// The two browser apps: the plain TypeScript host and the React host's client side (hydration).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  logLevel: 'warn',
  // Served from the project's root by the test's static server, built files under /dist/.
  base: '/dist/',
  // The automatic JSX runtime, as tsconfig.react.json has it (Vite reads only tsconfig.json).
  esbuild: { jsx: 'automatic' },
  build: {
    target: 'es2022',
    outDir: here('./dist'),
    rollupOptions: { input: { plain: here('./plain/index.html'), react: here('./react/index.html') } },
  },
});
