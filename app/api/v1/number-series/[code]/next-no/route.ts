import { peekNumberSeries } from "@/lib/api/operations/master-data";

export const GET = peekNumberSeries.handle;
