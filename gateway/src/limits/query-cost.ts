/**
 * Prices one operation before it runs (from page sizes) and after (from the
 * answer), with the table in cost-model.ts. graphql-query-complexity walks the
 * document for the requested figure; the actual figure walks the document and
 * the returned data side by side.
 */
import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isCompositeType,
  getNamedType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  isObjectType,
  isInterfaceType,
} from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { extraCost, isIntrospection, isListField, itemCost, pageSizeEstimator } from './cost-model.js';

export interface Operation {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/**
 * Requested costs already computed, per parsed document (Apollo keeps one per query text, so a
 * widget's repeated query is the same object) and per operation name and variables: the figure
 * depends on nothing else, and walking the document with graphql-query-complexity on every request
 * was a visible share of a small query's time.
 */
const pricedDocuments = new WeakMap<DocumentNode, Map<string, number>>();
const PRICES_PER_DOCUMENT = 64;

/** The most the operation can cost: every list at its full page size. */
export function requestedCost(operation: Operation): number {
  let prices = pricedDocuments.get(operation.document);
  if (!prices) {
    prices = new Map();
    pricedDocuments.set(operation.document, prices);
  }
  const key = `${operation.operationName ?? ''}\u0000${JSON.stringify(operation.variables ?? {})}`;
  const known = prices.get(key);
  if (known !== undefined) return known;
  const price = computeRequestedCost(operation);
  if (prices.size >= PRICES_PER_DOCUMENT) prices.delete(prices.keys().next().value!);
  prices.set(key, price);
  return price;
}

function computeRequestedCost(operation: Operation): number {
  return getComplexity({
    schema: operation.schema,
    query: operation.document,
    ...(operation.operationName ? { operationName: operation.operationName } : {}),
    variables: operation.variables ?? {},
    estimators: [pageSizeEstimator],
  });
}

type ObjectValue = Record<string, unknown>;

function selectedOperation(operation: Operation): OperationDefinitionNode | undefined {
  const operations = operation.document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation.operationName) return operations.length === 1 ? operations[0] : undefined;
  return operations.find((definition) => definition.name?.value === operation.operationName);
}

/**
 * The fields of a selection set grouped by response key, each with the type
 * that declares it (a fragment's type condition, else the parent): one entry
 * per key of the answer object, so a field spread twice is counted once.
 */
function collectFields(
  selectionSet: SelectionSetNode,
  parentType: GraphQLCompositeType,
  fragments: Map<string, FragmentDefinitionNode>,
  schema: GraphQLSchema,
  variables: Record<string, unknown>,
  into = new Map<string, { type: GraphQLCompositeType; nodes: FieldNode[] }>(),
) {
  for (const selection of selectionSet.selections) {
    const skip = getDirectiveValues(GraphQLSkipDirective, selection, variables);
    const include = getDirectiveValues(GraphQLIncludeDirective, selection, variables);
    if (skip?.if === true || include?.if === false) continue;
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      const entry = into.get(key);
      if (entry) entry.nodes.push(selection);
      else into.set(key, { type: parentType, nodes: [selection] });
      continue;
    }
    const fragment =
      selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
    if (!fragment) continue;
    const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parentType;
    if (!condition || !isCompositeType(condition)) continue;
    collectFields(fragment.selectionSet, condition, fragments, schema, variables, into);
  }
  return into;
}

function fieldOf(type: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
}

/** What the answer actually cost: the same prices, counting the items returned. */
export function actualCost(operation: Operation, data: unknown): number {
  const definition = selectedOperation(operation);
  if (!definition || data === null || typeof data !== 'object') return 0;
  const root = operation.schema.getRootType(definition.operation);
  if (!root) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const candidate of operation.document.definitions) {
    if (candidate.kind === Kind.FRAGMENT_DEFINITION) fragments.set(candidate.name.value, candidate);
  }
  const variables = operation.variables ?? {};

  const planOf = (selections: SelectionSetNode[], type: GraphQLCompositeType): Priced[] => {
    const fields = new Map<string, { type: GraphQLCompositeType; nodes: FieldNode[] }>();
    for (const selectionSet of selections) {
      collectFields(selectionSet, type, fragments, operation.schema, variables, fields);
    }
    const plan: Priced[] = [];
    for (const [key, { type: declaring, nodes }] of fields) {
      if (isIntrospection(nodes[0]!.name.value)) continue;
      const field = fieldOf(declaring, nodes[0]!.name.value);
      if (!field) continue;
      const named = getNamedType(field.type);
      const priced: Priced = {
        key,
        nodes,
        extra: extraCost(declaring.name, field.name),
        item: itemCost(declaring.name, field),
        list: isListField(field),
        composite: isCompositeType(named) ? named : null,
        children: null,
      };
      // A plain scalar adds nothing whatever it holds.
      if (priced.extra !== 0 || priced.item !== 0 || priced.composite) plan.push(priced);
    }
    return plan;
  };

  // The prices of a selection depend on the document, the variables and the types only, not on
  // the items: a list of a hundred items is priced from one plan.
  const objectCost = (plan: readonly Priced[], value: ObjectValue): number => {
    let total = 0;
    for (const priced of plan) {
      if (!(priced.key in value)) continue;
      total += fieldCost(priced, value[priced.key]);
    }
    return total;
  };

  const itemValueCost = (priced: Priced, value: unknown): number => {
    if (value === null || value === undefined) return 0;
    let total = priced.item;
    if (priced.composite && typeof value === 'object') {
      // An abstract type's answer names no type unless asked; its fields are
      // looked up on the fragments' conditions (collectFields) or the interface.
      priced.children ??= planOf(
        priced.nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : [])),
        priced.composite,
      );
      total += objectCost(priced.children, value as ObjectValue);
    }
    return total;
  };

  const fieldCost = (priced: Priced, value: unknown): number => {
    let total = priced.extra;
    if (priced.list && Array.isArray(value)) {
      for (const item of value) total += itemValueCost(priced, item);
    } else {
      total += itemValueCost(priced, value);
    }
    return total;
  };

  return objectCost(planOf([definition.selectionSet], root), data as ObjectValue);
}

/** One response key of a selection with its prices, and the plan of its own selection once needed. */
interface Priced {
  key: string;
  nodes: FieldNode[];
  extra: number;
  item: number;
  list: boolean;
  composite: GraphQLCompositeType | null;
  children: Priced[] | null;
}
