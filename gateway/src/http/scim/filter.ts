/**
 * SCIM filters (RFC 7644 §3.4.2.2) into SQL. `scim2-parse-filter` parses the expression; this file
 * only maps the parsed tree onto columns, so a filter is one indexed statement rather than a scan of
 * every resource in memory, and paging through ten thousand people stays cheap.
 */
import { parse, type Compare, type Filter, type Suffix } from 'scim2-parse-filter';
import { CORE_GROUP, CORE_USER, ENTERPRISE_USER, ScimError } from './protocol.js';

type Kind = 'string' | 'boolean' | 'date' | 'id';

/** An attribute a filter may name: a column expression, or a predicate of its own (group members). */
export type Attribute =
  { kind: Kind; sql: string; caseExact?: boolean } | { kind: 'members'; exists: (param: string) => string };

export type AttributeMap = Record<string, Attribute>;

const invalidFilter = (detail: string) => new ScimError(400, detail, 'invalidFilter');

/** Lower-cased attribute path without its schema URN prefix. */
export function attributeKey(path: string): string {
  const lower = path.toLowerCase();
  for (const urn of [ENTERPRISE_USER, CORE_USER, CORE_GROUP]) {
    const prefix = `${urn.toLowerCase()}:`;
    if (lower.startsWith(prefix)) return lower.slice(prefix.length);
  }
  return lower;
}

export interface SqlFilter {
  where: string;
  params: unknown[];
}

/**
 * `filter` as a SQL condition over `attributes`, with parameters numbered after `firstParam - 1`.
 * A malformed expression, an unknown attribute or an operator the attribute does not support is
 * refused as `invalidFilter`.
 */
export function filterToSql(text: string | null, attributes: AttributeMap, firstParam: number): SqlFilter {
  if (!text || !text.trim()) return { where: 'true', params: [] };
  let tree: Filter;
  try {
    tree = parse(text);
  } catch (error) {
    throw invalidFilter(`The filter could not be parsed: ${(error as Error).message}`);
  }
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${firstParam + params.length - 1}`;
  };

  const lookup = (path: string): Attribute => {
    const attribute = attributes[attributeKey(path)];
    if (!attribute) throw invalidFilter(`The attribute ${path} cannot be filtered on.`);
    return attribute;
  };

  const compare = (node: Compare | Suffix, prefix: string): string => {
    const attribute = lookup(prefix + node.attrPath);
    const op = node.op.toLowerCase();
    if (attribute.kind === 'members') {
      if (op !== 'eq') throw invalidFilter(`members can only be compared with eq.`);
      if (node.op === 'pr') throw invalidFilter(`members can only be compared with eq.`);
      return attribute.exists(param(String(node.compValue)));
    }
    const column = attribute.sql;
    if (node.op === 'pr') {
      return attribute.kind === 'string' ? `coalesce(${column}, '') <> ''` : `${column} is not null`;
    }
    const value = node.compValue;
    if (attribute.kind === 'boolean') {
      const truth = typeof value === 'boolean' ? value : String(value).toLowerCase() === 'true';
      if (typeof value !== 'boolean' && !['true', 'false'].includes(String(value).toLowerCase()))
        throw invalidFilter(`${node.attrPath} is a boolean.`);
      if (op === 'eq') return `${column} = ${param(truth)}`;
      if (op === 'ne') return `${column} <> ${param(truth)}`;
      throw invalidFilter(`${node.attrPath} can only be compared with eq, ne or pr.`);
    }
    if (attribute.kind === 'date') {
      const at = new Date(String(value));
      if (Number.isNaN(at.getTime())) throw invalidFilter(`${node.attrPath} needs a date-time.`);
      const sqlOp = { eq: '=', ne: '<>', gt: '>', ge: '>=', lt: '<', le: '<=' }[op];
      if (!sqlOp) throw invalidFilter(`${node.attrPath} cannot be compared with ${op}.`);
      return `${column} ${sqlOp} ${param(at.toISOString())}::timestamptz`;
    }
    if (value === null || typeof value === 'object') throw invalidFilter(`${node.attrPath} needs a string.`);
    const text = String(value);
    const exact = attribute.caseExact === true || attribute.kind === 'id';
    const left = exact ? column : `lower(${column})`;
    const right = exact ? param(text) : `lower(${param(text)})`;
    switch (op) {
      case 'eq':
        return `${left} = ${right}`;
      case 'ne':
        return `${left} is distinct from ${right}`;
      case 'co':
        return `strpos(${left}, ${right}) > 0`;
      case 'sw':
        return `starts_with(${left}, ${right})`;
      case 'ew':
        return `right(${left}, char_length(${right})) = ${right}`;
      case 'gt':
      case 'ge':
      case 'lt':
      case 'le':
        return `${left} ${{ gt: '>', ge: '>=', lt: '<', le: '<=' }[op]} ${right}`;
      default:
        throw invalidFilter(`The operator ${node.op} is not supported.`);
    }
  };

  const walk = (node: Filter, prefix: string): string => {
    switch (node.op) {
      case 'and':
      case 'or':
        return `(${node.filters.map((child) => walk(child, prefix)).join(` ${node.op} `)})`;
      case 'not':
        return `not (${walk(node.filter, prefix)})`;
      case '[]':
        return walk(node.valFilter, `${prefix}${node.attrPath}.`);
      default:
        return compare(node, prefix);
    }
  };
  return { where: walk(tree, ''), params };
}
