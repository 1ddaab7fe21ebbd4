/**
 * Compressed answers: brotli or gzip, whichever the client prefers in `Accept-Encoding`, for
 * bodies large enough that the saved bytes outweigh the work. A GraphQL answer is mostly
 * repeated field names, so a 12 kB answer shrinks to a fraction of that.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import Negotiator from 'negotiator';

/** Below this many bytes compressing saves less than a packet and costs CPU on both ends. */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

/** Preferred when a client weighs them equally: brotli's answers are smaller for JSON. */
const encodings = ['br', 'gzip'] as const;
type Encoding = (typeof encodings)[number];

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Brotli quality 5: close to the best ratio on JSON at a small fraction of quality 11's cost,
 * which matters on a per-request path.
 */
const brotliOptions = {
  params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
};

/** The encoding to answer `req` with, or undefined for identity. */
export function negotiateEncoding(req: IncomingMessage): Encoding | undefined {
  if (req.headers['accept-encoding'] === undefined) return undefined;
  // negotiator 1.x breaks ties by `preferred`; @types/negotiator still describes 0.6.
  const negotiator = new Negotiator(req) as Negotiator & {
    encoding(available: string[], options: { preferred: string[] }): string | undefined;
  };
  const chosen = negotiator.encoding([...encodings, 'identity'], { preferred: [...encodings] });
  return chosen === 'br' || chosen === 'gzip' ? chosen : undefined;
}

function addVary(res: ServerResponse, field: string): void {
  const current = res.getHeader('vary');
  const values =
    current === undefined
      ? []
      : String(current)
          .split(',')
          .map((v) => v.trim())
          .filter(Boolean);
  if (!values.some((v) => v.toLowerCase() === field.toLowerCase())) values.push(field);
  res.setHeader('vary', values.join(', '));
}

/**
 * Ends `res` with `text`, compressed when the client accepts it and the body is over the
 * threshold. Status and the other headers must be set before.
 */
export async function endCompressed(req: IncomingMessage, res: ServerResponse, text: string): Promise<void> {
  const body = Buffer.from(text, 'utf8');
  addVary(res, 'Accept-Encoding');
  const encoding = body.length >= COMPRESSION_THRESHOLD_BYTES ? negotiateEncoding(req) : undefined;
  if (!encoding) {
    res.setHeader('content-length', body.length);
    res.end(body);
    return;
  }
  const compressed = encoding === 'br' ? await brotli(body, brotliOptions) : await gzipAsync(body);
  res.setHeader('content-encoding', encoding);
  res.setHeader('content-length', compressed.length);
  res.end(compressed);
}
