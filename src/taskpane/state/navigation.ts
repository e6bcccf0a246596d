/** Going to another page of the pane from a page (the empty workbook's way to Import, a caller's card, a visit's quote). */
import { createContext, useContext } from "react";

export type PageId =
  | "health"
  | "import"
  | "clients"
  | "quotes"
  | "orders"
  | "requests"
  | "visits"
  | "meetings"
  | "week"
  | "invoices"
  | "payments"
  | "report"
  | "market"
  | "campaigns"
  | "settings";

/** The client a page opens on: its card on Clients, a new quote's client on Quotes. */
export type Focus = { clientId: string } | undefined;

export const NavigateContext = createContext<(page: PageId, focus?: Focus) => void>(() => undefined);
export const FocusContext = createContext<Focus>(undefined);

export function useNavigate(): (page: PageId, focus?: Focus) => void {
  return useContext(NavigateContext);
}

export function useFocus(): Focus {
  return useContext(FocusContext);
}
