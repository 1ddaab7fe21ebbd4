/**
 * The price list: page sizes multiply at every level, a default page size
 * counts as if it were written, and every real document the widgets send fits
 * under the per-request limit.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { limits } from '../config.js';
import { buildSchema } from '../schema.js';
import { actualCost, requestedCost } from './query-cost.js';
import { sampleVariables } from './sample-variables.js';

const schema = buildSchema();
const price = (query: string, variables: Record<string, unknown> = {}) =>
  requestedCost({ schema, document: parse(query), variables });

const fanOut = (first: string) =>
  `{ programs${first} { edges { node { enrolments${first} { edges { node {
     sessions${first} { edges { node { calendar { ics } } } } } } } } } } }`;

describe('requested cost', () => {
  it('multiplies by the page size at each level, the default one when `first` is left out', () => {
    expect(price(fanOut(''))).toBe(price(fanOut('(first: 20)')));
    expect(price(fanOut(''))).toBeGreaterThan(100_000);
    expect(price(fanOut('(first: 100)'))).toBeGreaterThan(10_000_000);
    expect(price(fanOut('(first: 1)'))).toBeLessThan(limits.maxCost);
  });

  it('counts objects, not scalars, and a page of n edges as n items', () => {
    expect(price('{ viewer { id name email locale } }')).toBe(1);
    // The connection, then 10 × (edge + node).
    expect(price('{ orgUnits(first: 10) { edges { node { id } } } }')).toBe(21);
    expect(price('{ orgUnits(first: 10) { totalCount pageInfo { hasNextPage } } }')).toBe(1);
    expect(price('query ($n: Int) { orgUnits(first: $n) { edges { node { id } } } }', { n: 5 })).toBe(11);
  });

  it('prices one parsed document again for other variables or another operation, as a widget repeats it', () => {
    const document = parse(`
      query Few($n: Int) { orgUnits(first: $n) { edges { node { id } } } }
      query Many { orgUnits(first: 50) { edges { node { id } } } }`);
    const of = (operationName: string, variables: Record<string, unknown>) =>
      requestedCost({ schema, document, operationName, variables });
    expect(of('Few', { n: 5 })).toBe(11);
    expect(of('Few', { n: 7 })).toBe(15);
    expect(of('Few', { n: 5 })).toBe(11);
    expect(of('Many', { n: 5 })).toBe(101);
  });

  it('prices aliases and `nodes(ids:)` by what they fetch', () => {
    const aliased = Array.from({ length: 10 }, (_, i) => `a${i}: orgUnits { edges { node { id } } }`).join(
      ' ',
    );
    expect(price(`{ ${aliased} }`)).toBe(10 * price('{ orgUnits { edges { node { id } } } }'));
    expect(price('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ['a', 'b', 'c'] })).toBe(3);
  });

  it('adds the fields that do work of their own', () => {
    const session = '{ node(id: "x") { ... on Session { id } } }';
    const withCalendar = '{ node(id: "x") { ... on Session { calendar { ics } } } }';
    expect(price(withCalendar) - price(session)).toBe(21);
    expect(
      price('mutation { updateViewerPreferences(input: { locale: "en" }) { userErrors { code } } }'),
    ).toBe(20);
  });

  it('ignores introspection', () => {
    expect(price('{ __schema { types { name fields { name args { name } } } } }')).toBe(0);
  });
});

describe('actual cost', () => {
  it('counts the items returned, never more than requested', () => {
    const query = '{ orgUnits(first: 10) { edges { node { id children { edges { node { id } } } } } } }';
    const data = {
      orgUnits: {
        edges: [
          { node: { id: '1', children: { edges: [{ node: { id: '3' } }] } } },
          { node: { id: '2', children: { edges: [] } } },
        ],
      },
    };
    const operation = { schema, document: parse(query), variables: {} };
    // orgUnits 1 + 2 × (edge + node + children 1) + 1 × (edge + node).
    expect(actualCost(operation, data)).toBe(1 + 2 * 3 + 2);
    expect(actualCost(operation, data)).toBeLessThanOrEqual(requestedCost(operation));
  });

  it('prices each item of a list by what it holds, through fragments, aliases and @skip', () => {
    const document = parse(`query ($skip: Boolean!) { nodes(ids: ["a", "b", "c", "d"]) {
      id ... on Session { calendar { filename } again: calendar @skip(if: $skip) { filename } } } }`);
    const data = {
      nodes: [
        { id: 'a', calendar: { filename: 'a.ics' }, again: { filename: 'a.ics' } },
        // The calendar's own work is charged even when it answers nothing.
        { id: 'b', calendar: null },
        null,
        { id: 'd' },
      ],
    };
    const of = (skip: boolean) => actualCost({ schema, document, variables: { skip } }, data);
    // a: 1 + calendar (20 + 1); b: 1 + calendar (20); c: nothing; d: 1.
    expect(of(true)).toBe(22 + 21 + 0 + 1);
    // The alias is priced where the answer holds it: a's, 20 + 1 more.
    expect(of(false)).toBe(22 + 21 + 0 + 1 + 21);
  });
});

describe("the widgets' documents", () => {
  // Every document the widgets and the client send, as codegen collected them.
  const generated = readFileSync(
    fileURLToPath(new URL('../../../packages/schema/src/gql/graphql.ts', import.meta.url)),
    'utf8',
  );
  const documents = [
    ...generated.matchAll(/export const (\w+)Document = new TypedDocumentString\(`([\s\S]*?)`/g),
  ];

  it('are all found', () => {
    expect(documents.length).toBeGreaterThanOrEqual(20);
  });

  it.each(documents.map((match) => [match[1]!, match[2]!]))('%s fits under the cost limit', (_name, text) => {
    const document = parse(text);
    const cost = requestedCost({ schema, document, variables: sampleVariables(schema, document) });
    expect(cost).toBeGreaterThan(0);
    expect(cost).toBeLessThanOrEqual(limits.maxCost);
  });
});
