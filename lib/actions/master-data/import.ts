"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { currentLocale } from "@/lib/i18n/localize-errors";
import { importCsv } from "@/lib/services/master-data/csv/import-csv";
import { importCsvSchema, type ImportKind } from "@/lib/validation/master-data/csv-import";

const LISTS: Record<ImportKind, string> = {
  items: "/items",
  itemUnitsOfMeasure: "/items",
  itemVariants: "/items",
  stockkeepingUnits: "/items",
  inventory: "/items",
  productionBoms: "/production-boms",
  bomLines: "/production-boms",
  routings: "/routings",
  routingLines: "/routings",
};

/** CSV import (admin): the result lists every row error; nothing is written when there is one. */
export async function importCsvAction(_prev: unknown, input: unknown) {
  // The user's language decides the file's delimiter and decimal separator (Dutch: ";" and ","),
  // and the language of the row errors (importCsv speaks it).
  const locale = await currentLocale();
  const result = await runAction("masterData.write", importCsvSchema, input, (data, user) => importCsv(data, user, locale));
  if (result.ok && result.data.written > 0) revalidatePath(LISTS[result.data.kind], "layout");
  return result;
}
