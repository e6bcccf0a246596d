/**
 * A stand-in for Microsoft Graph on loopback, answering the documented request and response shapes of
 * the endpoints the add-in uses — `$batch`, `me/messages`, `me/events` (create, update, cancel, find by
 * our extended property), `me/drive` search and content — and keeping what it was sent, to assert on.
 * It can throttle (429 with Retry-After) and refuse a recipient, as the real service may.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface StandInEvent {
  id: string;
  body: Record<string, unknown>;
  cancelled: boolean;
}

export class GraphStandIn {
  readonly messages: Record<string, unknown>[] = [];
  readonly events = new Map<string, StandInEvent>();
  readonly drive: { id: string; name: string; bytes: Uint8Array }[] = [];
  /** every request that reached a handler: in a batch or alone */
  readonly log: { method: string; url: string; auth: string | undefined; batched: boolean }[] = [];
  /** the sizes of the batches received */
  readonly batches: number[] = [];
  /** the next this many requests answer 429, Retry-After this many seconds */
  throttle = { requests: 0, seconds: 1 };
  /** recipients the mailbox refuses (a bad domain) */
  readonly refused = new Set<string>();
  /** the next this many drafts are refused whoever they are for (a mailbox over its quota) */
  failNext = 0;
  /**
   * Batches (by their number, counting from 1) carried out and then answered wrong: with a page that is
   * not JSON (a proxy's error page), or never at all.
   */
  readonly spoiled = new Map<number, "garbled" | "silent">();
  private server?: Server;
  private next = 1;
  url = "";

  async start(): Promise<string> {
    this.server = createServer(async (req, res) => {
      // the workbench calls it from another origin, as the pane calls graph.microsoft.com
      res.setHeader("Access-Control-Allow-Origin", "*");
      res.setHeader("Access-Control-Allow-Headers", "Authorization, Content-Type");
      res.setHeader("Access-Control-Allow-Methods", "GET, POST, PATCH, DELETE");
      res.setHeader("Access-Control-Expose-Headers", "Retry-After");
      if (req.method === "OPTIONS") return void res.writeHead(204).end();
      const body = await readBody(req);
      const answer = this.answer(req.method!, req.url!, body, req.headers.authorization, false);
      const spoiled = req.url!.endsWith("/$batch") ? this.spoiled.get(this.batches.length) : undefined;
      if (spoiled === "silent") return; // done, and never said
      if (spoiled === "garbled")
        return void res
          .writeHead(200, { "Content-Type": "text/html" })
          .end("<html><body>502 Bad Gateway</body></html>");
      res.writeHead(answer.status, {
        "Content-Type": answer.body instanceof Uint8Array ? "application/octet-stream" : "application/json",
        ...answer.headers,
      });
      res.end(
        answer.body instanceof Uint8Array
          ? answer.body
          : answer.body === undefined
            ? undefined
            : JSON.stringify(answer.body),
      );
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/v1.0`;
    return this.url;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private answer(method: string, url: string, body: string, auth: string | undefined, batched: boolean): Answer {
    if (!auth?.startsWith("Bearer "))
      return {
        status: 401,
        body: { error: { code: "InvalidAuthenticationToken", message: "Access token is empty." } },
      };
    const path = decodeURIComponent(url.replace(/^\/v1\.0/, ""));
    if (path === "/$batch" && method === "POST")
      return this.batch(
        JSON.parse(body) as { requests: { id: string; method: string; url: string; body?: unknown }[] },
        auth,
      );
    this.log.push({ method, url: path, auth, batched });
    if (this.throttle.requests > 0) {
      this.throttle.requests--;
      return {
        status: 429,
        headers: { "Retry-After": String(this.throttle.seconds) },
        body: { error: { code: "TooManyRequests", message: "Please retry." } },
      };
    }
    const json = body ? (typeof body === "string" ? JSON.parse(body) : body) : undefined;
    return this.route(method, path, json);
  }

  private batch(
    request: { requests: { id: string; method: string; url: string; body?: unknown }[] },
    auth: string,
  ): Answer {
    if (request.requests.length > 20)
      return { status: 400, body: { error: { code: "BadRequest", message: "A batch holds at most 20 requests." } } };
    this.batches.push(request.requests.length);
    const responses = request.requests.map((r) => {
      const answer = this.answer(
        r.method,
        r.url.startsWith("/") ? r.url : `/${r.url}`,
        r.body === undefined ? "" : JSON.stringify(r.body),
        auth,
        true,
      );
      return { id: r.id, status: answer.status, headers: answer.headers, body: answer.body };
    });
    return { status: 200, body: { responses } };
  }

  private route(method: string, path: string, body: Record<string, unknown> | undefined): Answer {
    const id = () => `AAMk-${this.next++}`;
    if (method === "POST" && path === "/me/messages") {
      const to = (body?.toRecipients as { emailAddress: { address: string } }[] | undefined)?.[0]?.emailAddress.address;
      if (!body?.subject || !to)
        return {
          status: 400,
          body: { error: { code: "ErrorInvalidRecipients", message: "A message needs a subject and a recipient." } },
        };
      if (this.refused.has(to))
        return {
          status: 400,
          body: { error: { code: "ErrorInvalidRecipients", message: `The recipient ${to} is not valid.` } },
        };
      if (this.failNext > 0 && this.failNext--)
        return { status: 507, body: { error: { code: "ErrorQuotaExceeded", message: "The mailbox is full." } } };
      const made = { ...body, id: id(), isDraft: true, webLink: "https://outlook.office365.com/owa/?ItemID=x" };
      this.messages.push(made);
      return { status: 201, body: made };
    }
    if (method === "POST" && path === "/me/events") {
      const event = { id: id(), body: body!, cancelled: false };
      this.events.set(event.id, event);
      return { status: 201, body: { ...body, id: event.id } };
    }
    const eventPath = /^\/me\/events\/([^/]+)(\/cancel)?$/.exec(path);
    if (eventPath && this.events.has(eventPath[1])) {
      const event = this.events.get(eventPath[1])!;
      if (method === "PATCH" && !eventPath[2]) {
        event.body = { ...event.body, ...body };
        return { status: 200, body: { ...event.body, id: event.id } };
      }
      if (method === "POST" && eventPath[2]) {
        event.cancelled = true;
        return { status: 202 };
      }
    }
    // an OData string literal: quotes doubled inside
    const find =
      /^\/me\/(events|messages)\?\$filter=singleValueExtendedProperties\/Any\(ep: ep\/id eq '((?:[^']|'')*)' and ep\/value eq '((?:[^']|'')*)'\)/.exec(
        path,
      );
    if (method === "GET" && find) {
      const [id, value] = [find[2], find[3]].map((literal) => literal.replace(/''/g, "'"));
      const has = (body: Record<string, unknown>) =>
        (body.singleValueExtendedProperties as { id: string; value: string }[] | undefined)?.some(
          (p) => p.id === id && p.value === value,
        );
      const items =
        find[1] === "events"
          ? [...this.events.values()].filter((e) => !e.cancelled && has(e.body)).map((e) => ({ ...e.body, id: e.id }))
          : this.messages.filter((m) => has(m));
      return { status: 200, body: { value: items } };
    }
    const search = /^\/me\/drive\/root\/search\(q='([^']*)'\)/.exec(path);
    if (method === "GET" && search) {
      // as Graph's search does, every word of the query is in the name (or the content, not kept here)
      const words = search[1].toLowerCase().split(/\s+/).filter(Boolean);
      const value = this.drive
        .filter((f) => words.every((w) => f.name.toLowerCase().includes(w)))
        .map((f) => ({ id: f.id, name: f.name, file: {}, lastModifiedDateTime: "2026-11-27T09:00:00Z" }));
      return { status: 200, body: { value } };
    }
    const content = /^\/me\/drive\/items\/([^/]+)\/content$/.exec(path);
    if (method === "GET" && content) {
      const file = this.drive.find((f) => f.id === content[1]);
      return file
        ? { status: 200, body: file.bytes }
        : { status: 404, body: { error: { code: "itemNotFound", message: "The item is not there." } } };
    }
    return { status: 404, body: { error: { code: "NotFound", message: `${method} ${path} is not served here.` } } };
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
  });
}
