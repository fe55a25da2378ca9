import { deleteOrder, getOrder, patchOrder } from "@/lib/api/operations/production-orders";

export const GET = getOrder.handle;
export const PATCH = patchOrder.handle;
export const DELETE = deleteOrder.handle;
