/**
 * The Microsoft Graph calls the add-in makes (v1.0, delegated): drafts in the user's mailbox,
 * calendar events, workbooks from OneDrive. Requests go in JSON batches of up to 20 (`$batch`); a
 * throttled batch or request (429) is sent again after the `Retry-After` it names, a few times at
 * most; each request's outcome is its own, so one failure never hides the others.
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
  /** waits (seconds): a test may count them instead */
  sleep?: (seconds: number) => Promise<void>;
}

const wait = (seconds: number) => new Promise<void>((resolve) => setTimeout(resolve, seconds * 1000));

/** Seconds to wait before trying again: the Retry-After the server named, else a short back-off. */
function retryAfter(value: string | null | undefined, tries: number): number {
  const seconds = Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds, 120) : 2 ** tries;
}

export class GraphClient {
  private readonly base: string;
  private readonly fetch: typeof fetch;
  private readonly sleep: (seconds: number) => Promise<void>;

  constructor(
    private readonly token: TokenSource,
    options: GraphOptions = {},
  ) {
    this.base = options.base ?? GRAPH;
    this.fetch = options.fetch ?? ((...args) => fetch(...args));
    this.sleep = options.sleep ?? wait;
  }

  /** One request on its own (a file's content, a search), with the same throttling rule. */
  async call(method: GraphRequest["method"], url: string, scopes: readonly string[], body?: unknown): Promise<Response> {
    for (let tries = 0; ; tries++) {
      const response = await this.fetch(`${this.base}${url}`, {
        method,
        headers: { Authorization: `Bearer ${await this.token(scopes)}`, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (response.status !== 429 || tries + 1 >= MAX_TRIES) return response;
      await this.sleep(retryAfter(response.headers.get("Retry-After"), tries));
    }
  }

  /**
   * Sends the requests in batches of 20, each batch's throttled requests again after their
   * Retry-After; answers every request's last response, and says how far it got after each batch.
   */
  async batch(requests: readonly GraphRequest[], scopes: readonly string[], onProgress?: (done: number) => void): Promise<Map<string, GraphResponse>> {
    const results = new Map<string, GraphResponse>();
    for (let first = 0; first < requests.length; first += BATCH_SIZE) {
      let pending = requests.slice(first, first + BATCH_SIZE);
      for (let tries = 0; pending.length > 0; tries++) {
        const response = await this.call("POST", "/$batch", scopes, {
          requests: pending.map((r) => ({
            id: r.id,
            method: r.method,
            url: r.url,
            ...(r.body === undefined ? {} : { body: r.body, headers: { "Content-Type": "application/json" } }),
          })),
        });
        const answers: GraphResponse[] = response.ok
          ? ((await response.json()) as { responses: GraphResponse[] }).responses
          : pending.map((r) => ({ id: r.id, status: response.status, body: { error: { message: response.statusText } } }));
        for (const answer of answers) results.set(answer.id, answer);
        const throttled = answers.filter((a) => a.status === 429);
        if (throttled.length === 0 || tries + 1 >= MAX_TRIES) break;
        await this.sleep(Math.max(...throttled.map((a) => retryAfter(a.headers?.["Retry-After"] ?? a.headers?.["retry-after"], tries))));
        pending = pending.filter((r) => throttled.some((a) => a.id === r.id));
      }
      onProgress?.(Math.min(first + BATCH_SIZE, requests.length));
    }
    return results;
  }
}

/** What a failed Graph response says, in one line. */
export function graphError(response: GraphResponse): string {
  const message = (response.body as { error?: { message?: string } } | undefined)?.error?.message;
  return `${response.status}${message ? ` ${message}` : ""}`;
}
