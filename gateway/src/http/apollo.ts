/**
 * Apollo Server as the gateway runs it: graphql-armor's limits, the cost plugin, error masking,
 * logging and translation, metrics, and the request's tenant transaction told when a mutation runs.
 */
import type http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { InMemoryLRUCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { Kind, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { serviceAccountMayRun } from '../auth/policy.js';
import { compiledExecution } from '../compiled-execution.js';
import { limits } from '../config.js';
import type { GraphQLContext } from '../context.js';
import { gatewayError, localisedMessageOf, publicCodes } from '../errors.js';
import { translate } from '../i18n/translate.js';
import type { CostBudget } from '../limits/budget.js';
import { costPlugin } from '../limits/cost-plugin.js';
import { buildSchema } from '../schema.js';
import { operationTracing } from '../telemetry/tracing.js';
import type { GatewayMetrics } from './metrics.js';

/** formatError has no request context, so it masks in English; `localiseErrors` translates the mask. */
const MASKED_MESSAGE = translate('en', 'http.internal');

function maskError(dev: boolean) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (dev || (typeof code === 'string' && publicCodes.has(code))) return formatted;
    return {
      message: MASKED_MESSAGE,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
    };
  };
}

/** A mutation changes how the request's tenant transaction is used: each call behind a savepoint. */
const writesDeclared: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (operation?.operation === 'mutation') contextValue.transactions?.declareWrites();
      },
    };
  },
};

/**
 * A service account runs only the mutations its scopes list (auth/policy.ts
 * `serviceAccountMutations`); an operation with any other mutation field is refused as a whole
 * before anything runs, rather than half-done.
 */
const serviceAccountWrites: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        const account = contextValue.caller?.viewer.serviceAccount;
        if (operation?.operation !== 'mutation' || !account) return;
        const refused = operation.selectionSet.selections.find(
          (selection) =>
            selection.kind !== Kind.FIELD || !serviceAccountMayRun(account.scopes, selection.name.value),
        );
        if (refused) {
          throw gatewayError('FORBIDDEN', 'access.serviceAccountMutation', undefined, {
            http: { status: 403 },
          });
        }
      },
    };
  },
};

/** Logs what the client will not see: internal errors with their stack, tagged with the request id. */
const errorLogging: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue }) {
        for (const error of errors) {
          const code = error.extensions?.code;
          if (typeof code === 'string' && publicCodes.has(code)) continue;
          contextValue.log.error({ err: error.originalError ?? error, path: error.path }, 'resolver error');
        }
      },
    };
  },
};

/**
 * Puts every catalogue-backed error into the request's language. Errors are
 * thrown in English by code that has no request at hand (src/errors.ts);
 * didEncounterErrors runs before Apollo formats them, so rewriting the message
 * there is enough. graphql-js's own validation and coercion messages (and
 * graphql-armor's limits) are developer-facing and stay English.
 */
const localiseErrors: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue }) {
        if (contextValue.locale === 'en') return;
        for (const error of errors) {
          const localised = localisedMessageOf(error);
          if (localised) error.message = contextValue.t(localised.key, localised.values);
        }
      },
      async willSendResponse({ response, contextValue }) {
        if (contextValue.locale === 'en' || response.body.kind !== 'single') return;
        const { errors } = response.body.singleResult;
        if (!errors?.some((error) => error.message === MASKED_MESSAGE)) return;
        response.body.singleResult.errors = errors.map((error) =>
          error.message === MASKED_MESSAGE ? { ...error, message: contextValue.t('http.internal') } : error,
        );
      },
    };
  },
};

function apolloLogger(log: Logger) {
  return {
    debug: (message: string) => log.debug(message),
    info: (message: string) => log.info(message),
    warn: (message: string) => log.warn(message),
    error: (message: string) => log.error(message),
  };
}

export interface ApolloSettings {
  dev: boolean;
  introspection: boolean;
  log: Logger;
  /** Every caller's cost budget. */
  budget: CostBudget;
  metrics: GatewayMetrics;
  /** Drained by Apollo's stop(). */
  httpServer: http.Server;
  /** 'compiled' (default): graphql-jit; 'interpreted': graphql-js. */
  execution?: 'compiled' | 'interpreted';
  /** Where persisted queries are kept (persisted-queries.ts); by default this process's memory. */
  persistedQueries?: KeyValueCache<string>;
}

export function createApolloServer(settings: ApolloSettings): ApolloServer<GraphQLContext> {
  const { dev, log, budget, metrics, httpServer } = settings;
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: limits.maxAliases },
    // graphql-armor's Apollo token plugin re-parses in a hook and turns every syntax
    // error into a 500; graphql-js's own parser limit (parseOptions below) fails
    // the same documents as a 400 GRAPHQL_PARSE_FAILED.
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    // Its cost ignores page sizes; src/limits/cost-plugin.ts prices and charges instead.
    costLimit: { enabled: false },
    // Field suggestions help in GraphiQL; in production they would map the schema for an attacker.
    blockFieldSuggestion: { enabled: !dev },
  });
  const protection = armor.protect();
  // graphql-armor's typings resolve @apollo/server's CommonJS declarations; the
  // plugins are the same objects, only the two declaration copies differ nominally.
  const armorPlugins = protection.plugins as unknown as ApolloServerPlugin<GraphQLContext>[];

  return new ApolloServer<GraphQLContext>({
    ...(settings.execution === 'interpreted'
      ? { schema: buildSchema() }
      : { gateway: compiledExecution(buildSchema()) }),
    validationRules: protection.validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
    plugins: [
      ...armorPlugins,
      costPlugin(budget),
      writesDeclared,
      serviceAccountWrites,
      errorLogging,
      localiseErrors,
      metrics.apolloPlugin,
      operationTracing,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // GraphiQL is served at /graphiql from npm; Apollo's default landing page would load a CDN.
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      // No field carries a cache hint (every answer is per viewer), and the built-in cache-control
      // plugin wraps every resolver of every field to collect them: on the heatmap's ~30,000-field
      // views that wrapping alone cost more than the SQL. Responses say `no-store` below instead.
      ApolloServerPluginCacheControlDisabled(),
    ],
    introspection: settings.introspection,
    // Apollo would stop itself on SIGTERM and re-raise the signal, cutting readiness and the drain
    // short; `coachwork serve` owns the shutdown order (src/shutdown.ts).
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: true,
    includeStacktraceInErrorResponses: dev,
    persistedQueries: {
      cache: settings.persistedQueries ?? new InMemoryLRUCache<string>({ maxSize: limits.apqCacheBytes }),
      ttl: limits.apqTtlSeconds,
    },
    formatError: maskError(dev),
    logger: apolloLogger(log),
  });
}
