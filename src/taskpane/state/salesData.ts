/** The workbook's tables for a page: the runtime's shared read (functions included); reload reads again. */
import { useCallback } from "react";
import { invalidate, salesData } from "../../runtime/sharedRead";
import type { SalesData } from "../../core/workbook";
import { TaskState, useTask } from "./useTask";

export function useSalesData(): [TaskState<SalesData>, () => void] {
  const [state, rerun] = useTask(salesData);
  const reload = useCallback(() => {
    invalidate();
    rerun();
  }, [rerun]);
  return [state, reload];
}
