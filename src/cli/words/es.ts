/** What the CLI prints, in Spanish. */
import type { Template } from "../../core/kernel";
import type { CliWord } from "./en";

export const es: Record<CliWord, Template> = {
  wrote: "se ha escrito {file}",
  wroteSheet: "se ha escrito {file} (hoja {sheet})",
  more: "… y {n} más (salesdesk {command} --json los lista todos)",
  logged: "registrada como campaña {id} en {file}",

  "check.table": "{rows} filas  {errors} errores, {warnings} avisos",
  "check.absent": "no está",
  "check.total": "{errors} errores, {warnings} avisos",

  "import.sheet":
    "{sheet} → {table}{asLastTime} (encabezado en la fila {row}): {rows} filas, {imported} importadas, {quarantined} en cuarentena",
  "import.asLastTime": " (como la última vez)",
  "import.held": ", {n} a la espera de una columna",
  "import.close": "; {table} se acercaba",
  "import.noTable": "{sheet}: no se ha reconocido ninguna tabla, se deja como estaba",
  "import.notWritten": "no se ha escrito nada: añada --out SALIDA.xlsx para escribir las tablas",
  "import.nothingToRead":
    "{files}: no tiene ninguna hoja que importar (sus hojas ya son tablas del libro, o están vacías); no se ha escrito nada",
  "import.nothingRecognised": "{files}: no se ha reconocido ninguna hoja como tabla del libro; no se ha escrito nada",

  "mailing.wrote": "se ha escrito {file}: {n} clientes con consentimiento de marketing",
  "mailing.name": "Lista de envío",
  "mail.wrote": "se han escrito {n} borradores en {dir} (ábralos con Outlook para revisarlos y enviarlos)",
  "mail.noEmail": "sin correo comprobado, sin borrador: {clients}",
  "mail.failed": "ningún borrador para {client}: {error}",
  "newsletter.wrote": {
    one: "se ha escrito {file}: {title} ({n} sección)",
    other: "se ha escrito {file}: {title} ({n} secciones)",
  },
  "documents.none": "nada que escribir a {date}",

  "orders.head": "Pedidos abiertos a {date}: {n}, {late} con retraso",
  "orders.promised": "prometido para el {date}",
  "orders.late": { one: "{n} día de retraso", other: "{n} días de retraso" },
  "orders.onTime": "A tiempo, entregas del {from} al {to}: {onTime} de {delivered} ({rate})",
  "quotes.head": "Presupuestos abiertos a {date}: {n}, por valor de {amount}",
  "quotes.validUntil": "válido hasta el {date}",
  "quotes.expired": "Caducados sin respuesta: {n}",
  "quotes.won": "Aceptados, presupuestos del {from} al {to}: {accepted} de {decided} decididos ({rate})",
  "quotes.wrote":
    "se ha escrito {file}: presupuesto {number} para {client}, {n} líneas, {net} de base, válido hasta el {date}",
  "quotes.estimate": "se ha escrito {file}: el presupuesto",
  "requests.head": "Solicitudes abiertas a {date}: {n}, {overdue} vencidas (P1 {p1}, P2 {p2}, P3 {p3}, P4 {p4})",
  "requests.due": "plazo {date}",
  "requests.overdue": "VENCIDA",
  "visits.head":
    "Visitas a {date}: {planned} planificadas, {due} clientes por visitar, {done} hechas en los últimos 7 días",
  "visits.planned": "planificada",
  "visits.due": "por visitar",
  "visits.done": "hecha",
  "visits.never": "nunca visitado",
  "visits.last": { one: "última el {date}, hace {n} día", other: "última el {date}, hace {n} días" },
  "visits.wrote": "se han escrito {n} eventos de calendario en {dir}",
  "meetings.head":
    "Reuniones a {date}: {planned} planificadas, {awaiting} pasadas sin acta, {held} celebradas en los últimos 7 días",
  "meetings.planned": "planificada",
  "meetings.noMinutes": "aún sin acta",
  "meetings.held": "celebrada",
  "meetings.invitations": "se han escrito {n} convocatorias en {dir}",
  "meetings.documents": "se han escrito {n} órdenes del día y actas en {dir}",

  "market.segments": "Clients.Segment: {n} escritos",
  "market.skipped": ", {n} escritos a mano se dejan como estaban (--overwrite los sustituye)",

  "invoice.issued": "se ha emitido {number} con su registro VERI*FACTU; se ha escrito {file}",
  "invoice.issuedNoRecord":
    "se ha emitido {number} (sin registro VERI*FACTU: la configuración no tiene CompanyTaxID); se ha escrito {file}",
  "invoice.credited": "se ha emitido {number} ({type}), que rectifica {invoice}; se ha escrito {file}",
  "invoice.cancelled": "se ha anulado {number} con su registro de anulación; se ha escrito {file}",
  "invoice.cancelledNoRecord":
    "se ha anulado {number} (sin registro VERI*FACTU: la configuración no tiene CompanyTaxID); se ha escrito {file}",
};
