// PO-3, RF-5 (no routing) and RF-6: the day-level dates of an order and its lines. Lead times
// are whole days counted on the location's base calendar; a location without a calendar works
// every day, so the lead time is then plain calendar days.
import { MessageRangeError } from "@/lib/errors";
import { type IsoDate } from "@/lib/domain/calendar/iso-date";
import { addWorkingDays, ALWAYS_WORKING_CALENDAR, subtractWorkingDays, type BaseCalendar } from "@/lib/domain/calendar/working-days";
import { msg } from "@/lib/i18n/domain-message";

export type LeadTimeInput = {
  safetyLeadTimeDays: number;
  inboundHandlingDays: number;
  /** The location's base calendar; null = every day is a working day. */
  calendar: BaseCalendar | null;
};

function leadDays({ safetyLeadTimeDays, inboundHandlingDays }: LeadTimeInput): number {
  for (const [label, days] of [
    ["partSafetyLeadTime", safetyLeadTimeDays],
    ["partInboundWhseHandlingTime", inboundHandlingDays],
  ] as const) {
    if (!Number.isInteger(days) || days < 0) {
      throw new MessageRangeError(msg("wholeDaysGot", { field: msg(label), value: days }));
    }
  }
  return safetyLeadTimeDays + inboundHandlingDays;
}

/**
 * PO-3: Ending Date = Due Date − (Safety Lead Time + Inbound Whse. Handling Time) working days,
 * so the goods are produced, put away and buffered by the Due Date. Only for Item sources; the
 * caller uses the Due Date itself for the other source types.
 */
export function endingDateFromDueDate(input: LeadTimeInput & { dueDate: IsoDate }): IsoDate {
  return subtractWorkingDays(input.calendar ?? ALWAYS_WORKING_CALENDAR, input.dueDate, leadDays(input));
}

/** RF-6: Due Date of a line = Ending Date + the same lead times (the inverse of the above). */
export function lineDueDate(input: LeadTimeInput & { endingDate: IsoDate }): IsoDate {
  return addWorkingDays(input.calendar ?? ALWAYS_WORKING_CALENDAR, input.endingDate, leadDays(input));
}

/** RF-5 without a routing: Starting Date = Ending Date − Lead Time Calculation working days. */
export function startingDateWithoutRouting(input: { endingDate: IsoDate; leadTimeDays: number; calendar: BaseCalendar | null }): IsoDate {
  if (!Number.isInteger(input.leadTimeDays) || input.leadTimeDays < 0) {
    throw new MessageRangeError(msg("wholeDaysGot", { field: msg("partLeadTimeCalculation"), value: input.leadTimeDays }));
  }
  return subtractWorkingDays(input.calendar ?? ALWAYS_WORKING_CALENDAR, input.endingDate, input.leadTimeDays);
}

export type LineDates = { startingDateTime: Date | null; endingDateTime: Date | null; dueDate: IsoDate | null };

/**
 * RF-6/PO-9: the header spans its lines: earliest start, latest end, latest due. Blank values
 * are skipped; a header without dated lines gets nulls and keeps its own dates.
 */
export function rollUpHeader(lines: readonly LineDates[]): LineDates {
  let startingDateTime: Date | null = null;
  let endingDateTime: Date | null = null;
  let dueDate: IsoDate | null = null;
  for (const line of lines) {
    if (line.startingDateTime && (!startingDateTime || line.startingDateTime < startingDateTime)) {
      startingDateTime = line.startingDateTime;
    }
    if (line.endingDateTime && (!endingDateTime || line.endingDateTime > endingDateTime)) {
      endingDateTime = line.endingDateTime;
    }
    if (line.dueDate && (!dueDate || line.dueDate > dueDate)) dueDate = line.dueDate;
  }
  return { startingDateTime, endingDateTime, dueDate };
}
