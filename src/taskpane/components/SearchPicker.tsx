/**
 * A picker that filters as you type: every word typed must be in the entry's text or details (names,
 * IDs, tax IDs, cities; accents and case ignored), each entry shows enough to tell it from the next,
 * and Enter takes the first one left.
 */
import { useMemo, useState } from "react";
import { Caption1, Combobox, Option } from "@fluentui/react-components";
import { fold } from "../../core/kernel";

export interface PickerEntry {
  value: string;
  /** what the box shows once chosen: "Forn Puig, SL (C-0012)" */
  text: string;
  /** what tells it apart: "B12345674 · Girona", "€1,210.00 · 12/11/2026" */
  detail?: string;
}

/** Entries shown at once: typing narrows them. */
const SHOWN = 50;

export function SearchPicker({
  entries,
  placeholder,
  noMatch,
  label,
  initial,
  onSelect,
}: {
  entries: readonly PickerEntry[];
  placeholder: string;
  noMatch: string;
  label?: string;
  /** the entry chosen when the picker opens (the client a visit sends her to quote for) */
  initial?: string;
  /** the value chosen; undefined again as soon as she types something else (no stale choice behind new text) */
  onSelect: (value: string | undefined) => void;
}) {
  const [query, setQuery] = useState(() => entries.find((e) => e.value === initial)?.text ?? "");
  const [chosen, setChosen] = useState(() => entries.find((e) => e.value === initial)?.value);
  const [open, setOpen] = useState(false);
  const searchable = useMemo(
    () => entries.map((e) => ({ entry: e, words: fold(`${e.text} ${e.value} ${e.detail ?? ""}`) })),
    [entries],
  );
  const shown = useMemo(() => {
    const words = fold(query).split(/\s+/).filter(Boolean);
    return searchable.filter((s) => words.every((w) => s.words.includes(w))).slice(0, SHOWN);
  }, [searchable, query]);
  const choose = (value: string) => {
    const entry = entries.find((e) => e.value === value);
    if (!entry) return;
    setChosen(value);
    setQuery(entry.text);
    setOpen(false);
    onSelect(value);
  };
  return (
    <Combobox
      aria-label={label}
      placeholder={placeholder}
      value={query}
      selectedOptions={chosen ? [chosen] : []}
      open={open}
      onOpenChange={(_, d) => setOpen(d.open)}
      onChange={(e) => {
        setQuery(e.target.value);
        if (chosen) onSelect(undefined);
        setChosen(undefined);
        setOpen(true);
      }}
      onOptionSelect={(_, d) => d.optionValue && choose(d.optionValue)}
      onKeyDown={(e) => e.key === "Enter" && shown.length > 0 && !chosen && choose(shown[0].entry.value)}
    >
      {shown.map(({ entry }) => (
        <Option key={entry.value} value={entry.value} text={entry.text}>
          <div>
            <div>{entry.text}</div>
            {entry.detail && <Caption1>{entry.detail}</Caption1>}
          </div>
        </Option>
      ))}
      {shown.length === 0 && (
        <Option value="" text="" disabled>
          {noMatch}
        </Option>
      )}
    </Combobox>
  );
}
