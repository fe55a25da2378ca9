// Placeholder: the Gantt-style timeline of the order's operations per work center.
export async function OperationsTimeline(_props: { orderId: number }) {
  return null;
}
