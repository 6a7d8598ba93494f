/** Structured logs (pino). Message text and tokens are never logged at info level. */
import pino from 'pino';

export type Logger = pino.Logger;

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'factdesk' },
      // Exact paths only: a wildcard ('*.token') makes pino walk every log line's fields, tripling its cost.
      redact: {
        paths: ['token', 'err.token', 'headers.authorization', 'err.headers.authorization', 'request.headers.authorization', 'config.slack', 'config.discord'],
        censor: '[redacted]',
      },
    },
    destination ?? pino.destination(2),
  );
}

/**
 * A child logger made on first use: for per-request loggers on hot paths, where most requests never log
 * through it and pino's child() (bindings serialised up front) would cost more than the request's own work.
 */
export function lazyChild(parent: Logger, bindings: () => pino.Bindings): Logger {
  let child: Logger | undefined;
  const target = (): Logger => (child ??= parent.child(bindings()));
  return new Proxy(parent, {
    get(_parent, prop) {
      const t = target();
      const value: unknown = Reflect.get(t, prop, t);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(t) : value;
    },
  });
}
