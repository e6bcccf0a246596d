/** Going to another page of the pane from a page (the empty workbook's way to Import). */
import { createContext, useContext } from "react";

export type PageId =
  "health" | "import" | "clients" | "quotes" | "orders" | "requests" | "visits" | "week" | "invoices" | "payments" | "report" | "newsletter" | "settings";

export const NavigateContext = createContext<(page: PageId) => void>(() => undefined);

export function useNavigate(): (page: PageId) => void {
  return useContext(NavigateContext);
}
