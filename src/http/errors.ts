// Every error leaves the server as an RFC 9457 problem details body
// (application/problem+json). Nothing internal (stack, SQL, paths) is ever sent.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { STATUS_CODES } from 'node:http';

export interface ParameterError {
  parameter: string;
  message: string;
}

export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly errors?: ParameterError[],
  ) {
    super(detail);
  }

  static badRequest(parameter: string, message: string): HttpProblem {
    return new HttpProblem(400, `${parameter}: ${message}`, [{ parameter, message }]);
  }

  static notFound(what: string, id: string): HttpProblem {
    return new HttpProblem(404, `No ${what} with id '${id}'.`);
  }
}

export function sendProblem(reply: FastifyReply, request: FastifyRequest, status: number, detail: string, errors?: ParameterError[]) {
  return reply
    .code(status)
    .type('application/problem+json')
    .send({
      type: 'about:blank',
      title: STATUS_CODES[status] ?? 'Error',
      status,
      detail,
      instance: request.url.split('?')[0] ?? request.url,
      ...(errors ? { errors } : {}),
    });
}

/** "querystring/limit", "params/id", "body/text": where the bad value was. */
function parameterName(context: string | undefined, instancePath: string, missing?: unknown): string {
  const path = instancePath.replace(/^\//, '').replace(/\//g, '.');
  const name = path || (typeof missing === 'string' ? missing : '');
  return name ? `${context ?? 'request'}.${name}`.replace(/^querystring\./, '') : (context ?? 'request');
}

/**
 * Fastify's own errors before routing (bad percent-encoding in the path, a path
 * parameter over the router's length limit) would otherwise be plain JSON.
 */
export function frameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const status = error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
  const detail =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'A path parameter is too long.'
    : error.code === 'FST_ERR_BAD_URL' ? 'The URL path is not valid percent-encoded UTF-8.'
    : 'The request could not be routed.';
  return sendProblem(reply, request, status, detail);
}

export function registerErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpProblem) return sendProblem(reply, request, error.status, error.detail, error.errors);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = error.validation.map((v) => ({
        parameter: parameterName(error.validationContext, v.instancePath, (v.params as { missingProperty?: unknown }).missingProperty),
        message: v.message ?? 'invalid value',
      }));
      return sendProblem(reply, request, 400, errors.map((e) => `${e.parameter}: ${e.message}`).join('; '), errors);
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Fastify's own client errors (body too large, bad JSON, unsupported media type) carry safe messages.
      // A body the JSON parser refused (malformed, or a "__proto__" key) is a bad `body` parameter.
      const badBody = status === 400 && (error instanceof SyntaxError || error.code?.startsWith('FST_ERR_CTP_'));
      return sendProblem(reply, request, status, error.message, badBody ? [{ parameter: 'body', message: error.message }] : undefined);
    }
    request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, request, status >= 500 && status < 600 ? status : 500, 'The server could not complete the request.');
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, request, 404, `No route ${request.method} ${request.url.split('?')[0] ?? ''}.`),
  );
}
