import { Db } from './db';

/**
 * Runs the decorated service method as one unit of work through the service's own `db`
 * (joining the caller's transaction if there is one). Deliberately tied to the instance's
 * injected Db rather than to a process-wide singleton, so several application instances in one
 * process (tests, tools) never share a connection. Named apart from `@Transactional()` of
 * `@nestjs-cls/transactional`, which reaches that singleton and which Pollen does not use.
 */
export function UnitOfWork(): MethodDecorator {
  return (_target, key, descriptor: PropertyDescriptor) => {
    const method = descriptor.value as (...args: unknown[]) => Promise<unknown>;
    descriptor.value = function (this: { db?: unknown }, ...args: unknown[]) {
      if (!(this.db instanceof Db)) throw new Error(`@UnitOfWork() on ${String(key)} needs a \`db: Db\` property`);
      return this.db.transaction(() => method.apply(this, args));
    };
    return descriptor;
  };
}
