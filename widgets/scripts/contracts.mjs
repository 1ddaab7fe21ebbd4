// The kit's published contracts, generated from the source and committed:
//   custom-elements.json                    the Custom Elements Manifest (scripts/build/manifest.mjs)
//   schemas/cw-<event>.v<N>.schema.json     a JSON Schema per event detail (scripts/build/event-schemas.mjs)
//
//   node scripts/contracts.mjs           writes them
//   node scripts/contracts.mjs --check   regenerates into a temporary directory and fails when a
//                                        committed file differs (run by `pnpm test` before the build),
//                                        or when an event's dispatch is not validated by any test,
//                                        or an element's rendered part is not documented
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { definedElements, widgetsDir } from './build/elements.mjs';
import { eventContracts, generateEventSchemas, schemasDir } from './build/event-schemas.mjs';
import { generateManifest, manifestFile } from './build/manifest.mjs';

/** @returns {Map<string, string>} path relative to widgets/ → content */
export function generateContracts() {
  const files = new Map([[path.relative(widgetsDir, manifestFile), generateManifest()]]);
  for (const [file, text] of generateEventSchemas())
    files.set(path.relative(widgetsDir, schemasDir + file), text);
  return files;
}

/** @param {string} dir @param {Map<string, string>} files */
export function writeAll(dir, files) {
  for (const [file, text] of files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
}

/**
 * Every event must be checked against its schema by some browser test: a call
 * `expectEventContract('cw-…', event)` (src/shared/testing/event-contract.ts) in a *.test.ts file.
 * @returns {string[]} event names no test validates
 */
function eventsWithoutContractTest() {
  const tests = readdirSync(`${widgetsDir}src`, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => readFileSync(`${widgetsDir}src/${file}`, 'utf8'))
    .join('\n');
  const validated = new Set(
    [...tests.matchAll(/expectEventContract\(\s*'(cw-[a-z0-9-]+)'/g)].map((m) => m[1]),
  );
  return eventContracts()
    .map((contract) => contract.name)
    .filter((name) => !validated.has(name));
}

/**
 * What the manifest must say about every element, beyond being current: each defined tag is in it,
 * each `part="…"` its templates render is documented (@csspart), and each event it lists has a
 * published schema. Dynamic part names (part=${…}) are not seen; the shared state parts are
 * documented on the base class.
 * @param {string} manifestText
 * @returns {string[]} one line per gap
 */
function manifestGaps(manifestText) {
  /** @type {{ modules: Array<{ path: string; declarations?: Array<{ tagName?: string; cssParts?: Array<{ name: string }>; events?: Array<{ name: string }> }> }> }} */
  const manifest = JSON.parse(manifestText);
  const schemaEvents = new Set(eventContracts().map((contract) => contract.name));
  const gaps = [];
  for (const { tag } of definedElements()) {
    const module = manifest.modules.find((m) => m.declarations?.some((d) => d.tagName === tag));
    const element = module?.declarations?.find((d) => d.tagName === tag);
    if (!module || !element) {
      gaps.push(`<${tag}> is defined but not in the manifest (is its class exported?)`);
      continue;
    }
    const folder = `${widgetsDir}${path.posix.dirname(module.path)}/`;
    const rendered = readdirSync(folder)
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .flatMap((file) => [...readFileSync(folder + file, 'utf8').matchAll(/\spart="([^"$]+)"/g)])
      .flatMap((match) => match[1].split(/\s+/));
    const documented = new Set((element.cssParts ?? []).map((part) => part.name));
    for (const part of new Set(rendered))
      if (!documented.has(part)) gaps.push(`<${tag}> renders part "${part}" without a @csspart line`);
    for (const event of element.events ?? [])
      if (!schemaEvents.has(event.name))
        gaps.push(`<${tag}> fires ${event.name}, which has no event class/schema`);
  }
  return gaps;
}

function check() {
  const fresh = mkdtempSync(path.join(tmpdir(), 'cw-contracts-'));
  const files = generateContracts();
  writeAll(fresh, files);
  const stale = [...files.keys()].filter((file) => {
    const committed = path.join(widgetsDir, file);
    return !existsSync(committed) || readFileSync(committed, 'utf8') !== files.get(file);
  });
  // A schema file for an event that no longer exists would be published for nothing.
  const names = new Set(eventContracts().map((contract) => contract.name));
  const orphans = existsSync(schemasDir)
    ? readdirSync(schemasDir).filter((file) => !names.has(file.replace(/\.v\d+\.schema\.json$/, '')))
    : [];
  const untested = eventsWithoutContractTest();
  const gaps = manifestGaps(files.get(path.relative(widgetsDir, manifestFile)) ?? '{"modules":[]}');
  let failed = false;
  if (stale.length > 0) {
    failed = true;
    console.error(
      `Stale or missing (fresh copies in ${fresh}):\n${stale.map((file) => `  ${file}   diff: diff -u widgets/${file} ${path.join(fresh, file)}`).join('\n')}\n` +
        'Run `pnpm --filter @coachwork/widgets contracts` and commit the result. If an event detail ' +
        "changed shape, bump its class's `@version` first (keep the old schema file).",
    );
  }
  if (orphans.length > 0) {
    failed = true;
    console.error(`schemas/ has files for no event in src/events/: ${orphans.join(', ')}`);
  }
  if (gaps.length > 0) {
    failed = true;
    console.error(`The manifest is incomplete:\n${gaps.map((gap) => `  ${gap}`).join('\n')}`);
  }
  if (untested.length > 0) {
    failed = true;
    console.error(
      `No browser test validates a dispatched ${untested.join(', ')} against its schema ` +
        "(add `await expectEventContract('cw-…', event)` where a test receives it).",
    );
  }
  if (failed) process.exitCode = 1;
  else rmSync(fresh, { recursive: true, force: true });
  if (!failed) console.log(`contracts: custom-elements.json and ${files.size - 1} event schemas are current`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--check')) check();
  else {
    writeAll(widgetsDir, generateContracts());
    console.log('wrote custom-elements.json and schemas/');
  }
}
