"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { importCsv } from "@/lib/services/master-data/csv/import-csv";
import { importCsvSchema } from "@/lib/validation/master-data/csv-import";

const LISTS = { items: "/items", bomLines: "/production-boms", routingLines: "/routings" } as const;

/** CSV import (admin): the result lists every row error; nothing is written when there is one. */
export async function importCsvAction(_prev: unknown, input: unknown) {
  const result = await runAction("masterData.write", importCsvSchema, input, (data, user) => importCsv(data, user));
  if (result.ok && result.data.written > 0) revalidatePath(LISTS[result.data.kind], "layout");
  return result;
}
