import { acceptPlanningLine, getPlanningLine } from "@/lib/api/operations/planning";

export const GET = getPlanningLine.handle;
export const PATCH = acceptPlanningLine.handle;
