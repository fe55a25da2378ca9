"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { runAction } from "@/lib/actions/run-action";
import { addComponent } from "@/lib/services/production-orders/edit/add-component";
import { addRoutingLine } from "@/lib/services/production-orders/edit/add-routing-line";
import { changeComponent } from "@/lib/services/production-orders/edit/change-component";
import { changeOrderLine } from "@/lib/services/production-orders/edit/change-order-line";
import { changeRoutingLine } from "@/lib/services/production-orders/edit/change-routing-line";
import { deleteComponent } from "@/lib/services/production-orders/edit/delete-component";
import { deleteRoutingLine } from "@/lib/services/production-orders/edit/delete-routing-line";
import { previewRoutingLineChange } from "@/lib/services/production-orders/edit/preview-routing-line-change";
import {
  addComponentSchema,
  addRoutingLineSchema,
  changeComponentSchema,
  changeOrderLineSchema,
  changeRoutingLineSchema,
  deleteComponentSchema,
  deleteRoutingLineSchema,
  moveOperationSchema,
} from "@/lib/validation/order-edit";

// The card's Lines, Components and Routing subpages (issue 23 item 1). Thin adapters: each one
// checks the session and the role (runAction), parses, calls its one service, revalidates.

async function done<R extends { ok: boolean }>(result: R): Promise<R> {
  if (result.ok) revalidatePath("/production-orders", "layout");
  return result;
}

export async function changeOrderLineAction(_prev: unknown, input: unknown) {
  return done(await runAction("orders.edit", changeOrderLineSchema, input, (data, user) => changeOrderLine(db, data, user)));
}

export async function changeComponentAction(_prev: unknown, input: unknown) {
  return done(await runAction("orders.edit", changeComponentSchema, input, (data, user) => changeComponent(db, data, user)));
}

export async function addComponentAction(_prev: unknown, input: unknown) {
  return done(await runAction("orders.edit", addComponentSchema, input, (data, user) => addComponent(db, data, user)));
}

export async function deleteComponentAction(_prev: unknown, input: unknown) {
  return done(await runAction("orders.edit", deleteComponentSchema, input, (data, user) => deleteComponent(db, data, user)));
}

export async function changeRoutingLineAction(_prev: unknown, input: unknown) {
  return done(await runAction("orders.edit", changeRoutingLineSchema, input, (data, user) => changeRoutingLine(db, data, user)));
}

export async function addRoutingLineAction(_prev: unknown, input: unknown) {
  return done(await runAction("orders.edit", addRoutingLineSchema, input, (data, user) => addRoutingLine(db, data, user)));
}

export async function deleteRoutingLineAction(_prev: unknown, input: unknown) {
  return done(await runAction("orders.edit", deleteRoutingLineSchema, input, (data, user) => deleteRoutingLine(db, data, user)));
}

/** The timeline's drag, before saving: the order as the save would leave it (rolled back). Supervisors only. */
export async function previewMoveOperationAction(_prev: unknown, input: unknown) {
  return runAction("orders.reschedule", moveOperationSchema, input, (data, user) => previewRoutingLineChange(db, data, user));
}

/** The timeline's drag saved: a routing-line change with a new Starting Date-Time (same service, same audit). */
export async function moveOperationAction(_prev: unknown, input: unknown) {
  return done(await runAction("orders.reschedule", moveOperationSchema, input, (data, user) => changeRoutingLine(db, data, user)));
}
