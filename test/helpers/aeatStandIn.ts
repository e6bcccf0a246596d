/**
 * A stand-in for the AEAT's VERI*FACTU SOAP service on loopback, over mutual TLS with a CA this test
 * makes (openssl): it refuses a client without a certificate of that CA, validates each body against
 * the AEAT's XSDs, and answers in the documented shape (RespuestaRegFactuSistemaFacturacion): every
 * record accepted, one rejected, or "too soon: wait" before it processes anything.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { aeatSchemaErrors } from "./aeatSchemas";

export interface Certificates {
  dir: string;
  ca: string;
  /** the client's certificate and key, as the company's .p12 */
  p12: string;
  password: string;
}

/** A CA, a server certificate for 127.0.0.1 and a client certificate in a .p12, all signed by that CA. */
export function makeCertificates(): Certificates {
  const dir = mkdtempSync(path.join(tmpdir(), "salesdesk-aeat-tls-"));
  const at = (f: string) => path.join(dir, f);
  const openssl = (...args: string[]) => execFileSync("openssl", args, { cwd: dir, stdio: "pipe" });
  openssl(
    "req",
    "-x509",
    "-newkey",
    "rsa:2048",
    "-nodes",
    "-keyout",
    "ca.key",
    "-out",
    "ca.pem",
    "-days",
    "2",
    "-subj",
    "/CN=Stand-in CA",
  );
  for (const [name, subject, extension] of [
    ["server", "/CN=127.0.0.1", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
    ["client", "/CN=B66078346 Solucions Comercials del Valles SL", "extendedKeyUsage=clientAuth"],
  ]) {
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", `${name}.key`, "-out", `${name}.csr`, "-subj", subject);
    writeFileSync(at(`${name}.ext`), `${extension}\n`);
    openssl(
      "x509",
      "-req",
      "-in",
      `${name}.csr`,
      "-CA",
      "ca.pem",
      "-CAkey",
      "ca.key",
      "-CAcreateserial",
      "-out",
      `${name}.pem`,
      "-days",
      "2",
      "-extfile",
      `${name}.ext`,
    );
  }
  const password = "prova-1234";
  openssl(
    "pkcs12",
    "-export",
    "-inkey",
    "client.key",
    "-in",
    "client.pem",
    "-certfile",
    "ca.pem",
    "-out",
    "client.p12",
    "-passout",
    `pass:${password}`,
  );
  return { dir, ca: at("ca.pem"), p12: at("client.p12"), password };
}

export type Behaviour = "accept" | { reject: string } | { waitFirst: number };

export interface StandIn {
  url: string;
  server: Server;
  /** every request as it came: when, whose certificate, how many records, schema errors */
  requests: { at: number; client: string; records: number; schemaErrors: string[] }[];
}

const TIKR =
  "https://www2.agenciatributaria.gob.es/static_files/common/internet/dep/aplicaciones/es/aeat/tike/cont/ws/RespuestaSuministro.xsd";
const TIK =
  "https://www2.agenciatributaria.gob.es/static_files/common/internet/dep/aplicaciones/es/aeat/tike/cont/ws/SuministroInformacion.xsd";

function answer(body: string, behaviour: Behaviour, first: boolean): string {
  const wait = typeof behaviour === "object" && "waitFirst" in behaviour ? behaviour.waitFirst : 0;
  const tooSoon = first && wait > 0;
  const records = [...body.matchAll(/<sfLR:RegistroFactura>([\s\S]*?)<\/sfLR:RegistroFactura>/g)].map(([, r]) => r);
  const lines = tooSoon
    ? []
    : records.map((r) => {
        const alta = r.includes("<sf:RegistroAlta");
        const number = /<sf:NumSerieFactura(?:Anulada)?>([^<]*)</.exec(r)![1];
        const date = /<sf:FechaExpedicionFactura(?:Anulada)?>([^<]*)</.exec(r)![1];
        const rejected = typeof behaviour === "object" && "reject" in behaviour && behaviour.reject === number;
        return (
          `<tikR:RespuestaLinea><tikR:IDFactura><tik:IDEmisorFactura>B66078346</tik:IDEmisorFactura><tik:NumSerieFactura>${number}</tik:NumSerieFactura>` +
          `<tik:FechaExpedicionFactura>${date}</tik:FechaExpedicionFactura></tikR:IDFactura><tikR:Operacion><tik:TipoOperacion>${alta ? "Alta" : "Anulacion"}</tik:TipoOperacion></tikR:Operacion>` +
          (rejected
            ? `<tikR:EstadoRegistro>Incorrecto</tikR:EstadoRegistro><tikR:CodigoErrorRegistro>1100</tikR:CodigoErrorRegistro><tikR:DescripcionErrorRegistro>Valor o tipo incorrecto del campo: ImporteTotal</tikR:DescripcionErrorRegistro>`
            : `<tikR:EstadoRegistro>Correcto</tikR:EstadoRegistro>`) +
          `</tikR:RespuestaLinea>`
        );
      });
  const state = tooSoon
    ? "Incorrecto"
    : lines.some((l) => l.includes("Incorrecto"))
      ? "ParcialmenteCorrecto"
      : "Correcto";
  return (
    `<?xml version="1.0" encoding="UTF-8"?><env:Envelope xmlns:env="http://schemas.xmlsoap.org/soap/envelope/"><env:Body>` +
    `<tikR:RespuestaRegFactuSistemaFacturacion xmlns:tikR="${TIKR}" xmlns:tik="${TIK}">` +
    (tooSoon ? "" : `<tikR:CSV>A-STANDIN${String(records.length).padStart(4, "0")}XYZ</tikR:CSV>`) +
    `<tikR:Cabecera><tik:ObligadoEmision><tik:NombreRazon>Solucions</tik:NombreRazon><tik:NIF>B66078346</tik:NIF></tik:ObligadoEmision></tikR:Cabecera>` +
    `<tikR:TiempoEsperaEnvio>${wait}</tikR:TiempoEsperaEnvio><tikR:EstadoEnvio>${state}</tikR:EstadoEnvio>${lines.join("")}` +
    `</tikR:RespuestaRegFactuSistemaFacturacion></env:Body></env:Envelope>`
  );
}

export async function startStandIn(certificates: Certificates, behaviour: Behaviour): Promise<StandIn> {
  const requests: StandIn["requests"] = [];
  const read = (f: string) => readFileSync(path.join(certificates.dir, f));
  const server = createServer(
    {
      key: read("server.key"),
      cert: read("server.pem"),
      ca: read("ca.pem"),
      requestCert: true,
      rejectUnauthorized: true,
    },
    (req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", async () => {
        const body = Buffer.concat(chunks).toString("utf8");
        const inner = /<soapenv:Body>([\s\S]*)<\/soapenv:Body>/.exec(body)?.[1] ?? body;
        const schemaErrors = await aeatSchemaErrors([inner]);
        const client = String((req.socket as import("node:tls").TLSSocket).getPeerCertificate().subject?.CN ?? "");
        requests.push({
          at: Date.now(),
          client,
          records: (inner.match(/<sfLR:RegistroFactura>/g) ?? []).length,
          schemaErrors,
        });
        if (schemaErrors.length) {
          res
            .writeHead(500, { "Content-Type": "text/xml" })
            .end(
              `<env:Envelope xmlns:env="http://schemas.xmlsoap.org/soap/envelope/"><env:Body><env:Fault><faultcode>env:Client</faultcode><faultstring>Codigo[4102].El XML no cumple el esquema</faultstring></env:Fault></env:Body></env:Envelope>`,
            );
          return;
        }
        res
          .writeHead(200, { "Content-Type": "text/xml; charset=utf-8" })
          .end(answer(inner, behaviour, requests.length === 1));
      });
    },
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `https://127.0.0.1:${(server.address() as AddressInfo).port}/wlpl/TIKE-CONT/ws/SistemaFacturacion/VerifactuSOAP`,
    server,
    requests,
  };
}
