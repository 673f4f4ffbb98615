import pino, { type DestinationStream } from 'pino';

export type Logger = pino.Logger;
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Structured JSON lines (pino) on stdout, or on `destination` (tests read what was logged). */
export function createLogger(level: LogLevel = 'info', destination?: DestinationStream): Logger {
  return pino({ level, base: { service: 'chipgraph' }, timestamp: pino.stdTimeFunctions.isoTime }, destination);
}

/** A logger that drops everything (library code called without one). */
export const silentLogger: Logger = pino({ level: 'silent' });
