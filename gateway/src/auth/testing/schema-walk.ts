/**
 * Walks the schema for the authorisation matrix: every object field reachable
 * from `Query` (through `Node` to each of its types), and a query tree per root
 * that selects each object type's every field once, breadth first.
 */
import {
  getNamedType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

export interface FieldNode {
  /** `Type.field`: the policy's key. */
  key: string;
  name: string;
  /** The argument list as written in the document, `(first: 5)`, or ''. */
  args: string;
  nonNull: boolean;
  /** The object type the field returns; null for scalars and enums. */
  type: string | null;
  /** Selected below an object field (only `id` when the type was already walked in this tree). */
  children: FieldNode[];
  /** `... on Type` for a field returning the Node interface. */
  fragmentOn?: string;
  /**
   * Set once the field was refused in a way that nulled its parent (a non-null
   * field): the response paths where it was refused. It is left out of later runs
   * so that its siblings can be checked.
   */
  refusedAt?: Set<string>;
}

function objectTypesOf(schema: GraphQLSchema, named: GraphQLNamedType): GraphQLObjectType[] {
  if (isObjectType(named)) return [named];
  if (isInterfaceType(named)) return [...schema.getPossibleTypes(named)];
  return [];
}

/** Every `Type.field` a query can reach from Query (through every type implementing an interface). */
export function reachableFields(schema: GraphQLSchema): Set<string> {
  const query = schema.getQueryType();
  if (!query) throw new Error('the schema has no Query type');
  const fields = new Set<string>();
  const seen = new Set<string>([query.name]);
  const queue: GraphQLObjectType[] = [query];
  while (queue.length) {
    const type = queue.shift()!;
    for (const field of Object.values(type.getFields())) {
      fields.add(`${type.name}.${field.name}`);
      for (const next of objectTypesOf(schema, getNamedType(field.type))) {
        if (!seen.has(next.name)) {
          seen.add(next.name);
          queue.push(next);
        }
      }
    }
  }
  return fields;
}

/** Argument text for a field; null when the field needs arguments the table does not give (it is left out). */
export type ArgsFor = (key: string, field: GraphQLField<unknown, unknown>) => string | null;

function idNode(type: GraphQLObjectType): FieldNode[] {
  return type.getFields().id
    ? [{ key: `${type.name}.id`, name: 'id', args: '', nonNull: true, type: null, children: [] }]
    : [];
}

/** The tree under `rootType`: each object type's fields selected in full at its first (shallowest) occurrence. */
export function buildTree(
  schema: GraphQLSchema,
  rootType: string,
  argsFor: ArgsFor,
  walked: Set<string> = new Set([rootType]),
  maxDepth = Infinity,
): FieldNode[] {
  const root = schema.getType(rootType);
  if (!isObjectType(root)) throw new Error(`${rootType} is not an object type`);
  const top: FieldNode[] = [];
  const queue: Array<[GraphQLObjectType, FieldNode[], number]> = [[root, top, 0]];
  while (queue.length) {
    const [type, out, depth] = queue.shift()!;
    for (const field of Object.values(type.getFields())) {
      const key = `${type.name}.${field.name}`;
      const args = argsFor(key, field);
      if (args === null) continue;
      const named = getNamedType(field.type);
      const node: FieldNode = {
        key,
        name: field.name,
        args,
        nonNull: isNonNullType(field.type),
        type: isObjectType(named) ? named.name : null,
        children: [],
      };
      if (isObjectType(named)) {
        if (walked.has(named.name) || depth + 1 >= maxDepth) {
          node.children = idNode(named);
        } else {
          walked.add(named.name);
          queue.push([named, node.children, depth + 1]);
        }
      }
      out.push(node);
    }
  }
  return top;
}

/** The selection text; `aliasPrefix` aliases the top-level fields (fragments of types whose fields would conflict). */
export function render(nodes: readonly FieldNode[], aliasPrefix = ''): string {
  return nodes
    .map((node) => {
      if (node.refusedAt) return '';
      const head = `${aliasPrefix ? `${aliasPrefix}${node.name}: ` : ''}${node.name}${node.args}`;
      if (!node.type && !node.fragmentOn) return head;
      const inner = render(node.children);
      const body = node.fragmentOn
        ? `__typename ... on ${node.fragmentOn} { ${inner} }`
        : `__typename ${inner}`;
      return `${head} { ${body} }`;
    })
    .join(' ');
}

/** The key path of a response path: field names only, list indices dropped. */
export function shapeOf(path: ReadonlyArray<string | number>): string {
  return path.filter((part): part is string => typeof part === 'string').join('.');
}

export function findByShape(nodes: readonly FieldNode[], shape: string): FieldNode | null {
  const [head, ...rest] = shape.split('.');
  const node = nodes.find((candidate) => candidate.name === head);
  if (!node) return null;
  return rest.length ? findByShape(node.children, rest.join('.')) : node;
}
