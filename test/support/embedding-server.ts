/**
 * Serves the embedding host pages (test/embedding/) and the built kit (widgets/dist/, from
 * `node widgets/scripts/build.mjs`) over plain node:http, as an intranet's static host would: real
 * HTTP headers, so a Content-Security-Policy is enforced the way browsers meet it in the field.
 *
 * It listens on 127.0.0.1 while the test gateway listens on localhost: two sites, so every gateway
 * request from these pages is cross-site and its cookies third-party.
 *
 *   /hosts/<name>.html     a host page (test/embedding/hosts.ts renders it)
 *   /pages/<file>          the host pages' own scripts and stylesheets (test/embedding/pages/)
 *   /kit/<file>            widgets/dist/ as built
 *   /kit-b/<file>          a second copy of the kit with another VERSION (two teams' bundles on one page)
 *   /vendor/axe.min.js     axe-core, loaded with a <script src> so a strict CSP allows it
 *   /cookie-probe.html     an empty frame on this site, for a test to point at another site and
 *                          see whether that third party may keep cookies
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const widgetsDist = fileURLToPath(new URL('../../widgets/dist/', import.meta.url));
const pagesDir = fileURLToPath(new URL('../embedding/pages/', import.meta.url));
const widgetsPackage = fileURLToPath(new URL('../../widgets/package.json', import.meta.url));
const axeFile = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface HostPage {
  readonly html: string;
  /** Sent as the `Content-Security-Policy` header when set. */
  readonly contentSecurityPolicy?: string;
}

export interface EmbeddingServer {
  /** e.g. http://127.0.0.1:41234 */
  readonly url: string;
  /** The version string the second copy of the kit (/kit-b/) reports. */
  readonly secondCopyVersion: string;
  /** The version of the kit as built (widgets/package.json). */
  readonly kitVersion: string;
  close(): Promise<void>;
}

/** A file under `dir`, or undefined when the path escapes it or the file does not exist. */
async function readUnder(dir: string, relative: string): Promise<Buffer | undefined> {
  const file = path.resolve(dir, `.${path.posix.normalize(`/${relative}`)}`);
  if (!file.startsWith(dir)) return undefined;
  try {
    return await readFile(file);
  } catch {
    return undefined;
  }
}

/**
 * A copy of a built file as another team's build of another version would be: the kit's VERSION
 * literal rewritten. Served from its own URL prefix, it is a separate module graph: its own Lit,
 * client and element classes.
 */
function asSecondCopy(source: Buffer, kitVersion: string, secondCopyVersion: string): Buffer {
  return Buffer.from(
    source.toString('utf8').replaceAll(JSON.stringify(kitVersion), JSON.stringify(secondCopyVersion)),
  );
}

export async function startEmbeddingServer(
  renderHost: (name: string) => HostPage | undefined,
): Promise<EmbeddingServer> {
  const kitVersion = (JSON.parse(await readFile(widgetsPackage, 'utf8')) as { version: string }).version;
  const secondCopyVersion = `${kitVersion}-second-copy`;

  const send = (
    res: ServerResponse,
    status: number,
    body: string | Buffer,
    type: string,
    headers: Record<string, string> = {},
  ) => {
    // no-store: every test sees the kit as just built, never a cached earlier copy.
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
    res.end(body);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const { pathname } = new URL(req.url ?? '/', 'http://embedding.invalid');
    const type = contentTypes[path.extname(pathname)] ?? 'application/octet-stream';
    const hostMatch = /^\/hosts\/([\w-]+)\.html$/.exec(pathname);
    if (hostMatch) {
      const host = renderHost(hostMatch[1] ?? '');
      if (host === undefined) return send(res, 404, 'no such host page', contentTypes['.txt']!);
      const headers: Record<string, string> = {};
      if (host.contentSecurityPolicy) headers['content-security-policy'] = host.contentSecurityPolicy;
      return send(res, 200, host.html, type, headers);
    }
    if (pathname === '/cookie-probe.html') {
      return send(
        res,
        200,
        '<!doctype html><title>Cookie probe</title><iframe title="Another site"></iframe>',
        type,
      );
    }
    let body: Buffer | undefined;
    if (pathname === '/vendor/axe.min.js') body = await readFile(axeFile);
    else if (pathname.startsWith('/pages/'))
      body = await readUnder(pagesDir, pathname.slice('/pages/'.length));
    else if (pathname.startsWith('/kit/'))
      body = await readUnder(widgetsDist, pathname.slice('/kit/'.length));
    else if (pathname.startsWith('/kit-b/')) {
      const original = await readUnder(widgetsDist, pathname.slice('/kit-b/'.length));
      body =
        original && type.startsWith('text/javascript')
          ? asSecondCopy(original, kitVersion, secondCopyVersion)
          : original;
    }
    if (body === undefined) return send(res, 404, `not found: ${pathname}`, contentTypes['.txt']!);
    return send(res, 200, body, type);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, String(error), contentTypes['.txt']!);
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('embedding server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    kitVersion,
    secondCopyVersion,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
