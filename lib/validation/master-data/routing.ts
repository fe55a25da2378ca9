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
import { issueOf, msg, zodMessage } from "@/lib/i18n/domain-message";

// The routing editor: header, version and operation lines. Times are minutes (Run Time per
// unit). Operation No. must be unique within the routing or version.

const routingLineRow = (locale: NumberLocale) =>
  z.object({
    operationNo: codeField("partOperationNo", 10),
    type: z.enum(["WORK_CENTER", "MACHINE_CENTER"], zodMessage("routingLineTypeInvalid")).default("WORK_CENTER"),
    no: codeField("partNo", 20),
    description: textField("partDescription", 100),
    setupTime: decimalField(locale, "partSetupTime"),
    runTime: decimalField(locale, "partRunTime"),
    waitTime: decimalField(locale, "partWaitTime"),
    moveTime: decimalField(locale, "partMoveTime"),
    routingLinkCode: textField("partRoutingLinkCode", 10).transform((s) => s.toUpperCase()),
    sendAheadQuantity: decimalField(locale, "partSendAheadQuantity"),
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
      ctx.addIssue({ code: "custom", path: [`lines.${i}.operationNo`], ...issueOf(msg("operationNoTwice", { no: l.operationNo })) });
    }
    seen.add(l.operationNo);
  });
  return lines;
}

const routingNo = codeField("partNo", 20);
const header = { no: routingNo, description: textField("partDescription", 100), lines: z.unknown() };

export const createRoutingSchema = localizedSchema((locale) =>
  z.strictObject(header).transform((v, ctx) => ({ ...v, lines: parseOperations(locale, v.lines, ctx) })),
);
export type CreateRoutingInput = z.infer<typeof createRoutingSchema>;

export const updateRoutingSchema = localizedSchema((locale) =>
  z.strictObject({ ...header, version: versionField }).transform((v, ctx) => ({ ...v, lines: parseOperations(locale, v.lines, ctx) })),
);
export type UpdateRoutingInput = z.infer<typeof updateRoutingSchema>;

export const saveRoutingVersionSchema = localizedSchema((locale) =>
  z
    .strictObject({
      routingNo,
      versionCode: codeField("partVersionCode", 20),
      description: textField("partDescription", 100),
      startingDate: dateField("partStartingDate"),
      lines: z.unknown().optional(),
      version: versionField.optional(),
    })
    .transform((v, ctx) => ({ ...v, lines: parseOperations(locale, v.lines, ctx) })),
);
export type SaveRoutingVersionInput = z.infer<typeof saveRoutingVersionSchema>;

export const changeRoutingStatusSchema = z.strictObject({
  no: routingNo,
  versionCode: optionalCode("partVersionCode", 20),
  status: z.enum(BOM_STATUS_VALUES, zodMessage("bomStatusInvalid")),
  version: versionField,
});
export type ChangeRoutingStatusInput = z.infer<typeof changeRoutingStatusSchema>;

export const deleteRoutingSchema = z.strictObject({
  no: routingNo,
  versionCode: optionalCode("partVersionCode", 20),
  version: versionField,
});
export type DeleteRoutingInput = z.infer<typeof deleteRoutingSchema>;

/** Copy Routing / Copy Version (BC's "Routing Line-Copy Lines"): as copyBomSchema, for operations. */
export const copyRoutingSchema = z.strictObject({
  no: routingNo,
  versionCode: optionalCode("partVersionCode", 20),
  fromNo: codeField("partRoutingNo", 20),
  fromVersionCode: optionalCode("partVersionCode", 20),
  version: versionField,
});
export type CopyRoutingInput = z.infer<typeof copyRoutingSchema>;
