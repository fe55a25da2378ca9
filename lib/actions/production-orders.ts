"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { orderPath } from "@/lib/domain/production-order/slugs";
import { runAction, type ActionResult } from "@/lib/actions/run-action";
import { createProductionOrder } from "@/lib/services/production-orders/create-production-order";
import { deleteProductionOrder } from "@/lib/services/production-orders/delete-production-order";
import { updateProductionOrder } from "@/lib/services/production-orders/update-production-order";
import { listItemVariants, lookupSources, peekOrderNo } from "@/lib/services/production-orders/source-lookup";
import { previewProductionOrder } from "@/lib/services/production-orders/preview-production-order";
import {
  createProductionOrderSchema,
  orderRefSchema,
  sourceLookupSchema,
  previewProductionOrderSchema,
  updateProductionOrderSchema,
} from "@/lib/validation/production-order";
import { z } from "zod";
import { renderMessage } from "@/lib/i18n/domain-message";
import { currentLocale } from "@/lib/i18n/localize-errors";

// Thin adapters: parse → authorize → one service → revalidate. Every one of them is a public
// endpoint and checks the session and the role itself (runAction).

export async function createProductionOrderAction(_prev: unknown, input: unknown) {
  const result = await runAction("orders.create", createProductionOrderSchema, input, (data, user) =>
    createProductionOrder(db, data, user),
  );
  if (!result.ok) return result;
  // The form navigates to the new card itself: answering with the address (not a redirect) keeps
  // the card's render out of this response, which is what makes creating fast. For the same
  // reason no revalidatePath here: it would re-render the form's page into the response (half a
  // create's server time under load). Nothing is cached on the server, and the pages the
  // planner goes to next (the card, the lists) are dynamic, so they are rendered fresh anyway.
  const { status, no, warning } = result.data;
  return { ...result, data: { ...result.data, href: `${orderPath(status, no)}?created=1${warning ? "&warning=series" : ""}` } };
}

export async function updateProductionOrderAction(_prev: unknown, input: unknown) {
  const result = await runAction("orders.edit", updateProductionOrderSchema, input, (data, user) => updateProductionOrder(db, data, user));
  if (!result.ok) return result;
  revalidatePath("/production-orders", "layout");
  // Notices in the user's language, like errors.
  const locale = await currentLocale();
  return { ...result, data: { ...result.data, notices: result.data.notices.map((n) => renderMessage(n, locale)) } };
}

export async function deleteProductionOrderAction(_prev: unknown, input: unknown) {
  const result = await runAction("orders.delete", orderRefSchema, input, (data, user) => deleteProductionOrder(db, data, user));
  if (!result.ok) return result;
  revalidatePath("/production-orders", "layout");
  redirect(`${orderPath(result.data.status)}?deleted=${encodeURIComponent(result.data.no)}`);
}

export async function lookupSourcesAction(input: unknown) {
  return runAction("orders.read", sourceLookupSchema, input, (data) => lookupSources(db, data));
}

/** "What the order will get": the create's own code, rolled back (preview-production-order.ts). */
export async function previewProductionOrderAction(input: unknown) {
  return runAction("orders.create", previewProductionOrderSchema, input, (data, user) => previewProductionOrder(db, data, user));
}

const variantsSchema = z.object({ itemNo: z.string().trim().min(1).max(20) });
/** The Variant Code list of the card's General FastTab while its Source No. is changed. */
export async function itemVariantsAction(input: unknown) {
  return runAction("orders.edit", variantsSchema, input, (data) => listItemVariants(db, data.itemNo));
}

const peekSchema = z.object({ status: z.enum(["SIMULATED", "PLANNED", "FIRM_PLANNED"]) });
export async function peekOrderNoAction(input: unknown): Promise<ActionResult<{ no: string | null; manualNos: boolean }>> {
  return runAction("orders.create", peekSchema, input, (data) => peekOrderNo(db, data.status));
}
