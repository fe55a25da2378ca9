import { acceptPlanningLines, listPlanningLines } from "@/lib/api/operations/planning";

export const GET = listPlanningLines.handle;
export const PATCH = acceptPlanningLines.handle;
