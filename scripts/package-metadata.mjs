// The repository's address is configured once, as the root package.json's `repository.url`; every
// published package's `repository` (with its `directory`), `homepage` and `bugs` are derived from it.
//
//   node scripts/package-metadata.mjs           writes the derived fields where they differ
//   node scripts/package-metadata.mjs --check   fails, listing them, while any differs (pnpm test)
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

const { repository } = readJson(path.join(root, 'package.json'));
const url = typeof repository === 'string' ? repository : repository?.url;
const web = /^(?:git\+)?(https:\/\/[^\s]+?)(?:\.git)?$/.exec(url ?? '')?.[1];
if (!web) {
  console.error(`The root package.json needs "repository": { "type": "git", "url": "git+https://….git" }.`);
  process.exit(1);
}

/** Workspace package directories holding a published (not private) package. */
function publishedPackages() {
  const dirs = ['widgets', ...readdirSync(path.join(root, 'packages')).map((name) => `packages/${name}`)];
  return dirs
    .filter((dir) => existsSync(path.join(root, dir, 'package.json')))
    .filter((dir) => readJson(path.join(root, dir, 'package.json')).private !== true);
}

const check = process.argv.includes('--check');
const wrong = [];
for (const dir of publishedPackages()) {
  const file = path.join(root, dir, 'package.json');
  const manifest = readJson(file);
  const expected = {
    repository: { type: 'git', url, directory: dir },
    homepage: `${web}/tree/main/${dir}#readme`,
    bugs: `${web}/issues`,
  };
  const differing = Object.keys(expected).filter(
    (key) => JSON.stringify(manifest[key]) !== JSON.stringify(expected[key]),
  );
  if (differing.length === 0) continue;
  wrong.push(`${dir}/package.json: ${differing.join(', ')}`);
  if (!check) {
    Object.assign(manifest, expected);
    writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
  }
}

if (check && wrong.length > 0) {
  console.error(
    `These differ from the root package.json's repository (${url}):\n  ${wrong.join('\n  ')}\n` +
      'Run `pnpm packages:metadata` to derive them again.',
  );
  process.exit(1);
}
console.log(
  wrong.length > 0 && !check
    ? `derived from ${url}:\n  ${wrong.join('\n  ')}`
    : `package metadata: every published package points at ${web}`,
);
