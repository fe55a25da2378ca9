"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { createMachineCenter } from "@/lib/services/master-data/machine-centers/create-machine-center";
import { deleteMachineCenter } from "@/lib/services/master-data/machine-centers/delete-machine-center";
import { updateMachineCenter } from "@/lib/services/master-data/machine-centers/update-machine-center";
import {
  createMachineCenterSchema,
  deleteMachineCenterSchema,
  updateMachineCenterSchema,
} from "@/lib/validation/master-data/machine-centers";

const LIST = "/machine-centers";

export async function createMachineCenterAction(_prev: unknown, input: unknown) {
  const result = await runAction("masterData.write", createMachineCenterSchema, input, (data, user) => createMachineCenter(data, user));
  if (result.ok) revalidatePath(LIST);
  return result;
}

export async function updateMachineCenterAction(_prev: unknown, input: unknown) {
  const result = await runAction("masterData.write", updateMachineCenterSchema, input, (data, user) => updateMachineCenter(data, user));
  if (result.ok) {
    revalidatePath(LIST);
    revalidatePath(`${LIST}/${encodeURIComponent(result.data.no)}`);
  }
  return result;
}

export async function deleteMachineCenterAction(_prev: unknown, input: unknown) {
  const result = await runAction("masterData.write", deleteMachineCenterSchema, input, (data, user) => deleteMachineCenter(data, user));
  if (result.ok) revalidatePath(LIST);
  return result;
}
