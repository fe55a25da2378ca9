import { calculatePlan } from "@/lib/api/operations/planning";

export const POST = calculatePlan.handle;
