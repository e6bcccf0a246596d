/** What the CLI prints, in English: the catalogue that defines the keys (Catalan and Spanish must have each). */
import type { Template } from "../../core/kernel";

export const en = {
  wrote: "wrote {file}",
  wroteSheet: "wrote {file} (sheet {sheet})",
  more: "… and {n} more (salesdesk {command} --json lists them all)",
  logged: "logged as campaign {id} in {file}",

  "check.table": "{rows} rows  {errors} errors, {warnings} warnings",
  "check.absent": "absent",
  "check.total": "{errors} errors, {warnings} warnings",

  "import.sheet":
    "{sheet} → {table}{asLastTime} (header on row {row}): {rows} rows, {imported} imported, {quarantined} quarantined",
  "import.asLastTime": " (as last time)",
  "import.held": ", {n} waiting for a column",
  "import.close": "; {table} came close",
  "import.noTable": "{sheet}: no table recognised, left as it is",
  "import.notWritten": "nothing written: add --out OUT.xlsx to write the tables",
  "import.nothingToRead":
    "{files}: it has no sheet to import (its sheets are contract tables already, or empty); nothing written",
  "import.nothingRecognised": "{files}: no sheet was recognised as a contract table; nothing written",

  "mailing.wrote": "wrote {file}: {n} clients with marketing consent",
  "mailing.name": "Mailing list",
  "mail.wrote": "wrote {n} drafts in {dir} (open them in Outlook to review and send)",
  "mail.noEmail": "no checked e-mail, no draft: {clients}",
  "mail.failed": "no draft for {client}: {error}",
  "newsletter.wrote": { one: "wrote {file}: {title} ({n} section)", other: "wrote {file}: {title} ({n} sections)" },
  "documents.none": "nothing to write as of {date}",

  "orders.head": "Open orders as of {date}: {n}, {late} late",
  "orders.promised": "promised {date}",
  "orders.late": { one: "{n} day late", other: "{n} days late" },
  "orders.onTime": "On time, deliveries {from} – {to}: {onTime} of {delivered} ({rate})",
  "quotes.head": "Open quotes as of {date}: {n}, worth {amount}",
  "quotes.validUntil": "valid until {date}",
  "quotes.expired": "Expired without an answer: {n}",
  "quotes.won": "Won, quotes dated {from} – {to}: {accepted} of {decided} decided ({rate})",
  "quotes.wrote": "wrote {file}: quote {number} for {client}, {n} lines, {net} net, valid until {date}",
  "quotes.estimate": "wrote {file}: the estimate",
  "requests.head": "Open requests as of {date}: {n}, {overdue} overdue (P1 {p1}, P2 {p2}, P3 {p3}, P4 {p4})",
  "requests.due": "due {date}",
  "requests.overdue": "OVERDUE",
  "visits.head": "Visits as of {date}: {planned} planned, {due} clients due a visit, {done} done in the last 7 days",
  "visits.planned": "planned",
  "visits.due": "due",
  "visits.done": "done",
  "visits.never": "never visited",
  "visits.last": { one: "last {date}, {n} day ago", other: "last {date}, {n} days ago" },
  "visits.wrote": "wrote {n} calendar events in {dir}",
  "meetings.head":
    "Meetings as of {date}: {planned} planned, {awaiting} past without minutes, {held} held in the last 7 days",
  "meetings.planned": "planned",
  "meetings.noMinutes": "no minutes yet",
  "meetings.held": "held",
  "meetings.invitations": "wrote {n} invitations in {dir}",
  "meetings.documents": "wrote {n} agendas and minutes in {dir}",

  "market.segments": "Clients.Segment: {n} written",
  "market.skipped": ", {n} typed by hand left as they are (--overwrite replaces them)",

  "invoice.issued": "issued {number} with its VERI*FACTU record; wrote {file}",
  "invoice.issuedNoRecord": "issued {number} (no VERI*FACTU record: Settings has no CompanyTaxID); wrote {file}",
  "invoice.credited": "issued {number} ({type}), rectifying {invoice}; wrote {file}",
  "invoice.cancelled": "cancelled {number} with its anulación record; wrote {file}",
  "invoice.cancelledNoRecord": "cancelled {number} (no VERI*FACTU record: Settings has no CompanyTaxID); wrote {file}",
} satisfies Record<string, Template>;

export type CliWord = keyof typeof en;
