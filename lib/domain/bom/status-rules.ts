// Status of a production BOM or routing (and of their versions), as in Business Central:
// New → Certified → Closed, and Certified ↔ Under Development. Only New and Under Development
// records may be changed; a Certified one is what refresh uses, so it must be set back to Under
// Development first. Pure: the UI asks which statuses to offer, the services ask again.
import type { BomStatus } from "@/lib/generated/prisma/enums";
import { msg, type CaptionKey, type Message } from "@/lib/i18n/domain-message";

export const STATUS_CAPTIONS: Record<BomStatus, string> = {
  NEW: "New",
  CERTIFIED: "Certified",
  UNDER_DEVELOPMENT: "Under Development",
  CLOSED: "Closed",
};

const STATUS_CAPTION_KEYS: Record<BomStatus, CaptionKey> = {
  NEW: "partStatusNew",
  CERTIFIED: "partStatusCertified",
  UNDER_DEVELOPMENT: "partStatusUnderDevelopment",
  CLOSED: "partStatusClosed",
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
export function notEditableMessage(what: Message, status: BomStatus): Message {
  return msg(status === "CLOSED" ? "recordClosedLocked" : "recordCertifiedLocked", { record: what });
}

export function statusChangeMessage(what: Message, from: BomStatus, to: BomStatus): Message {
  return msg("recordStatusChange", { record: what, fromStatus: msg(STATUS_CAPTION_KEYS[from]), toStatus: msg(STATUS_CAPTION_KEYS[to]) });
}
