import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { runCli as run } from "../helpers/cli";
import { withFileLock } from "../../src/cli/files";
import { COMMANDS } from "../../src/cli/commands";
import { XlsxWorkbook } from "../../src/files/xlsxWorkbook";
import { outputTable } from "../../src/core/workbook/output";

const dir = mkdtempSync(path.join(tmpdir(), "salesdesk-cli-"));

// The CLI speaks the environment's language where --lang does not say: these tests read English.
Object.assign(process.env, { LANG: "C.UTF-8", LC_ALL: "", LC_MESSAGES: "" });

describe("salesdesk", () => {
  const sample = path.join(dir, "sample.xlsx");

  beforeAll(async () => {
    expect(
      (await run("sample", "--out", sample, "--seed", "3", "--invoices", "300", "--today", "2026-11-27")).code,
    ).toBe(0);
  });

  it("writes a sample that checks clean (exit 0)", async () => {
    const result = await run("check", sample);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Invoices\s+\d+ rows {2}0 errors, 0 warnings$/m);
    expect(result.out).toContain("0 errors, 0 warnings");
  });

  it("prints machine-readable health with --json", async () => {
    const health = JSON.parse((await run("check", sample, "--json")).out);
    expect(health.tables).toHaveLength(15);
    expect(health.tables[0]).toEqual({
      table: "Clients",
      present: true,
      sheet: "Clients",
      rows: expect.any(Number),
      errors: 0,
      warnings: 0,
    });
    expect(health).toMatchObject({ problems: [], errors: 0, warnings: 0 });
  });

  it("exits 1 and names sheet, row and column when a table has errors", async () => {
    const wb = new XlsxWorkbook();
    await wb.writeSheet({
      name: "Facturas",
      tables: [
        {
          ...outputTable("Invoices", [
            ["2026-0001", null, "C-1", null, null, 10, 0.21, 2.1, 12.1, "EUR", null, "Pagada", null],
          ]),
        },
      ],
    });
    const file = path.join(dir, "bad.xlsx");
    writeFileSync(file, await wb.save());
    const result = await run("check", file);
    expect(result.code).toBe(1);
    expect(result.out).toContain("error: Facturas, row 2, IssueDate: IssueDate is required");
    expect(result.out).toContain("error: Facturas, row 2, Status: 'Pagada' is not one of Draft, Issued");
    // in the language asked (or the environment's): the problems, not the contract's table and column names
    const catalan = await run("check", file, "--lang", "ca");
    expect(catalan.out).toContain("error: Facturas, fila 2, IssueDate: IssueDate és obligatori");
    expect(catalan.out).toContain("error: Facturas, fila 2, Status: 'Pagada' no és cap de Draft, Issued");
    const spanish = await run("report", file, "--week", "2026-W99", "--lang", "es");
    expect([spanish.code, spanish.err]).toEqual([2, expect.stringContaining("no es un período")]);
  });

  it("lists every command and every option it takes in --help", async () => {
    const help = await run("--help");
    expect(help.code).toBe(0);
    for (const [name, command] of Object.entries(COMMANDS)) {
      const line = help.out.split("\n").find((l) => l.startsWith(`  ${name} `) || l === `  ${name}`);
      expect([name, line]).toEqual([name, expect.any(String)]);
      for (const option of Object.keys(command.options))
        expect([name, line]).toEqual([name, expect.stringContaining(`--${option}`)]);
    }
    expect(help.out).toContain("[--today YYYY-MM-DD] [--lang ca|es|en] [--out OUT.xlsx]");
  });

  it("exits 2 with one line for bad usage or an unreadable file", async () => {
    const cases = [
      await run(),
      await run("frobnicate"),
      await run("check"),
      await run("check", path.join(dir, "missing.xlsx")),
      await run("sample"),
      await run("sample", "--out", path.join(dir, "x.xlsx"), "--invoices", "many"),
      await run("check", sample, "--colour"),
    ];
    writeFileSync(path.join(dir, "text.xlsx"), "not a workbook");
    cases.push(await run("check", path.join(dir, "text.xlsx")));
    for (const c of cases) expect(c.code).toBe(2);
    for (const c of cases.slice(1)) {
      expect(c.err.split("\n")).toHaveLength(1);
      expect(c.err).not.toMatch(/\n\s+at /);
    }
    expect(cases[3].err).toBe(`salesdesk check: no such file: ${path.join(dir, "missing.xlsx")}`);
    expect(cases[7].err).toContain("is not a readable .xlsx workbook");
  });

  it("imports .csv files, and an invoice file with its lines file given together", async () => {
    const invoices = path.join(dir, "Factures.csv");
    const lines = path.join(dir, "Factures_detail.csv");
    writeFileSync(invoices, "IDFacture;IDClient;DateFacture\r\n1;35;01/01/2023\r\n2;11;02/01/2023\r\n");
    writeFileSync(
      lines,
      "IDFactureDetail;IDFacture;IDProduit;Quantite;MontantLigne\r\n1;1;4;2;540,00\r\n2;1;7;1;100,50\r\n3;2;4;1;270,00\r\n",
    );
    const out = path.join(dir, "joined.xlsx");
    const result = await run("import", invoices, lines, "--out", out, "--json");
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out);
    expect(json.sheets.map((s: { sheet: string; table: string }) => [s.sheet, s.table])).toEqual([
      ["Factures", "Invoices"],
      ["Factures_detail", "Invoices"],
    ]);
    const table = (await (await XlsxWorkbook.load(readFileSync(out))).readTable("Invoices"))!;
    expect(table.rows.map((r) => r[table.headers.indexOf("Net")])).toEqual([640.5, 270]);
  });

  it("refuses what is not a workbook in words that say what to do, never with exit 0", async () => {
    const ole = (extra: string) =>
      Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.alloc(504),
        Buffer.from(extra, "utf16le"),
      ]);
    const zip = async (files: Record<string, string>) => {
      const z = new JSZip();
      for (const [name, text] of Object.entries(files)) z.file(name, text);
      return z.generateAsync({ type: "nodebuffer" });
    };
    const cases: [string, Buffer, RegExp][] = [
      ["locked.xlsx", ole("EncryptionInfo EncryptedPackage"), /password-protected: save a copy without a password/],
      ["old.xls", ole("Workbook"), /legacy Excel 97–2003 workbook \(\.xls\): save it as \.xlsx/],
      [
        "sheet.ods",
        await zip({ mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<broken" }),
        /sheet\.ods is not a readable OpenDocument spreadsheet \(is cut short or damaged/,
      ],
      ["archive.xlsx", await zip({ "readme.txt": "hello" }), /is a zip archive, not an Excel workbook/],
    ];
    for (const [name, bytes, message] of cases) {
      const file = path.join(dir, name);
      writeFileSync(file, bytes);
      for (const command of ["check", "import"]) {
        const result = await run(command, file);
        expect([name, command, result.code]).toEqual([name, command, 2]);
        expect(result.err).toMatch(message);
      }
    }
  }, 60_000);

  it("says in one line what it will not do: a dash-led value, a sample past its maximum, a sheet as wide as Excel allows", async () => {
    const seed = await run("sample", "--out", path.join(dir, "x.xlsx"), "--seed", "-1");
    expect([seed.code, seed.err.split("\n").length]).toEqual([2, 1]);
    expect(seed.err).toContain("a value that starts with a dash is written --option=-1");
    const big = await run("sample", "--out", path.join(dir, "x.xlsx"), "--invoices", "1000000");
    expect([big.code, big.err]).toEqual([2, "salesdesk sample: --invoices must be a whole number from 10 to 100000"]);
    // a sheet with a value in XFD, the last of Excel's 16,384 columns: read, reported, no crash
    const wide = new XlsxWorkbook();
    const sheet = wide.workbook.addWorksheet("Ancho");
    sheet.getCell("A1").value = "Código";
    sheet.getCell("B1").value = "Nombre";
    sheet.getCell("A2").value = "C-1";
    sheet.getCell("B2").value = "Puig";
    sheet.getCell(1, 16_384).value = "final";
    const file = path.join(dir, "wide.xlsx");
    writeFileSync(file, await wide.save());
    for (const command of ["check", "import"]) expect((await run(command, file)).code).toBeLessThan(2);
  }, 60_000);

  it("never writes over the file it reads, and a write stopped half-way leaves no partial file", async () => {
    const input = path.join(dir, "mine.xlsx");
    writeFileSync(input, readFileSync(sample));
    const before = readFileSync(input);
    // report and aging add their sheet to the workbook they read: those may write it back (whole, see below)
    for (const command of [
      ["import", input, "--out", input],
      ["import", input, "--out", path.join(dir, ".", "mine.xlsx")],
      ["mailing-list", input, "--out", input],
    ]) {
      const result = await run(...command);
      expect([command[0], result.code]).toEqual([command[0], 2]);
      expect(result.err).toContain("which this command reads");
    }
    expect(readFileSync(input).equals(before)).toBe(true);
    // A file-size limit (ulimit -f) stops the write: the target is never left half written, no temporary file stays behind.
    const out = path.join(dir, "limited", "out.xlsx");
    mkdirSync(path.dirname(out), { recursive: true });
    const limited = spawnSync(
      "bash",
      ["-c", `ulimit -f 64; "${process.execPath}" bin/salesdesk.js aging "${input}" --out "${out}"`],
      {
        cwd: path.join(__dirname, "..", ".."),
        encoding: "utf8",
      },
    );
    expect(limited.status).toBe(2);
    expect(readdirSync(path.dirname(out))).toEqual([]);
    expect(readFileSync(input).equals(before)).toBe(true);
  }, 60_000);

  it("lets one salesdesk at a time write a file: two run together both land, in turn", async () => {
    const shared = path.join(dir, "shared.xlsx");
    writeFileSync(shared, readFileSync(sample));
    const cli = (...args: string[]) =>
      new Promise<number | null>((resolve) =>
        spawn(process.execPath, ["bin/salesdesk.js", ...args], { cwd: path.join(__dirname, "..", "..") }).on(
          "close",
          resolve,
        ),
      );
    const codes = await Promise.all([
      cli("report", shared, "--week", "2026-W47", "--out", shared),
      cli("aging", shared, "--as-of", "2026-11-27", "--out", shared),
    ]);
    expect(codes).toEqual([0, 0]);
    const sheets = (await (await XlsxWorkbook.load(readFileSync(shared))).listSheets()).map((s) => s.name);
    expect(sheets).toEqual(expect.arrayContaining(["Report 2026-W47", "Aging"]));
    expect(readdirSync(dir).filter((f) => f.endsWith(".lock"))).toEqual([]);
  }, 60_000);

  it("takes over a lock its process left behind, and names the process that holds a live one", async () => {
    const file = path.join(dir, "locked.xlsx");
    writeFileSync(`${file}.lock`, "999999999");
    expect(await withFileLock(file, async () => "done")).toBe("done");
    writeFileSync(`${file}.lock`, String(process.pid));
    await expect(withFileLock(file, async () => "done", 300)).rejects.toThrow(
      `locked.xlsx is being written by another salesdesk (process ${process.pid})`,
    );
    // a lock another salesdesk has just created and not yet written its process into is waited for, never taken
    writeFileSync(`${file}.lock`, "");
    await expect(withFileLock(file, async () => "done", 300)).rejects.toThrow(
      "locked.xlsx is being written by another salesdesk: try again",
    );
    // one left so, unchanged, for longer than a taker could need was abandoned as it was taken
    expect(await withFileLock(file, async () => "done", 5_000, 200)).toBe("done");
  });

  it("leaves a user's own sheet named like the add-in's alone, writes beside it and says so", async () => {
    const mine = new XlsxWorkbook(await (await XlsxWorkbook.load(readFileSync(sample))).workbook);
    mine.workbook.addWorksheet("Aging").getCell("A1").value = "my own aging notes";
    const file = path.join(dir, "own-aging.xlsx");
    writeFileSync(file, await mine.save());
    const result = await run("aging", file, "--as-of", "2026-11-27", "--out", file);
    expect(result.code).toBe(0);
    expect(result.err).toBe(
      "salesdesk aging: a sheet of yours is named Aging: it was left as it is and this was written to Aging (2)",
    );
    const after = await XlsxWorkbook.load(readFileSync(file));
    expect((await after.readSheet("Aging"))!.rows).toEqual([["my own aging notes"]]);
    expect((await after.listTables()).some((t) => t.sheet === "Aging (2)")).toBe(true);
  }, 60_000);

  it("runs as an installed binary (npx salesdesk)", () => {
    const bin = path.join(__dirname, "../../bin/salesdesk.js");
    expect(execFileSync("node", [bin, "check", sample], { encoding: "utf8" })).toContain("0 errors, 0 warnings");
    const failed = spawnSync("node", [bin, "check", path.join(dir, "nope.xlsx")], { encoding: "utf8" });
    expect(failed.status).toBe(2);
    expect(failed.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("salesdesk report", () => {
  const file = path.join(dir, "report-sample.xlsx");
  beforeAll(async () => {
    expect((await run("sample", "--out", file, "--seed", "4", "--invoices", "400", "--today", "2026-11-27")).code).toBe(
      0,
    );
  });

  it("prints the week's figures as JSON in the issue's shape", async () => {
    const result = await run("report", file, "--week", "2026-W47", "--json");
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out);
    expect(json).toMatchObject({ week: "2026-W47", from: "2026-11-16", to: "2026-11-22", basis: "invoiced" });
    expect(json.execs[0]).toEqual(
      expect.objectContaining({
        exec: "E01",
        name: "Anna Puig",
        actual: expect.any(Number),
        target: expect.any(Number),
        variance: expect.any(Number),
        mtdActual: expect.any(Number),
        mtdTarget: expect.any(Number),
        ytdActual: expect.any(Number),
        ytdTarget: expect.any(Number),
        forecastMonth: expect.any(Number),
        status: expect.stringMatching(/green|amber|red/),
      }),
    );
    expect(Object.keys(json.total)).toEqual(
      expect.arrayContaining(["actual", "target", "variance", "attainment", "status"]),
    );
    for (const e of json.execs) expect(Math.round((e.actual - e.target) * 100)).toBe(Math.round(e.variance * 100));
  });

  const calc = existsSync("/usr/lib/libreoffice/program/libsclo.so");
  (calc || process.env.CI ? it : it.skip)(
    "prints the report sheet as one landscape A4 page of PDF through LibreOffice",
    async () => {
      const pdf = path.join(dir, "report-ca.pdf");
      const result = await run("report", file, "--week", "2026-W47", "--lang", "ca", "--pdf", pdf);
      expect([result.code, result.out.split("\n").at(-1)]).toEqual([0, `s'ha escrit ${pdf}`]);
      const bytes = readFileSync(pdf);
      expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
      // one landscape A4 page (842 × 595 points), the sheet in Catalan
      const text = bytes.toString("latin1");
      expect(text.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
      expect(text).toMatch(/\/MediaBox\s*\[0 0 841\.8\d* 595\.\d+\]/);
      // without LibreOffice: exit 2, saying what to do
      const without = spawnSync(
        process.execPath,
        ["bin/salesdesk.js", "report", file, "--week", "2026-W47", "--pdf", path.join(dir, "none.pdf")],
        {
          cwd: path.join(__dirname, "..", ".."),
          encoding: "utf8",
          env: { ...process.env, PATH: "/nonexistent" },
        },
      );
      expect([without.status, without.stderr]).toEqual([2, expect.stringContaining("--pdf needs LibreOffice")]);
    },
    120_000,
  );

  it("writes the report workbook, and a re-run replaces rather than duplicates", async () => {
    const out = path.join(dir, "report-out.xlsx");
    expect((await run("report", file, "--week", "2026-W47", "--basis", "booked", "--out", out)).code).toBe(0);
    expect((await run("report", out, "--week", "2026-W47", "--basis", "booked", "--out", out)).code).toBe(0);
    const wb = await XlsxWorkbook.load(readFileSync(out));
    expect(wb.workbook.worksheets.filter((s) => s.name === "Report 2026-W47")).toHaveLength(1);
    const history = await wb.readTable("WeeklySales");
    expect(history!.rows).toHaveLength(8); // one row per exec
    expect(history!.rows.every((r) => r[0] === "2026-W47" && r[1] === "booked")).toBe(true);
    // the file holds a chart part: actual vs target per exec, over the report's own cells, drawn beside its table
    const zip = await JSZip.loadAsync(readFileSync(out));
    const charts = Object.keys(zip.files).filter((f) => f.startsWith("xl/charts/"));
    expect(charts).toHaveLength(1);
    const chart = await zip.file(charts[0])!.async("string");
    expect(chart).toContain("<a:t>Actual vs target, 2026-W47</a:t>");
    expect(chart).toMatch(/<c:cat><c:strRef><c:f>'Report 2026-W47'!\$A\$7:\$A\$14<\/c:f>/);
    expect(chart.match(/<c:ser>/g)).toHaveLength(2); // Actual and Target
    const contentTypes = await zip.file("[Content_Types].xml")!.async("string");
    expect(contentTypes).toContain('ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"');
  });

  it("exits 2 for a malformed week or basis", async () => {
    expect(await run("report", file, "--week", "2026-W60")).toMatchObject({
      code: 2,
      err: "salesdesk report: '2026-W60' is not a period: 2026 has weeks 1 to 53",
    });
    expect((await run("report", file, "--basis", "cash")).code).toBe(2);
  });
});

describe("salesdesk aging", () => {
  const file = path.join(dir, "aging-sample.xlsx");
  beforeAll(async () => {
    expect((await run("sample", "--out", file, "--seed", "9", "--invoices", "500", "--today", "2026-11-27")).code).toBe(
      0,
    );
  });

  it("agrees with an independent computation on the sample workbook", async () => {
    const json = JSON.parse((await run("aging", file, "--as-of", "2026-11-27", "--json")).out);
    expect(json.buckets).toEqual(["current", "1-30", "31-60", "61-90", "90+"]);
    // Independently: straight from the cells, one plain loop per table.
    const wb = await XlsxWorkbook.load(readFileSync(file));
    const inv = (await wb.readTable("Invoices"))!;
    const pay = (await wb.readTable("Payments"))!;
    const col = (t: typeof inv, name: string) => t.headers.indexOf(name);
    const asOf = 46353; // 27/11/2026
    const owed = new Map<string, number>();
    for (const r of inv.rows) {
      if (
        (r[col(inv, "IssueDate")] as number) > asOf ||
        ["Draft", "Cancelled"].includes(r[col(inv, "Status")] as string)
      )
        continue;
      const key = (r[col(inv, "CreditOf")] as string) ?? (r[col(inv, "InvoiceNo")] as string);
      owed.set(key, (owed.get(key) ?? 0) + Math.round((r[col(inv, "Total")] as number) * 100));
    }
    for (const r of pay.rows) {
      if (r[col(pay, "Status")] !== "Received" || (r[col(pay, "PaymentDate")] as number) > asOf) continue;
      const key = r[col(pay, "InvoiceNo")] as string;
      owed.set(key, (owed.get(key) ?? 0) - Math.round((r[col(pay, "Amount")] as number) * 100));
    }
    const clientOf = new Map(
      inv.rows.map((r) => [r[col(inv, "InvoiceNo")] as string, r[col(inv, "ClientID")] as string]),
    );
    const dueOf = new Map(inv.rows.map((r) => [r[col(inv, "InvoiceNo")] as string, r[col(inv, "DueDate")] as number]));
    const expected = new Map<string, Record<string, number>>();
    for (const [no, cents] of owed) {
      if (cents === 0) continue;
      const days = asOf - dueOf.get(no)!;
      const bucket = days <= 0 ? "current" : days <= 30 ? "1-30" : days <= 60 ? "31-60" : days <= 90 ? "61-90" : "90+";
      const row = expected.get(clientOf.get(no)!) ?? {
        current: 0,
        "1-30": 0,
        "31-60": 0,
        "61-90": 0,
        "90+": 0,
        total: 0,
      };
      row[bucket] += cents;
      row.total += cents;
      expected.set(clientOf.get(no)!, row);
    }
    expect(json.clients).toHaveLength(expected.size);
    for (const c of json.clients) {
      const e = expected.get(c.clientId)!;
      for (const b of [...json.buckets, "total"])
        expect([c.clientId, b, Math.round(c[b] * 100)]).toEqual([c.clientId, b, e[b]]);
    }
    expect(Math.round(json.total.total * 100)).toBe([...expected.values()].reduce((s, r) => s + r.total, 0));
    // DSO: what is owed over the last 90 days' invoiced sales (issued in (asOf − 90, asOf], not Draft or Cancelled), times 90
    let sales = 0;
    for (const r of inv.rows) {
      const issued = r[col(inv, "IssueDate")] as number;
      if (issued <= asOf - 90 || issued > asOf || ["Draft", "Cancelled"].includes(r[col(inv, "Status")] as string))
        continue;
      sales += Math.round((r[col(inv, "Total")] as number) * 100);
    }
    const owedTotal = [...expected.values()].reduce((s, r) => s + r.total, 0);
    expect(json.dso).toBe(Math.round((owedTotal / sales) * 90 * 10) / 10);
  });

  it("writes the Aging sheet in place", async () => {
    const out = path.join(dir, "aging-out.xlsx");
    expect((await run("aging", file, "--as-of", "2026-11-27", "--out", out)).code).toBe(0);
    expect((await run("aging", out, "--as-of", "2026-11-27", "--out", out)).code).toBe(0);
    const wb = await XlsxWorkbook.load(readFileSync(out));
    expect(wb.workbook.worksheets.filter((s) => s.name === "Aging")).toHaveLength(1);
    expect(String(wb.workbook.getWorksheet("Aging")!.getCell("A1").value)).toMatch(
      /^Receivables aging as of 27\/11\/2026: DSO [\d.]+ days/,
    );
  });
});

describe("salesdesk mailing-list", () => {
  it("writes consented clients as a BOM-marked CSV", async () => {
    const file = path.join(dir, "mail-sample.xlsx");
    const out = path.join(dir, "list.csv");
    expect((await run("sample", "--out", file, "--seed", "2", "--invoices", "200", "--today", "2026-11-27")).code).toBe(
      0,
    );
    const result = await run("mailing-list", file, "--segment", "SME", "--out", out);
    expect(result.code).toBe(0);
    const csv = readFileSync(out, "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const wb = await XlsxWorkbook.load(readFileSync(file));
    const clients = (await wb.readTable("Clients"))!;
    const [id, seg, consent] = ["ClientID", "Segment", "MarketingConsent"].map((h) => clients.headers.indexOf(h));
    const expected = clients.rows.filter((r) => r[seg] === "SME" && r[consent] === true).map((r) => r[id]);
    expect(result.out).toBe(`wrote ${out}: ${expected.length} clients with marketing consent`);
    for (const cid of expected) expect(csv).toContain(`\r\n${cid};`);
    const refused = clients.rows.filter((r) => r[consent] !== true).map((r) => `\r\n${r[id]};`);
    for (const r of refused) expect(csv).not.toContain(r);
    expect((await run("mailing-list", file)).code).toBe(2);
  });
});

describe("the CLI's text in --lang", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "salesdesk-lang-"));
  const file = path.join(dir, "sample.xlsx");

  it("prints the weekly report and the aging in Catalan, with Catalan numbers, percentages and dates", async () => {
    expect((await run("sample", "--out", file, "--seed", "3", "--invoices", "150", "--today", "2026-11-27")).code).toBe(
      0,
    );
    const report = (await run("report", file, "--week", "2026-W47", "--lang", "ca")).out;
    const [title, header] = report.split("\n");
    expect(title).toBe("Vendes de la setmana 2026-W47 (16/11/2026 – 22/11/2026), facturació");
    expect(header.trim().split(/\s+/)).toEqual(["Vendes", "Objectiu", "Assoliment"]);
    expect(report).toMatch(/^Total\s+[\d.]+,\d\d\s€\s+[\d.]+,\d\d\s€\s+\d+,\d\s%/m);
    expect(report).toMatch(/^Cobraments vençuts \(22\/11\/2026\): [\d.]+,\d\d\s€$/m);
    const aging = (await run("aging", file, "--as-of", "2026-11-27", "--lang", "ca")).out;
    expect(aging.split("\n")[0]).toMatch(/^Antiguitat dels cobraments pendents a 27\/11\/2026/);
    expect(
      aging
        .split("\n")[1]
        .trim()
        .split(/\s{2,}/),
    ).toEqual(["No vençut", "1–30 dies", "31–60 dies", "61–90 dies", "Més de 90 dies", "Total"]);
    for (const text of [report, aging])
      expect(text).not.toMatch(
        /\b(Weekly sales|actual|target|Overdue receivables|Receivables aging|Total\b.*\d\.\d\d €)/,
      );
  });
});
