/**
 * What a query costs, the way GitHub's and Shopify's public GraphQL APIs count
 * it: every object the answer can contain costs one point, and a list costs its
 * page size times what one item costs — the `first` the document gives, else
 * the schema's default, so leaving `first` out buys nothing. Scalars are free
 * except the few that run work of their own (a calendar file, a CSV).
 *
 * The same table prices the request before it runs (`requestedCost`, an upper
 * bound from page sizes) and the answer after (`actualCost`, from the lists
 * actually returned), so the two figures are comparable and actual ≤ requested.
 */
import {
  getNamedType,
  isCompositeType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
} from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { limits } from '../config.js';

/**
 * Fields that do work beyond reading a row: their own transaction, a file
 * rendered, a search or a rebuild. Priced per instance, on top of the object.
 */
export const expensiveFields: Readonly<Record<string, number>> = {
  // Each opens its own transaction (the file's contacts) and renders an iCalendar file.
  'Session.calendar': 20,
  // Its own transaction, the coach's calendar over up to 31 days.
  'Enrolment.availableSlots': 50,
  // Scores every eligible coach.
  'Enrolment.coachSuggestions': 50,
  // May rebuild the organisation's aggregates inline.
  'Query.heatmap': 100,
  'Heatmap.csv': 20,
  // Evaluates population rules over the whole organisation (count, overlap, sample).
  'Query.programPopulationPreview': 50,
  'Program.population': 50,
  // Files rendered from every enrolment, KPI value or week of the program.
  'Program.rosterCsv': 30,
  'Program.kpiCsv': 10,
  'Program.sessionsCsv': 20,
  // A weekly series over up to two years of sessions.
  'Program.participation': 20,
  // Twelve months of one coach's ratings in the program.
  'ProgramCoach.ratingTrend': 10,
};

/** Lists without a `first` argument: the most items the gateway returns, or a fair guess. */
export const assumedListSizes: Readonly<Record<string, number>> = {
  'Heatmap.rows': 60,
  'Heatmap.columns': 12,
  'Heatmap.path': 6,
  'HeatmapRow.cells': 12,
  'SlotWindow.slots': 100,
};

/** The size assumed for any other list of objects. */
export const DEFAULT_LIST_SIZE = 10;

/** A mutation costs this much on its own (it writes, and may trigger rebuilds). */
export const MUTATION_COST = 10;

/** Page metadata is computed with the page it describes. */
const freeTypes = new Set(['PageInfo']);

function isListOutput(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

export function isIntrospection(fieldName: string): boolean {
  return fieldName.startsWith('__');
}

/** What the work behind one call of the field costs, whatever it returns. */
export function extraCost(parentTypeName: string, fieldName: string): number {
  return expensiveFields[`${parentTypeName}.${fieldName}`] ?? 0;
}

/** The cost of one returned item of the field, before its children. */
export function itemCost(parentTypeName: string, field: GraphQLField<unknown, unknown>): number {
  if (parentTypeName === 'Mutation') return MUTATION_COST;
  const named: GraphQLNamedType = getNamedType(field.type);
  return isCompositeType(named) && !freeTypes.has(named.name) ? 1 : 0;
}

export function isListField(field: GraphQLField<unknown, unknown>): boolean {
  return isListOutput(field.type);
}

/**
 * How many items the field may return: the page size it asks for (or the
 * schema's default for `first`), the ids it names, or the list's assumed size.
 * A connection's `edges` are already counted by the connection's `first`.
 */
export function pageSize(
  parentTypeName: string,
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
): number {
  if (typeof args.first === 'number') return Math.max(0, Math.min(args.first, limits.maxPageSize));
  if (parentTypeName === 'Query' && field.name === 'nodes' && Array.isArray(args.ids)) return args.ids.length;
  if (!isListOutput(field.type) || parentTypeName.endsWith('Connection')) return 1;
  if (!isCompositeType(getNamedType(field.type))) return 1;
  return assumedListSizes[`${parentTypeName}.${field.name}`] ?? DEFAULT_LIST_SIZE;
}

/**
 * graphql-query-complexity's hook. A list costs n × (item + children); a
 * connection costs itself plus n × its children (the edges under it are n).
 */
export const pageSizeEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  // Introspection (GraphiQL, codegen) reads the schema, not the organisation's data.
  if (isIntrospection(field.name)) return 0;
  const n = pageSize(type.name, field, args);
  const extra = extraCost(type.name, field.name);
  const item = itemCost(type.name, field);
  return isListField(field) ? extra + n * (item + childComplexity) : extra + item + n * childComplexity;
};
