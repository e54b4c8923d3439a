// The one error shape of the API: {"error": {"status": n, "code": "...", "message": "..."}}.

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly headers: Record<string, string>;
  constructor(status: number, code: string, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
}

export interface ErrorBody {
  error: { status: number; code: string; message: string };
}

export function errorBody(e: ApiError): ErrorBody {
  return { error: { status: e.status, code: e.code, message: e.message } };
}

export const badRequest = (code: string, message: string) => new ApiError(400, code, message);
export const notFound = (message: string, code = 'not_found') => new ApiError(404, code, message);
