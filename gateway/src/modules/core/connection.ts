/**
 * Keyset ("seek") cursor pagination shared by every connection. A cursor encodes
 * the last row's sort key and id, so pages stay stable while rows are inserted
 * and the database walks an index instead of skipping OFFSET rows.
 */
import { limits } from '../../config.js';
import { badUserInput } from '../../errors.js';
import { isUuid } from '../../ids.js';

export interface PageInfoValue {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** What a connection resolver receives: one fetched page, and the total counted only if asked for. */
export interface ConnectionPage<T> {
  edges: Edge<T>[];
  pageInfo: PageInfoValue;
  totalCount: () => Promise<number>;
}

export interface Keyset {
  sort: string;
  id: string;
}

/** A validated page request; `limit` rows are returned, `limit + 1` fetched to learn hasNextPage. */
export interface PageRequest {
  limit: number;
  after: Keyset | null;
}

export function encodeCursor(key: Keyset): string {
  return Buffer.from(JSON.stringify([key.sort, key.id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): Keyset {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      typeof value[1] === 'string' &&
      isUuid(value[1])
    ) {
      return { sort: value[0], id: value[1] };
    }
  } catch {
    // fall through to the user-facing error
  }
  throw badUserInput('core.badCursor', 'after');
}

export function pageRequest(args: { first?: number | null; after?: string | null }): PageRequest {
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 0 || first > limits.maxPageSize) {
    throw badUserInput('core.pageSize', 'first', { max: limits.maxPageSize });
  }
  return { limit: first, after: args.after ? decodeCursor(args.after) : null };
}

/**
 * How many rows a list without cursors returns: `first`, else `fallback`; at least one and at most
 * the page size limit, else the request is refused as bad input.
 */
export function listSize(first: number | null | undefined, fallback = 20): number {
  const size = first ?? fallback;
  if (size < 1 || size > limits.maxPageSize) {
    throw badUserInput('core.pageSize', 'first', { max: limits.maxPageSize });
  }
  return size;
}

/** A stable string for grouping equal page requests into one batched query. */
export function pageKey(page: PageRequest): string {
  return JSON.stringify([page.limit, page.after?.sort ?? null, page.after?.id ?? null]);
}

/**
 * Builds the page from rows fetched with `limit + 1` (the extra row only proves
 * there is a next page).
 */
export function toConnection<T>(
  rows: readonly T[],
  page: PageRequest,
  keyOf: (row: T) => Keyset,
  totalCount: () => Promise<number>,
): ConnectionPage<T> {
  const visible = rows.slice(0, page.limit);
  const edges = visible.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > page.limit,
      hasPreviousPage: page.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}
