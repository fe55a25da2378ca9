"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { createSalesDocument } from "@/lib/services/master-data/sales-documents/create-sales-document";
import { deleteSalesDocument } from "@/lib/services/master-data/sales-documents/delete-sales-document";
import { updateSalesDocument } from "@/lib/services/master-data/sales-documents/update-sales-document";
import {
  createSalesDocumentSchema,
  deleteSalesDocumentSchema,
  updateSalesDocumentSchema,
} from "@/lib/validation/master-data/sales-documents";

const LIST = "/sales-orders";
const card = (type: string, no: string) => `${LIST}/${type.toLowerCase()}/${encodeURIComponent(no)}`;

export async function createSalesDocumentAction(_prev: unknown, input: unknown) {
  const result = await runAction("masterData.write", createSalesDocumentSchema, input, (data, user) => createSalesDocument(data, user));
  if (result.ok) revalidatePath(LIST);
  return result;
}

export async function updateSalesDocumentAction(_prev: unknown, input: unknown) {
  const result = await runAction("masterData.write", updateSalesDocumentSchema, input, (data, user) => updateSalesDocument(data, user));
  if (result.ok) {
    revalidatePath(LIST);
    revalidatePath(card(result.data.documentType, result.data.no));
  }
  return result;
}

export async function deleteSalesDocumentAction(_prev: unknown, input: unknown) {
  const result = await runAction("masterData.write", deleteSalesDocumentSchema, input, (data, user) => deleteSalesDocument(data, user));
  if (result.ok) revalidatePath(LIST);
  return result;
}
