import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/admin/forbidden";
import { ManufacturingSetupForm } from "@/components/admin/manufacturing-setup-form";
import { PageHeader } from "@/components/ui/page-header";
import { userCan } from "@/lib/auth";
import { getManufacturingSetupCard } from "@/lib/data/manufacturing-setup";
import { minutesToTime } from "@/lib/validation/manufacturing-setup";

export async function generateMetadata() {
  return { title: (await getTranslations("setup"))("title") };
}

export default async function ManufacturingSetupPage() {
  if (!(await userCan("setup.manage"))) return <Forbidden />;
  const t = await getTranslations("setup");
  const { setup, series } = await getManufacturingSetupCard();
  return (
    <>
      <PageHeader title={t("title")} />
      <ManufacturingSetupForm
        series={series}
        values={{
          simulatedOrderNos: setup.simulatedOrderNos ?? "",
          plannedOrderNos: setup.plannedOrderNos ?? "",
          firmPlannedOrderNos: setup.firmPlannedOrderNos ?? "",
          releasedOrderNos: setup.releasedOrderNos ?? "",
          normalStartingTime: minutesToTime(setup.normalStartingTime),
          normalEndingTime: minutesToTime(setup.normalEndingTime),
          defaultSafetyLeadTimeDays: setup.defaultSafetyLeadTimeDays,
          manualScheduling: setup.manualScheduling,
          safetyLeadTimeForManSchDays: setup.safetyLeadTimeForManSchDays,
          defaultGenBusPostingGroup: setup.defaultGenBusPostingGroup,
          defaultDampenerPeriodDays: setup.defaultDampenerPeriodDays,
          defaultDampenerPercent: String(Number(setup.defaultDampenerPercent)),
          version: setup.version,
        }}
      />
    </>
  );
}
