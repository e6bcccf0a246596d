import { watchTables } from "../../src/excel/tableEvents";
import { FakeExcel, invoiceTable } from "../helpers/fakeExcel";

describe("watching the workbook's tables", () => {
  it("registers for changes, additions and deletions in one round trip, and coalesces bursts", async () => {
    jest.useFakeTimers();
    const excel = new FakeExcel([invoiceTable(2)]);
    const onChange = jest.fn();
    await watchTables(excel.run, onChange, 300);
    expect(excel.syncs).toBe(1);
    expect([
      excel.tableEvents.onChanged.length,
      excel.tableEvents.onAdded.length,
      excel.tableEvents.onDeleted.length,
    ]).toEqual([1, 1, 1]);
    // a paste fires many events: one change is reported once things are quiet
    for (let i = 0; i < 5; i++) await excel.tableEvents.onChanged[0]();
    await excel.tableEvents.onAdded[0]();
    jest.advanceTimersByTime(299);
    expect(onChange).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(onChange).toHaveBeenCalledTimes(1);
    await excel.tableEvents.onDeleted[0]();
    jest.advanceTimersByTime(300);
    expect(onChange).toHaveBeenCalledTimes(2);
    jest.useRealTimers();
  });
});
