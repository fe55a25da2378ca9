import { db } from "@/lib/db";

// Shared by the admin integration tests: the admin as audit actor, forms as the browser posts
// them, and row counts to prove that a refused request wrote nothing.

export async function adminActor() {
  const u = await db.user.findUniqueOrThrow({ where: { email: "admin@cronus.demo" } });
  return { id: u.id, email: u.email };
}

export type LineForm = {
  id?: number;
  startingDate?: string;
  startingNo: string;
  endingNo?: string;
  warningNo?: string;
  incrementBy?: number | string;
  lastNoUsed?: string;
  lastNoUsedRead?: string;
  implementation?: "NORMAL" | "SEQUENCE";
};

/** The card form: checkboxes are "on" or absent, the lines grid is JSON in `lines`. */
export function seriesForm(fields: {
  code: string;
  description?: string;
  defaultNos?: boolean;
  manualNos?: boolean;
  dateOrder?: boolean;
  version?: number;
  lines: LineForm[];
}) {
  const form = new FormData();
  form.set("code", fields.code);
  form.set("description", fields.description ?? "");
  if (fields.defaultNos ?? true) form.set("defaultNos", "on");
  if (fields.manualNos) form.set("manualNos", "on");
  if (fields.dateOrder) form.set("dateOrder", "on");
  if (fields.version !== undefined) form.set("version", String(fields.version));
  form.set(
    "lines",
    JSON.stringify(
      fields.lines.map((l) => ({
        startingDate: "",
        endingNo: "",
        warningNo: "",
        incrementBy: 1,
        lastNoUsed: "",
        implementation: "NORMAL",
        ...l,
      })),
    ),
  );
  return form;
}

const TABLES = ["NoSeries", "NoSeriesLine", "ManufacturingSetup", "AuditEntry", "user"] as const;

/** Row counts plus a fingerprint of the rows, so a changed value also shows up. */
export async function snapshot() {
  const out: Record<string, string> = {};
  for (const table of TABLES) {
    const rows = await db.$queryRawUnsafe<{ n: number; h: string | null }[]>(
      `SELECT count(*)::int AS n, md5(string_agg(t::text, ',' ORDER BY t::text)) AS h FROM "${table}" t`,
    );
    out[table] = `${rows[0].n}:${rows[0].h}`;
  }
  return out;
}

export async function linesOf(code: string) {
  return db.noSeriesLine.findMany({ where: { seriesCode: code }, orderBy: { lineNo: "asc" } });
}
