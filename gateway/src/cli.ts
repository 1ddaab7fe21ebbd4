#!/usr/bin/env tsx
/**
 * coachwork serve | migrate | seed | token
 *
 * `serve` without DATABASE_URL runs on the embedded PGlite in <repo>/.data/pglite,
 * migrated and seeded on first start, so a fresh clone needs no database server.
 */
import { mintToken, TokenError } from './auth/tokens.js';
import { settingsFromEnv } from './config.js';
import { databaseOptionsFromArgs, describeTarget, runMigrateCli } from './db/cli.js';
import { openDatabase } from './db/index.js';
import { DataDirectoryInUse } from './db/pglite-lock.js';
import { ExposedDevModeError, isLoopbackAddress } from './http/loopback.js';
import { prepareForServe, runSeed } from './seeding.js';
import { gatewayJobs } from './jobs/gateway-jobs.js';
import { JobQueue } from './jobs/queue.js';
import { mailerFromEnv } from './notifications/mailer.js';
import { toolKeyForJobs } from './modules/lti/keys.js';
import { startTracing } from './telemetry/start.js';
import { createGateway } from './server.js';
import { shutDown } from './shutdown.js';
import { parseCommandArgs } from './command-args.js';

const USAGE = `Usage: coachwork <command> [options]

Commands:
  serve [--port N] [--host H] [--dev]   start the gateway (PORT, default 4000; HOST, default every
                                        interface). Dev mode (COACHWORK_ENV=dev or --dev, never NODE_ENV)
                                        adds /dev routes, introspection and unmasked errors, listens on
                                        127.0.0.1 (only a loopback HOST is accepted) and seeds an empty
                                        embedded database; production mode never seeds
  migrate [--url URL] [--data-dir DIR]  apply pending migrations
  seed [options]                        write the deterministic demo organisations (see coachwork seed --help)
  token --email EMAIL [--org SLUG] [--ttl 15m]
                                        print an embed token for a seeded person

Without DATABASE_URL every command uses the embedded PGlite in .data/pglite.`;

function parseDuration(text: string): number {
  const match = /^(\d+)\s*(s|m|h)?$/.exec(text.trim());
  if (!match) throw new TokenError(`--ttl must look like 900, 90s, 15m or 2h; got "${text}".`);
  const value = Number(match[1]);
  const unit = match[2] ?? 's';
  return value * (unit === 'h' ? 3600 : unit === 'm' ? 60 : 1);
}

/**
 * Where LTI platforms reach this gateway (COACHWORK_PUBLIC_URL, else each request's Host) and,
 * when the kit is served elsewhere, its loader (COACHWORK_KIT_URL).
 */
function ltiSettingsFromEnv(env: NodeJS.ProcessEnv = process.env) {
  return {
    publicUrl: env.COACHWORK_PUBLIC_URL || undefined,
    kitUrl: env.COACHWORK_KIT_URL || undefined,
  };
}

async function serve(argv: string[]): Promise<number> {
  const values = parseCommandArgs(
    argv,
    {
      port: { type: 'string' },
      host: { type: 'string' },
      dev: { type: 'boolean' },
      url: { type: 'string' },
      'data-dir': { type: 'string' },
      'no-seed': { type: 'boolean' },
    },
    USAGE,
  );
  if (typeof values === 'number') return values;
  const settings = settingsFromEnv();
  const dev = values.dev ?? settings.dev;
  const port = values.port !== undefined ? Number(values.port) : settings.port;
  const host = values.host ?? settings.host;
  // Before opening (and perhaps seeding) the database: the refusal is the whole answer.
  if (dev && host !== undefined && !isLoopbackAddress(host)) {
    console.error(`coachwork: ${new ExposedDevModeError(host).message}`);
    return 1;
  }
  // Before the database opens, so its statements are traced from the first.
  const tracing = await startTracing();
  if (tracing) console.error(`coachwork: tracing to ${tracing.endpoint}`);
  const target = databaseOptionsFromArgs(values);
  const db = await openDatabase(target);
  console.error(`coachwork: database ${describeTarget(target)} (migrated)`);
  const prepared = await prepareForServe(db, { dev, embedded: !target.url, seed: !values['no-seed'] });
  if (prepared) console.error(`coachwork: ${prepared}`);
  const gateway = createGateway({
    db,
    dev,
    introspection: process.env.COACHWORK_INTROSPECTION !== undefined ? settings.introspection : dev,
    logLevel: settings.logLevel,
    lti: ltiSettingsFromEnv(),
  });
  const mailer = mailerFromEnv(process.env, (line) => console.error(`coachwork: ${line}`));
  const jobs = new JobQueue(db, gatewayJobs({ mailer, dev, ltiToolKey: await toolKeyForJobs(db) }), {
    log: (line) => console.error(`coachwork: ${line}`),
  });
  await jobs.start();
  gateway.metrics.watchJobQueue(jobs);
  const { url } = await gateway.listen(port, host);
  console.error(
    [
      `coachwork gateway ${dev ? '(dev mode) ' : ''}listening on ${url}`,
      `  GraphQL   ${url}/graphql`,
      `  GraphiQL  ${url}/graphiql`,
      `  health    ${url}/healthz  ${url}/readyz`,
      `  LTI 1.3   ${url}/lti/config  ${url}/lti/jwks`,
      ...(dev ? [`  dev       POST ${url}/dev/token   GET ${url}/dev/people?role=MANAGER`] : []),
    ].join('\n'),
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      console.error(`coachwork: ${signal} again, exiting without waiting`);
      process.exit(1);
    }
    stopping = true;
    console.error(`coachwork: ${signal}, shutting down`);
    // SIGTERM comes from an orchestrator, which may still route traffic here for a moment; Ctrl-C
    // (SIGINT) is a person at a terminal, who wants it to stop now.
    const readinessDelayMs = signal === 'SIGTERM' ? settings.shutdownDelayMs : 0;
    try {
      await shutDown({ gateway, db, jobs, readinessDelayMs, log: (line) => console.error(line) });
      mailer.close();
      await tracing?.shutdown();
      console.error('coachwork: stopped');
      process.exit(0);
    } catch (error) {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  return new Promise<number>(() => {
    // serve runs until a signal arrives
  });
}

async function token(argv: string[]): Promise<number> {
  const values = parseCommandArgs(
    argv,
    {
      email: { type: 'string' },
      org: { type: 'string' },
      ttl: { type: 'string' },
      url: { type: 'string' },
      'data-dir': { type: 'string' },
      json: { type: 'boolean' },
    },
    USAGE,
  );
  if (typeof values === 'number') return values;
  if (!values.email) {
    console.error('coachwork token: --email is required\n\n' + USAGE);
    return 2;
  }
  const db = await openDatabase(databaseOptionsFromArgs(values));
  try {
    const ttlSeconds = values.ttl ? parseDuration(values.ttl) : undefined;
    const minted = await mintToken(
      db,
      { email: values.email, ...(values.org ? { orgSlug: values.org } : {}) },
      ttlSeconds ? { ttlSeconds } : {},
    );
    if (values.json) {
      console.log(JSON.stringify({ ...minted, expiresAt: minted.expiresAt.toISOString() }));
    } else {
      console.error(
        `token for ${minted.person.name} <${minted.person.email}> (${minted.person.roles.join(', ')}) ` +
          `of ${minted.organisation.name}, expires ${minted.expiresAt.toISOString()}`,
      );
      console.log(minted.token);
    }
    return 0;
  } catch (error) {
    if (error instanceof TokenError) {
      console.error(`coachwork token: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await db.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'serve':
      return serve(rest);
    case 'migrate':
      return runMigrateCli(rest);
    case 'seed':
      return runSeed(rest);
    case 'token':
      return token(rest);
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      console.log(USAGE);
      return command === undefined ? 2 : 0;
    default:
      console.error(`Unknown command "${command}".\n\n${USAGE}`);
      return 2;
  }
}

// `pnpm start -- --dev` passes the `--` through; it separates nothing here.
main(process.argv.slice(2).filter((arg) => arg !== '--')).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A data directory held by another gateway is an operator's situation, not a bug: no stack.
    if (error instanceof DataDirectoryInUse) console.error(`coachwork: ${error.message}`);
    else console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  },
);
