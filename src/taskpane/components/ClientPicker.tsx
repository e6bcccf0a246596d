/** The client a form is for: a search over Clients by name, ID, tax ID, phone or city, in its labelled field. */
import { useMemo } from "react";
import { Field } from "@fluentui/react-components";
import type { Client } from "../../core/workbook";
import { useI18n } from "../i18n";
import { SearchPicker } from "./SearchPicker";

export function ClientPicker({
  clients,
  onSelect,
  label,
  hint,
  placeholder,
  initial,
}: {
  clients: readonly Client[];
  /** the client chosen, or "" once she types something else */
  onSelect: (clientId: string) => void;
  label?: string;
  hint?: string;
  placeholder?: string;
  /** the client chosen when the form opens */
  initial?: string;
}) {
  const { t } = useI18n();
  const entries = useMemo(
    () =>
      clients.map((c) => ({
        value: c.ClientID,
        text: `${c.Name} (${c.ClientID})`,
        detail: [c.TaxID, c.Phone, c.City].filter(Boolean).join(" · "),
      })),
    [clients],
  );
  return (
    <Field label={label ?? t("common.client")} hint={hint}>
      <SearchPicker
        entries={entries}
        initial={initial}
        placeholder={placeholder ?? t("common.search")}
        noMatch={t("common.noMatch")}
        onSelect={(c) => onSelect(c ?? "")}
      />
    </Field>
  );
}
