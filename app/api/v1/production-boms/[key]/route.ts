import { operationFor } from "@/lib/api/operations";

export const GET = operationFor("GET", "/production-boms/{key}").handle;
