/**
 * `salesdesk verifactu --send` against a stand-in of the AEAT's SOAP service over mutual TLS: every
 * record accepted, one rejected, and a request to wait; each answer written back to its row, and a
 * second send harmless.
 */
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCli } from "../helpers/cli";
import {
  makeCertificates,
  startStandIn,
  type Behaviour,
  type Certificates,
  type StandIn,
} from "../helpers/aeatStandIn";
import { schemasPresent } from "../helpers/aeatSchemas";
import { openWorkbook } from "../../src/cli/workbooks";
import { billingRecords } from "../../src/core/invoicing/verifactu/recordsCheck";
import { BILLING_RECORDS } from "../../src/core/invoicing/verifactu/records";

const dir = mkdtempSync(path.join(tmpdir(), "salesdesk-send-"));
const at = (name: string) => path.join(dir, name);
let certificates: Certificates;
const servers: StandIn[] = [];

beforeAll(async () => {
  certificates = makeCertificates();
  await runCli("sample", "--out", at("sample.xlsx"), "--invoices", "30", "--today", "2026-11-27");
  await runCli(
    "invoice",
    at("sample.xlsx"),
    "--client",
    "C-0001",
    "--net",
    "100",
    "--vat",
    "21%",
    "--date",
    "2027-01-04",
    "--out",
    at("one.xlsx"),
  );
  await runCli(
    "invoice",
    at("one.xlsx"),
    "--client",
    "C-0002",
    "--net",
    "40",
    "--vat",
    "10%",
    "--date",
    "2027-01-04",
    "--out",
    at("records.xlsx"),
  );
}, 60_000);

afterAll(() => servers.forEach((s) => s.server.close()));

async function standIn(behaviour: Behaviour): Promise<StandIn> {
  const server = await startStandIn(certificates, behaviour);
  servers.push(server);
  return server;
}

/** Sends a copy of the records' workbook to a stand-in, as the admin would with the company's certificate. */
async function send(copy: string, server: StandIn, company = certificates) {
  process.env.SALESDESK_CERT_PASSWORD = company.password;
  const trusting = ["--endpoint", server.url, "--ca", certificates.ca];
  return runCli(
    "verifactu",
    at(copy),
    "--send",
    "--cert",
    company.p12,
    "--password-env",
    "SALESDESK_CERT_PASSWORD",
    ...trusting,
  );
}

const states = async (file: string) =>
  billingRecords(await (await openWorkbook(at(file))).readTable(BILLING_RECORDS)).map((r) => [
    r.record.InvoiceNo,
    r.record.State,
    r.record.AEATCode,
    r.record.Error,
  ]);

const maybe = schemasPresent ? describe : describe.skip;
maybe("sending VERI*FACTU records to the AEAT (a stand-in over mutual TLS)", () => {
  it("sends the pending records with the company's certificate, valid by the XSDs, and writes each one's acceptance back; sending again sends nothing", async () => {
    copyFileSync(at("records.xlsx"), at("accepted.xlsx"));
    const server = await standIn("accept");
    const result = await send("accepted.xlsx", server);
    expect(result.out).toBe(
      `sent 2 records to ${server.url}: 2 accepted, 0 accepted with errors, 0 rejected, 0 not processed`,
    );
    expect(result.code).toBe(0);
    expect(server.requests).toEqual([
      expect.objectContaining({ client: "B66078346 Solucions Comercials del Valles SL", records: 2, schemaErrors: [] }),
    ]);
    expect(await states("accepted.xlsx")).toEqual([
      ["2027-0001", "Accepted", "A-STANDIN0002XYZ", ""],
      ["2027-0002", "Accepted", "A-STANDIN0002XYZ", ""],
    ]);
    expect((await send("accepted.xlsx", server)).out).toBe("no pending records: nothing sent");
    expect(server.requests).toHaveLength(1);
    expect((await runCli("verifactu", at("accepted.xlsx"), "--verify")).code).toBe(0); // the answers change no field a huella covers
  });

  it("writes a rejection back with its code and description, and exits 1", async () => {
    copyFileSync(at("records.xlsx"), at("rejected.xlsx"));
    const result = await send("rejected.xlsx", await standIn({ reject: "2027-0002" }));
    expect(result.code).toBe(1);
    expect(result.out).toContain("1 accepted, 0 accepted with errors, 1 rejected");
    expect(await states("rejected.xlsx")).toEqual([
      ["2027-0001", "Accepted", "A-STANDIN0002XYZ", ""],
      ["2027-0002", "Rejected", "", "1100: Valor o tipo incorrecto del campo: ImporteTotal"],
    ]);
  });

  it("waits as long as the AEAT asks before sending again", async () => {
    copyFileSync(at("records.xlsx"), at("waited.xlsx"));
    const server = await standIn({ waitFirst: 1 });
    expect((await send("waited.xlsx", server)).out).toContain("2 accepted");
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1].at - server.requests[0].at).toBeGreaterThanOrEqual(1000);
  });

  it("is refused by the service without the company's certificate, and says so on one line", async () => {
    copyFileSync(at("records.xlsx"), at("refused.xlsx"));
    const server = await standIn("accept");
    const result = await send("refused.xlsx", server, makeCertificates()); // a certificate of another CA
    expect(result.code).toBe(2);
    expect(result.err.split("\n")).toHaveLength(1);
    expect(server.requests).toHaveLength(0);
    expect(await states("refused.xlsx")).toEqual([
      ["2027-0001", "Pending", "", ""],
      ["2027-0002", "Pending", "", ""],
    ]);
  });
});
