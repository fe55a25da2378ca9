import type { Db } from "@/lib/db-client";
import type { Tx } from "@/lib/services/tx";

// NS-9: every Sequence (gap-allowing) line has its own PostgreSQL sequence holding the value of
// the digit run of the last number drawn. It is (re)created when the line is created, or its
// Last No. Used or Increment-by changes; switching to Normal writes the last value back into
// Last No. Used so no number is reused (NS-9: switching keeps the last number used).

type Client = Db | Tx;

export function sequenceNameFor(lineId: number) {
  return `ns_line_${lineId}_seq`;
}

/** (Re)creates the sequence of one Sequence line from its Starting No./Last No. Used. */
export async function resetLineSequence(tx: Client, lineId: number) {
  const name = sequenceNameFor(lineId);
  await tx.$executeRawUnsafe(`DROP SEQUENCE IF EXISTS "${name}"`);
  // Starting value = the Starting No.'s digits; when numbers were used, continue after Last No. Used.
  await tx.$executeRawUnsafe(
    `DO $$ DECLARE l "NoSeriesLine"%ROWTYPE; BEGIN
       SELECT * INTO l FROM "NoSeriesLine" WHERE id = ${Number(lineId)};
       EXECUTE format('CREATE SEQUENCE %I AS bigint MINVALUE 0 INCREMENT BY %s START WITH %s',
         '${name}', l."incrementBy", ns_value(l."startingNo"));
       IF l."lastNoUsed" <> '' THEN
         PERFORM setval('"${name}"', ns_value(l."lastNoUsed")::bigint, true);
       END IF;
     END $$`,
  );
  await tx.noSeriesLine.update({ where: { id: lineId }, data: { sequenceName: name } });
}

/** Switching a line from Sequence to Normal: the sequence's last value becomes Last No. Used. */
export async function captureSequenceIntoLine(tx: Client, lineId: number) {
  await tx.$executeRawUnsafe(
    `DO $$ DECLARE l "NoSeriesLine"%ROWTYPE; lv bigint; called boolean; BEGIN
       SELECT * INTO l FROM "NoSeriesLine" WHERE id = ${Number(lineId)};
       IF l."sequenceName" IS NULL THEN RETURN; END IF;
       EXECUTE format('SELECT last_value, is_called FROM %I', l."sequenceName") INTO lv, called;
       IF called THEN
         UPDATE "NoSeriesLine" SET "lastNoUsed" = ns_format(l."startingNo", lv) WHERE id = l.id;
       END IF;
       EXECUTE format('DROP SEQUENCE IF EXISTS %I', l."sequenceName");
       UPDATE "NoSeriesLine" SET "sequenceName" = NULL WHERE id = l.id;
     END $$`,
  );
}

/** Creates the missing sequences (after seeding or an import). */
export async function syncSequences(db: Client) {
  const lines = await db.noSeriesLine.findMany({
    where: { implementation: "SEQUENCE", sequenceName: null },
    select: { id: true },
  });
  for (const l of lines) await resetLineSequence(db, l.id);
}
