/** Weekly report: pick the week, the basis and a breakdown; Generate writes the sheets and shows the figures. */
import { parsePeriodWords } from "../../../core/locale";
import { useState } from "react";
import {
  Badge,
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  Radio,
  RadioGroup,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { ChevronLeftRegular, ChevronRightRegular, DocumentTableRegular } from "@fluentui/react-icons";
import { parsePeriod, periodContaining, render, SaidError, say } from "../../../core/kernel";
import { salesData } from "../../../runtime/sharedRead";
import {
  reportSheet,
  weeklySalesSheet,
  lastCompleteWeek,
  Rag,
  weeklyReport,
  WeeklyReport,
  type Basis,
} from "../../../core/sales";
import { useToday } from "../../state/today";
import { useI18n } from "../../i18n";
import { usePort } from "../../state/port";
import { money, percent } from "../../format";
import { WEEKLY_SALES, type WrittenSheet } from "../../../core/workbook";
import { failure, TaskState } from "../../state/useTask";
import { TaskPage } from "../../components/TaskPage";
import { OutcomeBar } from "../../components/Outcome";

type Breakdown = "exec" | "region" | "category";

const RAG_BADGE: Record<Rag, "success" | "warning" | "danger"> = { green: "success", amber: "warning", red: "danger" };

const useStyles = makeStyles({
  week: { display: "flex", gap: "4px", alignItems: "end" },
  kpis: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))", gap: "8px" },
  kpi: {
    padding: "8px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    display: "flex",
    flexDirection: "column",
    gap: "2px",
  },
  num: { textAlign: "right", whiteSpace: "nowrap" },
});

/** Moves an ISO week label by a number of weeks. */
function shiftWeek(label: string, weeks: number): string {
  const p = parsePeriod(label);
  return p.ok && p.value.kind === "week" ? periodContaining("week", p.value.start + 7 * weeks).label : label;
}

export function ReportPage() {
  const { t, tell, language } = useI18n();
  const styles = useStyles();
  const port = usePort();
  const today = useToday();
  const [week, setWeek] = useState(() => lastCompleteWeek(today));
  const [basis, setBasis] = useState<Basis>("invoiced");
  const [breakdown, setBreakdown] = useState<Breakdown>("exec");
  const [state, setState] = useState<TaskState<{ report: WeeklyReport; written: WrittenSheet[] }>>({ status: "idle" });
  const weekError = (() => {
    const p = parsePeriodWords(week);
    return !p.ok ? tell(p.error) : p.value.kind !== "week" ? tell(say("report.notWeek", { text: week })) : undefined;
  })();

  const generate = async () => {
    setState({ status: "running" });
    try {
      const data = await salesData();
      const result = weeklyReport(data, week, basis);
      if (!result.ok) throw new SaidError(result.error);
      const currency = data.settings.currency;
      const written = [
        await port.writeSheet({ ...reportSheet(result.value, language), currency }),
        await port.writeSheet({
          ...weeklySalesSheet(result.value, await port.readTable(WEEKLY_SALES), language),
          currency,
        }),
      ];
      setState({ status: "done", value: { report: result.value, written } });
    } catch (error) {
      setState(failure(error));
    }
  };

  const form = (
    <>
      <div className={styles.week}>
        <Field label={t("report.week")} validationMessage={weekError} style={{ flex: 1 }}>
          <Input value={week} onChange={(_, d) => setWeek(d.value.trim().toUpperCase())} />
        </Field>
        <Button
          icon={<ChevronLeftRegular />}
          aria-label={t("report.previous")}
          onClick={() => setWeek(shiftWeek(week, -1))}
        />
        <Button
          icon={<ChevronRightRegular />}
          aria-label={t("report.next")}
          onClick={() => setWeek(shiftWeek(week, 1))}
        />
      </div>
      <Field label={t("report.basis")}>
        <RadioGroup layout="horizontal" value={basis} onChange={(_, d) => setBasis(d.value as Basis)}>
          <Radio value="invoiced" label={t("report.invoiced")} />
          <Radio value="booked" label={t("report.booked")} />
        </RadioGroup>
      </Field>
      <Field label={t("report.breakdown")}>
        <Dropdown
          value={t(
            breakdown === "exec" ? "report.byExec" : breakdown === "region" ? "report.byRegion" : "report.byCategory",
          )}
          selectedOptions={[breakdown]}
          onOptionSelect={(_, d) => setBreakdown(d.optionValue as Breakdown)}
        >
          <Option value="exec">{t("report.byExec")}</Option>
          <Option value="region">{t("report.byRegion")}</Option>
          <Option value="category">{t("report.byCategory")}</Option>
        </Dropdown>
      </Field>
      <Button
        appearance="primary"
        icon={<DocumentTableRegular />}
        disabled={!!weekError || state.status === "running"}
        onClick={() => void generate()}
      >
        {t("report.generate")}
      </Button>
    </>
  );
  return (
    <TaskPage
      id="report"
      title={t("report.title")}
      intro={t("report.intro")}
      lead={form}
      busy={t("report.generating")}
      state={state}
    >
      {({ report, written }) => (
        <>
          <ReportView report={report} breakdown={breakdown} />
          {report.problems.length > 0 && (
            <OutcomeBar outcome={{ intent: "warning", text: report.problems.map(tell.problem).join(" · ") }} />
          )}
          {written.some((w) => w.note) && (
            <OutcomeBar
              outcome={{
                intent: "warning",
                text: written.flatMap((w) => (w.note ? [render(w.note, language)] : [])).join(" · "),
              }}
            />
          )}
          <Caption1>{t("report.written", { sheet: written[0].sheet, history: written[1]?.sheet ?? "" })}</Caption1>
        </>
      )}
    </TaskPage>
  );
}

function ReportView({ report, breakdown }: { report: WeeklyReport; breakdown: Breakdown }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const rows =
    breakdown === "exec"
      ? report.execs.map((e) => ({ key: e.exec, label: e.name, ...e }))
      : (breakdown === "region" ? report.regions : report.categories).map((r) => ({ ...r, label: r.key }));
  const status = (s: Rag | null) =>
    s ? (
      <Badge color={RAG_BADGE[s]} appearance="filled">
        {t(`rag.${s}`)}
      </Badge>
    ) : (
      <Caption1>{t("report.noTarget")}</Caption1>
    );
  return (
    <>
      <div className={styles.kpis} role="group" aria-label={t("report.title")}>
        <div className={styles.kpi}>
          <Caption1>{t("report.actual")}</Caption1>
          <Subtitle2>{money(report.total.actual, language)}</Subtitle2>
        </div>
        <div className={styles.kpi}>
          <Caption1>{t("report.target")}</Caption1>
          <Subtitle2>{money(report.total.target, language)}</Subtitle2>
        </div>
        <div className={styles.kpi}>
          <Caption1>{t("report.attainment")}</Caption1>
          <Subtitle2>{percent(report.total.attainment, language)}</Subtitle2>
          {status(report.total.status)}
        </div>
        <div className={styles.kpi}>
          <Caption1>{t("report.overdue")}</Caption1>
          <Subtitle2>{money(report.summary.overdue, language)}</Subtitle2>
        </div>
        {report.summary.onTime && (
          <div className={styles.kpi}>
            <Caption1>{t("report.onTime")}</Caption1>
            <Subtitle2>{percent(report.summary.onTime.rate, language)}</Subtitle2>
            <Caption1>{t("report.lateOrders", { n: report.summary.lateOrders.length })}</Caption1>
          </div>
        )}
      </div>
      <Table size="small" aria-label={t("report.breakdown")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("report.name")}</TableHeaderCell>
            <TableHeaderCell className={styles.num}>{t("report.actual")}</TableHeaderCell>
            <TableHeaderCell className={styles.num}>{t("report.attainment")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.key}>
              <TableCell>
                {r.label}
                <br />
                {status(r.status)}
              </TableCell>
              <TableCell className={styles.num}>
                {money(r.actual, language)}
                <br />
                <Caption1>{money(r.target, language)}</Caption1>
              </TableCell>
              <TableCell className={styles.num}>{percent(r.attainment, language)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
