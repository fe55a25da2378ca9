import { getCurrentUser } from "@/lib/auth";
import { can } from "@/lib/domain/auth/permissions";
import { ChangeStatusDialog } from "@/components/production-orders/change-status-dialog";
import { RefreshOrderDialog } from "@/components/production-orders/refresh-dialog";
import { ReplanDialog } from "@/components/production-orders/replan-dialog";

// The card's actions by role: the server actions check again, whatever is shown here.
export async function OrderActions({ order }: { order: { id: number; version: number; status: string; no: string } }) {
  const user = await getCurrentUser();
  if (!user || order.status === "FINISHED") return null;
  return (
    <>
      {can(user.role, "orders.refresh") && <RefreshOrderDialog {...order} />}
      {can(user.role, "orders.replan") && <ReplanDialog {...order} />}
      {can(user.role, "orders.changeStatus") && <ChangeStatusDialog {...order} />}
    </>
  );
}
