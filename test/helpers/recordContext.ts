/** The issuer, system and moment a test's VERI*FACTU records are made with, as the AEAT's examples have them. */
import type { RecordContext } from "../../src/core/invoicing/verifactu/records";

export const RECORD_CONTEXT: RecordContext = {
  issuer: { name: "Distribucions Puig SL", nif: "B66078346" },
  system: {
    producer: { name: "Distribucions Puig SL", nif: "B66078346" },
    name: "Sales Admin Desk",
    id: "SD",
    version: "0.2.0",
    installation: "1",
  },
  generatedAt: "2027-01-04T09:15:00+01:00",
};
