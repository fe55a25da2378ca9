import type { Db } from "@/lib/db-client";
import { sqlTransaction, type FinishingTx } from "@/lib/services/sql-tx";

// A preview runs the use case's own code in a transaction that is always rolled back, so what it
// shows is what the save would write (the create form's preview, the timeline's drag).

class RollBack<T> extends Error {
  constructor(readonly result: T) {
    super("preview rolled back");
  }
}

export async function rolledBack<T>(db: Db, fn: (tx: FinishingTx) => Promise<T>): Promise<T> {
  try {
    await sqlTransaction(db, async (tx) => {
      throw new RollBack(await fn(tx));
    });
  } catch (e) {
    if (e instanceof RollBack) return e.result as T;
    throw e;
  }
  throw new Error("unreachable: the preview's transaction always rolls back");
}
