import { db } from "../../lib/db";

export default async function OrdersPage() {
  const orders = await db.order.findMany();
  // expect: observability/print-logging
  console.log("rendering orders page", orders.length);
  return <ul>{orders.map((o) => <li key={o.id}>{o.id}</li>)}</ul>;
}
