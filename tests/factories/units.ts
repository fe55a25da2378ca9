import type { UnitOfMeasure } from "@/lib/generated/prisma/client";
import { uniqueCode, type DbClient } from "./unique";

/** Makes sure a unit of measure exists (PCS by default) without failing when it already does. */
export async function ensureUnitOfMeasure(
  db: DbClient,
  code = "PCS",
  description = code === "PCS" ? "Piece" : code,
): Promise<UnitOfMeasure> {
  return db.unitOfMeasure.upsert({ where: { code }, create: { code, description }, update: {} });
}

export async function makeUnitOfMeasure(db: DbClient, overrides: Partial<UnitOfMeasure> = {}): Promise<UnitOfMeasure> {
  const code = overrides.code ?? uniqueCode("U", 10);
  return db.unitOfMeasure.create({ data: { description: `Unit ${code}`, ...overrides, code } });
}
