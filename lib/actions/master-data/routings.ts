"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { changeRoutingStatus } from "@/lib/services/master-data/routings/change-routing-status";
import { copyRouting } from "@/lib/services/master-data/routings/copy-routing";
import { deleteRouting } from "@/lib/services/master-data/routings/delete-routing";
import { createRouting, saveRoutingVersion, updateRouting } from "@/lib/services/master-data/routings/save-routing";
import {
  changeRoutingStatusSchema,
  copyRoutingSchema,
  createRoutingSchema,
  deleteRoutingSchema,
  saveRoutingVersionSchema,
  updateRoutingSchema,
} from "@/lib/validation/master-data/routing";

const LIST = "/routings";
const card = (no: string) => `${LIST}/${encodeURIComponent(no)}`;

function revalidate(no: string) {
  revalidatePath(LIST);
  revalidatePath(card(no), "layout");
}

export async function createRoutingAction(_prev: unknown, input: unknown) {
  const result = await runAction("masterData.write", createRoutingSchema, input, (data, user) => createRouting(data, user));
  if (result.ok) revalidate(result.data.no);
  return result;
}

export async function updateRoutingAction(_prev: unknown, input: unknown) {
  const result = await runAction("masterData.write", updateRoutingSchema, input, (data, user) => updateRouting(data, user));
  if (result.ok) revalidate(result.data.no);
  return result;
}

export async function saveRoutingVersionAction(_prev: unknown, input: unknown) {
  const result = await runAction("masterData.write", saveRoutingVersionSchema, input, (data, user) => saveRoutingVersion(data, user));
  if (result.ok) revalidate(result.data.no);
  return result;
}

export async function changeRoutingStatusAction(_prev: unknown, input: unknown) {
  const result = await runAction("masterData.write", changeRoutingStatusSchema, input, (data, user) => changeRoutingStatus(data, user));
  if (result.ok) revalidate(result.data.no);
  return result;
}

export async function deleteRoutingAction(_prev: unknown, input: unknown) {
  const result = await runAction("masterData.write", deleteRoutingSchema, input, (data, user) => deleteRouting(data, user));
  if (result.ok) revalidate(result.data.no);
  return result;
}

export async function copyRoutingAction(_prev: unknown, input: unknown) {
  const result = await runAction("masterData.write", copyRoutingSchema, input, (data, user) => copyRouting(data, user));
  if (result.ok) revalidate(result.data.no);
  return result;
}
