/** Home page: which contract tables the workbook has, how many rows, and every problem in them. */
import {
  Badge,
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { ArrowClockwiseRegular, ArrowImportRegular } from "@fluentui/react-icons";
import { useNavigate } from "../../state/navigation";
import { checkWorkbook, type Problem } from "../../../core/workbook";
import { VERIFACTU_CHECK } from "../../../core/invoicing";
import { useI18n } from "../../i18n";
import { usePort } from "../../state/port";
import { useTask } from "../../state/useTask";
import { TaskPage } from "../../components/TaskPage";

/** Enough to act on; the CLI lists them all. */
const SHOWN_PROBLEMS = 100;

const useStyles = makeStyles({
  badges: { display: "flex", gap: "4px", flexWrap: "wrap", whiteSpace: "nowrap" },
  problems: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "6px" },
  problem: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    paddingBottom: "6px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  where: { color: tokens.colorNeutralForeground3 },
  absent: { color: tokens.colorNeutralForeground3 },
});

export function HealthPage() {
  const { t, language } = useI18n();
  const styles = useStyles();
  const port = usePort();
  const [state, rerun] = useTask(() => checkWorkbook(port, [VERIFACTU_CHECK]));
  const go = useNavigate();
  const refresh = (
    <Button icon={<ArrowClockwiseRegular />} onClick={rerun} disabled={state.status === "running"}>
      {t("health.refresh")}
    </Button>
  );
  return (
    <TaskPage
      id="health"
      title={t("health.title")}
      intro={t("health.intro")}
      actions={refresh}
      busy={t("health.checking")}
      state={state}
    >
      {(report) => (
        <>
          {report.tables.every((x) => !x.present) && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>{t("health.empty")}</MessageBarBody>
              <MessageBarActions>
                <Button appearance="primary" icon={<ArrowImportRegular />} onClick={() => go("import")}>
                  {t("health.toImport")}
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
          <MessageBar
            intent={
              report.tables.every((x) => !x.present)
                ? "info"
                : report.errors
                  ? "error"
                  : report.warnings
                    ? "warning"
                    : "success"
            }
          >
            <MessageBarBody>
              {t("health.summary", {
                errors: report.errors,
                warnings: report.warnings,
                tables: report.tables.filter((x) => x.present).length,
              })}
            </MessageBarBody>
          </MessageBar>
          <Table size="small" aria-label={t("health.title")}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t("health.table")}</TableHeaderCell>
                <TableHeaderCell style={{ width: "56px", textAlign: "right" }}>{t("health.rows")}</TableHeaderCell>
                <TableHeaderCell>{t("health.status")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {report.tables.map((table) => (
                <TableRow key={table.table}>
                  <TableCell>{t(`common.table.${table.table}`)}</TableCell>
                  <TableCell style={{ textAlign: "right" }}>
                    {table.present ? table.rows.toLocaleString(language) : ""}
                  </TableCell>
                  <TableCell>
                    {!table.present ? (
                      <Caption1 className={styles.absent}>{t("health.absent")}</Caption1>
                    ) : (
                      <span className={styles.badges}>
                        {table.errors > 0 && <Badge color="danger">{t("health.errors", { n: table.errors })}</Badge>}
                        {table.warnings > 0 && (
                          <Badge color="warning">{t("health.warnings", { n: table.warnings })}</Badge>
                        )}
                        {table.errors + table.warnings === 0 && <Badge color="success">{t("health.ok")}</Badge>}
                      </span>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {report.problems.length > 0 && <ProblemList problems={report.problems} />}
        </>
      )}
    </TaskPage>
  );
}

function ProblemList({ problems }: { problems: Problem[] }) {
  const { t, tell } = useI18n();
  const styles = useStyles();
  return (
    <>
      <Subtitle2 as="h3">{t("health.problems")}</Subtitle2>
      <ul className={styles.problems}>
        {problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
          <li key={i} className={styles.problem}>
            <Caption1 className={styles.where}>
              <Badge size="small" appearance="tint" color={p.severity === "error" ? "danger" : "warning"}>
                {t(`severity.${p.severity}`)}
              </Badge>{" "}
              {[p.sheet, p.row !== null ? t("health.row", { n: p.row }) : null, p.column].filter(Boolean).join(" · ")}
            </Caption1>
            <Body1>{tell.problem(p)}</Body1>
          </li>
        ))}
      </ul>
      {problems.length > SHOWN_PROBLEMS && (
        <Caption1>{t("health.more", { n: problems.length - SHOWN_PROBLEMS })}</Caption1>
      )}
    </>
  );
}
