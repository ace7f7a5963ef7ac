// Logger options for the server: JSON lines (pino) carrying each request's id
// (`reqId`, also sent back as X-Request-Id), with credentials censored should
// any log line ever include request headers.
import type { FastifyServerOptions } from 'fastify';

export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'headers.cookie',
  'authorization',
  'apiKey',
  '*.apiKey',
  'API_KEY',
  '*.API_KEY',
];

export interface LogStream {
  write(line: string): void;
}

export function loggerOptions(level: string, stream?: LogStream): NonNullable<FastifyServerOptions['logger']> {
  return {
    level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    ...(stream ? { stream } : {}),
  };
}
