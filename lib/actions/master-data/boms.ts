"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { changeBomStatus } from "@/lib/services/master-data/boms/change-bom-status";
import { copyProductionBom } from "@/lib/services/master-data/boms/copy-bom";
import { deleteProductionBom } from "@/lib/services/master-data/boms/delete-bom";
import { createProductionBom, updateProductionBom } from "@/lib/services/master-data/boms/save-bom";
import { saveBomVersion } from "@/lib/services/master-data/boms/save-bom-version";
import {
  changeBomStatusSchema,
  copyBomSchema,
  createBomSchema,
  deleteBomSchema,
  saveBomVersionSchema,
  updateBomSchema,
} from "@/lib/validation/master-data/bom";

const LIST = "/production-boms";
const card = (no: string) => `${LIST}/${encodeURIComponent(no)}`;

function revalidate(no: string) {
  revalidatePath(LIST);
  revalidatePath(card(no), "layout");
}

export async function createProductionBomAction(_prev: unknown, input: unknown) {
  const result = await runAction("masterData.write", createBomSchema, input, (data, user) => createProductionBom(data, user));
  if (result.ok) revalidate(result.data.no);
  return result;
}

export async function updateProductionBomAction(_prev: unknown, input: unknown) {
  const result = await runAction("masterData.write", updateBomSchema, input, (data, user) => updateProductionBom(data, user));
  if (result.ok) revalidate(result.data.no);
  return result;
}

export async function saveBomVersionAction(_prev: unknown, input: unknown) {
  const result = await runAction("masterData.write", saveBomVersionSchema, input, (data, user) => saveBomVersion(data, user));
  if (result.ok) revalidate(result.data.no);
  return result;
}

export async function changeBomStatusAction(_prev: unknown, input: unknown) {
  const result = await runAction("masterData.write", changeBomStatusSchema, input, (data, user) => changeBomStatus(data, user));
  if (result.ok) revalidate(result.data.no);
  return result;
}

export async function deleteProductionBomAction(_prev: unknown, input: unknown) {
  const result = await runAction("masterData.write", deleteBomSchema, input, (data, user) => deleteProductionBom(data, user));
  if (result.ok) revalidate(result.data.no);
  return result;
}

export async function copyProductionBomAction(_prev: unknown, input: unknown) {
  const result = await runAction("masterData.write", copyBomSchema, input, (data, user) => copyProductionBom(data, user));
  if (result.ok) revalidate(result.data.no);
  return result;
}
