/**
 * GraphiQL from npm packages, never a CDN: intranets and these machines have no
 * internet. GraphiQL 3's UMD bundle runs on React 18's UMD builds, all served
 * straight from node_modules.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const packageDir = (name: string): string => path.dirname(require.resolve(`${name}/package.json`));

const assets: Record<string, { file: () => string; type: string }> = {
  'react.production.min.js': {
    file: () => path.join(packageDir('react'), 'umd/react.production.min.js'),
    type: 'text/javascript; charset=utf-8',
  },
  'react-dom.production.min.js': {
    file: () => path.join(packageDir('react-dom'), 'umd/react-dom.production.min.js'),
    type: 'text/javascript; charset=utf-8',
  },
  'graphiql.min.js': {
    file: () => path.join(packageDir('graphiql'), 'graphiql.min.js'),
    type: 'text/javascript; charset=utf-8',
  },
  'graphiql.min.css': {
    file: () => path.join(packageDir('graphiql'), 'graphiql.min.css'),
    type: 'text/css; charset=utf-8',
  },
};

const cache = new Map<string, Buffer>();

export async function graphiqlAsset(name: string): Promise<{ body: Buffer; type: string } | null> {
  const asset = assets[name];
  if (!asset) return null;
  let body = cache.get(name);
  if (!body) {
    body = await readFile(asset.file());
    cache.set(name, body);
  }
  return { body, type: asset.type };
}

const defaultQuery = `# Coachwork GraphQL gateway.
# Dev mode: the Headers tab holds a token for the seed's demo person.
query Viewer {
  viewer {
    id
    name
    email
    locale
    timeZone
    roles
    organisation { name locales }
    directReports(first: 5) { totalCount edges { node { name jobLevel } } }
  }
}
`;

export function graphiqlPage(options: { dev: boolean }): string {
  const config = JSON.stringify({ dev: options.dev, defaultQuery }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Coachwork · GraphiQL</title>
<link rel="stylesheet" href="/graphiql/assets/graphiql.min.css">
<style>html,body,#graphiql{height:100%;margin:0}</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script src="/graphiql/assets/react.production.min.js"></script>
<script src="/graphiql/assets/react-dom.production.min.js"></script>
<script src="/graphiql/assets/graphiql.min.js"></script>
<script>
(async () => {
  const config = ${config};
  let defaultHeaders = '';
  if (config.dev) {
    try {
      const response = await fetch('/dev/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      const minted = await response.json();
      if (minted.token) defaultHeaders = JSON.stringify({ Authorization: 'Bearer ' + minted.token }, null, 2);
    } catch (error) {
      console.warn('No dev token', error);
    }
  }
  const fetcher = GraphiQL.createFetcher({ url: new URL('/graphql', location.href).href });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher, defaultQuery: config.defaultQuery, defaultHeaders, shouldPersistHeaders: false }),
  );
})();
</script>
</body>
</html>
`;
}
