/** A bar chart a pane can hold at 320 px: one row per label, the bar's length its share of the largest, the value written beside it. */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  chart: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 9rem) 1fr auto",
    gap: "4px 8px",
    alignItems: "center",
    margin: 0,
    padding: 0,
  },
  label: { overflowWrap: "anywhere" },
  track: { height: "12px", backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusSmall },
  bar: { height: "100%", backgroundColor: tokens.colorBrandBackground, borderRadius: tokens.borderRadiusSmall },
  value: { textAlign: "right", whiteSpace: "nowrap" },
});

export interface Bar {
  label: string;
  value: number;
  /** the value as written (a count, an amount) */
  shown: string;
}

export function MarketBars({ title, bars }: { title: string; bars: readonly Bar[] }) {
  const styles = useStyles();
  const top = Math.max(1, ...bars.map((b) => Math.abs(b.value)));
  return (
    <figure
      className={styles.chart}
      role="img"
      aria-label={`${title}: ${bars.map((b) => `${b.label} ${b.shown}`).join(", ")}`}
    >
      {bars.map((b) => [
        <Caption1 key={`l${b.label}`} className={styles.label}>
          {b.label}
        </Caption1>,
        <div key={`t${b.label}`} className={styles.track}>
          <div className={styles.bar} style={{ width: `${(100 * Math.abs(b.value)) / top}%` }} />
        </div>,
        <Caption1 key={`v${b.label}`} className={styles.value}>
          {b.shown}
        </Caption1>,
      ])}
    </figure>
  );
}
