import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** The one error vocabulary of the API: every error a client sees carries one of these codes. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  INVALID_ARTICLE: 'INVALID_ARTICLE',
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class ApiError extends GraphQLError {
  constructor(code: ErrorCode, message: string, httpStatus?: number) {
    super(message, { extensions: { code, ...(httpStatus ? { http: { status: httpStatus } } : {}) } });
  }
}

export const badInput = (message: string) => new ApiError(ErrorCode.BAD_USER_INPUT, message);
export const unauthenticated = () =>
  new ApiError(ErrorCode.UNAUTHENTICATED, 'This operation needs an API key: send it as "Authorization: Bearer <key>".', 401);

/** Raised by the ingestion pipeline for input that cannot become an article (empty, binary, ...). */
export class InvalidArticleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidArticleError';
  }
}

/** Raised when Neo4j cannot be reached; carries the advice to print. */
export class DatabaseUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseUnavailableError';
  }
}

const KNOWN = new Set<string>([...Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR), ...['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE']]);

/** Hides unexpected errors behind INTERNAL_SERVER_ERROR so no driver or stack detail leaks to clients. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = (error as { originalError?: unknown })?.originalError;
  if (original instanceof InvalidArticleError) {
    return { ...formatted, extensions: { code: ErrorCode.INVALID_ARTICLE } };
  }
  if (original instanceof DatabaseUnavailableError || (original as { code?: string })?.code === 'ServiceUnavailable') {
    return { message: 'The graph database is unavailable; try again shortly.', path: formatted.path, extensions: { code: ErrorCode.DATABASE_UNAVAILABLE } };
  }
  // Apollo re-labels validation-rule errors GRAPHQL_VALIDATION_FAILED; keep our more precise code.
  const ownCode = original instanceof GraphQLError ? original.extensions?.code : undefined;
  if (typeof ownCode === 'string' && ownCode !== ErrorCode.INTERNAL_SERVER_ERROR && (Object.values(ErrorCode) as string[]).includes(ownCode)) {
    return { ...formatted, extensions: { ...formatted.extensions, code: ownCode } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && KNOWN.has(code)) return formatted;
  return { message: 'Internal server error', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
