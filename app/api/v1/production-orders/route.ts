import { createOrder, listOrders } from "@/lib/api/operations/production-orders";

export const GET = listOrders.handle;
export const POST = createOrder.handle;
