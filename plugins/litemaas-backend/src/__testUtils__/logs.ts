import {
  coreServices,
  createServiceFactory,
  LoggerService,
} from '@backstage/backend-plugin-api';

/**
 * A root logger that keeps every line the backend writes, whoever writes
 * it (audit events included), as JSON: to look for what must be there and
 * for what must never be.
 */
export function capturingRootLogger(lines: string[]) {
  const make = (fields: Record<string, unknown>): LoggerService => {
    const write = (level: string) => (message: string, meta?: unknown) => {
      lines.push(JSON.stringify({ level, message, fields, meta }));
    };
    return {
      error: write('error'),
      warn: write('warn'),
      info: write('info'),
      debug: write('debug'),
      child: more => make({ ...fields, ...more }),
    };
  };
  return createServiceFactory({
    service: coreServices.rootLogger,
    deps: {},
    factory: () => make({}) as any,
  });
}
