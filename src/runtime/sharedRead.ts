/**
 * The workbook's tables as the shared runtime last read them: the task pane's pages and the SALES.*
 * functions share one read until the tables change. Where the tables come from is set by the face
 * (the open workbook in Excel, an .xlsx file in the workbench and tests).
 */
import type { SalesData } from "../core/workbook";

type Source = () => Promise<SalesData>;

let source: Source | undefined;
let waitingForSource: ((s: Source) => void)[] = [];
let data: Promise<SalesData> | undefined;
let readDateSystem: (() => Promise<boolean>) | undefined;
let date1904: Promise<boolean> | undefined;
const changes = new Set<() => void>();

export function setSource(load: Source): void {
  source = load;
  readDateSystem = undefined; // another workbook: its date system is read with it, or set after it
  waitingForSource.forEach((resolve) => resolve(load));
  waitingForSource = [];
  invalidate();
}

/**
 * The workbook's date system, read on its own where the face can (one round trip in Excel): WEEK and
 * WEEKSTART need nothing else, and should not wait for every table to be read (issue 29).
 */
export function setDateSystem(read: () => Promise<boolean>): void {
  readDateSystem = read;
  date1904 = undefined;
}

/** The date system: read apart where the face can, from the tables where it cannot. A failed read is not kept. */
export function dateSystem(): Promise<boolean> {
  if (!date1904) {
    const pending = readDateSystem ? readDateSystem() : salesData().then((d) => d.date1904);
    date1904 = pending;
    pending.catch(() => date1904 === pending && (date1904 = undefined));
  }
  return date1904;
}

/** The tables changed: drop what was read and tell whoever computed from it. */
export function invalidate(): void {
  date1904 = undefined;
  data = undefined;
  changes.forEach((changed) => changed());
}

export function onInvalidate(changed: () => void): void {
  changes.add(changed);
}

/** The tables, read once until the next change. A failed read is not kept: the next call tries again. */
export function salesData(): Promise<SalesData> {
  if (!data) {
    const load = source ? Promise.resolve(source) : new Promise<Source>((resolve) => waitingForSource.push(resolve));
    const pending = load.then((s) => s());
    data = pending;
    pending.catch(() => data === pending && (data = undefined));
  }
  return data;
}
