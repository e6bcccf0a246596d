/**
 * A realistic sample workbook for demos, tests and benchmarks: a Catalan/Spanish company's year of
 * clients, orders, invoices (credit notes included), payments (reversed and charged back too),
 * visits, requests, quotes and targets. Deterministic for a seed and a "today".
 */
import { CONTRACT, TABLE_NAMES, TableName } from "../workbook/contract";
import { Day, partsOf } from "../kernel/dates";
import { Cents, fromCents, roundHalfAway, vatOf } from "../kernel/money";
import { formatDocumentNumber } from "../kernel/numbering";
import { deriveInvoiceStatus } from "../receivables/invoiceStatus";
import { addWorkingDays, workingDaysBetween } from "../kernel/periods";
import { sampleQuotes, sampleTargets } from "./plans";
import { Random } from "../kernel/random";
import { DEFAULT_SETTINGS, settingsRows } from "../workbook/settings";
import { outputTable } from "../workbook/output";
import type { Cell, SheetOutput } from "../workbook/port";

import { bankStatement } from "./bank";
import { sampleCampaigns, sampleSurvey } from "./market";
import { sampleMeetings, sampleReminders, sampleRequests, sampleVisits } from "./support";
import { catalanHolidays, slug, spanishCif, spanishIban } from "./spanish";
import {
  CHARGEBACKS,
  CITIES,
  COMPANY_LOGO,
  CREDIT_REASONS,
  EXECS,
  FIRST_NAMES,
  PRODUCTS,
  SEGMENTS,
  SEPA_RETURNS,
  STREETS,
  SURNAMES,
  TRADES,
} from "./words";

export interface SampleOptions {
  seed?: number;
  invoices?: number;
  /** the day the data runs up to: a year of history before it, plans after it */
  today: Day;
}

type Row = Record<string, Cell>;

export function generateSample(options: SampleOptions): SheetOutput[] {
  const rnd = new Random(options.seed ?? 1);
  const today = options.today;
  const invoiceCount = Math.max(10, options.invoices ?? 1200);
  const start = today - 364;
  const years = [...new Set([partsOf(start - 30).year, partsOf(today).year, partsOf(today + 60).year])];
  const holidays = new Set(years.flatMap(catalanHolidays));
  const workdays = workingDaysBetween(start, today, holidays);

  const team: Row[] = EXECS.map(([name, region], i) => ({
    ExecID: `E${String(i + 1).padStart(2, "0")}`,
    Name: name,
    Email: `${slug(name.split(" ")[0])}.${slug(name.split(" ")[1])}@exemple-vendes.cat`,
    Region: region,
    Active: true,
  }));

  const products: Row[] = PRODUCTS.map(([category, name, price, vat], i) => ({
    SKU: `${category.slice(0, 3).toUpperCase()}-${String(i + 1).padStart(3, "0")}`,
    Name: name,
    Category: category,
    UnitPrice: price,
    VATRate: vat,
    Active: !(i === 7),
  }));
  const categories = [...new Set(PRODUCTS.map((p) => p[0]))];

  const clientCount = Math.max(40, Math.round(invoiceCount / 25));
  const idWidth = Math.max(4, String(clientCount).length);
  const clients: Row[] = [];
  const payerType: string[] = [];
  for (let i = 0; i < clientCount; i++) {
    const exec = rnd.int(0, team.length - 1);
    const region = EXECS[exec][1];
    const [city, postalPrefix] = rnd.pick(CITIES[region]);
    const name = `${rnd.pick(TRADES)} ${rnd.pick(SURNAMES)}${rnd.chance(0.3) ? " i " + rnd.pick(SURNAMES) : ""}, ${rnd.chance(0.7) ? "SL" : "SA"}`;
    const method = rnd.chance(0.5) ? "Transfer" : rnd.chance(0.7) ? "DirectDebit" : "Card";
    const contact = `${rnd.pick(FIRST_NAMES)} ${rnd.pick(SURNAMES)}`;
    clients.push({
      ClientID: `C-${String(i + 1).padStart(idWidth, "0")}`,
      Name: name,
      TaxID: spanishCif(rnd, name.endsWith("SA") ? "A" : "B"),
      Contact: contact,
      Email: `${slug(contact.split(" ")[0])}@${slug(name.split(",")[0]).slice(0, 20)}.cat`,
      Phone: `+34 9${rnd.digits(2)} ${rnd.digits(3)} ${rnd.digits(3)}`,
      Street: `${rnd.pick(STREETS)}, ${rnd.int(1, 240)}`,
      PostalCode: `${postalPrefix}${rnd.digits(2)}`,
      City: city,
      Region: region,
      Country: "ES",
      PaymentMethod: method,
      IBAN: method === "DirectDebit" || rnd.chance(0.3) ? spanishIban(rnd) : null,
      CardLast4: method === "Card" ? rnd.digits(4) : null,
      PaymentTermsDays: rnd.pick([30, 30, 30, 45, 60, 0]),
      Preferences: [...new Set([rnd.pick(categories), rnd.pick(categories)])].join("; "),
      Segment: rnd.pick(SEGMENTS),
      Exec: team[exec].ExecID,
      MarketingConsent: rnd.chance(0.7),
      Status: rnd.chance(0.9) ? "Active" : rnd.pick(["Inactive", "Prospect"]),
      Notes: null,
    });
    payerType.push(rnd.chance(0.7) ? "prompt" : rnd.chance(0.67) ? "late" : "bad");
  }

  // Orders and invoices, in date order so the invoice numbers ascend with the dates.
  const orders: Row[] = [];
  const invoiceDrafts: { row: Row; client: number }[] = [];
  const orderWidth = Math.max(6, String(invoiceCount * 2).length);
  const pickClient = () => Math.min(clientCount - 1, Math.floor(clientCount * rnd.next() ** 1.6));
  for (let i = 0; i < invoiceCount; i++) {
    const issue =
      workdays[Math.min(workdays.length - 1, Math.floor(((i + rnd.next()) * workdays.length) / invoiceCount))];
    const client = pickClient();
    const c = clients[client];
    const product = rnd.pick(products);
    const quantity = (product.UnitPrice as number) > 1000 ? rnd.int(1, 3) : rnd.int(1, 12);
    const discount = rnd.pick([0, 0, 0, 0.05, 0.1]);
    const net: Cents = roundHalfAway((product.UnitPrice as number) * 100 * quantity * (1 - discount));
    const orderDate = issue - rnd.int(0, 20);
    const promised = addWorkingDays(orderDate, rnd.int(5, 15), holidays);
    const late = rnd.chance(0.12);
    const delivered = promised + (late ? rnd.int(1, 9) : -rnd.int(0, 3));
    const orderId = `O-${String(i + 1).padStart(orderWidth, "0")}`;
    orders.push({
      OrderID: orderId,
      OrderDate: orderDate,
      ClientID: c.ClientID,
      Exec: c.Exec,
      SKU: product.SKU,
      Quantity: quantity,
      Net: fromCents(net),
      PromisedDate: promised,
      DeliveredDate: Math.min(delivered, today),
      Status: "Delivered",
      ContractRef: rnd.chance(0.2) ? `CT-${partsOf(orderDate).year}-${rnd.digits(3)}` : null,
    });
    const vatRate = product.VATRate as number;
    const vat = vatOf(net, vatRate);
    invoiceDrafts.push({
      client,
      row: {
        InvoiceNo: null,
        IssueDate: issue,
        ClientID: c.ClientID,
        Exec: c.Exec,
        OrderID: orderId,
        Net: fromCents(net),
        VATRate: vatRate,
        VAT: fromCents(vat),
        Total: fromCents(net + vat),
        Currency: "EUR",
        DueDate: issue + (c.PaymentTermsDays as number),
        Status: null,
        CreditOf: null,
      },
    });
  }
  // Orders taken but not yet invoiced; some are late.
  for (let i = 0; i < Math.ceil(invoiceCount * 0.05); i++) {
    const c = clients[pickClient()];
    const product = rnd.pick(products);
    const orderDate = today - rnd.int(0, 30);
    const quantity = rnd.int(1, 5);
    orders.push({
      OrderID: `O-${String(invoiceCount + i + 1).padStart(orderWidth, "0")}`,
      OrderDate: orderDate,
      ClientID: c.ClientID,
      Exec: c.Exec,
      SKU: product.SKU,
      Quantity: quantity,
      Net: (product.UnitPrice as number) * quantity,
      PromisedDate: addWorkingDays(orderDate, rnd.int(3, 15), holidays),
      DeliveredDate: null,
      Status: rnd.pick(["Open", "Confirmed", "Shipped"]),
      ContractRef: null,
    });
    // Now and then a line the client called off: the order goes on without it (no random draw, so the
    // rest of the sample stays as it was).
    if (i % 7 === 3)
      orders.push({ ...orders[orders.length - 1], Quantity: 1, Net: product.UnitPrice, Status: "Cancelled" });
  }

  const sequence = new Map<string, number>();
  const nextNumber = (pattern: string, year: number) => {
    const key = `${pattern}|${year}`;
    const n = (sequence.get(key) ?? 0) + 1;
    sequence.set(key, n);
    return formatDocumentNumber(pattern, year, n);
  };
  const pattern = DEFAULT_SETTINGS.invoicePattern.replace(/N+/, "N".repeat(Math.max(4, String(invoiceCount).length)));
  for (const { row } of invoiceDrafts) row.InvoiceNo = nextNumber(pattern, partsOf(row.IssueDate as Day).year);

  // Credit notes (their own series) and payments, with withdrawals investigated.
  const creditNotes: Row[] = [];
  const payments: Row[] = [];
  const paymentWidth = Math.max(6, String(invoiceCount * 2).length);
  const addPayment = (p: Omit<Row, "PaymentID">) =>
    payments.push({ PaymentID: `P-${String(payments.length + 1).padStart(paymentWidth, "0")}`, ...p });
  for (const { row, client } of invoiceDrafts) {
    const c = clients[client];
    const total: Cents = Math.round((row.Total as number) * 100);
    let credited: Cents = 0;
    if (rnd.chance(0.02)) {
      const creditDay = (row.IssueDate as Day) + rnd.int(3, 40);
      if (creditDay <= today) {
        const share = rnd.chance(0.4) ? 1 : rnd.pick([0.1, 0.2, 0.3]);
        const net = -roundHalfAway((row.Net as number) * 100 * share);
        const vat = vatOf(net, row.VATRate as number);
        credited = net + vat;
        creditNotes.push({
          InvoiceNo: nextNumber("R-YYYY-NNNN", partsOf(creditDay).year),
          IssueDate: creditDay,
          ClientID: row.ClientID,
          Exec: row.Exec,
          OrderID: row.OrderID,
          Net: fromCents(net),
          VATRate: row.VATRate,
          VAT: fromCents(vat),
          Total: fromCents(net + vat),
          Currency: "EUR",
          DueDate: creditDay,
          Status: "Issued",
          CreditOf: row.InvoiceNo,
          Reason: share === 1 ? CREDIT_REASONS.returned : CREDIT_REASONS.discount,
        });
      }
    }
    const due = row.DueDate as Day;
    const type = payerType[client];
    const delay =
      type === "prompt"
        ? rnd.int(-5, 3)
        : type === "late"
          ? rnd.int(10, 60)
          : rnd.chance(0.3)
            ? Infinity
            : rnd.int(40, 150);
    const payDay = due + delay;
    const method = c.PaymentMethod as string;
    let received: Cents = 0;
    const owed = total + credited;
    if (owed > 0 && payDay <= today) {
      const parts = rnd.chance(0.08) ? [Math.round(owed / 2), owed - Math.round(owed / 2)] : [owed];
      parts.forEach((amount, k) => {
        const date = Math.min(today, payDay + k * rnd.int(7, 30));
        const reference =
          method === "Transfer"
            ? `TRF ${row.InvoiceNo}`
            : method === "Card"
              ? `TPV ${rnd.digits(6)}`
              : `SEPA-DD ${row.ClientID}-${partsOf(date).month}`;
        const base = {
          PaymentDate: date,
          InvoiceNo: row.InvoiceNo,
          ClientID: row.ClientID,
          Amount: fromCents(amount),
          Method: method,
          Reference: reference,
        };
        const withdrawn = (method === "DirectDebit" && rnd.chance(0.04)) || (method === "Card" && rnd.chance(0.02));
        if (withdrawn) {
          const status = method === "Card" ? "Chargeback" : "Reversed";
          const back = Math.min(today, date + rnd.int(2, 20));
          addPayment({
            ...base,
            PaymentDate: back,
            Status: status,
            Reason: method === "Card" ? rnd.pick(CHARGEBACKS) : rnd.pick(SEPA_RETURNS),
            Investigation: today - back > 30 && rnd.chance(0.7) ? "Resolved" : "Open",
            Notes: null,
          });
          if (rnd.chance(0.5) && back + 10 <= today) {
            addPayment({
              ...base,
              PaymentDate: back + 10,
              Reference: `${reference} (2a presentació)`,
              Status: "Received",
              Reason: null,
              Investigation: null,
              Notes: null,
            });
            received += amount;
          }
        } else {
          addPayment({ ...base, Status: "Received", Reason: null, Investigation: null, Notes: null });
          received += amount;
        }
      });
    }
    row.Status = deriveInvoiceStatus(
      { total, credited, received, dueDate: due, storedStatus: null, isCreditNote: false },
      today,
    );
  }
  const invoices = [...invoiceDrafts.map((d) => d.row), ...creditNotes].sort(
    (a, b) => (a.IssueDate as Day) - (b.IssueDate as Day),
  );
  payments.sort((a, b) => (a.PaymentDate as Day) - (b.PaymentDate as Day));

  const netByExec = new Map<string, number>();
  for (const { row } of invoiceDrafts)
    netByExec.set(row.Exec as string, (netByExec.get(row.Exec as string) ?? 0) + (row.Net as number));
  const targets = sampleTargets(rnd, team, netByExec, start, today);
  const quotes = sampleQuotes(
    rnd,
    Math.ceil(invoiceCount * 0.3),
    () => clients[pickClient()],
    products,
    workdays,
    today,
  );

  const visits = sampleVisits(rnd, clients, today, holidays);
  const requests = sampleRequests(rnd, Math.ceil(invoiceCount / 20), () => clients[pickClient()], today, holidays);
  const meetings = sampleMeetings(rnd, team, clients, today, holidays);

  // One client typed in twice, as happens: the same tax ID under a second spelling of the name.
  const twin = clients[4];
  clients.push({
    ...twin,
    ClientID: `C-${String(clientCount + 1).padStart(idWidth, "0")}`,
    Name: String(twin.Name)
      .toUpperCase()
      .replace(/, (SL|SA)$/, " $1"),
    Email: null,
    Phone: null,
    Notes: "alta duplicada",
  });

  const company = {
    name: "Solucions Comercials del Vallès, SL",
    taxId: "B66078346",
    address: "Carrer de la Indústria 21, 08202 Sabadell",
    iban: "ES9121000418450200051332",
    logo: COMPANY_LOGO,
  };
  const settings = settingsRows({ ...DEFAULT_SETTINGS, holidays, company });
  const data: Record<TableName, Row[]> = {
    Clients: clients,
    Products: products,
    Team: team,
    Targets: targets,
    Quotes: quotes,
    Orders: orders,
    Invoices: invoices,
    Payments: payments,
    Visits: visits,
    Requests: requests,
    Meetings: meetings,
    Reminders: sampleReminders(invoices, today, holidays),
    Survey: sampleSurvey(options.seed ?? 1, clients, categories, today),
    Campaigns: sampleCampaigns(clients, categories, today),
    Settings: settings.map(([Setting, Value]) => ({ Setting, Value })),
  };
  const sheets: SheetOutput[] = TABLE_NAMES.map((name) => ({
    name,
    tables: [
      outputTable(
        name,
        data[name].map((r) => CONTRACT[name].columns.map((c) => r[c.name] ?? null)),
      ),
    ],
  }));
  return [...sheets, bankStatement(invoices, payments, clients, today)];
}
