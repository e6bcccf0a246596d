/** What a page's section gets: the workbook's records, and where to say what its action did. */
import type { SalesData } from "../../core/workbook";
import type { Outcome } from "./Outcome";

export interface SectionProps {
  data: SalesData;
  onDone: (o: Outcome) => void;
}
