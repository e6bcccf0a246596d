/**
 * `salesdesk orders`, `quotes`, `requests`, `visits` and `meetings` print the issues' JSON, and their
 * figures equal a plain loop over the sheet's rows written here apart from the core.
 */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import ICAL from "ical.js";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCli as run } from "../helpers/cli";
import { XlsxWorkbook } from "../../src/files/xlsxWorkbook";
import { dayFromSerial, formatIsoDate, parseIsoDate } from "../../src/core/kernel/dates";

const dir = mkdtempSync(path.join(tmpdir(), "salesdesk-follow-"));
const file = path.join(dir, "sample.xlsx");
const AS_OF = "2026-11-27";

/** The table's rows as objects of raw cells, read with ExcelJS. */
async function rowsOf(table: string): Promise<Record<string, unknown>[]> {
  const data = (await (await XlsxWorkbook.load(readFileSync(file))).readTable(table))!;
  return data.rows.map((r) => Object.fromEntries(data.headers.map((h, i) => [h, r[i]])));
}

const day = (v: unknown) => (typeof v === "number" ? dayFromSerial(v, false)! : null);
const euros = (cents: number) => Math.round(cents) / 100;

beforeAll(async () => {
  expect((await run("sample", "--out", file, "--seed", "7", "--invoices", "500", "--today", AS_OF)).code).toBe(0);
}, 60_000);

describe("salesdesk orders", () => {
  it("prints the open and late orders and the 90-day on-time rate, as a plain loop finds them", async () => {
    const result = await run("orders", file, "--as-of", AS_OF, "--json");
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out);
    expect(Object.keys(json)).toEqual(["asOf", "open", "late", "onTime"]);
    expect(Object.keys(json.open[0])).toEqual([
      "orderId",
      "clientId",
      "exec",
      "orderDate",
      "promisedDate",
      "status",
      "net",
      "daysLate",
    ]);
    // the rules, on the raw rows
    const asOf = parseIsoDate(AS_OF)!;
    const byId = new Map<string, Record<string, unknown>[]>();
    for (const r of await rowsOf("Orders")) byId.set(String(r.OrderID), [...(byId.get(String(r.OrderID)) ?? []), r]);
    const open: { orderId: string; promised: number | null; net: number }[] = [];
    let [delivered, onTime] = [0, 0];
    for (const [orderId, lines] of byId) {
      const live = lines.filter((l) => l.Status !== "Cancelled");
      if (live.length === 0) continue;
      let promised: number | null = null;
      for (const l of lines)
        if (day(l.PromisedDate) !== null && (promised === null || day(l.PromisedDate)! > promised))
          promised = day(l.PromisedDate);
      const dates = live.map((l) => day(l.DeliveredDate));
      let net = 0;
      for (const l of live) net += Math.round(Number(l.Net) * 100);
      if (dates.some((d) => d === null)) open.push({ orderId, promised, net });
      else {
        const at = Math.max(...(dates as number[]));
        if (at >= asOf - 89 && at <= asOf) {
          delivered++;
          if (promised === null || at <= promised) onTime++;
        }
      }
    }
    open.sort((a, b) => (a.promised ?? Infinity) - (b.promised ?? Infinity) || a.orderId.localeCompare(b.orderId));
    expect(json.open.map((o: { orderId: string; net: number }) => [o.orderId, o.net])).toEqual(
      open.map((o) => [o.orderId, euros(o.net)]),
    );
    const late = open.filter((o) => o.promised !== null && o.promised < asOf);
    expect(json.late.map((o: { orderId: string; daysLate: number }) => [o.orderId, o.daysLate])).toEqual(
      late.map((o) => [o.orderId, asOf - o.promised!]),
    );
    expect(json.onTime).toEqual({
      from: formatIsoDate(asOf - 89),
      to: AS_OF,
      delivered,
      onTime,
      rate: delivered ? onTime / delivered : null,
    });
    expect(json.late.length).toBeGreaterThan(0); // the sample has late orders to show
  });
});

describe("salesdesk quotes", () => {
  it("prints the open and expired quotes, the pipeline and the 90-day win rate, as a plain loop finds them", async () => {
    const result = await run("quotes", file, "--as-of", AS_OF, "--json");
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out);
    expect(Object.keys(json)).toEqual(["asOf", "open", "expired", "pipeline", "winRate"]);
    expect(Object.keys(json.open[0])).toEqual([
      "quoteId",
      "clientId",
      "exec",
      "quoteDate",
      "validUntil",
      "net",
      "status",
      "daysToExpiry",
    ]);
    const asOf = parseIsoDate(AS_OF)!;
    const byId = new Map<string, Record<string, unknown>[]>();
    for (const r of await rowsOf("Quotes")) byId.set(String(r.QuoteID), [...(byId.get(String(r.QuoteID)) ?? []), r]);
    const [open, expired]: string[][] = [[], []];
    let [pipeline, accepted, decided] = [0, 0, 0];
    for (const [id, lines] of byId) {
      const status = String(lines[0].Status ?? "Draft");
      const quoteDate = Math.min(...lines.map((l) => day(l.QuoteDate)!));
      const valid = lines.map((l) => day(l.ValidUntil)).filter((d): d is number => d !== null);
      const validUntil = valid.length ? Math.max(...valid) : quoteDate + 30;
      let net = 0;
      for (const l of lines) net += Math.round(Number(l.Net) * 100);
      const waiting = status === "Draft" || status === "Sent";
      if (waiting && asOf <= validUntil) {
        open.push(id);
        pipeline += net;
      }
      if (waiting && asOf > validUntil) expired.push(id);
      if (quoteDate >= asOf - 89 && quoteDate <= asOf) {
        if (status === "Accepted") accepted++;
        if (["Accepted", "Rejected", "Expired"].includes(status) || (status === "Sent" && asOf > validUntil)) decided++;
      }
    }
    expect(json.open.map((q: { quoteId: string }) => q.quoteId).sort()).toEqual(open.sort());
    expect(json.expired.map((q: { quoteId: string }) => q.quoteId).sort()).toEqual(expired.sort());
    expect(json.pipeline).toBeCloseTo(euros(pipeline), 2);
    expect(json.winRate).toEqual({
      from: formatIsoDate(asOf - 89),
      to: AS_OF,
      accepted,
      decided,
      rate: decided ? accepted / decided : null,
    });
  });
});

describe("salesdesk quote", () => {
  it("writes an estimate from the price list under the next number of the series, its lines under one number", async () => {
    const out = path.join(dir, "quoted.xlsx");
    const products = await rowsOf("Products");
    const [a, b] = products.map((p) => ({ sku: String(p.SKU), price: Number(p.UnitPrice) }));
    const result = await run(
      "quote",
      file,
      "--client",
      "C-0001",
      "--line",
      `${a.sku}:3`,
      "--line",
      `${b.sku}:2:10%`,
      "--today",
      AS_OF,
      "--out",
      out,
    );
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^wrote .*quoted\.xlsx: quote Q-2026-\d{4} for C-0001 .*, 2 lines, /);
    const id = /Q-2026-\d{4}/.exec(result.out)![0];
    const json = JSON.parse((await run("quotes", out, "--as-of", AS_OF, "--json")).out);
    const mine = json.open.find((q: { quoteId: string }) => q.quoteId === id);
    // the next of the sample's own 2026 series
    expect(json.open.filter((q: { quoteId: string }) => q.quoteId.startsWith("Q-2026-") && q.quoteId > id)).toEqual([]);
    expect(mine).toMatchObject({ clientId: "C-0001", status: "Draft", validUntil: "2026-12-27", daysToExpiry: 30 });
    expect(mine.net).toBeCloseTo(3 * a.price + 2 * b.price * 0.9, 2);
    const bad = await run("quote", file, "--client", "C-0001", "--line", a.sku, "--out", out);
    expect(bad.code).toBe(2);
  });
});

describe("salesdesk requests", () => {
  it("prints the open requests in queue order with due dates in working days, as a plain loop finds them", async () => {
    const result = await run("requests", file, "--as-of", AS_OF, "--json");
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out);
    expect(Object.keys(json)).toEqual(["asOf", "queue", "overdue", "byPriority"]);
    const asOf = parseIsoDate(AS_OF)!;
    // the sample's holidays, and WORKDAY counted by hand: the next working days after the day received
    const holidays = new Set(
      (await rowsOf("Settings")).filter((r) => r.Setting === "Holiday").map((r) => parseIsoDate(String(r.Value))!),
    );
    const working = (d: number) => (d + 3) % 7 < 5 && !holidays.has(d);
    const SLA: Record<string, number> = { P1: 0, P2: 1, P3: 3, P4: 5 };
    const MATRIX: Record<string, string> = {
      "High|High": "P1",
      "High|Medium": "P2",
      "Medium|High": "P2",
      "Medium|Medium": "P3",
      "High|Low": "P3",
      "Low|High": "P3",
    };
    const expected: { ticketId: string; priority: string; dueBy: string; overdue: boolean }[] = [];
    for (const r of await rowsOf("Requests")) {
      if (r.Status === "Resolved" || r.Status === "Closed") continue;
      const priority = r.Priority ? String(r.Priority) : (MATRIX[`${r.Impact}|${r.Urgency}`] ?? "P4");
      let due = day(r.Received)!;
      if (SLA[priority] === 0) while (!working(due)) due++;
      for (let left = SLA[priority]; left > 0;) if (working(++due)) left--;
      expected.push({ ticketId: String(r.TicketID), priority, dueBy: formatIsoDate(due), overdue: due < asOf });
    }
    const rank = (t: { overdue: boolean; priority: string; dueBy: string; ticketId: string }) =>
      [t.overdue ? 0 : 1, t.priority, t.dueBy, t.ticketId].join("|");
    expected.sort((a, b) => rank(a).localeCompare(rank(b)));
    expect(
      json.queue.map((t: { ticketId: string; priority: string; dueBy: string; overdue: boolean }) => ({
        ticketId: t.ticketId,
        priority: t.priority,
        dueBy: t.dueBy,
        overdue: t.overdue,
      })),
    ).toEqual(expected);
    expect(json.overdue).toBe(expected.filter((t) => t.overdue).length);
    expect(json.byPriority).toEqual(
      Object.fromEntries(["P1", "P2", "P3", "P4"].map((p) => [p, expected.filter((t) => t.priority === p).length])),
    );
  });
});

describe("salesdesk visits", () => {
  it("prints the planned visits, the clients due one and the week's done ones as a plain loop finds them, and writes .ics events", async () => {
    const ics = path.join(dir, "ics");
    const result = await run("visits", file, "--as-of", AS_OF, "--json", "--ics", ics);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out);
    expect(Object.keys(json)).toEqual(["asOf", "planned", "due", "done"]);
    const asOf = parseIsoDate(AS_OF)!;
    const visits = await rowsOf("Visits");
    const planned = visits
      .filter((v) => v.Status === "Planned" && day(v.Scheduled)! >= asOf)
      .map((v) => String(v.VisitID));
    expect(json.planned.map((v: { visitId: string }) => v.visitId).sort()).toEqual(planned.sort());
    const done = visits
      .filter((v) => v.Status === "Done" && day(v.Scheduled)! > asOf - 7 && day(v.Scheduled)! <= asOf)
      .map((v) => String(v.VisitID));
    expect(json.done.map((v: { visitId: string }) => v.visitId).sort()).toEqual(done.sort());
    const due: [string, number | null][] = [];
    for (const c of await rowsOf("Clients")) {
      if ((c.Status ?? "Active") !== "Active") continue;
      const mine = visits.filter((v) => v.ClientID === c.ClientID);
      if (mine.some((v) => v.Status === "Planned" && day(v.Scheduled)! >= asOf)) continue;
      let last: number | null = null;
      for (const v of mine)
        if (v.Status === "Done" && day(v.Scheduled)! <= asOf && (last === null || day(v.Scheduled)! > last))
          last = day(v.Scheduled);
      if (last === null || asOf - last >= 90) due.push([String(c.ClientID), last === null ? null : asOf - last]);
    }
    expect(
      json.due.map((d: { clientId: string; daysSince: number | null }) => [d.clientId, d.daysSince]).sort(),
    ).toEqual(due.sort());
    expect(readdirSync(ics).sort()).toEqual(planned.map((id) => `${id}.ics`).sort());
  });
});

describe("salesdesk meetings", () => {
  it("prints the meetings coming up and those held in the week as a plain loop finds them, with invitations and documents", async () => {
    const ics = path.join(dir, "invitations");
    const docx = path.join(dir, "meetings");
    const result = await run(
      "meetings",
      file,
      "--as-of",
      AS_OF,
      "--json",
      "--ics",
      ics,
      "--docx",
      docx,
      "--lang",
      "ca",
    );
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out);
    expect(Object.keys(json)).toEqual(["asOf", "upcoming", "awaitingMinutes", "held"]);
    const asOf = parseIsoDate(AS_OF)!;
    const meetings = await rowsOf("Meetings");
    const upcoming = meetings
      .filter((m) => (m.Status ?? "Planned") === "Planned" && day(m.Date)! >= asOf)
      .map((m) => String(m.MeetingID));
    const held = meetings
      .filter((m) => m.Status === "Held" && day(m.Date)! > asOf - 7 && day(m.Date)! <= asOf)
      .map((m) => String(m.MeetingID));
    expect(upcoming.length).toBeGreaterThan(0);
    expect(held.length).toBeGreaterThan(0);
    expect(json.upcoming.map((m: { meetingId: string }) => m.meetingId).sort()).toEqual(upcoming.sort());
    expect(json.held.map((m: { meetingId: string }) => m.meetingId).sort()).toEqual(held.sort());
    expect(readdirSync(ics).sort()).toEqual(upcoming.map((id) => `${id}.ics`).sort());
    for (const id of upcoming) {
      const event = new ICAL.Event(
        new ICAL.Component(ICAL.parse(readFileSync(path.join(ics, `${id}.ics`), "utf8"))).getFirstSubcomponent(
          "vevent",
        )!,
      );
      const row = meetings.find((m) => m.MeetingID === id)!;
      expect(event.uid).toBe(`${id}@salesdesk`);
      expect(event.startDate.toString().slice(0, 10)).toBe(formatIsoDate(day(row.Date)!));
    }
    expect(readdirSync(docx).sort()).toEqual(
      [...upcoming.map((id) => `${id}-agenda.docx`), ...held.map((id) => `${id}-minutes.docx`)].sort(),
    );
  });
});
