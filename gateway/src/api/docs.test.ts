/**
 * The generated API docs (reference, cookbook, changelog, the demo's HTML page)
 * are current, and the reference covers the whole schema with who may read what.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isSpecifiedScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { generatedDocs, referenceFile, whoMayRead } from './docs.js';
import { currentSchema } from './schema-contract.js';

describe('generated API docs', () => {
  it('are current (run `pnpm api:docs` after changing the schema, the policy, the errors or the cookbook)', async () => {
    const stale: string[] = [];
    for (const { file, text } of await generatedDocs()) {
      let onDisk: string | null = null;
      try {
        onDisk = readFileSync(file, 'utf8');
      } catch {
        onDisk = null;
      }
      if (onDisk !== text) stale.push(path.basename(file));
    }
    expect(stale).toEqual([]);
  });

  it('document every type, field, argument and enum value of the schema, with its description', () => {
    const reference = readFileSync(referenceFile, 'utf8');
    const schema = currentSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
      const root = type.name === 'Query' || type.name === 'Mutation';
      if (!root && !reference.includes(`### ${type.name} (`)) missing.push(type.name);
      if (type.description && !reference.includes(type.description.replace(/\s*\n\s*/g, ' '))) {
        missing.push(`${type.name} (description)`);
      }
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          const heading = root ? `### ${type.name}.${field.name}:` : `| \`${field.name}\` |`;
          if (!reference.includes(heading)) missing.push(`${type.name}.${field.name}`);
          for (const arg of field.args) {
            if (!reference.includes(`\`${arg.name}\`: \`${arg.type}\``)) {
              missing.push(`${type.name}.${field.name}(${arg.name})`);
            }
          }
        }
      }
      if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!reference.includes(`| \`${field.name}\` | \`${field.type}\``))
            missing.push(`${type.name}.${field.name}`);
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) {
          if (!reference.includes(`| \`${value.name}\` |`)) missing.push(`${type.name}.${value.name}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('say who may read a field as the access policy decides it', () => {
    expect(whoMayRead('Query', 'people')).toBe(
      'program admins; organisation admins; service accounts with `provision`',
    );
    expect(whoMayRead('Person', 'email')).toBe(
      'the person themself; their direct manager; managers further up their line; their current coach; program admins; organisation admins; service accounts with `provision`',
    );
    expect(whoMayRead('Enrolment', 'progress')).toBe(
      'the person themself; their direct manager (while the participant shares their progress); their current coach',
    );
    expect(whoMayRead('Person', 'name')).toBe('whoever may read the Person');
    const reference = readFileSync(referenceFile, 'utf8');
    expect(reference).toContain(
      '**Who may read it:** program admins; organisation admins; service accounts with `provision`.',
    );
  });
});
