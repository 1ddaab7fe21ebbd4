// Writes widgets/package.json's version into src/shared/version.ts, the VERSION the kit reports
// (the duplicate-definition warning names it). `pnpm version-packages` runs it after Changesets
// has bumped the version; a test fails while the two differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { widgetsDir } from './build/elements.mjs';

const file = `${widgetsDir}src/shared/version.ts`;
const { version } = JSON.parse(readFileSync(`${widgetsDir}package.json`, 'utf8'));
const source = readFileSync(file, 'utf8');
const updated = source.replace(/export const VERSION = '[^']*';/, `export const VERSION = '${version}';`);
if (!updated.includes(`'${version}'`)) throw new Error(`no VERSION literal found in ${file}`);
if (updated !== source) {
  writeFileSync(file, updated);
  console.log(`src/shared/version.ts: VERSION = '${version}'`);
}
