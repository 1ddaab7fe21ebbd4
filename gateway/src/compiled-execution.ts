/**
 * Executes operations with graphql-jit instead of graphql-js's interpreter.
 *
 * Why: the heatmap's large views (a function with ~500 teams × 10 capabilities, ~30,000 result
 * fields) spent most of their time in graphql-js's per-field machinery, not in SQL. graphql-jit
 * compiles each document once into a plain function for this schema, which completes the same
 * result several times faster (gateway/bench/heatmap.bench.ts prints both, measured in one run).
 *
 * Apollo Server accepts a custom executor only through its gateway interface, so this is a
 * "gateway" that serves our own schema: parsing, validation (graphql-armor's rules included),
 * persisted queries, plugins and error formatting stay Apollo's.
 */
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  GraphQLError,
  getVariableValues,
  printSchema,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { executeInOperationSpan } from './telemetry/tracing.js';

/**
 * Compiled operations, per parsed document. Apollo keeps one parsed document per query text in its
 * bounded document store, so a weak map frees a compilation when Apollo drops the document.
 */
type Operation = Record<string, unknown>;
/** A compiled operation, or the errors that kept the document from compiling. */
type Compilation = CompiledQuery<Operation, Operation> | ExecutionResult<Operation>;
type Compilations = Map<string, Compilation>;

/**
 * graphql-jit's errors have read-only messages, and Apollo's plugins (graphql-armor's field-suggestion
 * blocker) rewrite messages in place: hand them graphql-js errors carrying the same fields.
 */
function ownError(error: GraphQLError): GraphQLError {
  const own = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
  if (error.locations) Object.assign(own, { locations: error.locations });
  return own;
}

export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  const compilations = new WeakMap<DocumentNode, Compilations>();
  let schemaListener: Parameters<GatewayInterface['onSchemaLoadOrUpdate']>[0] | undefined;

  function compiled(document: DocumentNode, operationName: string | null): Compilation {
    let byOperation = compilations.get(document);
    if (!byOperation) {
      byOperation = new Map();
      compilations.set(document, byOperation);
    }
    const key = operationName ?? '';
    let entry = byOperation.get(key);
    if (!entry) {
      entry = compileQuery<Operation, Operation>(schema, document, operationName ?? undefined, {
        // Apollo serialises the response itself; stack capture only costs time for errors we format anyway.
        disablingCapturingStackErrors: true,
      });
      byOperation.set(key, entry);
    }
    return entry;
  }

  const executor: GatewayExecutor = async ({
    document,
    operation,
    operationName,
    request,
    context,
    metrics,
  }) => {
    // Under a gateway Apollo leaves resolving the operation to the executor: an ambiguous or unknown
    // operationName arrives here with no operation, and must be the client's 400, not an internal error.
    if (!operation) {
      const message = operationName
        ? `Unknown operation named "${operationName}".`
        : 'Must provide operation name if query contains multiple operations.';
      return {
        errors: [
          new GraphQLError(message, {
            extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } },
          }),
        ],
      };
    }
    // graphql-js coerces the variables first so a bad variable fails exactly as before: the same
    // messages, which Apollo recognises as BAD_USER_INPUT and answers with 400.
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
    if (coerced.errors) return { errors: coerced.errors };
    const entry = compiled(document, operationName);
    if (!isCompiledQuery(entry)) return entry;
    const result = await executeInOperationSpan(metrics, async () =>
      entry.query(undefined, context, request.variables ?? {}),
    );
    return result.errors ? { ...result, errors: result.errors.map(ownError) } : result;
  };

  return {
    onSchemaLoadOrUpdate(listener) {
      schemaListener = listener;
      return () => {
        schemaListener = undefined;
      };
    },
    async load() {
      schemaListener?.({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return { executor };
    },
    async stop() {},
  };
}
