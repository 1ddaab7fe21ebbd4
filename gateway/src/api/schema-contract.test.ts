/**
 * The breaking-change guard: the schema the gateway serves now against the one
 * of the last release (gateway/api/schema.released.graphql), graded by GraphQL
 * Inspector. Fails on a breaking change unless the released schema deprecated
 * what it removes or changes; prints every dangerous change.
 */
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderChangelog, renderChanges, releaseChangelog, unreleasedEnd } from './changelog.js';
import {
  compareSchemas,
  currentSchema,
  formatComparison,
  parseReleased,
  printContract,
  readAcceptedBreaking,
  readReleased,
  releasedText,
} from './schema-contract.js';

describe('the current schema against the last release', () => {
  it('breaks nothing a client of the release relies on', async () => {
    const released = readReleased();
    const comparison = await compareSchemas(released.schema, currentSchema(), readAcceptedBreaking());
    // The output lists every breaking and dangerous change, for the reviewer and the CI log.
    console.log(formatComparison(released.version, comparison));
    expect(
      comparison.breaking.map((change) => change.message),
      'A breaking change: deprecate with @deprecated(reason:) for a release first, then remove (gateway/README.md, "API releases").',
    ).toEqual([]);
  });
});

const released = `
type Query {
  "A field clients use."
  kept: String
  "Removed without warning."
  removed: String
  "Removed after a release of warning."
  retired: String @deprecated(reason: "Use kept.")
  "Has an argument that goes."
  search(
    "Stays."
    text: String
    "Goes after a deprecation."
    legacy: Boolean @deprecated(reason: "Ignored.")
  ): [String!]
  "Its type narrows to a breaking one."
  count: Int
  "Reads an enum."
  colour: Colour
}

"A colour."
enum Colour {
  "Red."
  RED
  "Retired."
  BLUE @deprecated(reason: "Use RED.")
  "Removed without warning."
  GREEN
}

"Only deprecated fields."
type Legacy {
  "Old."
  old: String @deprecated(reason: "Gone soon.")
}

extend type Query {
  "Deprecated entry to a type that goes with it."
  legacy: Legacy @deprecated(reason: "Gone soon.")
}
`;

const current = `
type Query {
  "A field clients use."
  kept: String
  "Has an argument that goes."
  search(
    "Stays."
    text: String
  ): [String!]
  "Its type narrows to a breaking one."
  count: String
  "Reads an enum."
  colour: Colour
  "New."
  added(
    "Optional."
    limit: Int
  ): Int
}

"A colour."
enum Colour {
  "Red."
  RED
  "New value: dangerous, a client's switch may not handle it."
  PURPLE
}
`;

describe('the guard', () => {
  it('fails on a removed or changed field that was not deprecated, and passes on a deprecated one', async () => {
    const comparison = await compareSchemas(buildSchema(released), buildSchema(current));
    const paths = (changes: typeof comparison.breaking) => changes.map((change) => change.path).sort();

    expect(paths(comparison.breaking)).toEqual(['Colour.GREEN', 'Query.count', 'Query.removed']);
    // Removed after deprecation: reported, as dangerous, not breaking.
    expect(paths(comparison.dangerous)).toEqual(
      expect.arrayContaining([
        'Colour.BLUE',
        'Legacy',
        'Query.legacy',
        'Query.retired',
        'Query.search.legacy',
      ]),
    );
    // A new enum value is dangerous in Inspector's grading and is listed too.
    expect(paths(comparison.dangerous)).toContain('Colour.PURPLE');
    expect(paths(comparison.safe)).toContain('Query.added');

    const output = formatComparison('9.9.9', comparison);
    expect(output).toContain('BREAKING (3):');
    expect(output).toMatch(/Dangerous \(\d+\):/);
    expect(output).toContain("Field 'removed' was removed from object type 'Query'");
  });

  it('lets through only the breaking changes accepted with a reason, and lists them apart', async () => {
    const before = buildSchema(`type Query { "A." a: String! "B." b: String! }`);
    const after = buildSchema(`type Query { "A." a: String "B." b: String }`);
    const comparison = await compareSchemas(before, after, [{ path: 'Query.a', reason: 'Privacy.' }]);
    expect(comparison.breaking.map((change) => change.path)).toEqual(['Query.b']);
    expect(comparison.acceptedBreaking.map(({ change, reason }) => [change.path, reason])).toEqual([
      ['Query.a', 'Privacy.'],
    ]);
    expect(formatComparison('0.1.0', comparison)).toMatch(
      /accepted on purpose \(1\):\n {2}- .*Query\.a.* — Privacy\./,
    );
    expect(renderChanges(comparison)).toMatch(/### Breaking, on purpose[\s\S]*Privacy\./);
  });

  it('treats a field deprecated without a reason as deprecated (GraphQL gives it one), and a type removed while in use as breaking', async () => {
    const before = buildSchema(`
      type Query { "a" a: Thing "b" b: String @deprecated }
      "t" type Thing { "x" x: String }
    `);
    const after = buildSchema(`type Query { "b2" c: String }`);
    const comparison = await compareSchemas(before, after);
    expect(comparison.breaking.map((change) => change.path).sort()).toEqual(['Query.a', 'Thing']);
    expect(comparison.dangerous.map((change) => change.path)).toContain('Query.b');
  });
});

describe('the released schema file', () => {
  it('round-trips: what release writes, the guard reads back unchanged', () => {
    const schema = currentSchema();
    const text = releasedText('1.2.3', '2026-01-31', schema);
    const read = parseReleased(text);
    expect(read.version).toBe('1.2.3');
    expect(printContract(read.schema)).toBe(printContract(schema));
  });

  it('refuses a file without its release header', () => {
    expect(() => parseReleased('type Query { a: String }')).toThrow(/Release/);
  });
});

describe('the changelog', () => {
  it('writes the comparison as the Unreleased entry and keeps the releases below it', async () => {
    const comparison = await compareSchemas(buildSchema(released), buildSchema(current));
    const first = renderChangelog(null, '1.0.0', comparison);
    expect(first).toContain('## Unreleased (since 1.0.0)');
    expect(first).toContain('### Breaking');
    expect(first).toContain('- Field `removed` was removed from object type `Query`');
    expect(first).toContain('### Added and changed');

    const withHistory = first + '\n## 1.0.0 — 2026-01-01\n\nFirst.\n';
    const afterRelease = releaseChangelog(withHistory, '1.1.0', '2026-02-01', comparison);
    expect(afterRelease).toContain('## Unreleased (since 1.1.0)\n\nNo changes.');
    const entry = afterRelease.indexOf('## 1.1.0 — 2026-02-01');
    expect(entry).toBeGreaterThan(afterRelease.indexOf(unreleasedEnd));
    expect(afterRelease.indexOf('## 1.0.0 — 2026-01-01')).toBeGreaterThan(entry);
    expect(afterRelease.slice(entry)).toContain('### Breaking');
  });

  it('groups deprecations for clients to act on, and counts reworded descriptions instead of listing them', async () => {
    const comparison = await compareSchemas(
      buildSchema('type Query { "a" a: String "b" b: String }'),
      buildSchema(
        `type Query { "a, reworded" a: String "b" b: String @deprecated(reason: "Use the successor's field a.") }`,
      ),
    );
    const text = renderChanges(comparison);
    expect(text).toContain('### Deprecated');
    expect(text).toMatch(/- .*`Query\.b`/);
    expect(text).toContain("successor's");
    expect(text).toContain('### Documentation\n\n- 1 description added or reworded');
    expect(text).not.toContain('reworded"');
  });
});
