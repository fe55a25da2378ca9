import { msg, type Message } from "@/lib/i18n/domain-message";
// NS-1: a series must be usable either automatically (Default Nos.) or by typing numbers in
// (Manual Nos.). Like BC's No. Series table triggers, clearing one of the two sets the other,
// so the admin form can never reach the forbidden state; the service refuses it anyway.

export type SeriesFlags = { defaultNos: boolean; manualNos: boolean };
export type SeriesFlag = keyof SeriesFlags;

/** The flags after the user sets `flag` to `value`: clearing one turns the other on. */
export function setSeriesFlag(flags: SeriesFlags, flag: SeriesFlag, value: boolean): SeriesFlags {
  const next = { ...flags, [flag]: value };
  if (!value) {
    const other: SeriesFlag = flag === "defaultNos" ? "manualNos" : "defaultNos";
    next[other] = true;
  }
  return next;
}

/** The rule as a check for input that did not come through the form (null = fine). */
export function checkSeriesFlags(flags: SeriesFlags): { field: SeriesFlag; message: Message } | null {
  if (flags.defaultNos || flags.manualNos) return null;
  return {
    field: "manualNos",
    message: msg("seriesFlagsOff"),
  };
}
