import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { msg, renderMessage } from "@/lib/i18n/domain-message";
import { changeProductionOrderStatus } from "@/lib/services/production-orders/change-status";
import { createProductionOrder } from "@/lib/services/production-orders/create-production-order";
import { deleteProductionOrder } from "@/lib/services/production-orders/delete-production-order";
import { refreshProductionOrder } from "@/lib/services/production-orders/refresh-production-order";
import { replanProductionOrder } from "@/lib/services/production-orders/replan";
import { patchedEdit, updateProductionOrder } from "@/lib/services/production-orders/update-production-order";
import { changeStatusSchema } from "@/lib/validation/change-status";
import { createProductionOrderSchema, orderRefSchema, updateProductionOrderSchema } from "@/lib/validation/production-order";
import { refreshOrderSchema } from "@/lib/validation/refresh";
import { replanSchema } from "@/lib/validation/replan";
import { etagOfBody, etagOfVersion } from "@/lib/api/etag";
import { defineOperation, type ApiReply } from "@/lib/api/operation";
import { ApiProblem } from "@/lib/api/problem";
import { currentVersionSql, listProductionOrders, readProductionOrder, readProductionOrderHeader } from "@/lib/api/read/production-orders";
import { idParams, pageOf } from "@/lib/api/schemas/common";
import {
  changedStatusSchema,
  changeStatusBody,
  createOrderBody,
  listOrdersQuery,
  patchOrderBody,
  productionOrderHeaderSchema,
  productionOrderSchema,
  refreshBody,
  refreshResultSchema,
  replanBody,
  replanResultSchema,
} from "@/lib/api/schemas/production-orders";

// Production orders over the API. Every write is the server action's own: the same service, the
// same schema (its rules and messages), the same permission; the API adds only If-Match
// (the version the service checks, X-2) and Idempotency-Key.

const TAG = "Production orders";
const location = (id: number) => `/api/v1/production-orders/${id}`;
const notFound = (id: number) =>
  new ApiProblem(404, "NOT_FOUND", msg("recordNotFound", { record: msg("partProductionOrder", { no: String(id) }) }));
const mutationErrors = {
  404: { description: "No such order." },
  412: { description: "If-Match is stale: nothing was written." },
  428: { description: "If-Match is missing." },
};

async function currentHeader(id: number, status: number, extra: Record<string, unknown> = {}): Promise<ApiReply> {
  const order = await readProductionOrderHeader(id);
  if (!order) throw notFound(id);
  const body = { ...(JSON.parse(order.json) as object), ...extra };
  return { status, body, headers: { etag: etagOfVersion(order.version), location: location(id) } };
}

export const listOrders = defineOperation(
  {
    method: "GET",
    path: "/production-orders",
    operationId: "listProductionOrders",
    summary: "List production orders",
    description: "Filters combine with AND; pages follow each other with `cursor` (ordered by id).",
    tag: TAG,
    permission: "orders.read",
    query: listOrdersQuery,
    responses: {
      200: { description: "A page of orders.", schema: pageOf(productionOrderHeaderSchema, "ProductionOrderPage"), headers: ["etag"] },
    },
  },
  async ({ query }) => {
    const json = await listProductionOrders(query);
    return { status: 200, json, headers: { etag: etagOfBody(json) } };
  },
);

export const getOrder = defineOperation(
  {
    method: "GET",
    path: "/production-orders/{id}",
    operationId: "getProductionOrder",
    summary: "Get a production order with its lines, components and routing lines",
    tag: TAG,
    permission: "orders.read",
    params: idParams,
    // The order's version, read by the key's statement: an order whose document this server
    // holds (read/order-document-cache.ts) is then answered without another statement.
    along: (raw) => {
      const id = idParams.safeParse(raw);
      return id.success ? currentVersionSql(id.data.id) : null;
    },
    responses: {
      200: { description: "The order.", schema: productionOrderSchema, headers: ["etag"] },
      404: { description: "No such order." },
    },
  },
  async ({ params, along }) => {
    const order = await readProductionOrder(params.id, { current: along as number | null });
    if (!order) throw notFound(params.id);
    return { status: 200, json: order.json, headers: { etag: etagOfVersion(order.version) } };
  },
);

export const createOrder = defineOperation(
  {
    method: "POST",
    path: "/production-orders",
    operationId: "createProductionOrder",
    summary: "Create a production order (optionally refreshed at once)",
    tag: TAG,
    permission: "orders.create",
    body: createOrderBody,
    idempotent: true,
    responses: {
      201: {
        description: "Created; Location names it.",
        schema: productionOrderHeaderSchema.extend({ warning: z.string().nullable() }).meta({ id: "CreatedProductionOrder" }),
        headers: ["etag", "location"],
      },
      422: { description: "A rule refused it (the field and the rule's message)." },
    },
  },
  async (ctx) => {
    const created = await ctx.call("orders.create", createProductionOrderSchema, ctx.body, (data, user) =>
      createProductionOrder(db, data, user),
    );
    return currentHeader(created.id, 201, { warning: created.warning });
  },
);

export const patchOrder = defineOperation(
  {
    method: "PATCH",
    path: "/production-orders/{id}",
    operationId: "updateProductionOrder",
    summary: "Change a production order's header",
    tag: TAG,
    permission: "orders.edit",
    params: idParams,
    body: patchOrderBody,
    ifMatch: true,
    responses: {
      200: {
        description: "Changed.",
        schema: productionOrderHeaderSchema.extend({ notices: z.array(z.string()) }).meta({ id: "UpdatedProductionOrder" }),
        headers: ["etag"],
      },
      ...mutationErrors,
    },
  },
  async (ctx) => {
    const order = await db.productionOrder.findUnique({ where: { id: ctx.params.id } });
    if (!order) throw notFound(ctx.params.id);
    // Merge patch: what the body leaves out keeps the value the client's version had.
    const input = patchedEdit(order, ctx.ifMatch, ctx.body);
    const updated = await ctx.call("orders.edit", updateProductionOrderSchema, input, (data, user) =>
      updateProductionOrder(db, data, user),
    );
    return currentHeader(order.id, 200, { notices: updated.notices.map((n) => renderMessage(n, ctx.locale)) });
  },
);

export const deleteOrder = defineOperation(
  {
    method: "DELETE",
    path: "/production-orders/{id}",
    operationId: "deleteProductionOrder",
    summary: "Delete a production order",
    tag: TAG,
    permission: "orders.delete",
    params: idParams,
    ifMatch: true,
    responses: { 204: { description: "Deleted." }, ...mutationErrors },
  },
  async (ctx) => {
    await ctx.call("orders.delete", orderRefSchema, { id: ctx.params.id, version: ctx.ifMatch }, (data, user) =>
      deleteProductionOrder(db, data, user),
    );
    return { status: 204 };
  },
);

export const refreshOrder = defineOperation(
  {
    method: "POST",
    path: "/production-orders/{id}/refresh",
    operationId: "refreshProductionOrder",
    summary: "Refresh Production Order (RF-1 … RF-7)",
    tag: TAG,
    permission: "orders.refresh",
    params: idParams,
    body: refreshBody,
    ifMatch: true,
    idempotent: true,
    responses: { 200: { description: "Refreshed.", schema: refreshResultSchema, headers: ["etag"] }, ...mutationErrors },
  },
  async (ctx) => {
    const result = await ctx.call(
      "orders.refresh",
      refreshOrderSchema,
      { ...ctx.body, id: ctx.params.id, version: ctx.ifMatch },
      ({ id, version, ...options }, user) => refreshProductionOrder({ orderId: id, expectedVersion: version, ...options }, user),
    );
    const version = result.skipped ? ctx.ifMatch : result.version;
    const body = result.skipped
      ? { skipped: true, version }
      : { skipped: false, version, lines: result.lines, components: result.components, routingLines: result.routingLines };
    return { status: 200, body, headers: { etag: etagOfVersion(version) } };
  },
);

export const replanOrder = defineOperation(
  {
    method: "POST",
    path: "/production-orders/{id}/replan",
    operationId: "replanProductionOrder",
    summary: "Replan (RP-1 … RP-3)",
    tag: TAG,
    permission: "orders.replan",
    params: idParams,
    body: replanBody,
    ifMatch: true,
    idempotent: true,
    responses: { 200: { description: "Replanned.", schema: replanResultSchema, headers: ["etag"] }, ...mutationErrors },
  },
  async (ctx) => {
    const r = await ctx.call("orders.replan", replanSchema, { ...ctx.body, id: ctx.params.id, version: ctx.ifMatch }, (data, user) =>
      replanProductionOrder(db, data, user),
    );
    const body = {
      version: r.version,
      created: r.created.map((c) => ({ id: c.id, no: c.no, itemNo: c.itemNo, quantity: c.quantity, dueDate: c.dueDate })),
      deleted: r.deleted.map((d) => ({ id: d.id, status: d.status, no: d.no })),
    };
    return { status: 200, body, headers: { etag: etagOfVersion(r.version) } };
  },
);

export const changeOrderStatus = defineOperation(
  {
    method: "POST",
    path: "/production-orders/{id}/change-status",
    operationId: "changeProductionOrderStatus",
    summary: "Change Status (ST-1 … ST-4): the order's new status and No.",
    tag: TAG,
    permission: "orders.changeStatus",
    params: idParams,
    body: changeStatusBody,
    ifMatch: true,
    idempotent: true,
    responses: {
      200: { description: "Changed; Location names the order.", schema: changedStatusSchema, headers: ["etag", "location"] },
      ...mutationErrors,
    },
  },
  async (ctx) => {
    const r = await ctx.call(
      "orders.changeStatus",
      changeStatusSchema,
      { ...ctx.body, id: ctx.params.id, version: ctx.ifMatch },
      (data, user) => changeProductionOrderStatus(db, data, user),
    );
    return { status: 200, body: r, headers: { etag: etagOfVersion(r.version), location: location(r.id) } };
  },
);

export const productionOrderOperations = [
  listOrders,
  getOrder,
  createOrder,
  patchOrder,
  deleteOrder,
  refreshOrder,
  replanOrder,
  changeOrderStatus,
];
