/**
 * Orders tab: the orders in course as the admin follows them — the late ones first, then those due
 * this week, then the rest — with their progress, promised date and days late; the order's lines
 * marked shipped, or delivered on a day, each line checked against what was read.
 */
import type { SectionProps } from "../../components/SectionProps";
import { useMemo, useState } from "react";
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Checkbox,
  Dropdown,
  Field,
  makeStyles,
  Option,
  Subtitle2,
} from "@fluentui/react-components";
import { CheckmarkCircleRegular, DocumentArrowDownRegular, VehicleTruckProfileRegular } from "@fluentui/react-icons";
import {
  deliveryNote,
  issueOrder,
  daysLate,
  isLate,
  onTimeRate,
  orderFollowUp,
  ordersOf,
  type OrderSummary,
  recordDelivery,
  recordShipped,
  toDeliver,
  type LinesWritten,
} from "../../../core/orders";
import { LinesForm } from "../../components/LinesForm";
import { ClientPicker } from "../../components/ClientPicker";
import { downloadDocument } from "../../documentDownload";
import { type SalesData, teamIndex } from "../../../core/workbook";
import { formatDmy, weekday, type Day } from "../../../core/kernel";
import { DayField, readDay } from "../../components/DayField";
import { MessageKey, useI18n } from "../../i18n";
import { money, percent } from "../../format";
import { usePort } from "../../state/port";
import { useWrite } from "../../state/useWrite";
import { useToday } from "../../state/today";
import { usePageStyles } from "../../components/TaskPage";
import { Outcome } from "../../components/Outcome";
import { TablePage } from "../../components/TablePage";

const useStyles = makeStyles({ badge: { alignSelf: "flex-start" } });

export function OrdersPage() {
  return (
    <TablePage id="orders" table="Orders">
      {(data, onDone) => (
        <>
          <NewOrder data={data} onDone={onDone} />
          <Orders data={data} onDone={onDone} />
        </>
      )}
    </TablePage>
  );
}

function Orders({ data, onDone }: SectionProps) {
  const { t, language } = useI18n();
  const styles = usePageStyles();
  const today = useToday();
  const [exec, setExec] = useState("");
  const [client, setClient] = useState("");
  const [status, setStatus] = useState("");
  const team = useMemo(() => teamIndex(data.team), [data]);
  const follow = useMemo(() => orderFollowUp(data.orders, data.invoices, today), [data, today]);
  const mine = (o: OrderSummary) =>
    (exec === "" || (o.exec !== null && team.resolve(o.exec) === exec)) && (client === "" || o.clientId === client);
  const open = follow.open.filter((o) => mine(o) && (status === "" || o.status === status));
  // Monday to Sunday of this week: what is promised in it and not late yet
  const sunday = today + 6 - weekday(today);
  const late = open.filter((o) => isLate(o, today));
  const thisWeek = open.filter((o) => !isLate(o, today) && o.promisedDate !== null && o.promisedDate <= sunday);
  const later = open.filter((o) => !late.includes(o) && !thisWeek.includes(o));
  const all = useMemo(() => ordersOf(data.orders, data.invoices), [data]);
  const onTime = onTimeRate(all.filter(mine), today - 89, today);
  const section = (title: MessageKey, orders: OrderSummary[]) =>
    orders.length > 0 && (
      <section aria-label={t(title, { n: orders.length, date: formatDmy(today) })} className={styles.page}>
        <Subtitle2 as="h3">{t(title, { n: orders.length, date: formatDmy(today) })}</Subtitle2>
        {orders.map((o) => (
          <OrderCard
            key={`${o.orderId} ${o.lines.filter((l) => l.DeliveredDate === null).length}`}
            order={o}
            data={data}
            today={today}
            onDone={onDone}
          />
        ))}
      </section>
    );
  return (
    <>
      <Field label={t("common.exec")}>
        <Dropdown
          value={exec ? team.name(exec) : t("orders.everyone")}
          selectedOptions={[exec]}
          onOptionSelect={(_, d) => setExec(d.optionValue ?? "")}
        >
          <Option value="">{t("orders.everyone")}</Option>
          {team.ids.map((id) => (
            <Option key={id} value={id}>
              {team.name(id)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <ClientPicker
        clients={data.clients}
        label={t("orders.client")}
        placeholder={t("orders.allClients")}
        onSelect={setClient}
      />
      <Field label={t("orders.statusFilter")}>
        <Dropdown
          value={status ? t(`orders.status.${status}` as MessageKey) : t("orders.anyStatus")}
          selectedOptions={[status]}
          onOptionSelect={(_, d) => setStatus(d.optionValue ?? "")}
        >
          <Option value="">{t("orders.anyStatus")}</Option>
          {(["Open", "Confirmed", "Shipped"] as const).map((s) => (
            <Option key={s} value={s}>
              {t(`orders.status.${s}`)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Body1>
        {t("orders.onTime", { rate: percent(onTime.rate, language), onTime: onTime.onTime, n: onTime.delivered })}
      </Body1>
      {open.length === 0 && <Body1>{t("orders.none")}</Body1>}
      {section("orders.late", late)}
      {section("orders.thisWeek", thisWeek)}
      {section("orders.later", later)}
    </>
  );
}

function OrderCard({
  order,
  data,
  today,
  onDone,
}: {
  order: OrderSummary;
  data: SalesData;
  today: Day;
  onDone: (o: Outcome) => void;
}) {
  const { t, language } = useI18n();
  const styles = usePageStyles();
  const classes = useStyles();
  const port = usePort();
  const { busy, write } = useWrite(onDone);
  const [date, setDate] = useState(formatDmy(today));
  const client = data.clients.find((c) => c.ClientID === order.clientId)?.Name ?? order.clientId;
  const day = readDay(date);
  const run = (lines: Promise<LinesWritten>, done: MessageKey) =>
    write(lines, (r) =>
      r.refused === 0
        ? { intent: "success", text: t(done, { order: order.orderId, n: r.written }) }
        : { intent: "warning", text: t("orders.refused", { order: order.orderId, n: r.refused, written: r.written }) },
    );
  const lateBy = daysLate(order, today);
  // Which of the lines still to deliver the next record is for: all of them unless she unticks some.
  const waiting = toDeliver(order);
  const [chosen, setChosen] = useState<readonly number[]>(() => waiting.map((_, i) => i));
  const lines = waiting.filter((_, i) => chosen.includes(i));
  return (
    <article className={styles.card} aria-label={`${order.orderId} · ${client}`}>
      <Body1>
        <strong>{order.orderId}</strong> · {client}
      </Body1>
      <Caption1>
        {t(`orders.status.${order.status}` as MessageKey)} ·{" "}
        {t("orders.promised", { date: order.promisedDate === null ? "–" : formatDmy(order.promisedDate) })} ·{" "}
        {money(order.net, language)}
      </Caption1>
      {lateBy > 0 && (
        <Badge color="danger" appearance="tint" className={classes.badge}>
          {t("orders.daysLate", { n: lateBy })}
        </Badge>
      )}
      {waiting.length > 1 &&
        waiting.map((line, i) => (
          <Checkbox
            key={i}
            checked={chosen.includes(i)}
            onChange={(_, d) => setChosen(d.checked ? [...chosen, i] : chosen.filter((k) => k !== i))}
            label={t("orders.line", {
              product: data.products.find((p) => p.SKU === line.SKU)?.Name ?? line.SKU ?? "–",
              quantity: line.Quantity ?? 0,
            })}
          />
        ))}
      <div className={styles.actions}>
        {order.status !== "Shipped" && (
          <Button
            size="small"
            icon={<VehicleTruckProfileRegular />}
            disabled={busy || lines.length === 0}
            onClick={() => run(recordShipped(port, order, lines), "orders.shipped")}
          >
            {t("orders.ship")}
          </Button>
        )}
        <DayField size="small" label={t("orders.deliveredOn")} value={date} onChange={setDate} />
        <Button
          size="small"
          appearance="primary"
          icon={<CheckmarkCircleRegular />}
          disabled={busy || day === undefined || lines.length === 0}
          onClick={() => day !== undefined && run(recordDelivery(port, order, day, lines), "orders.delivered")}
        >
          {t("orders.deliver")}
        </Button>
        <Button
          size="small"
          icon={<DocumentArrowDownRegular />}
          disabled={day === undefined}
          onClick={() => day !== undefined && void downloadDocument(deliveryNote(order, data, day))}
        >
          {t("orders.note")}
        </Button>
      </div>
    </article>
  );
}

/** An order typed in: a client, lines from the price list, the promised date and the contract it comes from. */
function NewOrder({ data, onDone }: SectionProps) {
  const { t } = useI18n();
  const port = usePort();
  const today = useToday();
  return (
    <LinesForm
      data={data}
      id="new-order"
      title={t("orders.newTitle")}
      dateLabel={t("orders.promisedField")}
      firstDate={today + 14}
      referenceLabel={t("orders.contract")}
      saveLabel={t("orders.save")}
      onDone={onDone}
      save={async ({ clientId, exec, lines, date, reference }) => {
        const number = await issueOrder(
          port,
          data.settings.orderPattern,
          { clientId, exec, orderDate: today, promised: date, lines, contractRef: reference || null },
          data.products,
        );
        return t("orders.saved", { order: number, n: lines.length, date: formatDmy(date) });
      }}
    />
  );
}
