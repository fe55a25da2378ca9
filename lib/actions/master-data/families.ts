"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { createFamily } from "@/lib/services/master-data/families/create-family";
import { deleteFamily } from "@/lib/services/master-data/families/delete-family";
import { updateFamily } from "@/lib/services/master-data/families/update-family";
import { createFamilySchema, deleteFamilySchema, updateFamilySchema } from "@/lib/validation/master-data/families";

const LIST = "/families";

export async function createFamilyAction(_prev: unknown, input: unknown) {
  const result = await runAction("masterData.write", createFamilySchema, input, (data, user) => createFamily(data, user));
  if (result.ok) revalidatePath(LIST);
  return result;
}

export async function updateFamilyAction(_prev: unknown, input: unknown) {
  const result = await runAction("masterData.write", updateFamilySchema, input, (data, user) => updateFamily(data, user));
  if (result.ok) {
    revalidatePath(LIST);
    revalidatePath(`${LIST}/${encodeURIComponent(result.data.no)}`);
  }
  return result;
}

export async function deleteFamilyAction(_prev: unknown, input: unknown) {
  const result = await runAction("masterData.write", deleteFamilySchema, input, (data, user) => deleteFamily(data, user));
  if (result.ok) revalidatePath(LIST);
  return result;
}
