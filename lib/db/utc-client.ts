import pg from "pg";

/**
 * A pg client whose session runs in UTC. Our timestamps are `timestamp` columns holding UTC
 * (Prisma writes them so), and SQL that compares them with now() or fills them by default
 * (an API token's expiry and limit window, desk events) is right only in a UTC session; a
 * self-hosted server often runs in the office's time zone. A SET after connecting rather than
 * the `options` startup parameter, which PgBouncer refuses. Pools take it as `Client`.
 */
export class UtcClient extends pg.Client {
  // pg's overloads cannot be restated in a subclass: Pool calls connect with a callback, others without.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override connect(callback?: (...args: any[]) => void): any {
    const ready = super.connect().then(async () => {
      await super.query("SET TIME ZONE 'UTC'");
    });
    if (!callback) return ready;
    ready.then(
      () => callback(null),
      (error: Error) => callback(error),
    );
  }
}
