// Server rendering: run by Node on the compiled output (tsc -p tsconfig.react.json). Importing the
// wrappers here must not touch DOM globals; the elements upgrade once the client has loaded.
import { renderToString } from 'react-dom/server';
import { App } from './app.js';

export function render(gateway: string): string {
  return renderToString(<App gateway={gateway} />);
}
