#!/usr/bin/env node
// Fails (exit 1) when the widgets' translations are not complete and current:
//  - an xliff/<locale>.xlf is out of date with the msg() calls in src/ (a message added, changed
//    or removed without `localize:extract`),
//  - a src/locales/<locale>.ts is out of date with its XLIFF file (no `localize:build`),
//  - a message has no <target> (or an empty one) in some locale,
//  - a target drops or invents a placeholder of its source (`${…}` of a str`` template),
//  - a target of two or more words is the English source copied unchanged.
// It runs lit-localize's own extract and build on copies in a temporary directory, so it never
// touches the checked-in files. Run by the package's `test` script; `localize:check` alone.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const widgetsDir = fileURLToPath(new URL('..', import.meta.url));
const config = JSON.parse(readFileSync(join(widgetsDir, 'lit-localize.json'), 'utf8'));
const xliffDir = resolve(widgetsDir, config.interchange.xliffDir);
const localesDir = resolve(widgetsDir, config.output.outputDir);
const problems = [];

/** @param {string} xml */
function transUnits(xml) {
  const units = new Map();
  for (const [, id, body] of xml.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1];
    units.set(id, { source, target });
  }
  return units;
}

/** Placeholder ids of a <source> or <target>: lit-localize matches them by id when it builds. */
function placeholders(text) {
  return [...text.matchAll(/<x id="([^"]+)"/g)].map((m) => m[1]).sort();
}

/** The words of a message, placeholders and markup left out. */
function words(text) {
  return text.replace(/<[^>]*>/g, ' ').match(/\p{L}+/gu) ?? [];
}

// 1. Every target locale has a complete, faithful XLIFF file.
for (const locale of config.targetLocales) {
  const file = join(xliffDir, `${locale}.xlf`);
  if (!existsSync(file)) {
    problems.push(`xliff/${locale}.xlf is missing: run localize:extract and translate it.`);
    continue;
  }
  for (const [id, { source, target }] of transUnits(readFileSync(file, 'utf8'))) {
    const where = `xliff/${locale}.xlf ${id} "${source.replace(/<x [^>]*\/>/g, '{…}')}"`;
    if (target === undefined || target.trim() === '') {
      problems.push(`${where}: no translation.`);
      continue;
    }
    if (placeholders(source).join() !== placeholders(target).join()) {
      problems.push(`${where}: placeholders ${placeholders(target)} instead of ${placeholders(source)}.`);
    }
    if (target.trim() === source.trim() && words(source).length >= 2) {
      problems.push(`${where}: the target is the English source.`);
    }
  }
}

// 2. Re-extract and rebuild on copies; any difference means the checked-in files are stale.
const work = mkdtempSync(join(tmpdir(), 'cw-xliff-check-'));
try {
  const workXliff = join(work, 'xliff');
  const workLocales = join(work, 'locales');
  cpSync(xliffDir, workXliff, { recursive: true });
  const workConfig = {
    ...config,
    tsConfig: resolve(widgetsDir, config.tsConfig),
    inputFiles: config.inputFiles.map((pattern) =>
      pattern.startsWith('!') ? `!${join(widgetsDir, pattern.slice(1))}` : join(widgetsDir, pattern),
    ),
    output: {
      ...config.output,
      outputDir: workLocales,
      localeCodesModule: join(workLocales, 'locale-codes.ts'),
    },
    interchange: { ...config.interchange, xliffDir: workXliff },
  };
  const configFile = join(work, 'lit-localize.json');
  writeFileSync(configFile, JSON.stringify(workConfig, null, 2));
  const cli = join(widgetsDir, 'node_modules/@lit/localize-tools/bin/lit-localize.js');
  for (const command of ['extract', 'build']) {
    try {
      execFileSync(process.execPath, [cli, command, '--config', configFile], {
        cwd: widgetsDir,
        stdio: 'pipe',
      });
    } catch (error) {
      problems.push(`lit-localize ${command} failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    }
  }

  for (const locale of config.targetLocales) {
    const checkedIn = join(xliffDir, `${locale}.xlf`);
    const fresh = join(workXliff, `${locale}.xlf`);
    if (!existsSync(checkedIn) || !existsSync(fresh)) continue;
    if (readFileSync(checkedIn, 'utf8') === readFileSync(fresh, 'utf8')) continue;
    const before = transUnits(readFileSync(checkedIn, 'utf8'));
    const after = transUnits(readFileSync(fresh, 'utf8'));
    const added = [...after.keys()].filter((id) => !before.has(id));
    const removed = [...before.keys()].filter((id) => !after.has(id));
    const changed = [...after.keys()].filter(
      (id) => before.has(id) && before.get(id).source !== after.get(id).source,
    );
    problems.push(
      `xliff/${locale}.xlf is out of date with the msg() calls in src/ (run localize:extract, then translate):` +
        [
          ...added.map((id) => `\n  new      ${id} "${after.get(id).source}"`),
          ...removed.map((id) => `\n  removed  ${id} "${before.get(id).source}"`),
          ...changed.map((id) => `\n  changed  ${id} "${after.get(id).source}"`),
        ].join('') +
        (added.length + removed.length + changed.length === 0 ? ' (order or formatting differs)' : ''),
    );
  }
  for (const file of existsSync(workLocales) ? readdirSync(workLocales) : []) {
    const checkedIn = join(localesDir, file);
    if (!existsSync(checkedIn)) {
      problems.push(`src/locales/${file} is missing: run localize:build.`);
    } else if (readFileSync(checkedIn, 'utf8') !== readFileSync(join(workLocales, file), 'utf8')) {
      problems.push(`src/locales/${file} is out of date with its XLIFF file: run localize:build.`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (problems.length > 0) {
  console.error(
    `Widget translations are incomplete or stale (${problems.length}):\n- ${problems.join('\n- ')}`,
  );
  process.exit(1);
}
const count = transUnits(readFileSync(join(xliffDir, `${config.targetLocales[0]}.xlf`), 'utf8')).size;
console.log(
  `Widget translations: ${count} messages × ${config.targetLocales.length} locales (${config.targetLocales.join(', ')}), all translated and current.`,
);
