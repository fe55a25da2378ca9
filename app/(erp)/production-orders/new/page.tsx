import { getTranslations } from "next-intl/server";
import { CreateOrderForm } from "@/components/production-orders/create-order-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireViewer } from "@/lib/auth";
import { listLocations, peekNewOrderNo } from "@/lib/data/production-orders";

export async function generateMetadata() {
  return { title: (await getTranslations("orders"))("createTitle") };
}

export default async function NewProductionOrderPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  await requireViewer("orders.create");
  const t = await getTranslations("orders");
  const requested = (await searchParams).status;
  const status = requested === "SIMULATED" || requested === "PLANNED" ? requested : "FIRM_PLANNED";
  const [locations, peek] = await Promise.all([listLocations(), peekNewOrderNo(status)]);
  return (
    <>
      <PageHeader title={t("createTitle")} />
      <CreateOrderForm initialStatus={status} initialPeek={peek} locations={locations} />
    </>
  );
}
