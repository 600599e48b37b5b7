// Errors as RFC 9457 problem details (`application/problem+json`), naming the field for bad input.
// The HTTP face of the error hierarchy (src/errors.ts): each kind of domain error has one status.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { HTTP_STATUS, isDomainError } from '../../errors.ts';

export interface FieldProblem {
  field: string;
  message: string;
}

/** An error a route throws on purpose: its status and message reach the client. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors: FieldProblem[] = [],
    /** Headers the answer carries (Retry-After with a 429). */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const TITLES: Record<number, string> = {
  400: 'Dữ liệu không hợp lệ',
  401: 'Cần đăng nhập',
  403: 'Không có quyền',
  404: 'Không tìm thấy',
  409: 'Xung đột',
  413: 'Tệp quá lớn',
  503: 'Tạm thời bận',
  415: 'Định dạng không hỗ trợ',
  429: 'Quá nhiều yêu cầu',
  500: 'Lỗi máy chủ',
};

export function sendProblem(reply: FastifyReply, status: number, detail: string, errors: FieldProblem[] = []): FastifyReply {
  return reply
    .code(status)
    .type('application/problem+json; charset=utf-8')
    .send({ type: 'about:blank', title: TITLES[status] ?? 'Lỗi', status, detail, ...(errors.length > 0 ? { errors } : {}) });
}

export function problemHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = error.validation.map((v) => ({
      field: [error.validationContext ?? 'request', ...String(v.instancePath).split('/').filter(Boolean)].join('.'),
      message: v.message ?? 'invalid',
    }));
    return sendProblem(reply, 400, errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
  }
  if (error instanceof HttpProblem) return sendProblem(reply.headers(error.headers), error.status, error.message, error.errors);
  // Every refusal of the domain (src/errors.ts) has its status here, once: none can become a 500.
  if (isDomainError(error)) {
    const status = HTTP_STATUS[error.kind];
    return sendProblem(status === 503 ? reply.header('retry-after', '5') : reply, status, error.message);
  }
  // A write that waited its whole busy timeout for the database's lock (a long upload is being
  // stored): nothing was changed, and trying again shortly will do.
  if ((error as { code?: string }).code === 'SQLITE_BUSY') {
    return sendProblem(reply.header('retry-after', '5'), 503, 'cơ sở dữ liệu đang bận ghi dữ liệu tải lên; hãy thử lại sau ít giây');
  }
  const status = error.statusCode ?? 500;
  if (status >= 500) {
    // The cause goes to the log, with the request that met it; the client learns nothing of it.
    request.log.error({ err: error, method: request.method, url: request.url }, 'request failed');
    return sendProblem(reply, status, 'lỗi nội bộ của máy chủ');
  }
  return sendProblem(reply, status, error.message);
}
