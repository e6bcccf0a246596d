/**
 * The week of one exec, as the admin runs the team day to day: their visits and meetings this week, the quotes to
 * follow up, their late orders, the open requests they own and the overdue invoices of their clients.
 */
import { weekday, type Day } from "../kernel/dates";
import type { InvoiceBalance } from "../receivables/receivables";
import { agedBalances } from "../receivables/aging";
import { teamIndex } from "../workbook/team";
import type { SalesData } from "../workbook/salesData";
import type { Meeting, Visit } from "../workbook/contract";
import { meetingsOf } from "./meetings";
import { orderFollowUp, type OrderSummary } from "../orders/orders";
import { quoteFollowUp, toFollowUp, type QuoteSummary } from "../orders/quotes";
import { requestQueue, type Ticket } from "./requests";

export interface ExecWeek {
  exec: string;
  /** Monday and Sunday of the week the date falls in */
  from: Day;
  to: Day;
  visits: Visit[];
  meetings: Meeting[];
  quotes: QuoteSummary[];
  lateOrders: OrderSummary[];
  requests: Ticket[];
  overdue: InvoiceBalance[];
}

export function execWeek(data: SalesData, exec: string, asOf: Day): ExecWeek {
  const team = teamIndex(data.team);
  const theirs = (who: string | null) => who !== null && team.resolve(who) === exec;
  const from = asOf - weekday(asOf);
  const to = from + 6;
  const clients = new Set(data.clients.filter((c) => theirs(c.Exec)).map((c) => c.ClientID));
  return {
    exec,
    from,
    to,
    visits: data.visits
      .filter((v) => theirs(v.Exec) && v.Status !== "Cancelled" && v.Scheduled >= from && v.Scheduled <= to)
      .sort((a, b) => a.Scheduled - b.Scheduled),
    meetings: meetingsOf(data.meetings, data.team, exec, from, to),
    quotes: quoteFollowUp(data.quotes, data.settings.quoteValidityDays, asOf).open.filter(
      (q) => theirs(q.exec) && toFollowUp(q, asOf),
    ),
    lateOrders: orderFollowUp(data.orders, data.invoices, asOf).late.filter((o) => theirs(o.exec)),
    requests: requestQueue(data.requests, data.settings, asOf).queue.filter((t) => theirs(t.owner)),
    // past due as the aging has it: one without a due date after the client's terms
    overdue: agedBalances(data, asOf)
      .filter(
        (a) =>
          a.balance.outstanding > 0 &&
          a.bucket !== "current" &&
          clients.has(a.clientId) &&
          a.balance.invoice.CreditOf === null,
      )
      .map((a) => a.balance),
  };
}
