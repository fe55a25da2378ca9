import { operationFor } from "@/lib/api/operations";

export const GET = operationFor("GET", "/items/{key}").handle;
