/** The Market tab's strings in Spanish (a missing key is a type error). */
import type { Message } from "../message";
import type { marketEn } from "./en";

export const marketEs: Record<keyof typeof marketEn, Message> = {
  "market.title": "Qué necesitan los clientes",
  "market.intro":
    "Segmentos según lo que ha comprado cada cliente en los últimos 365 días, clientes que podríamos perder, las respuestas de la encuesta, oportunidades y lo que ha aportado cada campaña. Cualquier lista se convierte en una lista de correo de los clientes con consentimiento con un clic.",
  "market.segments": "Segmentos",
  "market.segmentRule":
    "Recencia, frecuencia y ventas en 365 días, puntuadas de 1 a 5 entre los clientes que han comprado. Nuevos: primera factura en los últimos 90 días. Riesgo de pérdida: tres pedidos o más, y más días desde el último que el doble de su intervalo habitual.",
  "market.showSegment": "Clientes de",
  "market.churn": "Riesgo de pérdida",
  "market.neverBought": "nunca ha comprado",
  "market.today": "última factura hoy",
  "market.daysAgo": { one: "última factura hace {n} día", other: "última factura hace {n} días" },
  "market.makeList": "Crear una lista de correo",
  "market.listMade": {
    one: "{n} cliente con consentimiento en la hoja {sheet}, registrado como campaña {id}.",
    other: "{n} clientes con consentimiento en la hoja {sheet}, registrados como campaña {id}.",
  },
  "market.writeSegments": {
    one: "Escribir el segmento en Clients ({n} cambio)",
    other: "Escribir los segmentos en Clients ({n} cambios)",
  },
  "market.hersTitle": {
    one: "{n} cliente tiene un segmento que escribió usted",
    other: "{n} clientes tienen un segmento que escribió usted",
  },
  "market.hersWhat":
    "Por ejemplo: {examples}. ¿Conservar los suyos y escribir solo los vacíos y los nuestros, o sustituir también los suyos?",
  "market.keepHers": "Conservar los míos",
  "market.replaceHers": "Sustituir también los míos",
  "market.segmentsWritten":
    "Segmentos escritos: {n}; suyos conservados: {kept}; cambiados mientras tanto, sin tocar: {changed}.",
  "market.survey": "Encuesta",
  "market.noSurvey":
    "Aún no hay respuestas de encuesta: importe una exportación de Microsoft Forms o Google Forms (pestaña Importar) a la tabla de encuesta (Survey).",
  "market.unmatched": {
    one: "{n} respuesta de alguien que no es cliente: contada aparte.",
    other: "{n} respuestas de personas que no son clientes: contadas aparte.",
  },
  "market.answers": { one: "{n} respuesta", other: "{n} respuestas" },
  "market.nps": "NPS {score}: {promoters} promotores, {passives} pasivos, {detractors} detractores",
  "market.npsBySegment": "NPS por segmento",
  "market.noClient": "Sin cliente",
  "market.all": "Todas las respuestas",
  "market.bySegment": "Por segmento",
  "market.byRegion": "Por zona",
  "market.byCategory": "Por categoría preferida",
  "market.spread": "Cómo se reparten las respuestas a «{question}»",
  "market.detractorsList": "No nos recomendarían",
  "market.detractorsMake": "Crear una lista de los {n} clientes que no nos recomendarían",
  "market.fewAnswers": "Un segmento con menos de 5 respuestas: su NPS es orientativo.",
  "market.words": "Palabras frecuentes",
  "market.noWords": "Ninguna palabra aparece en más de una respuesta.",
  "market.wordIn": "Respuestas que dicen «{word}»",
  "market.opportunities": "Oportunidades",
  "market.noOpportunities":
    "Ninguna oportunidad: los clientes compran lo que prefieren y cada zona compra como la empresa.",
  "market.prefers": {
    one: "{n} cliente prefiere {category} y no lo ha comprado en un año",
    other: "{n} clientes prefieren {category} y no lo han comprado en un año",
  },
  "market.prefersList": "Prefieren {category}",
  "market.gap": "{region}: el {share} de los clientes compra {category}, frente al {company} en toda la empresa",
  "market.gapList": "{region} sin {category}",
  "market.few": "Menos de 5 clientes: cifra orientativa",
  "market.campaigns": "Campañas",
  "market.noCampaigns":
    "Aún no hay ninguna campaña registrada: cada lista de correo, correos del boletín o borradores de Outlook que haga aquí se registra.",
  "market.sentTo": { one: "enviada a {n} cliente", other: "enviada a {n} clientes" },
  "market.before": "Destinatarios: {before} los 30 días antes, {after} los 30 días desde entonces ({orders} pedidos)",
  "market.control": "{n} clientes con consentimiento que no la recibieron: {before} antes, {after} después",
  "market.lift": "Efecto: {lift} por cliente",
  "market.noLift": "Sin efecto calculable: no hay con quién comparar",
  "market.running": "Aún no han pasado sus 30 días",
  "market.sheet": "Escribir la hoja para la dirección",
  "market.sheetWritten": "Escrito en la hoja {sheet}.",
};
