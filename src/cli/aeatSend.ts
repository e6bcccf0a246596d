/**
 * Sending VERI*FACTU records to the AEAT: a browser cannot present a client certificate nor cross to
 * the AEAT's origin, so the CLI sends, over mutual TLS with the company's certificate, to the SOAP
 * endpoint of the environment. Batches of at most 1,000 records, in their order; the waiting time
 * each answer gives (TiempoEsperaEnvio) is kept before the next; each record's answer is read back.
 */
import { request, Agent } from "node:https";
import { type BillingRecord, batches, BATCH_RECORDS, type Party } from "../core/invoicing";

/** The AEAT's VERI*FACTU SOAP endpoints (SistemaFacturacion.wsdl), by environment. */
export const AEAT_ENDPOINTS = {
  test: "https://prewww1.aeat.es/wlpl/TIKE-CONT/ws/SistemaFacturacion/VerifactuSOAP",
  production: "https://www1.agenciatributaria.gob.es/wlpl/TIKE-CONT/ws/SistemaFacturacion/VerifactuSOAP",
} as const;

/** Times a batch is sent again when the AEAT asks to wait and processed none of it. */
const RESENDS = 3;

export interface LineAnswer {
  invoiceNo: string;
  operation: string;
  state: string;
  code: string;
  description: string;
  duplicate: boolean;
}

export interface Answer {
  csv: string;
  /** seconds to wait before the next submission */
  wait: number;
  status: string;
  lines: LineAnswer[];
}

/** What a record's row says after sending: its state, the AEAT's CSV, the error. */
export type Outcome = Pick<BillingRecord, "State" | "AEATCode" | "Error">;

const tag = (xml: string, name: string) =>
  new RegExp(`<(?:[\\w-]+:)?${name}>([^<]*)</(?:[\\w-]+:)?${name}>`).exec(xml)?.[1]?.trim() ?? "";

/** The AEAT's answer (RespuestaRegFactuSistemaFacturacion) read by its elements, whatever their prefixes. */
export function parseAnswer(xml: string): Answer {
  const lines = [...xml.matchAll(/<(?:[\w-]+:)?RespuestaLinea>([\s\S]*?)<\/(?:[\w-]+:)?RespuestaLinea>/g)].map(
    ([, line]) => ({
      invoiceNo: tag(line, "NumSerieFactura"),
      operation: tag(line, "TipoOperacion"),
      state: tag(line, "EstadoRegistro"),
      code: tag(line, "CodigoErrorRegistro"),
      description: tag(line, "DescripcionErrorRegistro"),
      duplicate: /<(?:[\w-]+:)?RegistroDuplicado>/.test(line),
    }),
  );
  return {
    csv: tag(xml, "CSV"),
    wait: Number(tag(xml, "TiempoEsperaEnvio")) || 0,
    status: tag(xml, "EstadoEnvio"),
    lines,
  };
}

/** One record's row after its answer: accepted (a duplicate of one already there counts), with errors, or rejected. */
export function outcomeOf(answer: Answer, line: LineAnswer | undefined): Outcome {
  if (!line) return { State: "Sent", AEATCode: answer.csv, Error: "" };
  const error = [line.code, line.description].filter(Boolean).join(": ");
  if (line.state === "Correcto" || line.duplicate) return { State: "Accepted", AEATCode: answer.csv, Error: "" };
  if (line.state === "AceptadoConErrores") return { State: "AcceptedWithErrors", AEATCode: answer.csv, Error: error };
  return { State: "Rejected", AEATCode: "", Error: error };
}

function post(endpoint: string, body: string, agent: Agent): Promise<string> {
  return new Promise((resolve, reject) => {
    const sent = request(
      endpoint,
      {
        method: "POST",
        agent,
        headers: { "Content-Type": "text/xml; charset=utf-8", SOAPAction: "" },
        timeout: 120_000,
      },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on("data", (c: Buffer) => chunks.push(c));
        answer.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
      },
    );
    sent.on("timeout", () => sent.destroy(new Error("the AEAT did not answer in 2 minutes")));
    sent.on("error", reject);
    sent.end(body);
  });
}

export interface Sending {
  endpoint: string;
  agent: Agent;
  pause: (seconds: number) => Promise<void>;
}

/**
 * Sends the records in batches and answers each one's outcome by its number. A batch the AEAT did not
 * process because it came too soon is sent again after the wait it asks for.
 */
export async function sendRecords(
  records: readonly BillingRecord[],
  issuer: Party,
  sending: Sending,
): Promise<Map<string, Outcome>> {
  const outcomes = new Map<string, Outcome>();
  let wait = 0;
  for (let first = 0; first < records.length; first += BATCH_RECORDS) {
    const batch = records.slice(first, first + BATCH_RECORDS);
    const [envelope] = batches(
      issuer,
      batch.map((r) => r.XML),
      true,
    );
    let answer: Answer | undefined;
    for (let attempt = 0; attempt <= RESENDS; attempt++) {
      if (wait > 0) await sending.pause(wait);
      const text = await post(sending.endpoint, envelope, sending.agent);
      const fault = tag(text, "faultstring");
      if (fault) throw new Error(`the AEAT refused the submission: ${fault}`);
      answer = parseAnswer(text);
      wait = answer.wait;
      if (answer.lines.length > 0 || answer.status !== "Incorrecto") break;
    }
    if (!answer) continue; // the loop above sends at least once: an answer or an error
    const reply = answer;
    for (const record of batch) {
      const operation = record.Kind === "Alta" ? "Alta" : "Anulacion";
      const line = reply.lines.find(
        (l) => l.invoiceNo === record.InvoiceNo && (l.operation === "" || l.operation === operation),
      );
      outcomes.set(
        record.RecordNo,
        reply.lines.length === 0
          ? { State: "Pending", AEATCode: "", Error: `${reply.status}: not processed` }
          : outcomeOf(reply, line),
      );
    }
  }
  return outcomes;
}
