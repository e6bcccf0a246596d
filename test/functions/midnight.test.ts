/**
 * A workbook left open overnight (issue 29): a live cell that counts from today answers again just
 * after local midnight, with the new day, and stops waiting once no cell is live.
 */
import { lateOrders } from "../../src/functions/functions";
import { setToday } from "../../src/functions/snapshots";
import { setSource } from "../../src/runtime/sharedRead";
import { salesDataFrom } from "../../src/core/workbook/salesData";
import { localToday, serialFromDay, dayOf } from "../../src/core/kernel/dates";
import { cell } from "../helpers/functionCell";
import { tableData } from "../helpers/tables";

afterEach(() => jest.useRealTimers());

it("a live cell counting from today answers again after midnight, with the new day", async () => {
  jest.useFakeTimers({ now: new Date(2026, 11, 6, 23, 59, 0) }); // 06/12/2026 23:59 local time
  setToday(() => localToday(new Date())); // as in Excel: the system's date
  // an order promised for the 6th, not delivered: not late on the 6th, late from the 7th
  setSource(async () =>
    salesDataFrom([
      tableData("Clients", ["ClientID", "Name"], [["C-1", "Forn Puig"]]),
      tableData(
        "Orders",
        ["OrderID", "ClientID", "OrderDate", "PromisedDate", "Net", "Status"],
        [["O-1", "C-1", serialFromDay(dayOf(2026, 12, 1)), serialFromDay(dayOf(2026, 12, 6)), 100, "Open"]],
      ),
    ]),
  );
  const live = cell(lateOrders, null, null);
  expect(await live.value(1)).toBe(0);
  await jest.advanceTimersByTimeAsync(2 * 60_000);
  expect(await live.value(2)).toBe(1);
  live.invocation.onCanceled?.();
  expect(jest.getTimerCount()).toBe(0);
});
