/**
 * A client edited or added through a validated form: each contract column the table has, codes in her
 * words and execs by name; only changed cells are written, and a co-author's change since the form
 * opened is shown, not overwritten.
 */
import { useState } from "react";
import { Button, Checkbox, Dropdown, Field, Input, Option, Subtitle2 } from "@fluentui/react-components";
import { SaveRegular } from "@fluentui/react-icons";
import {
  CLIENT_STATUSES,
  ColumnDef,
  CONTRACT,
  PAYMENT_METHODS,
  type SalesData,
  sameCell,
  type Cell,
  type TableData,
  teamIndex,
} from "../../../core/workbook";
import { clientChanges, nextClientId, readClientForm } from "../../../core/clients";
import { formatDmy, formatIsoDate } from "../../../core/kernel";
import { MessageKey, useI18n } from "../../i18n";
import { usePort } from "../../state/port";
import { useToday } from "../../state/today";
import { usePageStyles } from "../../components/TaskPage";
import type { Outcome } from "../../components/Outcome";

/** What the form reads: the clients as records and as the table holds them, and the archived IDs (never reused). */
export interface ClientFormSource {
  data: SalesData;
  raw: TableData | undefined;
  archivedIds: Cell[];
}

/** The form's text for a cell as the table holds it. */
function fieldText(cell: Cell, column: ColumnDef): string {
  if (cell === null) return "";
  if (column.type === "boolean") return cell === true || /^(true|yes|sí|si|1)$/i.test(String(cell)) ? "true" : "false";
  return String(cell);
}

const CODE_CHOICES: Record<string, readonly string[]> = { PaymentMethod: PAYMENT_METHODS, Status: CLIENT_STATUSES };
type PaymentMethod = (typeof PAYMENT_METHODS)[number];
type ClientStatus = (typeof CLIENT_STATUSES)[number];

export function ClientForm({
  loaded,
  clientId,
  onDone,
}: {
  loaded: ClientFormSource;
  clientId: string | undefined;
  /** what happened, and the ID of a client just added */
  onDone: (o: Outcome, added?: string) => void;
}) {
  const { t, tell } = useI18n();
  const styles = usePageStyles();
  const port = usePort();
  const today = useToday();
  // the page renders this section once the raw table is loaded
  const raw = loaded.raw!;
  const columns = (CONTRACT.Clients.columns as readonly ColumnDef[]).filter(
    (c) => c.name !== "ClientID" && raw.headers.includes(c.name),
  );
  const rowIndex = clientId ? raw.rows.findIndex((r) => String(r[raw.headers.indexOf("ClientID")]) === clientId) : -1;
  // What the form opened with: the edit is written only where the sheet still holds this.
  const [opened] = useState<Record<string, Cell>>(() =>
    Object.fromEntries(
      columns.map((c) => [c.name, rowIndex >= 0 ? raw.rows[rowIndex][raw.headers.indexOf(c.name)] : null]),
    ),
  );
  const [fields, setFields] = useState<Record<string, string>>(() =>
    Object.fromEntries(columns.map((c) => [c.name, fieldText(opened[c.name], c)])),
  );
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const categories = [...new Set(loaded.data.products.map((p) => p.Category).filter((c): c is string => !!c))].sort();
  const execs = loaded.data.team.map((m) => m.ExecID).filter(Boolean);
  // a code in her words, an exec by name: the cell keeps the contract's code and the ExecID
  const team = teamIndex(loaded.data.team);
  const choiceLabel = (column: string, v: string) =>
    v === ""
      ? ""
      : column === "PaymentMethod"
        ? t(`common.method.${v as PaymentMethod}`)
        : column === "Status"
          ? t(`clientStatus.${v as ClientStatus}`)
          : team.name(v);
  const set = (name: string, value: string) => setFields({ ...fields, [name]: value });
  const save = async () => {
    const read = readClientForm(fields);
    setProblems(Object.fromEntries(read.problems.map((p) => [p.column, tell(p.message)])));
    if (read.problems.length) return;
    const consentChanged =
      !sameCell(opened.MarketingConsent ?? null, read.values.MarketingConsent ?? null) &&
      read.values.MarketingConsent !== null;
    if (consentChanged) {
      // The consent's date goes with it: in a ConsentDate column where the table has one, else in the notes.
      const note = t(read.values.MarketingConsent ? "clients.consentGiven" : "clients.consentWithdrawn", {
        date: formatDmy(today),
      });
      if (raw.headers.includes("ConsentDate")) read.values.ConsentDate = formatIsoDate(today);
      else read.values.Notes = [read.values.Notes, note].filter(Boolean).join(" · ");
    }
    setBusy(true);
    try {
      if (!clientId) {
        const row = await port.appendRow({
          table: "Clients",
          keyColumn: "ClientID",
          build: (above) => ({
            ...read.values,
            ClientID: nextClientId(loaded.data.settings.clientIdPattern, [
              ...above.map((r) => r.ClientID),
              ...loaded.archivedIds,
            ]),
          }),
        });
        onDone(
          { intent: "success", text: t("clients.added", { id: String(row.ClientID), name: String(row.Name) }) },
          String(row.ClientID),
        );
        return;
      }
      const changes = clientChanges(raw.headers, opened, read.values);
      if (changes.length === 0) return onDone({ intent: "success", text: t("clients.unchanged") });
      const result = await port.updateRow("Clients", "ClientID", clientId, changes);
      if (result.ok) onDone({ intent: "success", text: t("clients.saved", { id: clientId, n: changes.length }) });
      else if ("missing" in result) onDone({ intent: "error", text: t("clients.gone", { id: clientId }) });
      else
        onDone({
          intent: "warning",
          text: t("clients.conflict", {
            id: clientId,
            what: result.conflicts.map((c) => `${c.column} = ${c.now ?? "–"}`).join(", "),
          }),
        });
    } catch (error) {
      onDone({ intent: "error", text: tell.error(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className={styles.card}
      aria-label={clientId ? t("clients.editTitle", { id: clientId }) : t("clients.addTitle")}
      onSubmit={(e) => (e.preventDefault(), void save())}
    >
      <Subtitle2 as="h3">{clientId ? t("clients.editTitle", { id: clientId }) : t("clients.addTitle")}</Subtitle2>
      {columns.map((c) => (
        <Field
          key={c.name}
          label={t(`common.field.${c.name}` as MessageKey)}
          required={c.required}
          validationMessage={problems[c.name]}
          validationState={problems[c.name] ? "error" : "none"}
        >
          {c.type === "boolean" ? (
            <Checkbox
              checked={fields[c.name] === "true"}
              onChange={(_, d) => set(c.name, d.checked ? "true" : "false")}
              label={t("clients.yes")}
            />
          ) : CODE_CHOICES[c.name] || c.name === "Exec" ? (
            <Dropdown
              value={choiceLabel(c.name, fields[c.name])}
              selectedOptions={[fields[c.name]]}
              onOptionSelect={(_, d) => set(c.name, d.optionValue ?? "")}
            >
              <Option value="">–</Option>
              {(CODE_CHOICES[c.name] ?? execs).map((v) => (
                <Option key={v} value={v} text={choiceLabel(c.name, v)}>
                  {choiceLabel(c.name, v)}
                </Option>
              ))}
            </Dropdown>
          ) : c.name === "Preferences" && categories.length > 0 ? (
            <Dropdown
              multiselect
              value={fields[c.name]}
              selectedOptions={fields[c.name].split(/\s*;\s*/).filter(Boolean)}
              onOptionSelect={(_, d) => set(c.name, d.selectedOptions.join("; "))}
            >
              {categories.map((v) => (
                <Option key={v} value={v}>
                  {v}
                </Option>
              ))}
            </Dropdown>
          ) : (
            <Input value={fields[c.name]} onChange={(_, d) => set(c.name, d.value)} />
          )}
        </Field>
      ))}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" icon={<SaveRegular />} disabled={busy}>
          {clientId ? t("clients.save") : t("clients.create")}
        </Button>
        <Button onClick={() => onDone(undefined)}>{t("clients.cancel")}</Button>
      </div>
    </form>
  );
}
