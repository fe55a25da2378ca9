import { carryOut } from "@/lib/api/operations/planning";

export const POST = carryOut.handle;
