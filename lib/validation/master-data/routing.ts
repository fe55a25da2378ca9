import { z } from "zod";
import { localizedSchema, type NumberLocale } from "@/lib/validation/decimal-text";
import { BOM_STATUS_VALUES } from "@/lib/validation/master-data/bom";
import {
  codeField,
  dateField,
  decimalField,
  optionalCode,
  parseLinesField,
  textField,
  versionField,
} from "@/lib/validation/master-data/fields";

// The routing editor: header, version and operation lines. Times are minutes (Run Time per
// unit). Operation No. must be unique within the routing or version.

const routingLineRow = (locale: NumberLocale) => z.object({
  operationNo: codeField("Operation No.", 10),
  type: z.enum(["WORK_CENTER", "MACHINE_CENTER"], "Type must be Work Center or Machine Center.").default("WORK_CENTER"),
  no: codeField("No.", 20),
  description: textField("Description", 100),
  setupTime: decimalField(locale, "Setup Time"),
  runTime: decimalField(locale, "Run Time"),
  waitTime: decimalField(locale, "Wait Time"),
  moveTime: decimalField(locale, "Move Time"),
  routingLinkCode: textField("Routing Link Code", 10).transform((s) => s.toUpperCase()),
  sendAheadQuantity: decimalField(locale, "Send-Ahead Quantity"),
});
export type RoutingLineInput = z.infer<ReturnType<typeof routingLineRow>>;
/** The operations, read in `locale`'s notation: one row schema per locale. */
const routingLines = { en: routingLineRow("en"), nl: routingLineRow("nl") };

function parseOperations(locale: NumberLocale, raw: unknown, ctx: z.RefinementCtx): RoutingLineInput[] {
  const lines = parseLinesField(routingLines[locale], raw, ctx);
  const seen = new Set<string>();
  lines.forEach((l, i) => {
    if (!l) return;
    if (seen.has(l.operationNo)) {
      ctx.addIssue({ code: "custom", path: [`lines.${i}.operationNo`], message: `Operation No. ${l.operationNo} is used twice.` });
    }
    seen.add(l.operationNo);
  });
  return lines;
}

const routingNo = codeField("No.", 20);
const header = { no: routingNo, description: textField("Description", 100), lines: z.unknown() };

export const createRoutingSchema = localizedSchema((locale) => z
  .strictObject(header)
  .transform((v, ctx) => ({ ...v, lines: parseOperations(locale, v.lines, ctx) })));
export type CreateRoutingInput = z.infer<typeof createRoutingSchema>;

export const updateRoutingSchema = localizedSchema((locale) => z
  .strictObject({ ...header, version: versionField })
  .transform((v, ctx) => ({ ...v, lines: parseOperations(locale, v.lines, ctx) })));
export type UpdateRoutingInput = z.infer<typeof updateRoutingSchema>;

export const saveRoutingVersionSchema = localizedSchema((locale) => z
  .strictObject({
    routingNo,
    versionCode: codeField("Version Code", 20),
    description: textField("Description", 100),
    startingDate: dateField("Starting Date"),
    lines: z.unknown().optional(),
    version: versionField.optional(),
  })
  .transform((v, ctx) => ({ ...v, lines: parseOperations(locale, v.lines, ctx) })));
export type SaveRoutingVersionInput = z.infer<typeof saveRoutingVersionSchema>;

export const changeRoutingStatusSchema = z.strictObject({
  no: routingNo,
  versionCode: optionalCode("Version Code", 20),
  status: z.enum(BOM_STATUS_VALUES, "Status must be New, Certified, Under Development or Closed."),
  version: versionField,
});
export type ChangeRoutingStatusInput = z.infer<typeof changeRoutingStatusSchema>;

export const deleteRoutingSchema = z.strictObject({ no: routingNo, versionCode: optionalCode("Version Code", 20), version: versionField });
export type DeleteRoutingInput = z.infer<typeof deleteRoutingSchema>;

/** Copy Routing / Copy Version (BC's "Routing Line-Copy Lines"): as copyBomSchema, for operations. */
export const copyRoutingSchema = z.strictObject({
  no: routingNo,
  versionCode: optionalCode("Version Code", 20),
  fromNo: codeField("Routing No.", 20),
  fromVersionCode: optionalCode("Version Code", 20),
  version: versionField,
});
export type CopyRoutingInput = z.infer<typeof copyRoutingSchema>;
