/**
 * Plausible values for an operation's required variables, for pricing a
 * document that arrives without them (the widgets' documents in tests): the
 * price of a document depends on page sizes, not on which ids it names.
 */
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  typeFromAST,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

const scalarSamples: Record<string, unknown> = {
  ID: 'T3JnVW5pdDowMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDA',
  String: 'x',
  Boolean: true,
  Int: 3,
  Float: 1,
  DateTime: '2026-03-01T09:00:00.000Z',
  Date: '2026-03-01',
  Locale: 'en',
  TimeZone: 'UTC',
};

function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0]?.value;
  if (isInputObjectType(named)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(named.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined)
        value[field.name] = sample(field.type);
    }
    return value;
  }
  return scalarSamples[named.name] ?? 'x';
}

export function sampleVariables(schema: GraphQLSchema, document: DocumentNode): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      const type = typeFromAST(schema, variable.type) as GraphQLInputType | undefined;
      if (type && isNonNullType(type) && !variable.defaultValue)
        values[variable.variable.name.value] = sample(type);
    }
  }
  return values;
}
