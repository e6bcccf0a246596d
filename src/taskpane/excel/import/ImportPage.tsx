/**
 * Import tab: the sheets that hold no contract table yet, each with the table and column mapping the
 * import proposes, correctable with dropdowns; the preview counts rows and lists problems before
 * anything is written; "Import" writes the tables and the Quarantine sheet.
 */
import { useEffect, useMemo, useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Button,
  Caption1,
  Checkbox,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  ProgressBar,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { ArrowClockwiseRegular, ArrowImportRegular } from "@fluentui/react-icons";
import { CONTRACT, TABLE_NAMES, TableName, describeProblem } from "../../../core/workbook";
import {
  needsPeriod,
  planSheet,
  SheetPlan,
  PreparedImport,
  prepareImport,
  runImportInSteps,
  writeImport,
  saveCorrections,
  type ImportResult,
} from "../../../core/import";
import { readPeriod, columnLabel, tableLabel } from "../../../core/locale";
import { formatIsoDate, type MessageLanguage } from "../../../core/kernel";
import { useToday } from "../../state/today";
import { useI18n } from "../../i18n";
import { usePort } from "../../state/port";
import { useTask } from "../../state/useTask";
import { TaskPage, usePageStyles } from "../../components/TaskPage";
import { Outcome } from "../../components/Outcome";

/** How near the table that came second must come for the card to name it: a choice worth a look. */
const CLOSE = 1;

/** Enough to act on before importing; the Quarantine sheet and the CLI keep them all. */
const SHOWN_PROBLEMS = 50;

const useStyles = makeStyles({
  mapping: { display: "flex", flexDirection: "column", gap: "6px" },
  problems: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: "4px",
    overflowWrap: "anywhere",
  },
  muted: { color: tokens.colorNeutralForeground3 },
  badge: { alignSelf: "flex-start" },
});

export function ImportPage() {
  const { t } = useI18n();
  const port = usePort();
  const [state, reread] = useTask(() => prepareImport(port));
  const [outcome, setOutcome] = useState<Outcome>();
  // After an import the same sheets are offered again: the button then says it imports them again.
  const [imported, setImported] = useState(false);
  const rereadButton = (
    <Button icon={<ArrowClockwiseRegular />} onClick={reread} disabled={state.status === "running"}>
      {t("import.reread")}
    </Button>
  );
  return (
    <TaskPage
      id="import"
      title={t("import.title")}
      intro={t("import.intro")}
      actions={rereadButton}
      outcome={outcome}
      busy={t("import.reading")}
      state={state}
    >
      {(prepared) =>
        prepared.grids.length === 0 ? (
          <Body1>{t("import.none")}</Body1>
        ) : (
          <ImportForm
            prepared={prepared}
            again={imported}
            onOutcome={setOutcome}
            onImported={() => (setImported(true), reread())}
          />
        )
      }
    </TaskPage>
  );
}

type Progress = { done: number; of: number } | undefined;

/**
 * The import previewed in steps, so a sheet of tens of thousands of rows never freezes the pane: the
 * last result stays shown while a changed mapping is read again, with its progress; a run that a newer
 * change overtakes is dropped.
 */
function useSteppedImport(
  prepared: PreparedImport,
  plans: readonly SheetPlan[],
  how: { period: string | undefined; language: MessageLanguage },
) {
  const { period, language } = how;
  const inputs = useMemo(() => ({ prepared, plans, period, language }), [prepared, plans, period, language]);
  const [done, setDone] = useState<{ inputs: object; result: ImportResult }>();
  const [step, setStep] = useState<{ inputs: object; done: number; of: number }>();
  useEffect(() => {
    const signal = { aborted: false };
    const report = (lines: number, of: number) => setStep({ inputs, done: lines, of });
    runImportInSteps(
      inputs.prepared,
      inputs.plans,
      { period: inputs.period, language: inputs.language },
      report,
      nextFrame,
      signal,
    ).then((result) => result && setDone({ inputs, result }));
    return () => {
      signal.aborted = true;
    };
  }, [inputs]);
  const pending = done?.inputs !== inputs;
  const progress: Progress = pending ? (step?.inputs === inputs ? step : { done: 0, of: 0 }) : undefined;
  return { result: done?.result, progress };
}

/** Lets the browser draw before the next step. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function ImportProgress({ progress }: { progress: Progress }) {
  const { t } = useI18n();
  return (
    <Field
      validationMessage={
        progress && progress.of > 0
          ? t("import.progress", { done: progress.done, of: progress.of })
          : t("import.reading")
      }
      validationState="none"
    >
      <ProgressBar value={progress && progress.of > 0 ? progress.done / progress.of : undefined} />
    </Field>
  );
}

interface FormProps {
  prepared: PreparedImport;
  onOutcome: (outcome: Outcome) => void;
  onImported: () => void;
  /** these sheets were imported already: importing them again replaces the rows they brought */
  again: boolean;
}

function ImportForm({ prepared, again, onOutcome, onImported }: FormProps) {
  const { t, tell, language } = useI18n();
  const styles = useStyles();
  const page = usePageStyles();
  const port = usePort();
  const today = useToday();
  const [plans, setPlans] = useState<SheetPlan[]>(prepared.plans);
  const [chosen, setChosen] = useState<Set<string>>(new Set(prepared.plans.filter((p) => p.table).map((p) => p.sheet)));
  const [writing, setWriting] = useState(false);
  const [periodText, setPeriodText] = useState("");
  const selected = useMemo(() => plans.filter((p) => chosen.has(p.sheet) && p.table), [plans, chosen]);
  const askPeriod = selected.some(needsPeriod);
  const period = readPeriod(periodText);
  const { result, progress } = useSteppedImport(prepared, selected, { period, language });
  const totals = (result?.sheets ?? []).reduce(
    (n, s) => ({ imported: n.imported + s.imported, quarantined: n.quarantined + s.quarantined }),
    {
      imported: 0,
      quarantined: 0,
    },
  );
  // Her change is marked, to be remembered for the next sheet with these headers once the import is written.
  const replace = (plan: SheetPlan) =>
    setPlans(plans.map((p) => (p.sheet === plan.sheet ? { ...plan, corrected: true, asLastTime: false } : p)));
  const setTable = (sheet: string, table: TableName | null) => {
    replace(
      planSheet(
        // sheet is one of the prepared grids' names
        prepared.grids.find((g) => g.name === sheet)!,
        table,
      ),
    );
    setChosen(new Set([...chosen].filter((s) => s !== sheet || table !== null).concat(table ? [sheet] : [])));
  };
  const setColumn = (plan: SheetPlan, index: number, column: string | null) =>
    replace({
      ...plan,
      columns: plan.columns.map((c) =>
        c.index === index ? { ...c, column } : c.column === column && column !== null ? { ...c, column: null } : c,
      ),
    });
  const run = () => {
    if (!result) return;
    setWriting(true);
    writeImport(port, result, prepared.target, language)
      .then(async (notes) => {
        await saveCorrections(
          port,
          selected.filter((p) => p.corrected),
          formatIsoDate(today),
          language,
        );
        return notes;
      })
      .then(
        (notes) => {
          const done = t("import.done", { n: totals.imported, quarantined: totals.quarantined });
          onOutcome(
            notes.length ? { intent: "warning", text: [done, ...notes].join(" ") } : { intent: "success", text: done },
          );
          onImported();
        },
        (error: Error) => {
          onOutcome({ intent: "error", text: tell.error(error) });
          setWriting(false);
        },
      );
  };
  if (!result) return <ImportProgress progress={progress} />;
  const problems = result.problems
    .filter((p) => p.severity === "error")
    .concat(result.problems.filter((p) => p.severity === "warning"));
  return (
    <>
      {plans.map((plan) => {
        const summary = result.sheets.find((s) => s.sheet === plan.sheet);
        return (
          <div key={plan.sheet} className={page.card} data-sheet={plan.sheet}>
            <Checkbox
              label={plan.sheet}
              checked={chosen.has(plan.sheet)}
              disabled={!plan.table}
              onChange={(_, d) =>
                setChosen(new Set(d.checked ? [...chosen, plan.sheet] : [...chosen].filter((s) => s !== plan.sheet)))
              }
            />
            <Field label={t("import.table")}>
              <Dropdown
                value={plan.table ? tableLabel(plan.table, language) : t("import.notTable")}
                selectedOptions={[plan.table ?? ""]}
                onOptionSelect={(_, d) => setTable(plan.sheet, (d.optionValue || null) as TableName | null)}
              >
                <Option value="">{t("import.notTable")}</Option>
                {TABLE_NAMES.map((name) => (
                  <Option key={name} value={name}>
                    {tableLabel(name, language)}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            {plan.asLastTime && (
              <Badge appearance="tint" color="success" className={styles.badge}>
                {t("import.asLastTime")}
              </Badge>
            )}
            {plan.runnerUp && !plan.corrected && plan.runnerUp.chosen - plan.runnerUp.score < CLOSE && (
              <Caption1 className={styles.muted}>
                {t("import.runnerUp", { table: tableLabel(plan.runnerUp.table, language) })}
              </Caption1>
            )}
            {plan.headerRow !== null && (
              <Caption1 className={styles.muted}>{t("import.headerRow", { row: plan.headerRow })}</Caption1>
            )}
            {summary && chosen.has(plan.sheet) && (
              <Body1>
                {summary.held
                  ? t("import.held", { n: summary.held })
                  : t("import.counts", {
                      n: summary.rows,
                      imported: summary.imported,
                      quarantined: summary.quarantined,
                    })}
              </Body1>
            )}
            {plan.table && (
              <Accordion collapsible>
                <AccordionItem value="columns">
                  <AccordionHeader size="small">
                    {t("import.columns", { n: plan.columns.filter((c) => c.column).length, of: plan.columns.length })}
                  </AccordionHeader>
                  <AccordionPanel className={styles.mapping}>
                    {plan.columns.map((c) => (
                      <Field key={c.index} label={c.header}>
                        <Dropdown
                          size="small"
                          value={c.column ? columnLabel(c.column, language) : t("import.extra")}
                          selectedOptions={[c.column ?? ""]}
                          onOptionSelect={(_, d) => setColumn(plan, c.index, d.optionValue || null)}
                        >
                          <Option value="">{t("import.extra")}</Option>
                          {(plan.table ? CONTRACT[plan.table].columns : []).map((col) => (
                            <Option key={col.name} value={col.name}>
                              {columnLabel(col.name, language)}
                            </Option>
                          ))}
                        </Dropdown>
                      </Field>
                    ))}
                  </AccordionPanel>
                </AccordionItem>
              </Accordion>
            )}
          </div>
        );
      })}
      {askPeriod && (
        <Field
          label={t("import.period")}
          hint={t("import.periodHint")}
          validationMessage={
            periodText.trim() !== "" && !period ? t("import.badPeriod", { text: periodText }) : undefined
          }
        >
          <Input value={periodText} onChange={(_, d) => setPeriodText(d.value)} />
        </Field>
      )}
      {progress && <ImportProgress progress={progress} />}
      <Button
        appearance="primary"
        icon={<ArrowImportRegular />}
        disabled={selected.length === 0 || writing || progress !== undefined}
        onClick={run}
      >
        {writing ? t("import.running") : t(again ? "import.again" : "import.run", { n: totals.imported })}
      </Button>
      {problems.length > 0 && (
        <>
          <Subtitle2 as="h3">{t("import.problems", { n: problems.length })}</Subtitle2>
          <ul className={styles.problems}>
            {problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
              <li key={i}>
                <Caption1>{describeProblem(p, language)}</Caption1>
              </li>
            ))}
          </ul>
          {problems.length > SHOWN_PROBLEMS && (
            <Caption1 className={styles.muted}>{t("import.more", { n: problems.length - SHOWN_PROBLEMS })}</Caption1>
          )}
        </>
      )}
    </>
  );
}
