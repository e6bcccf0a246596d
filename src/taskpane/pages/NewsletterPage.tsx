/**
 * The newsletter draft, in both hosts. In Word: pick the workbook (.xlsx) or the data file the Excel
 * pane exported, a period, a language and the sections, then insert the draft into the document or
 * refresh the sections already there. In Excel: download the same draft as .docx, or the data file.
 */
import { useMemo, useState } from "react";
import { Button, Checkbox, Dropdown, Field, Input, Option, Radio, RadioGroup } from "@fluentui/react-components";
import { ArrowDownloadRegular, ArrowSyncRegular, DocumentArrowDownRegular, DocumentAddRegular, FolderOpenRegular } from "@fluentui/react-icons";
import { draftNewsletter, Edition, EDITIONS, INTERNAL_SECTIONS, NewsLanguage, SECTIONS, SectionId } from "../../core/campaigns/newsletter";
import { readSalesData, SalesData, salesDataFrom } from "../../core/workbook/salesData";
import { readContractTables } from "../../core/workbook/check";
import { dataFile, readDataFile } from "../../core/workbook/dataFile";
import { lastCompleteMonth } from "../../core/kernel/periods";
import { useI18n, MessageKey } from "../i18n";
import { usePort } from "../port";
import { useToday } from "../today";
import { failure, TaskState } from "../useTask";
import { download } from "../download";
import { useSalesData } from "../salesData";
import { Outcome, TaskPage, usePageStyles } from "./TaskPage";
import type { WordRunner } from "../../word/wordNewsletter";
import { SaidError } from "../../core/kernel/messages";
import { quotesOf } from "../../core/orders/quotes";
import { ordersOf } from "../../core/orders/orders";
import { deliveryNote, estimateDocument } from "../../core/orders/orderDocuments";
import { agendaDocument, minutesDocument } from "../../core/service/meetingDocuments";
import { formatDmy } from "../../core/kernel/dates";
import { WordLetters } from "./WordLetters";
import { OneDrivePicker } from "./OneDrivePicker";

const NAMES: Record<NewsLanguage, string> = { ca: "Català", es: "Español", en: "English" };

/** Period, language and sections, and the draft they give. */
function useDraftChoices(data: SalesData | undefined) {
  const { language: ui } = useI18n();
  const today = useToday();
  const [period, setPeriod] = useState(() => lastCompleteMonth(today));
  const [language, setLanguage] = useState<NewsLanguage>(ui);
  const [sections, setSections] = useState<SectionId[]>([...SECTIONS]);
  const [edition, setEdition] = useState<Edition>("client");
  const draft = useMemo(
    () => (data ? draftNewsletter(data, period.trim().toUpperCase(), language, sections, edition) : undefined),
    [data, period, language, sections, edition],
  );
  return { period, setPeriod, language, setLanguage, sections, setSections, edition, setEdition, draft };
}

function DraftChoices({ choices }: { choices: ReturnType<typeof useDraftChoices> }) {
  const { t, tell } = useI18n();
  const { period, setPeriod, language, setLanguage, sections, setSections, edition, setEdition, draft } = choices;
  return (
    <>
      <Field label={t("news.edition")} hint={t(edition === "client" ? "news.clientHint" : "news.internalHint")}>
        <RadioGroup layout="horizontal" value={edition} onChange={(_, d) => setEdition(d.value as Edition)}>
          {EDITIONS.map((e) => (
            <Radio key={e} value={e} label={t(`news.edition.${e}` as MessageKey)} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t("news.period")} hint={t("news.periodHint")} validationMessage={draft && !draft.ok ? tell(draft.error) : undefined}>
        <Input value={period} onChange={(_, d) => setPeriod(d.value)} />
      </Field>
      <Field label={t("news.language")}>
        <Dropdown value={NAMES[language]} selectedOptions={[language]} onOptionSelect={(_, d) => setLanguage(d.optionValue as NewsLanguage)}>
          {(Object.keys(NAMES) as NewsLanguage[]).map((l) => (
            <Option key={l} value={l}>
              {NAMES[l]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <fieldset style={{ border: "none", margin: 0, padding: 0 }}>
        <legend>{t("news.sections")}</legend>
        {SECTIONS.filter((s) => edition === "internal" || !INTERNAL_SECTIONS.includes(s)).map((s) => (
          <Checkbox
            key={s}
            label={t(`news.section.${s}` as MessageKey)}
            checked={sections.includes(s)}
            onChange={(_, d) => setSections(d.checked ? SECTIONS.filter((x) => x === s || sections.includes(x)) : sections.filter((x) => x !== s))}
          />
        ))}
      </fieldset>
    </>
  );
}

/** Excel: the draft as .docx, and the data file for the Word pane. */
export function NewsletterExport() {
  const { t } = useI18n();
  const styles = usePageStyles();
  const port = usePort();
  const [state] = useSalesData();
  const choices = useDraftChoices(state.status === "done" ? state.value : undefined);
  const [outcome, setOutcome] = useState<Outcome>();
  const docx = async () => {
    if (!choices.draft?.ok) return;
    // The .docx writer is loaded when first asked for: it stays out of the pane's first download.
    const { newsletterDocx } = await import("../../files/newsletterDocx");
    download(await newsletterDocx(choices.draft.value), `newsletter-${choices.draft.value.period}-${choices.language}`, "docx");
  };
  const data = async () => {
    download(dataFile(await readContractTables(port)), "salesdesk-data", "json");
    setOutcome({ intent: "success", text: t("news.exported") });
  };
  const actions = (
    <div className={styles.actions}>
      <Button appearance="primary" icon={<DocumentArrowDownRegular />} disabled={!choices.draft?.ok} onClick={docx}>
        {t("news.docx")}
      </Button>
      <Button icon={<ArrowDownloadRegular />} onClick={data}>
        {t("news.dataFile")}
      </Button>
    </div>
  );
  return (
    <TaskPage id="news" title={t("news.title")} intro={t("news.excelIntro")} outcome={outcome} state={state} footer={actions}>
      {() => <DraftChoices choices={choices} />}
    </TaskPage>
  );
}

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
        setOutcome(done.length ? { intent: "success", text: t("news.refreshed", { n: done.length }) } : { intent: "error", text: t("news.nothingToRefresh") });
      } else {
        await insertNewsletter(run, choices.draft.value);
        setOutcome({ intent: "success", text: t("news.inserted") });
      }
    } catch (error) {
      setOutcome({ intent: "error", text: tell.error(error) });
    }
  };
  const picker = (
    <>
      <Field label={t("news.source")} hint={source.status === "done" ? source.value.name : t("news.sourceHint")}>
        <Button icon={<FolderOpenRegular />} onClick={() => document.getElementById("news-file")?.click()}>
          {t("news.pick")}
        </Button>
      </Field>
      <input
        id="news-file"
        type="file"
        accept=".xlsx,.json"
        hidden
        aria-label={t("news.source")}
        onChange={(e) => e.target.files?.[0] && void open(e.target.files[0])}
      />
      <OneDrivePicker onOpen={(name, bytes) => void openWorkbook(name, bytes)} onError={(text) => setOutcome({ intent: "error", text })} />
    </>
  );
  const actions = (
    <div className={styles.actions}>
      <Button appearance="primary" icon={<DocumentAddRegular />} disabled={!choices.draft?.ok} onClick={() => write(false)}>
        {t("news.insert")}
      </Button>
      <Button icon={<ArrowSyncRegular />} disabled={!choices.draft?.ok} onClick={() => write(true)}>
        {t("news.refresh")}
      </Button>
    </div>
  );
  return (
    <TaskPage id="news" title={t("news.title")} intro={t("news.wordIntro")} outcome={outcome} lead={picker} state={source} footer={actions}>
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
function DocumentChoice({ data, run, onOutcome }: { data: SalesData; run: WordRunner; onOutcome: (o: Outcome) => void }) {
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
      () => onOutcome({ intent: "success", text: t("news.documentInserted", { title: doc.title }) }),
      (error: unknown) => onOutcome({ intent: "error", text: tell.error(error) }),
    );
  };
  if (documents.length === 0) return null;
  return (
    <>
      <Field label={t("news.document")} hint={t("news.documentHint")}>
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
        {t("news.insertDocument")}
      </Button>
    </>
  );
}
