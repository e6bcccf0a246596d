/**
 * Every setting of the Settings table read at its edges, fixture-style: the value typed, what the
 * settings become, or the message at its row. Then the rows the sample writes read back unchanged.
 */
import { DEFAULT_SETTINGS, readSettings, settingsRows, Settings } from "../../../src/core/workbook/settings";
import { readTable } from "../../../src/core/workbook/records";
import { dayOf } from "../../../src/core/kernel/dates";
import type { Cell } from "../../../src/core/workbook/port";
import { tableData } from "../../helpers/tables";

const read = (rows: Cell[][], date1904 = false) =>
  readSettings(readTable("Settings", tableData("Settings", ["Setting", "Value"], rows)), date1904);

/** The settings one row makes, or its message. */
function one(setting: string, value: Cell): Partial<Settings> | string {
  const { settings, problems } = read([[setting, value]]);
  if (problems.length > 0) return problems.map((p) => `${p.severity} ${p.column}: ${p.message}`).join("; ");
  return settings;
}

const PNG = "data:image/png;base64,iVBORw0KGgo=";
const IBAN = "ES9121000418450200051332";

// [setting, value typed, what it makes (a fragment of the settings) or the error's words]
const CASES: [string, Cell, Partial<Settings> | string][] = [
  ["PaymentTermsDays", 0, { paymentTermsDays: 0 }],
  ["PaymentTermsDays", 365, { paymentTermsDays: 365 }],
  ["PaymentTermsDays", 366, "'366' is not a number of days (0–365)"],
  ["PaymentTermsDays", -1, "'-1' is not a number of days (0–365)"],
  ["PaymentTermsDays", 1.5, "'1.5' is not a number of days (0–365)"],
  ["SLA.P1", 0, { sla: { ...DEFAULT_SETTINGS.sla, P1: 0 } }],
  ["SLA.P4", 365, { sla: { ...DEFAULT_SETTINGS.sla, P4: 365 } }],
  ["SLA.P2", 366, "'366' is not a number of days (0–365)"],
  ["SLA.P3", -1, "'-1' is not a number of days (0–365)"],
  ["VisitEveryDays", 1, { visitEveryDays: 1 }],
  ["VisitEveryDays", 365, { visitEveryDays: 365 }],
  ["VisitEveryDays", 0, "'0' is not a number of days (0–365)"],
  ["VisitEveryDays", 366, "'366' is not a number of days (0–365)"],
  ["QuoteValidityDays", 1, { quoteValidityDays: 1 }],
  ["QuoteValidityDays", 365, { quoteValidityDays: 365 }],
  ["QuoteValidityDays", 0, "'0' is not a number of days (0–365)"],
  ["QuoteValidityDays", 366, "'366' is not a number of days (0–365)"],
  ["ReminderGapDays", 0, { reminderGapDays: 0 }],
  ["ReminderGapDays", 365, { reminderGapDays: 365 }],
  ["ReminderGapDays", 366, "'366' is not a number of days (0–365)"],
  ["ReminderGapDays", -1, "'-1' is not a number of days (0–365)"],
  ["ReminderGapDays", 2.5, "'2.5' is not a number of days (0–365)"],
  ["InvoicePattern", " F-YYYY-NNNNN ", { invoicePattern: "F-YYYY-NNNNN" }],
  ["InvoicePattern", "F-YYYY", "'F-YYYY' has no N for the sequence number (e.g. YYYY-NNNN)"],
  ["CreditPattern", "RF/YY/NNN", { creditPattern: "RF/YY/NNN" }],
  ["CreditPattern", " R-NNNN ", { creditPattern: "R-NNNN" }],
  ["QuotePattern", " P-NNN ", { quotePattern: "P-NNN" }],
  ["OrderPattern", "C-YY", "'C-YY' has no N for the sequence number (e.g. YYYY-NNNN)"],
  ["CreditPattern", "RF", "'RF' has no N for the sequence number (e.g. YYYY-NNNN)"],
  ["QuotePattern", "P-NNN", { quotePattern: "P-NNN" }],
  ["QuotePattern", "P-YYYY", "'P-YYYY' has no N for the sequence number (e.g. YYYY-NNNN)"],
  ["OrderPattern", "C-NNNN", { orderPattern: "C-NNNN" }],
  ["OrderPattern", "C-X", "'C-X' has no N for the sequence number (e.g. YYYY-NNNN)"],
  ["ClientIDPattern", " CL-NNNNN ", { clientIdPattern: "CL-NNNNN" }],
  ["ClientIDPattern", "NNN", { clientIdPattern: "NNN" }],
  ["ClientIDPattern", "NNNN-C", "'NNNN-C' is not a prefix followed by N for the number (e.g. C-NNNN)"],
  ["ClientIDPattern", "C-N-N", "'C-N-N' is not a prefix followed by N for the number (e.g. C-NNNN)"],
  ["VATRate", 0, { vatRate: 0 }],
  ["VATRate", 0.1, { vatRate: 0.1 }],
  ["VATRate", "21%", { vatRate: 0.21 }],
  ["VATRate", "10 %", { vatRate: 0.1 }],
  ["VATRate", "0,04", { vatRate: 0.04 }],
  ["VATRate", 1, "'1' is not a VAT rate such as 21 % (0.21)"],
  ["VATRate", "100%", "'100%' is not a VAT rate such as 21 % (0.21)"],
  ["VATRate", -0.1, "'-0.1' is not a VAT rate such as 21 % (0.21)"],
  ["VATRate", "vint", "'vint' is not a VAT rate such as 21 % (0.21)"],
  ["ReminderDays", "1, 15; 30 60", { reminderDays: [1, 15, 30, 60] }],
  ["ReminderDays", 0, { reminderDays: [0] }],
  ["ReminderDays", " ;1;15 ", { reminderDays: [1, 15] }],
  ["ReminderDays", "1, 1", "'1, 1' is not a rising list of days such as 1, 15, 30, 60"],
  ["ReminderDays", "15, 5", "'15, 5' is not a rising list of days such as 1, 15, 30, 60"],
  ["ReminderDays", "-1, 5", "'-1, 5' is not a rising list of days such as 1, 15, 30, 60"],
  ["ReminderDays", "1, 2.5", "'1, 2.5' is not a rising list of days such as 1, 15, 30, 60"],
  ["ReminderDays", ";", "';' is not a rising list of days such as 1, 15, 30, 60"],
  ["Language", "Català", { language: "ca" }],
  ["Language", " ES ", { language: "es" }],
  ["Language", "English", { language: "en" }],
  ["Language", "fr", "'fr' is not ca, es or en"],
  ["Currency", " usd ", { currency: "USD" }],
  ["Currency", "euros", "'euros' is not a currency code (EUR)"],
  ["Currency", "€", "'€' is not a currency code (EUR)"],
  ["FiscalYearStartMonth", 1, { fiscalYearStartMonth: 1 }],
  ["FiscalYearStartMonth", 12, { fiscalYearStartMonth: 12 }],
  ["FiscalYearStartMonth", 0, "'0' is not a month (1–12)"],
  ["FiscalYearStartMonth", 13, "'13' is not a month (1–12)"],
  ["FiscalYearStartMonth", 4.5, "'4.5' is not a month (1–12)"],
  ["RevenueBasis", " Booked ", { revenueBasis: "booked" }],
  ["RevenueBasis", "INVOICED", { revenueBasis: "invoiced" }],
  ["RevenueBasis", "cash", "'cash' is not invoiced or booked"],
  ["GreenThreshold", 2, { greenThreshold: 2 }],
  ["GreenThreshold", 0.01, { greenThreshold: 0.01 }],
  ["GreenThreshold", 0, "'0' is not an attainment such as 100% (1)"],
  ["GreenThreshold", 2.01, "'2.01' is not an attainment such as 100% (1)"],
  ["AmberThreshold", 2, { amberThreshold: 2 }],
  ["AmberThreshold", 0.5, { amberThreshold: 0.5 }],
  ["AmberThreshold", 0, "'0' is not an attainment such as 90% (0.9)"],
  ["AmberThreshold", 2.5, "'2.5' is not an attainment such as 90% (0.9)"],
  ["AmberThreshold", "molt", "'molt' is not an attainment such as 90% (0.9)"],
  ["CompanyName", "  Fusteria Roca SL ", { company: { ...DEFAULT_SETTINGS.company, name: "Fusteria Roca SL" } }],
  ["CompanyTaxID", " B12345678 ", { company: { ...DEFAULT_SETTINGS.company, taxId: "B12345678" } }],
  ["CompanyAddress", " Carrer Major 1 ", { company: { ...DEFAULT_SETTINGS.company, address: "Carrer Major 1" } }],
  ["CompanyIBAN", "ES91 2100 0418 4502 0005 1332", { company: { ...DEFAULT_SETTINGS.company, iban: IBAN } }],
  ["CompanyIBAN", "ES91 2100 0418 4502 0005 1333", "error Value: CompanyIBAN: 'ES91 2100 0418 4502 0005 1333'"],
  ["CompanyLogo", ` ${PNG} `, { company: { ...DEFAULT_SETTINGS.company, logo: PNG } }],
  [
    "CompanyLogo",
    "data:image/jpeg;base64,/9j/4AAQ",
    { company: { ...DEFAULT_SETTINGS.company, logo: "data:image/jpeg;base64,/9j/4AAQ" } },
  ],
  ["CompanyLogo", "data:image/svg+xml;base64,PHN2Zz4=", "not a PNG or JPEG image as a data URI"],
  ["CompanyLogo", `${PNG}"><script>`, "not a PNG or JPEG image as a data URI"],
  ["CompanyLogo", "https://example.com/logo.png", "not a PNG or JPEG image as a data URI"],
  ["CompanyLogo", `logo ${PNG}`, "not a PNG or JPEG image as a data URI"],
  ["Holiday", "2026-12-25", { holidays: new Set([dayOf(2026, 12, 25)]) }],
  ["Holiday", "25/12/2026", { holidays: new Set([dayOf(2026, 12, 25)]) }],
  ["Holiday", 46381, { holidays: new Set([dayOf(2026, 12, 25)]) }],
  ["Holiday", "Nadal", "'Nadal' is not a date"],
  ["VerifactuFrom", "2027-07-01", { verifactu: { ...DEFAULT_SETTINGS.verifactu, from: dayOf(2027, 7, 1) } }],
  ["VerifactuFrom", 46569, { verifactu: { ...DEFAULT_SETTINGS.verifactu, from: dayOf(2027, 7, 1) } }],
  ["VerifactuFrom", "juliol", "'juliol' is not a date"],
  ["VerifactuEnvironment", " Production ", { verifactu: { ...DEFAULT_SETTINGS.verifactu, environment: "production" } }],
  ["VerifactuEnvironment", "prod", "'prod' is not an AEAT environment: test or production"],
  ["VerifactuEnvironment", "TEST", { verifactu: { ...DEFAULT_SETTINGS.verifactu, environment: "test" } }],
  [
    "VerifactuInstallation",
    ` ${"x".repeat(120)} `,
    { verifactu: { ...DEFAULT_SETTINGS.verifactu, installation: "x".repeat(100) } },
  ],
  [
    "VerifactuProducer",
    " Programari SL ",
    { verifactu: { ...DEFAULT_SETTINGS.verifactu, producerName: "Programari SL" } },
  ],
  [
    "VerifactuProducerTaxID",
    " B87654321 ",
    { verifactu: { ...DEFAULT_SETTINGS.verifactu, producerTaxId: "B87654321" } },
  ],
  [" Currency ", "GBP", { currency: "GBP" }],
  ["Currency", null, "error Value: Currency: no value"],
  ["Colour", "blue", "warning Setting: unknown setting 'Colour' (known: "],
];

describe("each setting", () => {
  it.each(CASES)("%s = %j", (setting, value, expected) => {
    const got = one(setting, value);
    if (typeof expected === "string") expect(typeof got === "string" ? got : "read").toContain(expected);
    else expect(got).toMatchObject(expected);
  });

  it("leaves every other setting at its default, and a blank Setting row unread", () => {
    const { settings, problems } = read([
      [null, "ignored"],
      ["PaymentTermsDays", 60],
    ]);
    expect(problems).toEqual([]);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, paymentTermsDays: 60, holidays: new Set() });
  });

  it("says which row and column is wrong, and keeps the value read before it", () => {
    const { settings, problems } = read([
      ["Currency", "USD"],
      ["Currency", "dòlars"],
      ["Holiday", "2026-12-08"],
      ["Holiday", "2026-12-25"],
    ]);
    expect(settings.currency).toBe("USD");
    expect([...settings.holidays]).toEqual([dayOf(2026, 12, 8), dayOf(2026, 12, 25)]);
    expect(problems.map((p) => [p.sheet, p.row, p.column, p.severity])).toEqual([["Settings", 3, "Value", "error"]]);
  });

  it("says a problem on the sheet that holds the table", () => {
    const { problems } = readSettings(
      readTable("Settings", tableData("Settings", ["Setting", "Value"], [["Currency", "?"]], { sheet: "Config" })),
    );
    expect(problems.map((p) => [p.sheet, p.row])).toEqual([["Config", 2]]);
  });

  it("reads a date typed in a 1904 workbook as that system's serial", () => {
    expect([...read([["Holiday", 46381 - 1462]], true).settings.holidays]).toEqual([dayOf(2026, 12, 25)]);
  });

  it("never shares the defaults' sets and objects between workbooks", () => {
    read([
      ["Holiday", "2026-12-25"],
      ["CompanyName", "A"],
      ["SLA.P1", 4],
      ["VerifactuEnvironment", "production"],
    ]);
    expect(DEFAULT_SETTINGS.holidays.size).toBe(0);
    expect(read([]).settings).toEqual(DEFAULT_SETTINGS);
  });
});

describe("the settings as rows", () => {
  it("writes only the company's fields that are set, holidays in order as ISO text", () => {
    const rows = settingsRows({
      ...DEFAULT_SETTINGS,
      company: { ...DEFAULT_SETTINGS.company, name: "Roca SL", iban: IBAN },
      holidays: new Set([dayOf(2026, 12, 25), dayOf(2026, 1, 6)]),
    });
    expect(rows.filter(([k]) => k.startsWith("Company") || k === "Holiday")).toEqual([
      ["CompanyName", "Roca SL"],
      ["CompanyIBAN", IBAN],
      ["Holiday", "2026-01-06"],
      ["Holiday", "2026-12-25"],
    ]);
    expect(rows.find(([k]) => k === "ReminderDays")).toEqual(["ReminderDays", "1, 15, 30, 60"]);
  });

  it("reads back as the settings it was written from", () => {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      invoicePattern: "F-YYYY-NNNNN",
      clientIdPattern: "CL-NNN",
      paymentTermsDays: 45,
      company: { name: "Roca SL", taxId: "B12345678", address: "Major 1", iban: IBAN, logo: PNG },
      sla: { P1: 1, P2: 2, P3: 4, P4: 8 },
      visitEveryDays: 60,
      quotePattern: "P-NNN",
      orderPattern: "C-NNNN",
      quoteValidityDays: 15,
      vatRate: 0.1,
      reminderDays: [5, 20],
      reminderGapDays: 10,
      currency: "GBP",
      fiscalYearStartMonth: 4,
      revenueBasis: "booked",
      greenThreshold: 1.1,
      amberThreshold: 0.8,
      holidays: new Set([dayOf(2026, 1, 6), dayOf(2026, 12, 25)]),
    };
    const back = read(settingsRows(settings));
    expect(back.problems).toEqual([]);
    expect(back.settings).toEqual(settings);
  });
});
