// Fixed-count HTTP load with autocannon: `amount` POSTs over `connections` keep-alive connections, each
// connection sending its next request when the previous answer arrives (a closed loop, as the raw
// Cypher floor does). Latencies come from autocannon's per-response event, which has sub-millisecond
// precision; its histograms round to whole milliseconds.
import autocannon from "autocannon";
import type { Samples } from "./stats.js";

export interface GraphqlRequest {
  query: string;
  variables?: Record<string, unknown>;
  /** A Bearer API key, for customer-tailored reads. */
  key?: string;
}

export interface HttpLoad {
  connections: number;
  amount: number;
  warmup: number;
}

export function requestHeaders(key: string | undefined): Record<string, string> {
  return {
    "content-type": "application/json",
    ...(key === undefined ? {} : { authorization: `Bearer ${key}` }),
  };
}

/** Sends one request and fails unless it is a 200 with data and no errors: no point timing error answers. */
export async function checkOnce(url: string, request: GraphqlRequest): Promise<number> {
  const body = JSON.stringify({ query: request.query, variables: request.variables ?? {} });
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: requestHeaders(request.key),
    body,
  });
  const text = await response.text();
  const parsed = JSON.parse(text) as { data?: unknown; errors?: Array<{ message: string }> };
  if (response.status !== 200 || parsed.errors?.length || !parsed.data) {
    throw new Error(
      `${url}/graphql answered ${response.status}: ${parsed.errors?.map((e) => e.message).join("; ") ?? text.slice(0, 300)}`,
    );
  }
  return text.length;
}

export async function httpLoad(url: string, request: GraphqlRequest, load: HttpLoad): Promise<Samples> {
  if (load.warmup > 0) await fire(url, request, { ...load, amount: load.warmup }, () => undefined);
  const samples: number[] = [];
  // Wall time ends at the last answer, not when autocannon reports done: it only notices that the
  // requests are all answered at its next one-second tick.
  const started = process.hrtime.bigint();
  let last = started;
  await fire(url, request, load, (ms) => {
    samples.push(ms);
    last = process.hrtime.bigint();
  });
  return { samples, wallMs: Number(last - started) / 1e6 };
}

function fire(
  url: string,
  request: GraphqlRequest,
  load: HttpLoad,
  record: (ms: number) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${url}/graphql`,
        method: "POST",
        headers: requestHeaders(request.key),
        body: JSON.stringify({ query: request.query, variables: request.variables ?? {} }),
        connections: Math.min(load.connections, load.amount),
        amount: load.amount,
        timeout: 30,
        // autocannon notices that the last answer is in only at its next sample tick (1 s by default).
        sampleInt: 50,
        // GraphQL reports most failures with a 200: a body with "errors" counts as a mismatch.
        verifyBody: (body) => typeof body === "string" && !body.includes('"errors":[{'),
      },
      (error: unknown, result: autocannon.Result) => {
        if (error) return reject(error instanceof Error ? error : new Error("autocannon failed"));
        const failed = result.non2xx + result.errors + result.timeouts + result.mismatches;
        if (failed > 0) {
          return reject(
            new Error(
              `${failed} of ${load.amount} requests failed (non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts}, error bodies ${result.mismatches})`,
            ),
          );
        }
        resolve();
      },
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) record(responseTime);
    });
  });
}
