/** Structured logs (pino). Message text and tokens are never logged at info level. */
import pino from 'pino';

export type Logger = pino.Logger;

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'factdesk' },
      redact: { paths: ['token', '*.token', 'headers.authorization', '*.headers.authorization', 'config.slack', 'config.discord'], censor: '[redacted]' },
    },
    destination ?? pino.destination(2),
  );
}
