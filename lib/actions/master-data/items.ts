"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { createItem } from "@/lib/services/master-data/items/create-item";
import { deleteItem } from "@/lib/services/master-data/items/delete-item";
import { updateItem } from "@/lib/services/master-data/items/update-item";
import { createItemSchema, deleteItemSchema, updateItemSchema } from "@/lib/validation/master-data/items";

const LIST = "/items";
const card = (no: string) => `${LIST}/${encodeURIComponent(no)}`;

export async function createItemAction(_prev: unknown, input: unknown) {
  const result = await runAction("masterData.write", createItemSchema, input, (data, user) => createItem(data, user));
  if (result.ok) revalidatePath(LIST);
  return result;
}

export async function updateItemAction(_prev: unknown, input: unknown) {
  const result = await runAction("masterData.write", updateItemSchema, input, (data, user) => updateItem(data, user));
  if (result.ok) {
    revalidatePath(LIST);
    revalidatePath(card(result.data.no));
  }
  return result;
}

export async function deleteItemAction(_prev: unknown, input: unknown) {
  const result = await runAction("masterData.write", deleteItemSchema, input, (data, user) => deleteItem(data, user));
  if (result.ok) revalidatePath(LIST);
  return result;
}
