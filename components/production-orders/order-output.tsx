import { getTranslations } from "next-intl/server";
import { CardSection, LinesTable } from "@/components/ui/card-section";
import { RecordOutputDialog } from "@/components/production-orders/record-output-dialog";
import { getOrderLinesView } from "@/lib/data/production-orders";
import type { OrderCardParams } from "@/lib/data/list-params";
import { getFormat } from "@/lib/i18n/format";

// Output on a Released order: the same page of lines as the Lines FastTab, with what each has
// produced and still has to, and a Record Output dialog per line (BC's Production Journal,
// output only). ST-4 asks on Finish only for the lines whose Remaining Quantity is not 0.
export async function OrderOutput({
  order,
  params,
}: {
  order: { id: number; version: number; no: string; _count: { lines: number } };
  params: OrderCardParams;
}) {
  const t = await getTranslations("orders");
  const f = await getFormat();
  const lines = await getOrderLinesView(order.id, order._count.lines, params);
  return (
    <CardSection title={t("output.title")} id="output">
      <p className="mb-2 text-sm text-slate-600">{t("output.intro")}</p>
      <LinesTable
        caption={t("output.title")}
        empty={t("noLines")}
        columns={[
          { key: "lineNo", label: t("line.lineNo") },
          { key: "itemNo", label: t("line.itemNo") },
          { key: "location", label: t("locationCode") },
          { key: "quantity", label: t("quantity"), align: "right" },
          { key: "finished", label: t("line.finishedQuantity"), align: "right" },
          { key: "remaining", label: t("line.remainingQuantity"), align: "right" },
          { key: "record", label: t("output.record") },
        ]}
        rows={lines.rows.map((l) => ({
          key: String(l.id),
          cells: {
            lineNo: l.lineNo,
            itemNo: l.itemNo,
            location: l.locationCode,
            quantity: f.number(l.quantity, 5),
            finished: <span data-testid={`finished-${l.lineNo}`}>{f.number(l.finishedQuantity, 5)}</span>,
            remaining: <span data-testid={`remaining-${l.lineNo}`}>{f.number(l.remainingQuantity, 5)}</span>,
            record: <RecordOutputDialog id={order.id} version={order.version} lineNo={l.lineNo} itemNo={l.itemNo} />,
          },
        }))}
      />
    </CardSection>
  );
}
