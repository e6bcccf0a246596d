/** Four clients, two of them one client typed twice: for the client database's tests. */
import type { Cell } from "../../src/core/workbook/port";

export const CLIENT_HEADERS = ["ClientID", "Name", "TaxID", "Email", "PostalCode", "City", "IBAN", "Exec", "Segment", "Status", "MarketingConsent", "Notes"];
export const CLIENT_ROWS: Cell[][] = [
  ["C-0001", "Ferreteria Puig SL", "B12345674", "compres@puig.cat", "08001", "Barcelona", null, "E01", "Retail", "Active", true, null],
  ["C-0002", "Puig Ferretería, S.L.", "B-1234567-4", null, "08001", "Barcelona", "ES9121000418450200051332", null, "Retail", "Active", false, "old record"],
  ["C-0003", "Àgora Serveis", "12345678Z", "info@agora.cat", "17001", "Girona", null, "E02", "SME", "Prospect", true, null],
  ["C-0010", "Café Central", null, "hola@cafecentral.es", "28012", "Madrid", "ES9121000418450200051332", "E01", "Retail", "Inactive", false, null],
];
