"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { createNoSeries } from "@/lib/services/no-series/create-no-series";
import { deleteNoSeries } from "@/lib/services/no-series/delete-no-series";
import { updateNoSeries } from "@/lib/services/no-series/update-no-series";
import { createNoSeriesSchema, deleteNoSeriesSchema, updateNoSeriesSchema } from "@/lib/validation/no-series";

const LIST = "/admin/number-series";
const card = (code: string) => `${LIST}/${encodeURIComponent(code)}`;

export async function createNoSeriesAction(_prev: unknown, input: unknown) {
  const result = await runAction("noSeries.manage", createNoSeriesSchema, input, (data, user) => createNoSeries(data, user));
  if (result.ok) revalidatePath(LIST);
  return result;
}

export async function updateNoSeriesAction(_prev: unknown, input: unknown) {
  const result = await runAction("noSeries.manage", updateNoSeriesSchema, input, (data, user) => updateNoSeries(data, user));
  if (result.ok) {
    revalidatePath(LIST);
    revalidatePath(card(result.data.code));
  }
  return result;
}

export async function deleteNoSeriesAction(_prev: unknown, input: unknown) {
  const result = await runAction("noSeries.manage", deleteNoSeriesSchema, input, (data, user) => deleteNoSeries(data, user));
  if (result.ok) revalidatePath(LIST);
  return result;
}
