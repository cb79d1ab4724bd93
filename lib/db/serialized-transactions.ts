import { PrismaPg } from "@prisma/adapter-pg";
import type { Transaction } from "@prisma/driver-adapter-utils";

/**
 * Prisma's query interpreter loads a write's included relations with Promise.all. Inside a
 * transaction all of them go to one pg client, which pg 8 warns about ("Calling client.query()
 * when the client is already executing a query") and pg 9 will refuse (prisma/orm#29468,
 * still open). One transaction runs one statement at a time anyway, so we queue them here.
 */
function serialized(transaction: Transaction): Transaction {
  let tail: Promise<unknown> = Promise.resolve();
  const queue = <T>(run: () => Promise<T>): Promise<T> => {
    const next = tail.then(run);
    tail = next.catch(() => undefined);
    return next;
  };
  const queryRaw = transaction.queryRaw.bind(transaction);
  const executeRaw = transaction.executeRaw.bind(transaction);
  transaction.queryRaw = (query) => queue(() => queryRaw(query));
  transaction.executeRaw = (query) => queue(() => executeRaw(query));
  return transaction;
}

export class SerializedTransactionsPg extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => serialized(await startTransaction(isolationLevel));
    return adapter;
  }
}
