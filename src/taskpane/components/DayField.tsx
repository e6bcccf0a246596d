/**
 * A day typed as she writes it (27/11/2026, or 2026-11-27), in its labelled field: said wrong while it
 * does not read, and, where the form takes no day before `from` (a visit planned) or after `until` (a
 * payment received), said so with that day rather than left as a button that does nothing.
 */
import { Field, Input } from "@fluentui/react-components";
import { formatDmy, parseIsoDate, type Day } from "../../core/kernel";
import { parseDateText } from "../../core/locale";
import { useI18n } from "../i18n";

/** The day a text names, day first, or undefined. */
export const readDay = (text: string): Day | undefined =>
  parseDateText(text.trim(), "dmy") ?? parseIsoDate(text.trim());

export function DayField({
  label,
  value,
  onChange,
  from,
  until,
  hint,
  size,
}: {
  label: string;
  value: string;
  onChange: (text: string) => void;
  from?: Day;
  until?: Day;
  hint?: string;
  size?: "small" | "medium";
}) {
  const { t } = useI18n();
  const day = readDay(value);
  const problem =
    day === undefined
      ? t("common.badDay")
      : from !== undefined && day < from
        ? t("common.dayFrom", { date: formatDmy(from) })
        : until !== undefined && day > until
          ? t("common.dayUntil", { date: formatDmy(until) })
          : undefined;
  return (
    <Field label={label} hint={hint} validationMessage={problem}>
      <Input size={size} value={value} onChange={(_, d) => onChange(d.value)} />
    </Field>
  );
}
