import { replanOrder } from "@/lib/api/operations/production-orders";

export const POST = replanOrder.handle;
