"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { createShopCalendar } from "@/lib/services/master-data/shop-calendars/create-shop-calendar";
import { deleteShopCalendar } from "@/lib/services/master-data/shop-calendars/delete-shop-calendar";
import { updateShopCalendar } from "@/lib/services/master-data/shop-calendars/update-shop-calendar";
import { createShopCalendarSchema, deleteShopCalendarSchema, updateShopCalendarSchema } from "@/lib/validation/master-data/shop-calendars";

const LIST = "/shop-calendars";

export async function createShopCalendarAction(_prev: unknown, input: unknown) {
  const result = await runAction("masterData.write", createShopCalendarSchema, input, (data, user) => createShopCalendar(data, user));
  if (result.ok) revalidatePath(LIST);
  return result;
}

export async function updateShopCalendarAction(_prev: unknown, input: unknown) {
  const result = await runAction("masterData.write", updateShopCalendarSchema, input, (data, user) => updateShopCalendar(data, user));
  // Work and machine center cards show the calendar too.
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export async function deleteShopCalendarAction(_prev: unknown, input: unknown) {
  const result = await runAction("masterData.write", deleteShopCalendarSchema, input, (data, user) => deleteShopCalendar(data, user));
  if (result.ok) revalidatePath(LIST);
  return result;
}
