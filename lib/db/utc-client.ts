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
      // A pool listens for a client's errors only once connect has called back. A connection
      // lost during the SET (a database restarting) would otherwise be an 'error' event nobody
      // hears, which ends the process; the SET's rejection reports it to the pool instead.
      const reportedByTheSet = () => {};
      this.on("error", reportedByTheSet);
      try {
        await super.query("SET TIME ZONE 'UTC'");
      } finally {
        this.off("error", reportedByTheSet);
      }
    });
    if (!callback) return ready;
    ready.then(
      () => callback(null),
      (error: Error) => callback(error),
    );
  }
}

// Our `timestamp` columns hold UTC (as Prisma reads them); pg alone would read them as local time.
const timestampOid = 1114;
const utcTimestamps = {
  getTypeParser: (oid: number, format?: "text" | "binary") =>
    oid === timestampOid && format !== "binary" ? (value: string) => new Date(`${value.replace(" ", "T")}Z`) : pg.types.getTypeParser(oid, format),
} as pg.CustomTypesConfig;

/**
 * A pool of UtcClients that also reads `timestamp` columns as the UTC they hold, as Prisma does
 * (Prisma's adapter brings its own parsers to each query). The app's pool and the export's.
 */
export function utcPool(connectionString: string | undefined, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, Client: UtcClient, types: utcTimestamps });
  pool.on("error", () => {}); // an idle connection dropped by the server; the next checkout reconnects
  return pool;
}
