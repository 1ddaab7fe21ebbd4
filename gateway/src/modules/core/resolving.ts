/**
 * What resolvers of every module do alike: refuse an input with a user error in
 * the caller's language, refuse a caller the access table keeps out of an
 * organisation-wide row, read the caller's own organisation once let in, read the
 * UUID out of a global ID of the expected type, and follow a reference that must exist.
 */
import { mayRead, type Category } from '../../auth/policy.js';
import { callerOf, type Caller, type GraphQLContext } from '../../context.js';
import type { Queryable } from '../../db/types.js';
import { forbidden, notFound } from '../../errors.js';
import type { UserError } from '../../generated/resolvers.js';
import { fromGlobalId, type NodeType } from '../../ids.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import type { MessageValues } from '../../i18n/translate.js';

export function userError(
  caller: Caller,
  field: string[] | null,
  code: UserError['code'],
  key: MessageKey,
  values?: MessageValues,
): UserError {
  return { field, code, message: caller.t(key, values) };
}

/**
 * Refuses (FORBIDDEN, with the module's message `key`) a caller the access table
 * (auth/policy.ts) does not let read `category` of their organisation: the guard of
 * fields and mutations that belong to, say, the org admins alone.
 */
export async function requireOrganisationAccess(
  caller: Caller,
  category: Category,
  key: MessageKey,
): Promise<void> {
  if (!(await mayRead(caller, category, { kind: 'organisation' }))) throw forbidden(key);
}

/**
 * `read` of the caller's own organisation, in the request's tenant transaction, once `guard`
 * (a module's admins-only check) has let the caller in.
 */
export async function readOwnOrganisation<T>(
  context: GraphQLContext,
  guard: (caller: Caller) => Promise<void>,
  read: (tx: Queryable, orgId: string) => Promise<T>,
): Promise<T> {
  const caller = callerOf(context);
  await guard(caller);
  return caller.tenant((tx) => read(tx, caller.viewer.orgId));
}

/** The UUID of a global ID of `type`; null for a malformed ID or one of another type. */
export function idOf(id: string, type: NodeType): string | null {
  const decoded = fromGlobalId(id);
  return decoded && decoded.type === type ? decoded.uuid : null;
}

/**
 * The row a parent refers to. Its absence means the reference is broken (or the
 * row is hidden from this caller), which the field reports as NOT_FOUND.
 */
export async function required<T>(
  row: Promise<T | null | undefined>,
  key: MessageKey,
  values?: MessageValues,
): Promise<T> {
  const found = await row;
  if (found === null || found === undefined) throw notFound(key, values);
  return found;
}

/** For filtering what a DataLoader's `loadMany` returns down to the rows it found. */
export const present = <T>(row: T | null | Error): row is T => row !== null && !(row instanceof Error);
