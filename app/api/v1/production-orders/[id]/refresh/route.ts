import { refreshOrder } from "@/lib/api/operations/production-orders";

export const POST = refreshOrder.handle;
