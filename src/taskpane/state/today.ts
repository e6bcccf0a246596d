/** The day the pages count from (due dates, aging, the last complete week): today, or the workbench's ?today. */
import { createContext, useContext } from "react";
import { Day, localToday } from "../../core/kernel";

export const TodayContext = createContext<Day>(localToday(new Date()));

export const useToday = (): Day => useContext(TodayContext);
