/**
 * Output is never rewritten after it is made (issue 27): for random workbooks whose client IDs look
 * like SIRETs, EANs or long numbers and whose notes hold IBANs, SIRETs, EANs, long decimals and a card
 * number, every --json output parses, every ID and figure in it is the one computed, and no full card
 * number appears anywhere.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { runCli } from "../helpers/cli";
import { XlsxWorkbook } from "../../src/files/xlsxWorkbook";
import { generateSample } from "../../src/core/sample/sample";
import { readSalesData } from "../../src/core/workbook/salesData";
import { dayOf, formatIsoDate } from "../../src/core/kernel/dates";
import { agingAsOf } from "../../src/core/receivables/aging";
import { orderFollowUp } from "../../src/core/orders/orders";
import { weeklyReport } from "../../src/core/sales/weeklyReport";
import { fromCents } from "../../src/core/kernel/money";
import { passesLuhn } from "../../src/core/kernel/cards";

const today = dayOf(2026, 11, 27);
const asOf = formatIsoDate(today);
const dir = mkdtempSync(path.join(tmpdir(), "salesdesk-json-"));

/** The digits with a check digit appended that makes them pass Luhn (cards, SIREN, SIRET). */
function withLuhn(digits: string): string {
  for (let d = 0; d < 10; d++) if (passesLuhn(digits + d)) return digits + d;
  throw new Error("unreachable");
}
/** A SIRET: a SIREN that checks, its establishment number, the whole checking again. */
const siret = fc
  .tuple(fc.stringMatching(/^[1-9]\d{7}$/), fc.stringMatching(/^\d{4}$/))
  .map(([siren, nic]) => withLuhn(withLuhn(siren) + nic));
/** An EAN-13 with its GS1 check digit. */
const ean = fc.stringMatching(/^[1-9]\d{11}$/).map((d) => {
  const sum = [...d].reduce((s, c, i) => s + Number(c) * (i % 2 === 0 ? 1 : 3), 0);
  return d + ((10 - (sum % 10)) % 10);
});
const card = fc.stringMatching(/^4\d{14}$/).map(withLuhn);
const decimal = fc
  .tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 99 }))
  .map(([a, b]) => String(a / (a + b)));
const ibans = [
  "ES9121000418450200051332",
  "FR1420041010050500013M02606",
  "DE89370400440532013000",
  "ES79 2100 0813 6101 2345 6789",
];

const tricky = fc.record({
  seed: fc.integer({ min: 1, max: 10_000 }),
  ids: fc.array(fc.oneof(siret, ean, fc.stringMatching(/^[1-9]\d{15}$/)), { minLength: 3, maxLength: 3 }),
  notes: fc.array(fc.oneof(siret, ean, decimal, fc.constantFrom(...ibans)), { minLength: 1, maxLength: 4 }),
  card,
});

async function cli(...argv: string[]): Promise<string> {
  const { code, out, err } = await runCli(...argv);
  expect([argv[0], code < 2 ? "ran" : err]).toEqual([argv[0], "ran"]);
  return out;
}

describe("--json output", () => {
  it("parses, keeps every ID and figure as computed, and holds no card number", async () => {
    await fc.assert(
      fc.asyncProperty(tricky, async ({ seed, ids, notes, card }) => {
        const sheets = generateSample({ seed, invoices: 60, today });
        // Three clients renamed to IDs that pass a card's check digit by their own rule, in every table.
        const clients = sheets.find((s) => s.name === "Clients")!.tables[0];
        const renamed = new Map(ids.map((id, i) => [String(clients.rows[i][0]), id]));
        for (const sheet of sheets)
          for (const table of sheet.tables) {
            const at = table.columns.findIndex((c) => c.header === "ClientID");
            if (at >= 0) for (const row of table.rows) (row as unknown[])[at] = renamed.get(String(row[at])) ?? row[at];
          }
        const noteAt = clients.columns.findIndex((c) => c.header === "Notes");
        (clients.rows[3] as unknown[])[noteAt] = `${notes.join(" · ")} card ${card.match(/.{1,4}/g)!.join(" ")}`;
        const workbook = new XlsxWorkbook();
        for (const sheet of sheets) await workbook.writeSheet(sheet);
        const file = path.join(dir, `w${seed}.xlsx`);
        writeFileSync(file, await workbook.save());
        const data = await readSalesData(workbook);

        const outputs: Record<string, string> = {};
        for (const command of ["check", "report", "aging", "orders", "quotes", "requests", "visits", "meetings"])
          outputs[command] = await cli(
            command,
            file,
            ...(command === "check" ? [] : command === "report" ? ["--today", asOf] : ["--as-of", asOf]),
            "--json",
          );
        const parsed = Object.fromEntries(
          Object.entries(outputs).map(([command, text]) => [command, JSON.parse(text)]),
        );

        const aging = agingAsOf(data, today);
        expect(parsed.aging.clients.map((c: { clientId: string; total: number }) => [c.clientId, c.total])).toEqual(
          aging.clients.map((c) => [c.clientId, fromCents(c.total)]),
        );
        expect(parsed.aging.dso).toBe(aging.dso);
        const follow = orderFollowUp(data.orders, data.invoices, today);
        expect(parsed.orders.onTime.rate).toBe(follow.onTime.rate);
        expect(parsed.orders.late.map((o: { clientId: string }) => o.clientId)).toEqual(
          follow.late.map((o) => o.clientId),
        );
        const report = weeklyReport(data, parsed.report.week);
        expect(report.ok && parsed.report.total.attainment).toBe(report.ok && report.value.total.attainment);
        // every client ID anywhere in the output is one of the workbook's, as it stands there
        const known = new Set(data.clients.map((c) => c.ClientID));
        const told = JSON.stringify(parsed)
          .match(/"clientId":"[^"]*"/g)!
          .map((m) => m.slice(12, -1));
        expect(told.filter((id) => !known.has(id))).toEqual([]);
        expect(told.some((id) => ids.includes(id))).toBe(true);
        for (const text of Object.values(outputs)) expect(text.replace(/\D/g, "")).not.toContain(card);
      }),
      { numRuns: 6 },
    );
  }, 120_000);
});
