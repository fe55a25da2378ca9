import { db as appDb } from "@/lib/db";
import type { Db } from "@/lib/db-client";
import type { Actor } from "@/lib/services/audit";
import { withRetry } from "@/lib/services/retry";
import { sqlTransaction, type SqlTx } from "@/lib/services/sql-tx";
import { refreshProductionOrderInTx, type RefreshInput, type RefreshResult } from "./refresh/run-refresh";

export type { RefreshInput, RefreshResult } from "./refresh/run-refresh";

// RF-1…RF-7: "Refresh Production Order". Given a transaction (the create-order service refreshes
// the order it just inserted) it runs inside it; otherwise it opens its own, so an error leaves
// the order exactly as it was (RF-7). The work itself lives in ./refresh/run-refresh.ts, which
// does not import the app's db client and can be driven by scripts and benchmarks too. The
// refresh speaks SQL only, so its own transaction is a raw one (lib/services/sql-tx.ts).
export async function refreshProductionOrder(input: RefreshInput, actor: Actor | null, tx?: SqlTx, db: Db = appDb): Promise<RefreshResult> {
  if (tx) return refreshProductionOrderInTx(tx, input, actor);
  // A serialization failure (master data changed while the refresh read it) rolled everything
  // back: run it again.
  return withRetry(() => sqlTransaction(db, (t) => refreshProductionOrderInTx(t, input, actor), { timeout: 60_000 }));
}
