/**
 * Word: pick the workbook (.xlsx) or the data file the Excel pane exported, a period, a language and
 * the sections, then insert the newsletter's draft into the document or refresh the sections already
 * there; and the documents and letters drafted from the same workbook.
 */
import { useMemo, useState } from "react";
import { Button, Dropdown, Field, Option } from "@fluentui/react-components";
import { ArrowSyncRegular, DocumentAddRegular, FolderOpenRegular } from "@fluentui/react-icons";
import { readSalesData, SalesData, salesDataFrom, readDataFile } from "../../core/workbook";
import { useI18n } from "../i18n";
import { useToday } from "../state/today";
import { failure, TaskState } from "../state/useTask";
import { TaskPage, usePageStyles } from "../components/TaskPage";
import { Outcome } from "../components/Outcome";
import type { WordRunner } from "../../word/wordNewsletter";
import { SaidError, formatDmy } from "../../core/kernel";
import { quotesOf, ordersOf, deliveryNote, estimateDocument } from "../../core/orders";
import { agendaDocument, minutesDocument } from "../../core/support";
import { WordLetters } from "./WordLetters";
import { OneDrivePicker } from "./OneDrivePicker";
import { DraftChoices, useDraftChoices } from "../components/NewsletterChoices";

/** Word: the draft into the open document, each section in a tagged content control. */
export function NewsletterPage({ run }: { run: WordRunner }) {
  const { t, tell } = useI18n();
  const styles = usePageStyles();
  const [source, setSource] = useState<TaskState<{ name: string; data: SalesData }>>({ status: "idle" });
  const choices = useDraftChoices(source.status === "done" ? source.value.data : undefined);
  const [outcome, setOutcome] = useState<Outcome>();
  const open = async (file: File) => {
    setSource({ status: "running" });
    setOutcome(undefined);
    try {
      if (file.name.toLowerCase().endsWith(".json")) {
        const tables = readDataFile(await file.text());
        if (!tables.ok) throw new SaidError(tables.error);
        setSource({ status: "done", value: { name: file.name, data: salesDataFrom(tables.value) } });
      } else await openWorkbook(file.name, new Uint8Array(await file.arrayBuffer()));
    } catch (error) {
      setSource(failure(new Error(`${file.name}: ${tell.error(error)}`)));
    }
  };
  /** An .xlsx read whole: from the disk, or from OneDrive. */
  const openWorkbook = async (name: string, bytes: Uint8Array) => {
    setSource({ status: "running" });
    try {
      const { XlsxWorkbook } = await import("../../files/xlsxWorkbook");
      setSource({ status: "done", value: { name, data: await readSalesData(await XlsxWorkbook.load(bytes)) } });
    } catch (error) {
      setSource(failure(new Error(`${name}: ${tell.error(error)}`)));
    }
  };
  const write = async (refresh: boolean) => {
    if (!choices.draft?.ok) return;
    const { insertNewsletter, refreshNewsletter } = await import("../../word/wordNewsletter");
    try {
      if (refresh) {
        const done = await refreshNewsletter(run, choices.draft.value);
        setOutcome(
          done.length
            ? { intent: "success", text: t("word.news.refreshed", { n: done.length }) }
            : { intent: "error", text: t("word.news.nothingToRefresh") },
        );
      } else {
        await insertNewsletter(run, choices.draft.value);
        setOutcome({ intent: "success", text: t("word.news.inserted") });
      }
    } catch (error) {
      setOutcome({ intent: "error", text: tell.error(error) });
    }
  };
  const picker = (
    <>
      <Field
        label={t("word.news.source")}
        hint={source.status === "done" ? source.value.name : t("word.news.sourceHint")}
      >
        <Button icon={<FolderOpenRegular />} onClick={() => document.getElementById("news-file")?.click()}>
          {t("word.news.pick")}
        </Button>
      </Field>
      <input
        id="news-file"
        type="file"
        accept=".xlsx,.json"
        hidden
        aria-label={t("word.news.source")}
        onChange={(e) => e.target.files?.[0] && void open(e.target.files[0])}
      />
      <OneDrivePicker
        onOpen={(name, bytes) => void openWorkbook(name, bytes)}
        onError={(text) => setOutcome({ intent: "error", text })}
      />
    </>
  );
  const actions = (
    <div className={styles.actions}>
      <Button
        appearance="primary"
        icon={<DocumentAddRegular />}
        disabled={!choices.draft?.ok}
        onClick={() => write(false)}
      >
        {t("word.news.insert")}
      </Button>
      <Button icon={<ArrowSyncRegular />} disabled={!choices.draft?.ok} onClick={() => write(true)}>
        {t("word.news.refresh")}
      </Button>
    </div>
  );
  return (
    <TaskPage
      id="news"
      title={t("word.news.title")}
      intro={t("word.news.intro")}
      outcome={outcome}
      lead={picker}
      state={source}
      footer={actions}
    >
      {({ data }) => (
        <>
          <DraftChoices choices={choices} />
          <DocumentChoice data={data} run={run} onOutcome={setOutcome} />
          <WordLetters data={data} run={run} onOutcome={setOutcome} />
        </>
      )}
    </TaskPage>
  );
}

/** Word: an estimate or a delivery note of the workbook (in the client's language), a meeting's agenda or minutes, into the document. */
function DocumentChoice({
  data,
  run,
  onOutcome,
}: {
  data: SalesData;
  run: WordRunner;
  onOutcome: (o: Outcome) => void;
}) {
  const { t, tell, language } = useI18n();
  const today = useToday();
  const [chosen, setChosen] = useState("");
  const documents = useMemo(() => {
    const name = (id: string) => data.clients.find((c) => c.ClientID === id)?.Name ?? id;
    return [
      ...quotesOf(data.quotes, data.settings.quoteValidityDays).map((q) => ({
        id: q.quoteId,
        label: `${q.quoteId} · ${name(q.clientId)}`,
        make: () => estimateDocument(q, data),
      })),
      ...ordersOf(data.orders, data.invoices).map((o) => ({
        id: o.orderId,
        label: `${o.orderId} · ${name(o.clientId)}`,
        make: () => deliveryNote(o, data, today),
      })),
      // a meeting's agenda until it is held, its minutes after, in the pane's language
      ...data.meetings
        .filter((m) => m.Status !== "Cancelled")
        .map((m) => ({
          id: m.MeetingID,
          label: `${m.MeetingID} · ${formatDmy(m.Date)} · ${m.Title}`,
          make: () => (m.Status === "Held" ? minutesDocument : agendaDocument)(m, data, language),
        })),
    ];
  }, [data, today, language]);
  const insert = async () => {
    const doc = documents.find((d) => d.id === chosen)?.make();
    if (!doc) return;
    const { insertDocument } = await import("../../word/wordDocument");
    insertDocument(run, doc).then(
      () => onOutcome({ intent: "success", text: t("word.news.documentInserted", { title: doc.title }) }),
      (error: unknown) => onOutcome({ intent: "error", text: tell.error(error) }),
    );
  };
  if (documents.length === 0) return null;
  return (
    <>
      <Field label={t("word.news.document")} hint={t("word.news.documentHint")}>
        <Dropdown
          value={documents.find((d) => d.id === chosen)?.label ?? ""}
          selectedOptions={[chosen]}
          onOptionSelect={(_, d) => setChosen(d.optionValue ?? "")}
        >
          {documents.map((d) => (
            <Option key={d.id} value={d.id}>
              {d.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Button icon={<DocumentAddRegular />} disabled={!chosen} onClick={() => void insert()}>
        {t("word.news.insertDocument")}
      </Button>
    </>
  );
}
