import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpProblem } from './errors.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * A preHandler for writes: needs `Authorization: Bearer <API_KEY>`. Without a
 * configured key writes are refused outright (403). Keys are compared as
 * fixed-length digests in constant time, so timing reveals nothing about them.
 */
export function requireApiKey(apiKey: string | undefined) {
  const expected = apiKey === undefined ? undefined : digest(apiKey);
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (expected === undefined) throw new HttpProblem(403, 'Writes are disabled: the server has no API_KEY configured.');
    const header = request.headers.authorization;
    const match = header === undefined ? null : /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match?.[1]) {
      reply.header('www-authenticate', 'Bearer');
      throw new HttpProblem(401, 'This endpoint needs an `Authorization: Bearer <API key>` header.');
    }
    if (!timingSafeEqual(digest(match[1]), expected)) throw new HttpProblem(403, 'The API key is not valid.');
  };
}
