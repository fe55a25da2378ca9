import { changeOrderStatus } from "@/lib/api/operations/production-orders";

export const POST = changeOrderStatus.handle;
