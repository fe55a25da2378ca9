"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { createWorkCenter } from "@/lib/services/master-data/work-centers/create-work-center";
import { deleteWorkCenter } from "@/lib/services/master-data/work-centers/delete-work-center";
import { updateWorkCenter } from "@/lib/services/master-data/work-centers/update-work-center";
import { createWorkCenterSchema, deleteWorkCenterSchema, updateWorkCenterSchema } from "@/lib/validation/master-data/work-centers";

const LIST = "/work-centers";

export async function createWorkCenterAction(_prev: unknown, input: unknown) {
  const result = await runAction("masterData.write", createWorkCenterSchema, input, (data, user) => createWorkCenter(data, user));
  if (result.ok) revalidatePath(LIST);
  return result;
}

export async function updateWorkCenterAction(_prev: unknown, input: unknown) {
  const result = await runAction("masterData.write", updateWorkCenterSchema, input, (data, user) => updateWorkCenter(data, user));
  if (result.ok) {
    revalidatePath(LIST);
    revalidatePath(`${LIST}/${encodeURIComponent(result.data.no)}`);
  }
  return result;
}

export async function deleteWorkCenterAction(_prev: unknown, input: unknown) {
  const result = await runAction("masterData.write", deleteWorkCenterSchema, input, (data, user) => deleteWorkCenter(data, user));
  if (result.ok) revalidatePath(LIST);
  return result;
}
