import { getTranslations } from "next-intl/server";
import type { BomStatus } from "@/lib/generated/prisma/enums";
import { allowedNextStatuses } from "@/lib/domain/bom/status-rules";

/** [status, caption] pairs the Status control offers next, from the pure transition table. */
export async function nextStatusOptions(status: BomStatus): Promise<[string, string][]> {
  const tm = await getTranslations("masterData");
  return allowedNextStatuses(status).map((s) => [s, tm(`bomStatus.${s}`)]);
}
