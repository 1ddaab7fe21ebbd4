import type { IncomingMessage, ServerResponse } from 'node:http';
import { limits } from '../config.js';

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  type = 'application/json; charset=utf-8',
): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('content-type', type);
  res.setHeader('content-length', Buffer.byteLength(text));
  res.end(text);
}

/** The media type graphql-over-http asks for: graphql-response+json when the client accepts it. */
export function graphqlMediaType(req: IncomingMessage): string {
  const accept = req.headers.accept ?? '';
  return accept.includes('application/graphql-response+json')
    ? 'application/graphql-response+json; charset=utf-8'
    : 'application/json; charset=utf-8';
}

/** The code of the request-level error a response carried, for the metrics' errors-by-code. */
const refusalCodes = new WeakMap<ServerResponse, string>();

export function refusalCodeOf(res: ServerResponse): string | undefined {
  return refusalCodes.get(res);
}

/** A request-level GraphQL error (no execution happened), e.g. an invalid token or an oversized batch. */
export function sendGraphQLError(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  message: string,
  code: string,
): void {
  refusalCodes.set(res, code);
  sendJson(res, status, { errors: [{ message, extensions: { code } }] }, graphqlMediaType(req));
}

export class BodyTooLarge extends Error {}

export async function readBody(req: IncomingMessage): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limits.maxBodyBytes) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limits.maxBodyBytes) throw new BodyTooLarge();
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
