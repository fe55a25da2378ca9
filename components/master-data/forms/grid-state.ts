import { newRowKey, type GridRow, type GridValue } from "@/components/master-data/forms/rows-grid";

/** Rows read from the server, as grid state with stable keys. */
export function toRows(rows: Record<string, GridValue>[] | undefined): GridRow[] {
  return (rows ?? []).map((r) => ({ key: newRowKey(), ...r }));
}
