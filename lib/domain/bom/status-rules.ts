// Status of a production BOM or routing (and of their versions), as in Business Central:
// New → Certified → Closed, and Certified ↔ Under Development. Only New and Under Development
// records may be changed; a Certified one is what refresh uses, so it must be set back to Under
// Development first. Pure: the UI asks which statuses to offer, the services ask again.
import type { BomStatus } from "@/lib/generated/prisma/enums";

export const STATUS_CAPTIONS: Record<BomStatus, string> = {
  NEW: "New",
  CERTIFIED: "Certified",
  UNDER_DEVELOPMENT: "Under Development",
  CLOSED: "Closed",
};

const NEXT: Record<BomStatus, readonly BomStatus[]> = {
  NEW: ["CERTIFIED", "UNDER_DEVELOPMENT"],
  CERTIFIED: ["UNDER_DEVELOPMENT", "CLOSED"],
  UNDER_DEVELOPMENT: ["CERTIFIED", "CLOSED"],
  // Reopening a closed record goes through Under Development, never straight to Certified.
  CLOSED: ["UNDER_DEVELOPMENT"],
};

export function allowedNextStatuses(from: BomStatus): readonly BomStatus[] {
  return NEXT[from];
}

export function canChangeStatus(from: BomStatus, to: BomStatus): boolean {
  return NEXT[from].includes(to);
}

export function isEditable(status: BomStatus): boolean {
  return status === "NEW" || status === "UNDER_DEVELOPMENT";
}

/** BC-style: "Status must be New or Under Development in Production BOM 1000 to change it …" */
export function notEditableMessage(what: string, status: BomStatus): string {
  return `${what} is ${STATUS_CAPTIONS[status]}: its Status must be Under Development or New to change it.`;
}

export function statusChangeMessage(what: string, from: BomStatus, to: BomStatus): string {
  return `The Status of ${what} cannot change from ${STATUS_CAPTIONS[from]} to ${STATUS_CAPTIONS[to]}.`;
}
