/**
 * The schema as a published contract: the merged SDL developers query, the schema
 * of the last release (gateway/api/schema.released.graphql), and what changed
 * between them, graded by GraphQL Inspector.
 *
 * A breaking change is allowed only where the released schema already deprecated
 * what it removes or changes (`@deprecated(reason:)`), so a client had at least
 * one release of warning; such a change is reported as dangerous instead. The one
 * other way through is a change accepted on purpose, with its reason, in
 * gateway/api/accepted-breaking-changes.json (a privacy fix cannot wait a
 * release); it is listed as breaking in the changelog with that reason.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ChangeType, CriticalityLevel, diff, type Change, type Rule } from '@graphql-inspector/core';
import { mergeTypeDefs } from '@graphql-tools/merge';
import {
  buildASTSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  lexicographicSortSchema,
  printSchema,
  type GraphQLSchema,
} from 'graphql';
import { moduleTypeDefs } from '../schema.js';

const gatewayDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const releasedSchemaFile = path.join(gatewayDir, 'api/schema.released.graphql');
export const changelogFile = path.join(gatewayDir, 'api/CHANGELOG.md');
export const acceptedBreakingFile = path.join(gatewayDir, 'api/accepted-breaking-changes.json');

/** A breaking change made on purpose: the schema coordinate it changes, and why. */
export interface AcceptedBreakingChange {
  path: string;
  reason: string;
}

export function readAcceptedBreaking(file = acceptedBreakingFile): AcceptedBreakingChange[] {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { accepted?: AcceptedBreakingChange[] };
  return parsed.accepted ?? [];
}

/** The schema the gateway serves now, without resolvers: every module's SDL merged. */
export function currentSchema(): GraphQLSchema {
  return buildASTSchema(mergeTypeDefs(moduleTypeDefs()));
}

/** One stable text for a schema: types and fields sorted, descriptions and deprecations kept. */
export function printContract(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}

export interface ReleasedSchema {
  /** The release the file records, from its `# Release: x.y.z` header line. */
  version: string;
  schema: GraphQLSchema;
}

export function parseReleased(text: string): ReleasedSchema {
  const version = /^# Release: (\S+)/m.exec(text)?.[1];
  if (!version) throw new Error('the released schema lacks its "# Release: <version>" header line');
  return { version, schema: buildASTSchema(mergeTypeDefs([text])) };
}

export function readReleased(file = releasedSchemaFile): ReleasedSchema {
  return parseReleased(readFileSync(file, 'utf8'));
}

export function releasedText(version: string, date: string, schema: GraphQLSchema): string {
  return (
    `# Release: ${version}\n` +
    `# Released on: ${date}\n` +
    '# The schema of the last release, the baseline of the breaking-change guard. Written by\n' +
    '# `pnpm api:release <version>` (gateway/src/api/cli.ts); never edit by hand.\n\n' +
    printContract(schema)
  );
}

function isDeprecated(element: { deprecationReason?: string | null } | undefined): boolean {
  return element?.deprecationReason != null;
}

/**
 * Whether the released schema deprecated what `change` removes or changes: the
 * field, argument, input field or enum value at its path, or the field an
 * argument belongs to. A removed type counts when every field or value it had
 * was deprecated (GraphQL cannot deprecate a type itself).
 */
export function wasDeprecated(released: GraphQLSchema, change: Change): boolean {
  if (!change.path) return false;
  const [typeName = '', member, argument] = change.path.split('.');
  const type = released.getType(typeName);
  if (!type) return false;
  if (member === undefined) {
    if (change.type !== ChangeType.TypeRemoved) return false;
    if (isEnumType(type)) return type.getValues().every(isDeprecated);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      return Object.values(type.getFields()).every(isDeprecated);
    }
    return false;
  }
  if (isEnumType(type)) return isDeprecated(type.getValue(member) ?? undefined);
  if (isInputObjectType(type)) return isDeprecated(type.getFields()[member]);
  if (isObjectType(type) || isInterfaceType(type)) {
    const field = type.getFields()[member];
    if (isDeprecated(field)) return true;
    return argument !== undefined && isDeprecated(field?.args.find((arg) => arg.name === argument));
  }
  return false;
}

/** Inspector rule: a breaking change to something deprecated in the release is dangerous, not breaking. */
export const allowAfterDeprecation: Rule = ({ changes, oldSchema }) =>
  changes.map((change) =>
    oldSchema && change.criticality.level === CriticalityLevel.Breaking && wasDeprecated(oldSchema, change)
      ? {
          ...change,
          criticality: {
            level: CriticalityLevel.Dangerous,
            reason: 'Deprecated in the last release, so clients had a release to move off it.',
          },
        }
      : change,
  );

export interface ContractComparison {
  breaking: Change[];
  /** Breaking changes listed in accepted-breaking-changes.json, each with the reason given there. */
  acceptedBreaking: Array<{ change: Change; reason: string }>;
  dangerous: Change[];
  safe: Change[];
}

export async function compareSchemas(
  released: GraphQLSchema,
  current: GraphQLSchema,
  accepted: readonly AcceptedBreakingChange[] = [],
): Promise<ContractComparison> {
  const changes = await diff(released, current, [allowAfterDeprecation]);
  const at = (level: CriticalityLevel) => changes.filter((change) => change.criticality.level === level);
  const reasonFor = (change: Change) => accepted.find((entry) => entry.path === change.path)?.reason;
  const breaking = at(CriticalityLevel.Breaking);
  return {
    breaking: breaking.filter((change) => reasonFor(change) === undefined),
    acceptedBreaking: breaking.flatMap((change) => {
      const reason = reasonFor(change);
      return reason === undefined ? [] : [{ change, reason }];
    }),
    dangerous: at(CriticalityLevel.Dangerous),
    safe: at(CriticalityLevel.NonBreaking),
  };
}

/** What the guard prints: every breaking and dangerous change with Inspector's reason. */
export function formatComparison(releasedVersion: string, comparison: ContractComparison): string {
  const lines = [`Schema compared with release ${releasedVersion}:`];
  const section = (title: string, changes: Change[]) => {
    if (changes.length === 0) return;
    lines.push(`${title} (${changes.length}):`);
    for (const change of changes) {
      const reason = change.criticality.reason ? ` — ${change.criticality.reason}` : '';
      lines.push(`  - ${change.message}${reason}`);
    }
  };
  section('BREAKING', comparison.breaking);
  if (comparison.acceptedBreaking.length > 0) {
    lines.push(`Breaking, accepted on purpose (${comparison.acceptedBreaking.length}):`);
    for (const { change, reason } of comparison.acceptedBreaking)
      lines.push(`  - ${change.message} — ${reason}`);
  }
  section('Dangerous', comparison.dangerous);
  lines.push(`Safe changes: ${comparison.safe.length}.`);
  return lines.join('\n');
}
