/**
 * A page that works on one contract table (quotes, orders, requests, visits, meetings): the sales data read,
 * the table's absence said with the way to import it, and what each write did, the data read again after.
 */
import { useState, type ReactNode } from "react";
import { Body1 } from "@fluentui/react-components";
import type { TableName, SalesData } from "../../core/workbook";
import { useI18n } from "../i18n";
import { useSalesData } from "../state/salesData";
import { TaskPage } from "./TaskPage";
import { Outcome } from "./Outcome";

export function TablePage({
  id,
  table,
  children,
}: {
  id: "quotes" | "orders" | "requests" | "visits" | "meetings";
  table: TableName;
  children: (data: SalesData, onDone: (outcome: Outcome) => void) => ReactNode;
}) {
  const { t } = useI18n();
  const [state, reload] = useSalesData();
  const [outcome, setOutcome] = useState<Outcome>();
  const onDone = (o: Outcome) => {
    setOutcome(o);
    reload();
  };
  return (
    <TaskPage id={id} title={t(`${id}.title`)} intro={t(`${id}.intro`)} outcome={outcome} state={state}>
      {(data) => (data.present.has(table) ? children(data, onDone) : <Body1>{t(`${id}.needTable`)}</Body1>)}
    </TaskPage>
  );
}
