import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** The one error vocabulary of the API: every error a client sees carries one of these codes. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  INVALID_ARTICLE: 'INVALID_ARTICLE',
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  QUERY_TOO_LARGE: 'QUERY_TOO_LARGE',
  OPERATION_RESOLUTION_FAILURE: 'OPERATION_RESOLUTION_FAILURE',
  BAD_REQUEST: 'BAD_REQUEST',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  URL_NOT_ALLOWED: 'URL_NOT_ALLOWED',
  FETCH_FAILED: 'FETCH_FAILED',
  ARTICLE_DELETED: 'ARTICLE_DELETED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Every error the API raises on purpose: a code from the vocabulary and the HTTP status it answers with. */
export class ApiError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly httpStatus?: number,
  ) {
    super(message, { extensions: { code, ...(httpStatus ? { http: { status: httpStatus } } : {}) } });
    this.name = 'ApiError';
  }
}

export const badInput = (message: string) => new ApiError(ErrorCode.BAD_USER_INPUT, message, 400);
export const notFound = (what: string) => new ApiError(ErrorCode.NOT_FOUND, `${what} is not in the graph.`, 404);
/** A curator deleted this article (deleteArticle): ingesting it again is refused, not an error of the input. */
export const articleDeleted = (id: string) =>
  new ApiError(ErrorCode.ARTICLE_DELETED, `The article "${id}" was deleted by a curator and is not ingested again.`, 409);
export const unauthenticated = () =>
  new ApiError(ErrorCode.UNAUTHENTICATED, 'This operation needs an API key: send it as "Authorization: Bearer <key>".', 401);

/** Input that cannot become an article (empty, binary, mis-encoded, too large...), with a reason a person can act on. */
export class InvalidArticleError extends ApiError {
  constructor(message: string) {
    super(ErrorCode.INVALID_ARTICLE, message, 400);
    this.name = 'InvalidArticleError';
  }
}

/** A URL the server will not fetch: not http(s), a private or loopback address, or disallowed by robots.txt. */
export const urlNotAllowed = (message: string) => new ApiError(ErrorCode.URL_NOT_ALLOWED, message, 400);

/** A page or feed that could not be fetched (network error, timeout, HTTP error status): the remote side failed, hence 502. */
export class FetchFailedError extends ApiError {
  constructor(
    message: string,
    /** Worth trying again (timeouts, resets, 5xx, 429); a 404 is not. */
    readonly transient = false,
    /** The HTTP status the remote answered with, if it answered. */
    readonly status?: number,
  ) {
    super(ErrorCode.FETCH_FAILED, message, 502);
    this.name = 'FetchFailedError';
  }
}

/** Neo4j cannot be reached (raised by the repositories and by start-up); carries the advice to print. */
export class DatabaseUnavailableError extends ApiError {
  constructor(message: string) {
    super(ErrorCode.DATABASE_UNAVAILABLE, message, 503);
    this.name = 'DatabaseUnavailableError';
  }
}

/** What a client is told when the database is unavailable (the cause stays in the server log). */
const DATABASE_MESSAGE = 'The graph database is unavailable; try again shortly.';

// Apollo's own codes for requests it refuses before any resolver runs.
const APOLLO_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * The client's view of an error: an ApiError keeps its code (Apollo re-labels validation-rule
 * errors GRAPHQL_VALIDATION_FAILED); Apollo's request errors keep theirs; anything else is hidden
 * behind INTERNAL_SERVER_ERROR so no driver or stack detail leaks. `unexpected` says which.
 */
export function clientError(formatted: GraphQLFormattedError, error: unknown): { formatted: GraphQLFormattedError; unexpected: boolean } {
  const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  if (original instanceof DatabaseUnavailableError) {
    return {
      formatted: { message: DATABASE_MESSAGE, path: formatted.path, extensions: { code: ErrorCode.DATABASE_UNAVAILABLE } },
      unexpected: false,
    };
  }
  if (original instanceof ApiError) {
    return { formatted: { ...formatted, extensions: { ...formatted.extensions, code: original.code } }, unexpected: false };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && APOLLO_CODES.has(code)) return { formatted, unexpected: false };
  return {
    formatted: { message: 'Internal server error', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } },
    unexpected: true,
  };
}
