/**
 * The core says what is wrong as codes with parameters; each face renders them in Catalan, Spanish or
 * English with that language's numbers, money, dates and plurals.
 */
import {
  errorText,
  formatPercent,
  languageFrom,
  render,
  say,
  SaidError,
  MESSAGE_LANGUAGES,
} from "../../../src/core/kernel/messages";
import { en } from "../../../src/core/kernel/messages/en";
import { ca } from "../../../src/core/kernel/messages/ca";
import { es } from "../../../src/core/kernel/messages/es";
import { describeProblem, problem } from "../../../src/core/workbook/problems";
import { dayOf } from "../../../src/core/kernel/dates";

const placeholders = (template: string | { one: string; other: string }) =>
  [
    ...new Set(
      [...(typeof template === "string" ? template : template.one + template.other).matchAll(/\{(\w+)\}/g)].map(
        (m) => m[1],
      ),
    ),
  ].sort();

describe("messages", () => {
  it("have every code in Catalan and Spanish, with the same parameters and plural forms as in English", () => {
    for (const [code, template] of Object.entries(en)) {
      for (const other of [ca, es]) {
        const translated = other[code as keyof typeof en];
        expect([code, placeholders(translated)]).toEqual([code, placeholders(template)]);
        expect([code, typeof translated]).toEqual([code, typeof template]);
      }
    }
  });

  it("render numbers, money and dates as each language writes them", () => {
    const credit = say("credit.atMost", { invoice: "2026-0001", most: { cents: 135802, currency: "EUR" } });
    expect(render(credit, "en")).toBe("2026-0001 can be credited €1,358.02 at most");
    expect(render(credit, "ca")).toBe("de 2026-0001 se'n poden abonar 1.358,02\u00a0€ com a màxim");
    expect(render(credit, "es")).toBe("de 2026-0001 se pueden abonar 1.358,02\u00a0€ como máximo");
    const notStarted = say("figure.notStarted", { period: "2026-12", date: { day: dayOf(2026, 11, 27) } });
    expect(render(notStarted, "ca")).toBe("2026-12 encara no ha començat el 27/11/2026");
    // a day and a month below ten with their zero; an amount in its own currency
    expect(render(say("figure.notStarted", { period: "2027-02", date: { day: dayOf(2027, 1, 7) } }), "en")).toBe(
      "2027-02 has not started on 07/01/2027",
    );
    expect(render(say("credit.atMost", { invoice: "F1", most: { cents: 100_00, currency: "USD" } }), "en")).toBe(
      "F1 can be credited US$100.00 at most",
    );
    expect([formatPercent(0.582, "ca"), formatPercent(0.582, "en")]).toEqual(["58,2 %", "58.2%"]);
    expect(render(say("cell.ratePercent", { rate: 21, fraction: 0.21 }), "es")).toBe(
      "21 no es un tipo: escriba 21 % (la fracción 0,21)",
    );
  });

  it("show a missing value as a dash, a number to four decimals, a list joined, in the language's way", () => {
    expect(render(say("settings.currency", { value: null }))).toBe("'—' is not a currency code (EUR)");
    expect(render(say("settings.currency", { value: 1234.56789 }), "en")).toBe(
      "'1,234.5679' is not a currency code (EUR)",
    );
    expect(render(say("settings.currency", { value: 1234.5 }), "ca")).toBe("'1.234,5' no és un codi de moneda (EUR)");
    expect(render(say("settings.language", { value: ["ca", say("settings.noValue")] }))).toBe(
      "'ca, no value' is not ca, es or en",
    );
    expect(render(say("settings.language", {}))).toBe("'{value}' is not ca, es or en");
  });

  it("are in the display language's own, English for any other", () => {
    expect(["ca-ES", "ES-419", "en-US", "es", "fr-FR", "", undefined, "c"].map(languageFrom)).toEqual([
      "ca",
      "es",
      "en",
      "es",
      "en",
      "en",
      "en",
      "en",
    ]);
  });

  it("word an error: a said one in the language asked, any other by its text", () => {
    expect(errorText(new SaidError(say("settings.noValue")), "es")).toBe(render(say("settings.noValue"), "es"));
    expect(new SaidError(say("settings.noValue")).message).toBe("no value");
    expect([errorText(new Error("disk full")), errorText("stopped"), errorText(42)]).toEqual([
      "disk full",
      "stopped",
      "42",
    ]);
  });

  it("choose the plural form by the count", () => {
    expect(render(say("import.declaredPaid", { n: 1 }), "ca")).toMatch(/^una factura marcada/);
    expect(render(say("import.declaredPaid", { n: 3 }), "ca")).toMatch(/^3 factures marcades/);
    expect(render(say("import.andMore", { what: say("cell.notDate", { value: "'x'" }), n: 2 }), "es")).toBe(
      "'x' no es una fecha (y 2 filas más como esta)",
    );
  });

  it("say a problem where it is, in the language asked, and keep its English words for logs", () => {
    const p = problem("Invoices", 8, "IssueDate", "error", say("cell.notDate", { value: "'31/11/2026'" }));
    expect(p).toMatchObject({
      code: "cell.notDate",
      params: { value: "'31/11/2026'" },
      message: "'31/11/2026' is not a date",
    });
    expect(describeProblem(p)).toBe("error: Invoices, row 8, IssueDate: '31/11/2026' is not a date");
    expect(describeProblem(p, "ca")).toBe("error: Invoices, fila 8, IssueDate: '31/11/2026' no és una data");
    expect(describeProblem({ ...p, severity: "warning", row: null, column: null }, "es")).toBe(
      "aviso: Invoices: '31/11/2026' no es una fecha",
    );
  });

  it("never carry a full card number in any parameter", () => {
    const p = problem(
      "Clients",
      2,
      "Notes",
      "warning",
      say("import.keptAsTyped", { why: say("cell.notEmail", { value: "'4111 1111 1111 1111'" }) }),
    );
    for (const language of MESSAGE_LANGUAGES) expect(describeProblem(p, language)).not.toMatch(/4111 1111 1111 1111/);
    expect(JSON.stringify(p)).not.toMatch(/4111 1111 1111 1111/);
  });
});
