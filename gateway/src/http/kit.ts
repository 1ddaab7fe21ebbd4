/**
 * `/kit/<version>/…`: the widget kit's browser build (widgets/dist: the loader `coachwork.js`, one
 * file per element, `chunks/`), served by the gateway so a host needs no static host of its own:
 * `<script type="module" src="https://gateway/kit/1.2.3/coachwork.js" integrity="sha384-…"
 * crossorigin="anonymous">`.
 *
 * Only the version in the kit's package.json is served. A versioned URL never changes what it
 * answers, so browsers and CDNs may keep it for a year without asking again; a new release is a new
 * URL, and a page pinned to an old one by its integrity hash keeps working only while that gateway
 * still serves that version (every other version is a 404, never different bytes under a known hash).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from './respond.js';

/**
 * The widgets package in this repository (the same relative path from src/http and dist/http).
 * A deployment that ships the kit elsewhere sets COACHWORK_KIT_DIR to a directory holding the
 * package's package.json and its dist/.
 */
export const defaultKitDirectory = fileURLToPath(new URL('../../../widgets/', import.meta.url));

export const kitCacheControl = 'public, max-age=31536000, immutable';

/** The loader, the element files and their chunks: nothing else under dist/ (no bundler ESM, no types). */
const servedFile = /^(?:chunks\/)?[A-Za-z0-9_-][A-Za-z0-9._-]*\.js$/;

export interface Kit {
  /** Answers `/kit/…` requests; false when the path is not under `/kit/`. */
  serve(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<boolean>;
}

/** The SRI value of a file's bytes, as a script tag's `integrity` takes it. */
export function integrityOf(bytes: Buffer | Uint8Array): string {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

export function kitFrom(directory: string): Kit {
  let version: Promise<string | null> | undefined;
  const readVersion = () =>
    (version ??= readFile(path.join(directory, 'package.json'), 'utf8').then(
      (text) => (JSON.parse(text) as { version?: string }).version ?? null,
      () => null,
    ));
  // Read on each request, not kept: a kit rebuilt under the same version (in development) is
  // served as it now is, matching the integrity the Developers page computes from the same file.
  const readKitFile = (name: string) => readFile(path.join(directory, 'dist', name)).catch(() => null);

  return {
    async serve(req, res, pathname) {
      if (!pathname.startsWith('/kit/')) return false;
      const method = (req.method ?? 'GET').toUpperCase();
      if (method !== 'GET' && method !== 'HEAD') {
        res.setHeader('allow', 'GET, HEAD');
        sendJson(res, 405, { error: `The kit answers GET and HEAD, not ${method}.` });
        return true;
      }
      const [requested, ...rest] = pathname.slice('/kit/'.length).split('/');
      const name = rest.join('/');
      const current = await readVersion();
      const bytes =
        current !== null && requested === current && servedFile.test(name) ? await readKitFile(name) : null;
      if (!bytes) {
        res.setHeader('cache-control', 'no-store');
        res.setHeader('access-control-allow-origin', '*');
        sendJson(res, 404, {
          error:
            current === null
              ? 'This gateway serves no widget kit.'
              : `No file ${name || '(none)'} in kit version ${requested}; this gateway serves /kit/${current}/coachwork.js.`,
        });
        return true;
      }
      res.statusCode = 200;
      res.setHeader('content-type', 'text/javascript; charset=utf-8');
      res.setHeader('content-length', bytes.length);
      res.setHeader('cache-control', kitCacheControl);
      res.setHeader('x-content-type-options', 'nosniff');
      // A module script from another origin is a CORS request; the kit is public and sent without
      // credentials, so any page may load it (and check its integrity, which needs CORS too).
      res.setHeader('access-control-allow-origin', '*');
      res.setHeader('cross-origin-resource-policy', 'cross-origin');
      res.end(method === 'HEAD' ? undefined : bytes);
      return true;
    },
  };
}
