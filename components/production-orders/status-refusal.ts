import type { ActionResult } from "@/lib/actions/run-action";

// Where the Change Status dialog shows a refusal: exactly once. A refusal about the chosen status
// stands beside New Status; any other (Production Blocked is about an item, ST-2; ST-4's
// question is about the lines) in the dialog's alert.
export type RefusalPlace = { underNewStatus: string[] | undefined; inAlert: boolean };

export function placeRefusal(result: ActionResult<unknown> | null, askConfirm: boolean): RefusalPlace {
  if (!result || result.ok) return { underNewStatus: undefined, inAlert: false };
  const underNewStatus = askConfirm ? undefined : result.fieldErrors.newStatus;
  return { underNewStatus, inAlert: !underNewStatus };
}
