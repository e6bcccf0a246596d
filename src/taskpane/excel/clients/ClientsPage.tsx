/**
 * Clients tab: find a client (instant search, filters), see its card (open invoices, last visit,
 * open requests) with its row selected in the sheet, edit it or add one through a validated form
 * (only changed cells written; a co-author's change since the form opened is shown, not
 * overwritten), and merge probable duplicates.
 */
import { useEffect, useMemo, useState } from "react";
import { Body1, Button, Caption1, Dropdown, Field, Input, makeStyles, Option } from "@fluentui/react-components";
import { AddRegular, SearchRegular } from "@fluentui/react-icons";
import { CLIENT_STATUSES, Client } from "../../../core/workbook";
import { ClientFilter, searchClients, ARCHIVE_TABLE, archivedMerges, type ArchivedMerge } from "../../../core/clients";
import { salesData } from "../../../runtime/sharedRead";
import { useI18n } from "../../i18n";
import { usePort } from "../../state/port";
import { useTask } from "../../state/useTask";
import { TaskPage, usePageStyles } from "../../components/TaskPage";
import { Outcome } from "../../components/Outcome";
import { Duplicates, UnfinishedMerges } from "./ClientDuplicates";
import { ClientCard } from "../../components/ClientCard";
import { useFocus } from "../../state/navigation";
import { ClientForm, type ClientFormSource } from "./ClientForm";

/** Enough to pick from; the search narrows the rest. */
const SHOWN = 30;

const useClientStyles = makeStyles({
  filters: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(120px, 1fr))", gap: "8px" },
  // Fluent's dropdowns are 250 px wide at least: in the two-up filter grid they take their cell's width.
  filter: { minWidth: 0, width: "100%" },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  item: {
    width: "100%",
    minWidth: 0,
    justifyContent: "flex-start",
    textAlign: "left",
    whiteSpace: "normal",
    overflowWrap: "anywhere",
  },
});

interface Loaded extends ClientFormSource {
  unfinished: ArchivedMerge[];
  /** merges done that can be undone, the latest first */
  undoable: ArchivedMerge[];
}

export function ClientsPage() {
  const { t } = useI18n();
  const port = usePort();
  const [state, reload] = useTask(async (): Promise<Loaded> => {
    const [data, raw, archive] = await Promise.all([
      salesData(),
      port.readTable("Clients"),
      port.readTable(ARCHIVE_TABLE),
    ]);
    return {
      data,
      raw,
      archivedIds: archive ? archive.rows.map((r) => r[archive.headers.indexOf("ClientID")]) : [],
      unfinished: archivedMerges(archive, "started"),
      undoable: archivedMerges(archive, "done")
        .filter((m) => m.reversible)
        .reverse(),
    };
  });
  const [outcome, setOutcome] = useState<Outcome>();
  // The search survives a reload after a save or a merge: the admin stays where she was.
  const search = useSearch();
  return (
    <TaskPage id="clients" title={t("clients.title")} outcome={outcome} state={state}>
      {(loaded) =>
        loaded.raw ? (
          <ClientsBody loaded={loaded} search={search} onDone={(o) => (setOutcome(o), reload())} />
        ) : (
          <Body1>{t("clients.none")}</Body1>
        )
      }
    </TaskPage>
  );
}

function useSearch() {
  const [query, setQuery] = useState("");
  const [filter, setFilter] = useState<ClientFilter>({});
  // A page that sends her here with a client (reception's caller) opens on that client's card.
  const [chosen, setChosen] = useState<string | undefined>(useFocus()?.clientId);
  return { query, setQuery, filter, setFilter, chosen, setChosen };
}

function ClientsBody({
  loaded,
  search,
  onDone,
}: {
  loaded: Loaded;
  search: ReturnType<typeof useSearch>;
  onDone: (o: Outcome) => void;
}) {
  const { t } = useI18n();
  const styles = { ...usePageStyles(), ...useClientStyles() };
  const port = usePort();
  const { data } = loaded;
  const { query, setQuery, filter, setFilter, chosen, setChosen } = search;
  const [editing, setEditing] = useState<"new" | "edit" | undefined>();
  const found = useMemo(() => searchClients(data.clients, query, filter), [data, query, filter]);
  const client = data.clients.find((c) => c.ClientID === chosen);
  useEffect(() => {
    if (chosen) void port.showRow("Clients", "ClientID", chosen);
    // once, for the client the page opened on; a choice made here selects its own row
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const choose = (c: Client) => {
    setChosen(c.ClientID);
    setEditing(undefined);
    void port.showRow("Clients", "ClientID", c.ClientID);
  };
  const options = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => !!v))].sort();
  const pick = (key: keyof ClientFilter, label: string, values: string[]) => (
    <Field label={label}>
      <Dropdown
        className={styles.filter}
        value={
          filter[key] === undefined
            ? t("clients.any")
            : String(filter[key] === true ? t("clients.yes") : filter[key] === false ? t("clients.no") : filter[key])
        }
        selectedOptions={[String(filter[key] ?? "")]}
        onOptionSelect={(_, d) =>
          setFilter({
            ...filter,
            [key]: d.optionValue === "" ? undefined : key === "consent" ? d.optionValue === "true" : d.optionValue,
          })
        }
      >
        <Option value="">{t("clients.any")}</Option>
        {values.map((v) => (
          <Option key={v} value={v}>
            {v === "true" ? t("clients.yes") : v === "false" ? t("clients.no") : v}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
  return (
    <>
      <UnfinishedMerges unfinished={loaded.unfinished} onDone={onDone} />
      <Field label={t("clients.search")}>
        <Input
          type="search"
          contentBefore={<SearchRegular />}
          value={query}
          onChange={(_, d) => setQuery(d.value)}
          placeholder={t("clients.searchHint")}
        />
      </Field>
      <div className={styles.filters}>
        {pick("exec", t("clients.exec"), options(data.clients.map((c) => c.Exec)))}
        {pick("segment", t("clients.segment"), options(data.clients.map((c) => c.Segment)))}
        {pick("status", t("clients.status"), [...CLIENT_STATUSES])}
        {pick("consent", t("clients.consent"), ["true", "false"])}
      </div>
      <Caption1>{t("clients.found", { n: found.length })}</Caption1>
      <ul className={styles.list} aria-label={t("clients.results")}>
        {found.slice(0, SHOWN).map((c) => (
          <li key={c.ClientID}>
            <Button
              className={styles.item}
              appearance={c.ClientID === chosen ? "primary" : "subtle"}
              onClick={() => choose(c)}
            >
              {`${c.Name} · ${c.ClientID}${c.City ? ` · ${c.City}` : ""}`}
            </Button>
          </li>
        ))}
      </ul>
      <div className={styles.actions}>
        <Button icon={<AddRegular />} onClick={() => (setEditing("new"), setChosen(undefined))}>
          {t("clients.add")}
        </Button>
      </div>
      {client && editing === undefined && <ClientCard client={client} data={data} onEdit={() => setEditing("edit")} />}
      {editing && (
        <ClientForm
          key={`${editing}|${chosen}`}
          loaded={loaded}
          clientId={editing === "edit" ? chosen : undefined}
          onDone={(o, added) => {
            setEditing(undefined);
            // What was added is chosen, shown in its card and selected in the sheet.
            if (added) {
              setChosen(added);
              void port.showRow("Clients", "ClientID", added);
            }
            onDone(o);
          }}
        />
      )}
      <Duplicates data={data} undoable={loaded.undoable} onDone={onDone} />
    </>
  );
}
