/**
 * The form of a document of lines for a client from the price list — a quote, an order: the client
 * (found as she types), each line's product, quantity and discount, a date, and the net as it stands.
 */
import type { SectionProps } from "./SectionProps";
import { useState } from "react";
import { Button, Caption1, Dropdown, Field, Input, makeStyles, Option, Subtitle2 } from "@fluentui/react-components";
import { AddRegular, DocumentAddRegular } from "@fluentui/react-icons";
import { lineNet, type DraftLine } from "../../core/orders";
import { formatDmy, type Day, type Cents } from "../../core/kernel";
import { parseAmount, parseRate } from "../../core/locale";
import { useI18n } from "../i18n";
import { money } from "../format";
import { useToday } from "../state/today";
import { usePageStyles } from "./TaskPage";

// A number's field is as wide as its label in any language: the label never breaks inside a word ("Descompte").
const useStyles = makeStyles({
  number: { width: "8em", overflowWrap: "normal" },
  numberInput: { width: "100%", minWidth: 0 },
});
import { ClientPicker } from "./ClientPicker";
import { DayField, readDay } from "./DayField";
import { useFocus } from "../state/navigation";
import { useWrite } from "../state/useWrite";

/** Lines a document can have in the form. */
const MAX_LINES = 8;

/** A line as typed: a product, a quantity and a discount (10 %, 0,1). */
interface TypedLine {
  sku: string;
  quantity: string;
  discount: string;
}

const BLANK: TypedLine = { sku: "", quantity: "1", discount: "" };

export interface LinesDraft {
  clientId: string;
  exec: string | null;
  lines: DraftLine[];
  date: Day;
  /** what the admin typed as the document's reference (an order's contract), if anything */
  reference: string;
  net: Cents;
}

export function LinesForm({
  data,
  id,
  title,
  dateLabel,
  firstDate,
  referenceLabel,
  saveLabel,
  save,
  onDone,
}: SectionProps & {
  id: string;
  title: string;
  dateLabel: string;
  firstDate: Day;
  /** shown where the document takes a reference (an order's ContractRef) */
  referenceLabel?: string;
  saveLabel: string;
  /** writes the document and says what was written */
  save: (draft: LinesDraft) => Promise<string>;
}) {
  const { t, language } = useI18n();
  const styles = usePageStyles();
  const own = useStyles();
  const today = useToday();
  // a page that sent her here for a client (a visit's next action) starts the form with that client
  const focus = useFocus()?.clientId;
  const [clientId, setClientId] = useState(
    focus !== undefined && data.clients.some((c) => c.ClientID === focus) ? focus : "",
  );
  const [lines, setLines] = useState<TypedLine[]>([BLANK]);
  const [dateText, setDateText] = useState(formatDmy(firstDate));
  const [reference, setReference] = useState("");
  const { busy, write } = useWrite(onDone);
  const priced = data.products.filter((p) => p.SKU && p.UnitPrice !== null);
  const date = readDay(dateText);
  const read = lines
    .filter((l) => l.sku !== "")
    .map((l): DraftLine | undefined => {
      const quantity = parseAmount(l.quantity);
      const discount = l.discount.trim() === "" ? { rate: 0 } : parseRate(l.discount);
      return quantity !== undefined && quantity > 0 && discount && discount.rate >= 0 && discount.rate < 1
        ? { sku: l.sku, quantity, discount: discount.rate }
        : undefined;
    });
  const ready =
    clientId !== "" && read.length > 0 && read.every((l) => l !== undefined) && date !== undefined && date >= today;
  const net = ready
    ? read.reduce((sum, l) => sum + lineNet(priced.find((p) => p.SKU === l.sku)?.UnitPrice ?? 0, l), 0)
    : 0;
  const set = (i: number, change: Partial<TypedLine>) =>
    setLines(lines.map((l, k) => (k === i ? { ...l, ...change } : l)));
  const submit = () => {
    if (date === undefined) return; // the button waits for a date
    const exec = data.clients.find((c) => c.ClientID === clientId)?.Exec ?? null;
    write(save({ clientId, exec, lines: read as DraftLine[], date, reference: reference.trim(), net }), (said) => {
      setLines([BLANK]);
      return { intent: "success", text: said };
    });
  };
  return (
    <form className={styles.card} aria-labelledby={`${id}-title`} onSubmit={(e) => e.preventDefault()}>
      <Subtitle2 as="h3" id={`${id}-title`}>
        {title}
      </Subtitle2>
      <ClientPicker clients={data.clients} initial={clientId} onSelect={setClientId} />
      {lines.map((line, i) => (
        <div key={i} className={styles.actions}>
          <Field label={t("lines.product", { n: i + 1 })}>
            <Dropdown
              value={priced.find((p) => p.SKU === line.sku)?.Name ?? line.sku}
              selectedOptions={[line.sku]}
              onOptionSelect={(_, d) => set(i, { sku: d.optionValue ?? "" })}
            >
              {priced.map((p) => (
                <Option key={p.SKU} value={p.SKU} text={p.Name ?? p.SKU}>
                  {`${p.Name ?? p.SKU} · ${money(p.UnitPrice, language)}`}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Field label={t("lines.quantity")} className={own.number}>
            <Input
              className={own.numberInput}
              inputMode="decimal"
              size="small"
              value={line.quantity}
              onChange={(_, d) => set(i, { quantity: d.value })}
            />
          </Field>
          <Field label={t("lines.discount")} className={own.number}>
            <Input
              className={own.numberInput}
              inputMode="decimal"
              size="small"
              value={line.discount}
              placeholder="10 %"
              onChange={(_, d) => set(i, { discount: d.value })}
            />
          </Field>
        </div>
      ))}
      {lines.length < MAX_LINES && (
        <Button size="small" icon={<AddRegular />} onClick={() => setLines([...lines, BLANK])}>
          {t("lines.addLine")}
        </Button>
      )}
      <DayField label={dateLabel} value={dateText} onChange={setDateText} from={today} />
      {referenceLabel && (
        <Field label={referenceLabel}>
          <Input value={reference} onChange={(_, d) => setReference(d.value)} />
        </Field>
      )}
      {ready && <Caption1 role="status">{t("lines.total", { net: money(net, language) })}</Caption1>}
      <Button appearance="primary" icon={<DocumentAddRegular />} disabled={!ready || busy} onClick={submit}>
        {saveLabel}
      </Button>
    </form>
  );
}
