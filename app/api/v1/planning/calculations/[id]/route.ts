import { getPlanningRun } from "@/lib/api/operations/planning";

export const GET = getPlanningRun.handle;
