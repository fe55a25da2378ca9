import "server-only";
import type { Operation } from "@/lib/api/operation";
import { masterDataOperations } from "@/lib/api/operations/master-data";
import { planningOperations } from "@/lib/api/operations/planning";
import { productionOrderOperations } from "@/lib/api/operations/production-orders";

/** Every operation of /api/v1, in the order the reference lists them. */
export const apiOperations: readonly Operation[] = [...productionOrderOperations, ...masterDataOperations, ...planningOperations];

/** The operation serving `method` `path` (a document path such as /items/{key}). */
export function operationFor(method: string, path: string): Operation {
  const op = apiOperations.find((o) => o.method === method && o.path === path);
  if (!op) throw new Error(`No API operation ${method} ${path}`);
  return op;
}
