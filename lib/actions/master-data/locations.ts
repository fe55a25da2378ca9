"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { createLocation } from "@/lib/services/master-data/locations/create-location";
import { deleteLocation } from "@/lib/services/master-data/locations/delete-location";
import { updateLocation } from "@/lib/services/master-data/locations/update-location";
import { createLocationSchema, deleteLocationSchema, updateLocationSchema } from "@/lib/validation/master-data/locations";

const LIST = "/locations";

export async function createLocationAction(_prev: unknown, input: unknown) {
  const result = await runAction("masterData.write", createLocationSchema, input, (data, user) => createLocation(data, user));
  if (result.ok) revalidatePath(LIST);
  return result;
}

export async function updateLocationAction(_prev: unknown, input: unknown) {
  const result = await runAction("masterData.write", updateLocationSchema, input, (data, user) => updateLocation(data, user));
  if (result.ok) {
    revalidatePath(LIST);
    revalidatePath(`${LIST}/${encodeURIComponent(result.data.code)}`);
  }
  return result;
}

export async function deleteLocationAction(_prev: unknown, input: unknown) {
  const result = await runAction("masterData.write", deleteLocationSchema, input, (data, user) => deleteLocation(data, user));
  if (result.ok) revalidatePath(LIST);
  return result;
}
