/**
 * The add-in without Office: a workbook (tabs and a grid) beside the real task pane, which talks to
 * it through the same workbook port as in Excel, here an .xlsx file held in memory.
 */
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import {
  Button,
  FluentProvider,
  Input,
  makeStyles,
  Tab,
  TabList,
  Text,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { ArrowDownloadRegular, DocumentAddRegular, FolderOpenRegular } from "@fluentui/react-icons";
import { App } from "../taskpane/App";
import type { Microsoft365 } from "../m365/graph";
import { translator, type Language } from "../taskpane/i18n";
import { type Day, columnLetter } from "../core/kernel";
import { ObservableWorkbook } from "./observable";
import { CellAddress, SheetView } from "./SheetView";
import { SheetChart } from "./SheetChart";
import { invalidate, setDateSystem, setSource } from "../runtime/sharedRead";
import { readSalesData } from "../core/workbook";
import { download } from "../taskpane/download";
import { knownFile, openWorkbookFile } from "../files/workbookFile";

const useStyles = makeStyles({
  page: { display: "flex", height: "100vh", backgroundColor: tokens.colorNeutralBackground2 },
  book: { flex: 1, display: "flex", flexDirection: "column", minWidth: 0, overflow: "hidden" },
  tabs: { overflowX: "auto", flexShrink: 0 },
  bar: {
    display: "flex",
    gap: "8px",
    alignItems: "center",
    padding: "6px 8px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  address: { width: "64px", textAlign: "center", fontFamily: "monospace" },
  pane: { flexShrink: 0, overflowY: "auto", borderLeft: `1px solid ${tokens.colorNeutralStroke1}` },
});

export interface WorkbenchProps {
  initial: ObservableWorkbook;
  fileName: string;
  language: Language;
  dark: boolean;
  paneWidth: number;
  today: Day;
  /** a Microsoft 365 stand-in (?graph=URL): Graph on loopback, a token without MSAL */
  microsoft365?: () => Promise<Microsoft365>;
}

export function Workbench({
  initial,
  fileName: initialName,
  language,
  dark,
  paneWidth,
  today,
  microsoft365,
}: WorkbenchProps) {
  const styles = useStyles();
  // the workbench speaks the pane's language, as Excel around the pane would
  const t = translator(language);
  const [workbook, setWorkbook] = useState(initial);
  const [fileName, setFileName] = useState(initialName);
  const version = useSyncExternalStore(
    (listener) => workbook.subscribe(listener),
    () => `${workbook.revision}|${workbook.workbook.worksheets.map((s) => s.name).join("|")}`,
  );
  const sheets = workbook.workbook.worksheets;
  const [chosen, setCurrent] = useState(sheets[0]?.name ?? "");
  const [selected, setSelected] = useState<CellAddress | undefined>();
  const [draft, setDraft] = useState("");
  const [edits, setEdits] = useState(0);
  // The grid is drawn once the browser is idle: the pane, what the user came for, shows first.
  const [gridShown, setGridShown] = useState(false);
  useEffect(() => {
    const idle = requestIdleCallback(() => setGridShown(true), { timeout: 1000 });
    return () => cancelIdleCallback(idle);
  }, []);
  // The SALES.* functions read this workbook, and hear of every change the pane or an edit makes.
  useEffect(() => {
    setSource(() => readSalesData(workbook));
    setDateSystem(async () => workbook.date1904);
  }, [workbook]);
  useEffect(() => workbook.subscribe(invalidate), [workbook]);
  // The pane asks to show a row (a client chosen on the Clients page): go to its sheet and select it.
  useEffect(
    () =>
      workbook.subscribeShowRow(({ sheet: name, row }) => {
        setCurrent(name);
        setSelected({ row, col: 1 });
      }),
    [workbook],
  );
  // A newly opened workbook may not have the sheet that was showing: fall back to its first.
  const current = sheets.some((s) => s.name === chosen) ? chosen : (sheets[0]?.name ?? "");

  const [openError, setOpenError] = useState<string>();
  const open = async (file: File) => {
    try {
      setWorkbook(
        await openWorkbookFile(
          await knownFile(new Uint8Array(await file.arrayBuffer()), file.name),
          ObservableWorkbook,
        ),
      );
      setFileName(file.name.replace(/\.(csv|tsv|txt)$/i, ".xlsx"));
      setOpenError(undefined);
    } catch (error) {
      setOpenError((error as Error).message);
    }
  };
  /** A file's sheets added to the open workbook, not in its place: clients, invoices and orders from several files end up together. */
  const add = async (file: File) => {
    try {
      const added = await workbook.addSheetsOf(
        await openWorkbookFile(await knownFile(new Uint8Array(await file.arrayBuffer()), file.name)),
      );
      if (added[0]) setCurrent(added[0]);
      setOpenError(undefined);
    } catch (error) {
      setOpenError((error as Error).message);
    }
  };
  const save = async () => download(await workbook.save(), fileName.replace(/\.xlsx$/i, ""), "xlsx");
  const sheet = sheets.find((s) => s.name === current);
  const address = selected ? `${columnLetter(selected.col)}${selected.row}` : "";
  const select = (at: CellAddress) => {
    setSelected(at);
    // cells are selected only on a sheet shown
    const cell = sheet!.getCell(at.row, at.col);
    setDraft(cell.formula ? `=${cell.formula}` : String(cell.value ?? ""));
  };
  /** Enter in the formula bar: a formula, a number or text into the selected cell, as Excel takes them. */
  const commit = () => {
    if (!sheet || !selected) return;
    const text = draft.trim();
    const number = Number(text.replace(",", "."));
    sheet.getCell(selected.row, selected.col).value = text.startsWith("=")
      ? { formula: text.slice(1) }
      : text !== "" && Number.isFinite(number)
        ? number
        : text || null;
    invalidate();
    setEdits((n) => n + 1);
  };
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <div className={styles.page}>
        <section className={styles.book} aria-label={t("workbench.workbook")}>
          <div className={styles.bar}>
            <FileButton
              icon={<FolderOpenRegular />}
              label={t("workbench.open")}
              input={t("workbench.openInput")}
              onFile={open}
            />
            <FileButton
              icon={<DocumentAddRegular />}
              label={t("workbench.add")}
              input={t("workbench.addInput")}
              onFile={add}
            />
            <Button icon={<ArrowDownloadRegular />} size="small" onClick={() => void save()}>
              {t("workbench.download")}
            </Button>
            <Text weight="semibold">{fileName}</Text>
            {openError && <Text role="alert">{openError}</Text>}
          </div>
          <div className={styles.bar}>
            <Text className={styles.address} aria-label={t("workbench.cell")}>
              {address}
            </Text>
            <Input
              aria-label={t("workbench.formulaBar")}
              style={{ flex: 1 }}
              disabled={!selected}
              value={draft}
              onChange={(_, d) => setDraft(d.value)}
              onKeyDown={(e) => e.key === "Enter" && commit()}
            />
          </div>
          <div className={styles.tabs}>
            <TabList
              size="small"
              selectedValue={current}
              onTabSelect={(_, d) => setCurrent(String(d.value))}
              aria-label={t("workbench.sheets")}
            >
              {sheets.map((s) => (
                <Tab key={s.name} value={s.name}>
                  {s.name}
                </Tab>
              ))}
            </TabList>
          </div>
          {sheet &&
            gridShown &&
            workbook
              .chartsOn(sheet.name)
              .map((chart) => <SheetChart key={`${chart.title}|${version}`} sheet={sheet} chart={chart} />)}
          {sheet && gridShown && (
            <SheetView
              key={`${sheet.name}|${version}|${edits}`}
              sheet={sheet}
              label={t("workbench.sheet", { name: sheet.name })}
              language={language}
              selected={selected}
              onSelect={select}
            />
          )}
        </section>
        <aside
          id="task-pane"
          className={styles.pane}
          style={{ width: paneWidth, boxSizing: "border-box" }}
          aria-label={t("workbench.pane")}
        >
          <App
            key={fileName}
            host="excel"
            port={workbook}
            language={language}
            dark={dark}
            today={today}
            microsoft365={microsoft365}
          />
        </aside>
      </div>
    </FluentProvider>
  );
}

/** A button that asks for a workbook file (its hidden input named for tests and screen readers). */
function FileButton({
  icon,
  label,
  input,
  onFile,
}: {
  icon: JSX.Element;
  label: string;
  input: string;
  onFile: (file: File) => Promise<void>;
}) {
  const picker = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button icon={icon} size="small" onClick={() => picker.current?.click()}>
        {label}
      </Button>
      <input
        ref={picker}
        type="file"
        accept=".xlsx,.ods,.csv,.tsv,.txt"
        hidden
        aria-label={input}
        onChange={(e) => e.target.files?.[0] && void onFile(e.target.files[0])}
      />
    </>
  );
}
