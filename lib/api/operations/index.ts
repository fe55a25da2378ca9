import "server-only";
import type { Operation } from "@/lib/api/operation";
import { productionOrderOperations } from "@/lib/api/operations/production-orders";

/** Every operation of /api/v1, in the order the reference lists them. */
export const apiOperations: readonly Operation[] = [...productionOrderOperations];
