/**
 * The Microsoft Graph calls the add-in makes (v1.0, delegated): drafts in the user's mailbox,
 * calendar events, workbooks from OneDrive. Requests go in JSON batches of up to 20 (`$batch`); a
 * throttled batch or request (429) is sent again after the `Retry-After` it names, a few times at
 * most; each request's outcome is its own, so one failure never hides the others. Every call has a
 * time limit, and a batch whose answer never comes or cannot be read fails its own requests only,
 * said as unknown (status 0), never the run (issue 28).
 */

/** A token for these scopes (MSAL in the pane, a stand-in in tests): the only boundary replaced in tests. */
export type TokenSource = (scopes: readonly string[]) => Promise<string>;

/** A way to sign in to Microsoft 365 and get tokens: MSAL (nested, dialog or popup), or a stand-in. */
export interface Microsoft365 {
  /** signs in (a popup where it must); answers the account's name */
  signIn(): Promise<string>;
  signOut(): Promise<void>;
  token: TokenSource;
  /** the Graph endpoint: Microsoft's, or a stand-in (the workbench, the tests) */
  graphBase?: string;
}

export interface GraphRequest {
  id: string;
  method: "GET" | "POST" | "PATCH" | "DELETE";
  url: string;
  body?: unknown;
}

export interface GraphResponse {
  id: string;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export const GRAPH = "https://graph.microsoft.com/v1.0";
/** Graph takes at most 20 requests in a batch. */
export const BATCH_SIZE = 20;
const MAX_TRIES = 4;

export interface GraphOptions {
  base?: string;
  fetch?: typeof fetch;
  /** how long a call may take, answer read included (default 30 s) */
  timeoutMs?: number;
  /** waits (seconds): a test may count them instead */
  sleep?: (seconds: number) => Promise<void>;
}

const wait = (seconds: number) => new Promise<void>((resolve) => setTimeout(resolve, seconds * 1000));

/** Seconds to wait before trying again: the Retry-After the server named, else a short back-off. */
function retryAfter(value: string | null | undefined, tries: number): number {
  const seconds = Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds, 120) : 2 ** tries;
}

/** A call that got no answer in time, or none at all: what was asked may or may not have been done. */
export class GraphUnanswered extends Error {}

/** A string literal in an OData `$filter` within a URL: quotes doubled (OData), then percent-encoded, so `'`, `#`, `&` and `+` stay in it. */
export const odataLiteral = (value: string) => encodeURIComponent(`'${value.replace(/'/g, "''")}'`);

export class GraphClient {
  private readonly base: string;
  private readonly fetch: typeof fetch;
  private readonly sleep: (seconds: number) => Promise<void>;
  private readonly timeoutMs: number;

  constructor(
    private readonly token: TokenSource,
    options: GraphOptions = {},
  ) {
    this.base = options.base ?? GRAPH;
    this.fetch = options.fetch ?? ((...args) => fetch(...args));
    this.sleep = options.sleep ?? wait;
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  /** One request on its own (a file's content, a search), with the same throttling rule; its answer read whole within the time limit. */
  async call(
    method: GraphRequest["method"],
    url: string,
    scopes: readonly string[],
    body?: unknown,
  ): Promise<Response> {
    for (let tries = 0; ; tries++) {
      const response = await this.timed(async (signal) => {
        const answer = await this.fetch(`${this.base}${url}`, {
          method,
          headers: {
            Authorization: `Bearer ${await this.token(scopes)}`,
            ...(body === undefined ? {} : { "Content-Type": "application/json" }),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal,
        });
        return new Response(await answer.arrayBuffer(), {
          status: answer.status,
          statusText: answer.statusText,
          headers: answer.headers,
        });
      });
      if (response.status !== 429 || tries + 1 >= MAX_TRIES) return response;
      await this.sleep(retryAfter(response.headers.get("Retry-After"), tries));
    }
  }

  private async timed<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    try {
      return await work(controller.signal);
    } catch (error) {
      if (controller.signal.aborted)
        throw new GraphUnanswered(`Microsoft 365 did not answer within ${Math.round(this.timeoutMs / 1000)} s`);
      throw new GraphUnanswered(`Microsoft 365 could not be reached (${(error as Error).message})`);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Sends the requests in batches of 20, each batch's throttled requests again after their
   * Retry-After; answers every request's last response, and after each batch says how far it got and
   * hands over that batch's answers, so that a caller keeps what was done even if a later batch fails.
   */
  async batch(
    requests: readonly GraphRequest[],
    scopes: readonly string[],
    onProgress?: (done: number) => void,
    onAnswers?: (answers: readonly GraphResponse[]) => void,
  ): Promise<Map<string, GraphResponse>> {
    const results = new Map<string, GraphResponse>();
    for (let first = 0; first < requests.length; first += BATCH_SIZE) {
      const batch = requests.slice(first, first + BATCH_SIZE);
      let pending = batch;
      for (let tries = 0; pending.length > 0; tries++) {
        const answers = await this.send(pending, scopes);
        for (const answer of answers) results.set(answer.id, answer);
        const throttled = answers.filter((a) => a.status === 429);
        if (throttled.length === 0 || tries + 1 >= MAX_TRIES) break;
        await this.sleep(
          Math.max(
            ...throttled.map((a) => retryAfter(a.headers?.["Retry-After"] ?? a.headers?.["retry-after"], tries)),
          ),
        );
        pending = pending.filter((r) => throttled.some((a) => a.id === r.id));
      }
      onAnswers?.(batch.map((r) => results.get(r.id) ?? unanswered(r, "no answer for this request")));
      onProgress?.(Math.min(first + BATCH_SIZE, requests.length));
    }
    return results;
  }

  /** One `$batch` call: each request's answer, or (no answer in time, one that is not Graph's JSON) each said unknown. */
  private async send(pending: readonly GraphRequest[], scopes: readonly string[]): Promise<GraphResponse[]> {
    let response: Response;
    try {
      response = await this.call("POST", "/$batch", scopes, {
        requests: pending.map((r) => ({
          id: r.id,
          method: r.method,
          url: r.url,
          ...(r.body === undefined ? {} : { body: r.body, headers: { "Content-Type": "application/json" } }),
        })),
      });
    } catch (error) {
      if (error instanceof GraphUnanswered) return pending.map((r) => unanswered(r, error.message));
      throw error;
    }
    if (!response.ok)
      return pending.map((r) => ({
        id: r.id,
        status: response.status,
        body: { error: { message: response.statusText } },
      }));
    const parsed = await response.json().catch(() => undefined);
    const answers = (parsed as { responses?: GraphResponse[] } | undefined)?.responses;
    if (!Array.isArray(answers))
      return pending.map((r) => unanswered(r, "Microsoft 365 answered with something that is not a Graph batch"));
    return answers;
  }
}

/** A request whose fate is unknown: status 0. */
const unanswered = (r: GraphRequest, message: string): GraphResponse => ({
  id: r.id,
  status: 0,
  body: { error: { message } },
});

/** What a failed Graph response says, in one line. */
export function graphError(response: GraphResponse): string {
  const message = (response.body as { error?: { message?: string } } | undefined)?.error?.message;
  if (response.status === 0) return message ?? "no answer";
  return `${response.status}${message ? ` ${message}` : ""}`;
}
