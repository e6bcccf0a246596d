/**
 * The first answer to a request or a complaint, in the client's language (the reminder-letter rule):
 * what was received, its ticket, by when it will be answered; a complaint is apologised for.
 */
import { formatDmy } from "../kernel/dates";
import { render, say } from "../kernel/messages";
import { letterLanguage } from "../receivables/reminders";
import type { Client } from "../workbook/contract";
import type { Ticket } from "./requests";

export function replyTo(
  ticket: Ticket,
  client: Client | undefined,
  company: string,
): { language: "ca" | "es" | "en"; text: string } {
  const language = client ? letterLanguage(client) : "es";
  const line = (code: Parameters<typeof say>[0], params: Parameters<typeof say>[1] = {}) =>
    render(say(code, params), language);
  const text = [
    line(client?.Contact ? "reply.greeting" : "reply.greetingAll", { name: client?.Contact ?? "" }),
    "",
    line(ticket.kind === "Complaint" ? "reply.complaint" : "reply.received", {
      subject: ticket.subject,
      ticket: ticket.ticketId,
      date: formatDmy(ticket.dueBy),
    }),
    "",
    line("reply.closing"),
    company,
  ].join("\n");
  return { language, text };
}
