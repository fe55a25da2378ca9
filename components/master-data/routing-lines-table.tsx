import { getTranslations } from "next-intl/server";
import { LinesTable } from "@/components/ui/card-section";
import { masterDataHref, RecordLink } from "@/components/master-data/record-link";
import type { RoutingLineView } from "@/lib/data/routings";
import { getFormat } from "@/lib/i18n/format";

// The operations of a routing or of one of its versions; times are minutes, Run Time per unit.
export async function RoutingLinesTable({ caption, lines }: { caption: string; lines: RoutingLineView[] }) {
  const t = await getTranslations("routings");
  const tc = await getTranslations("common");
  const f = await getFormat();
  return (
    <LinesTable
      caption={caption}
      empty={tc("noRecords")}
      columns={[
        { key: "op", label: t("operationNo") },
        { key: "type", label: t("type") },
        { key: "no", label: t("no") },
        { key: "workCenterNo", label: t("workCenterNo") },
        { key: "description", label: t("description") },
        { key: "setup", label: t("setupTime"), align: "right" },
        { key: "run", label: t("runTime"), align: "right" },
        { key: "wait", label: t("waitTime"), align: "right" },
        { key: "move", label: t("moveTime"), align: "right" },
        { key: "link", label: t("routingLinkCode") },
        { key: "sendAhead", label: t("sendAheadQuantity"), align: "right" },
      ]}
      rows={lines.map((l) => ({
        key: String(l.id),
        cells: {
          op: l.operationNo,
          type: t(`lineType.${l.type}`),
          no: (
            <RecordLink href={l.type === "MACHINE_CENTER" ? masterDataHref.machineCenter(l.no) : masterDataHref.workCenter(l.no)}>
              {l.no}
            </RecordLink>
          ),
          workCenterNo: <RecordLink href={masterDataHref.workCenter(l.workCenterNo)}>{l.workCenterNo}</RecordLink>,
          description: l.description,
          setup: f.number(l.setupTime, 5),
          run: f.number(l.runTime, 5),
          wait: f.number(l.waitTime, 5),
          move: f.number(l.moveTime, 5),
          link: l.routingLinkCode,
          sendAhead: f.number(l.sendAheadQuantity, 5),
        },
      }))}
    />
  );
}
