/** Merging clients, all or nothing: checked before the first write, journalled, finished or rolled back after a stop half-way. */
import {
  finishMerge,
  mergeClients,
  planMerge,
  rollBackMerge,
  archivedMerges,
  archiveSheet,
} from "../../../src/core/clients/merge";
import { outputTable } from "../../../src/core/workbook/output";
import { dayOf } from "../../../src/core/kernel/dates";
import { CONTRACT } from "../../../src/core/workbook/contract";
import { XlsxWorkbook } from "../../../src/files/xlsxWorkbook";
import type { WorkbookPort } from "../../../src/core/workbook/port";
import { tableData } from "../../helpers/tables";
import { CLIENT_HEADERS as HEADERS, CLIENT_ROWS as ROWS } from "../../helpers/clientRows";

const today = dayOf(2026, 11, 27);

async function workbook(): Promise<XlsxWorkbook> {
  const w = new XlsxWorkbook();
  const clients = ROWS.map((r) =>
    CONTRACT.Clients.columns.map((c) => (HEADERS.includes(c.name) ? r[HEADERS.indexOf(c.name)] : null)),
  );
  await w.writeSheet({ name: "Clients", tables: [outputTable("Clients", clients)] });
  const inv = (n: string, client: string) => [
    n,
    today,
    client,
    null,
    null,
    10,
    0.21,
    2.1,
    12.1,
    "EUR",
    null,
    null,
    null,
  ];
  await w.writeSheet({
    name: "Invoices",
    tables: [
      outputTable("Invoices", [inv("F1", "C-0001"), inv("F2", "C-0002"), inv("F3", "C-0002"), inv("F4", "C-0003")]),
    ],
  });
  await w.writeSheet({
    name: "Payments",
    tables: [
      outputTable("Payments", [["P1", today, "F2", "C-0002", 12.1, "Transfer", null, "Received", null, null, null]]),
    ],
  });
  return w;
}

const column = async (w: WorkbookPort, table: string, name: string) => {
  const t = (await w.readTable(table))!;
  return t.rows.map((r) => r[t.headers.indexOf(name)]);
};

/** The port, failing at its n-th call of one method: a merge stopped half-way (Excel closed, the network gone). */
function failingAt(port: WorkbookPort, method: "deleteRow" | "rewriteColumn", n: number): WorkbookPort {
  let calls = 0;
  return new Proxy(port, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (prop !== method) return typeof value === "function" ? value.bind(target) : value;
      return (...args: unknown[]) =>
        ++calls === n
          ? Promise.reject(new Error("the connection was lost"))
          : (value as (...a: unknown[]) => unknown).apply(target, args);
    },
  });
}

describe("merging clients", () => {
  it("fills the survivor's blanks, re-points every reference, archives the merged row with its journal; a second merge is refused", async () => {
    const w = await workbook();
    expect(await mergeClients(w, "C-0001", "C-0002", today)).toEqual({ ok: true, repointed: 3 });
    expect(await column(w, "Invoices", "ClientID")).toEqual(["C-0001", "C-0001", "C-0001", "C-0003"]);
    expect(await column(w, "Payments", "ClientID")).toEqual(["C-0001"]);
    expect(await column(w, "Clients", "ClientID")).toEqual(["C-0001", "C-0003", "C-0010"]);
    expect((await column(w, "Clients", "IBAN"))[0]).toBe("ES9121000418450200051332"); // filled from the merged one
    expect((await column(w, "Clients", "Email"))[0]).toBe("compres@puig.cat"); // kept its own
    const archive = (await w.readTable("ClientsArchive"))!;
    expect(archive.sheet).toBe("Clients archive");
    expect(archive.rows.map((r) => r.slice(0, 2))).toEqual([["C-0002", "Puig Ferretería, S.L."]]);
    expect(archive.rows[0].slice(-4, -1)).toEqual(["C-0001", 46353, "done"]);
    expect(JSON.parse(String(archive.rows[0].at(-1))).references).toEqual([
      { table: "Invoices", key: "InvoiceNo", keys: ["F2", "F3"] },
      { table: "Payments", key: "PaymentID", keys: ["P1"] },
    ]);
    expect(await mergeClients(w, "C-0001", "C-0002", today)).toEqual({
      ok: false,
      error: "C-0002 was merged into C-0001 already",
    });
    expect(await mergeClients(w, "C-0003", "C-0010", today + 1)).toEqual({ ok: true, repointed: 0 });
    expect((await column(w, "ClientsArchive", "ClientID")).length).toBe(2);
  });

  it("refuses to merge a client into itself or one that is not there", () => {
    const table = tableData("Clients", HEADERS, ROWS);
    expect(planMerge(table, "C-0001", "C-0001", undefined)).toEqual({
      ok: false,
      error: "a client cannot be merged into itself",
    });
    expect(planMerge(table, "C-0001", "C-0099", undefined)).toEqual({
      ok: false,
      error: "no client C-0099 in the Clients table",
    });
    const plan = planMerge(table, "C-0001", "C-0002", undefined);
    expect(plan.ok && archiveSheet(table, plan.plan, today, undefined).tables[0].rows).toHaveLength(1);
  });

  it("writes nothing when a step would fail: a user's table named like the archive is found before the first write", async () => {
    const w = await workbook();
    w.workbook
      .addWorksheet("Mine")
      .addTable({ name: "ClientsArchive", ref: "A1", columns: [{ name: "X" }], rows: [["mine"]] });
    await expect(mergeClients(w, "C-0001", "C-0002", today)).rejects.toThrow(
      "a table named ClientsArchive already exists on sheet Mine",
    );
    expect(await column(w, "Invoices", "ClientID")).toEqual(["C-0001", "C-0002", "C-0002", "C-0003"]);
    expect((await column(w, "Clients", "IBAN"))[0]).toBeNull();
  });

  it.each([
    ["while re-pointing", "rewriteColumn", 2],
    ["before removing the merged row", "deleteRow", 1],
  ] as const)("stopped %s, is offered to be finished, and finishing completes it", async (_when, method, n) => {
    const w = await workbook();
    await expect(mergeClients(failingAt(w, method, n), "C-0001", "C-0002", today)).rejects.toThrow(
      "the connection was lost",
    );
    const [left] = archivedMerges(await w.readTable("ClientsArchive"), "started");
    expect(left).toMatchObject({ state: "started", merged: "C-0002", survivor: "C-0001", reversible: true });
    expect(await mergeClients(w, "C-0001", "C-0002", today)).toEqual({
      ok: false,
      error: "the merge of C-0002 was not finished: finish it or roll it back first",
    });
    expect((await finishMerge(w, left.plan)).ok).toBe(true);
    expect(await column(w, "Invoices", "ClientID")).toEqual(["C-0001", "C-0001", "C-0001", "C-0003"]);
    expect(await column(w, "Payments", "ClientID")).toEqual(["C-0001"]);
    expect(await column(w, "Clients", "ClientID")).toEqual(["C-0001", "C-0003", "C-0010"]);
    expect(archivedMerges(await w.readTable("ClientsArchive"), "started")).toEqual([]);
  });

  it("undoes a merge done, from its journal in the archive", async () => {
    const w = await workbook();
    await mergeClients(w, "C-0001", "C-0002", today);
    const [done] = archivedMerges(await w.readTable("ClientsArchive"), "done");
    expect(await rollBackMerge(w, done)).toEqual({ ok: true, repointed: 3 });
    expect(await column(w, "Invoices", "ClientID")).toEqual(["C-0001", "C-0002", "C-0002", "C-0003"]);
    expect(await column(w, "Clients", "ClientID")).toEqual(["C-0001", "C-0003", "C-0010", "C-0002"]);
    expect(await column(w, "ClientsArchive", "MergeState")).toEqual(["rolled back"]);
    expect(archivedMerges(await w.readTable("ClientsArchive"), "done")).toEqual([]);
  });

  it("rolls a half-done merge back from its journal: references, fills and the merged row as they were", async () => {
    const w = await workbook();
    await expect(mergeClients(failingAt(w, "deleteRow", 1), "C-0001", "C-0002", today)).rejects.toThrow();
    const [left] = archivedMerges(await w.readTable("ClientsArchive"), "started");
    expect(await rollBackMerge(w, left)).toEqual({ ok: true, repointed: 3 });
    expect(await column(w, "Invoices", "ClientID")).toEqual(["C-0001", "C-0002", "C-0002", "C-0003"]); // F1 was C-0001's own: left alone
    expect(await column(w, "Payments", "ClientID")).toEqual(["C-0002"]);
    expect((await column(w, "Clients", "IBAN"))[0]).toBeNull();
    expect(await column(w, "Clients", "ClientID")).toEqual(["C-0001", "C-0002", "C-0003", "C-0010"]);
    expect(await column(w, "ClientsArchive", "MergeState")).toEqual(["rolled back"]);
    expect(archivedMerges(await w.readTable("ClientsArchive"), "started")).toEqual([]);
  });
});

describe("a merge at its edges", () => {
  it("is refused without a Clients table, and undone only from a journal that lists every key", async () => {
    expect(await mergeClients(new XlsxWorkbook(), "C-0001", "C-0002", today)).toEqual({
      ok: false,
      error: { code: "merge.noClients", params: {} },
    });
    const w = await workbook();
    await mergeClients(w, "C-0001", "C-0002", today);
    const [done] = archivedMerges(await w.readTable("ClientsArchive"), "done");
    expect(done.reversible).toBe(true);
    const unlisted = { ...done, reversible: false };
    expect(await rollBackMerge(w, unlisted)).toEqual({
      ok: false,
      error: { code: "merge.irreversible", params: { client: "C-0002" } },
    });
  });

  it("counts back only the references still the survivor's, and reads no merges from an archive without journals", async () => {
    const w = await workbook();
    await mergeClients(w, "C-0001", "C-0002", today);
    const [done] = archivedMerges(await w.readTable("ClientsArchive"), "done");
    // one re-pointed payment given to another client meanwhile: not taken back
    await w.rewriteColumn("Payments", "ClientID", () => "C-0003");
    expect(await rollBackMerge(w, done)).toEqual({ ok: true, repointed: 2 });
    expect(archivedMerges(undefined, "done")).toEqual([]);
    expect(
      archivedMerges(
        tableData("ClientsArchive", ["ClientID", "MergedInto", "MergeState"], [["C-9", "C-1", "done"]]),
        "done",
      ),
    ).toEqual([]);
  });
});
