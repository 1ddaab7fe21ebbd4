// JSON Schemas for the `detail` of every host-facing event (src/events/*.ts), generated from the
// TypeScript detail types with ts-json-schema-generator, so the published contract cannot drift
// from what the elements are compiled against. One file per event and contract version:
// schemas/cw-goal-created.v1.schema.json. The version is the event class's JSDoc `@version N`.
//
// Versioning rule: a change to a detail's shape (a field added, removed, renamed or retyped) bumps
// `@version`; the previous version's file stays in schemas/ for hosts that still validate against
// it. Only the files of the current versions are regenerated (and checked for staleness).
import { readdirSync, readFileSync } from 'node:fs';
import { createGenerator } from 'ts-json-schema-generator';
import { widgetsDir } from './elements.mjs';

export const schemasDir = `${widgetsDir}schemas/`;
const eventsDir = `${widgetsDir}src/events/`;

/**
 * @typedef {object} EventContract
 * @property {string} name          `cw-goal-created`
 * @property {string} className     `GoalCreatedEvent`
 * @property {string} detailType    `GoalCreatedDetail`
 * @property {number} version       from `@version N`
 * @property {string} description   the class doc: purpose, when it fires, what the host may do
 * @property {string} file          `cw-goal-created.v1.schema.json`
 */

/** @returns {EventContract[]} every event in src/events/, sorted by name */
export function eventContracts() {
  return readdirSync(eventsDir)
    .filter((file) => file.endsWith('.ts') && file !== 'coachwork-event.ts')
    .map((file) => {
      const source = readFileSync(eventsDir + file, 'utf8');
      const fail = (what) => {
        throw new Error(`src/events/${file}: ${what}`);
      };
      const classMatch =
        /\/\*\*\n((?: \*.*\n)+?) \*\/\nexport class (\w+) extends CoachworkEvent<(\w+)>/.exec(source);
      if (!classMatch) fail('no documented `export class … extends CoachworkEvent<Detail>`');
      const [, doc, className, detailType] = classMatch;
      const name = /static override readonly eventName = '(cw-[a-z0-9-]+)'/.exec(source)?.[1];
      if (!name) fail(`${className} has no static eventName`);
      const version = Number(/^ \* @version (\d+)/m.exec(doc)?.[1]);
      if (!version) fail(`${className}'s doc comment has no \`@version N\``);
      const description = doc
        .split('\n')
        .map((line) => line.replace(/^ \* ?/, ''))
        .filter((line) => !line.startsWith('@') && line !== `\`${name}\``)
        .join('\n')
        .trim()
        // Re-join wrapped lines; keep Purpose / Fires / Cancelable / The host may as paragraphs.
        .replace(/\n(?!\n|Fires:|Cancelable|The host may:)/g, ' ')
        .replace(/\n\n+/g, '\n');
      return { name, className, detailType, version, description, file: `${name}.v${version}.schema.json` };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** @returns {Map<string, string>} file name → schema text, as committed (2-space JSON, final newline) */
export function generateEventSchemas() {
  const generator = createGenerator({
    path: `${eventsDir}*.ts`,
    tsconfig: `${widgetsDir}tsconfig.json`,
    expose: 'none',
    topRef: false,
    jsDoc: 'extended',
    // Closed objects: a detail that grows a field must say so in a new version, and the browser
    // tests catch an element that leaks something the contract does not name.
    additionalProperties: false,
    skipTypeCheck: true,
  });
  const files = new Map();
  for (const contract of eventContracts()) {
    // `definitions` is always empty here (expose: 'none' inlines every type).
    const { $schema, definitions: _definitions, ...detail } = generator.createSchema(contract.detailType);
    const schema = {
      $schema,
      $id: `@coachwork/widgets/schemas/${contract.file}`,
      title: `${contract.name} detail, v${contract.version}`,
      description: contract.description,
      ...detail,
    };
    files.set(contract.file, `${JSON.stringify(schema, null, 2)}\n`);
  }
  return files;
}
