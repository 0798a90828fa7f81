// Before timing the two nested reads against each other, proves they answer the same thing: the same
// requirements in the same order, with the same policies and the same controls and operators. A
// comparison of two different answers would say nothing.
import { checkOnce, requestHeaders } from "./http-load.js";
import { NESTED_OURS, NESTED_PEER } from "./operations.js";

interface Page {
  totalCount: number;
  edges: Array<{ node: Record<string, unknown> }>;
}

interface Normalized {
  totalCount: number;
  requirements: Array<{ citation: unknown; policies: unknown[]; controls: string[] }>;
}

export async function checkSameNestedAnswer(ours: string, peer: string): Promise<void> {
  await checkOnce(ours, NESTED_OURS);
  await checkOnce(peer, NESTED_PEER);
  const a = normalize((await post(ours, NESTED_OURS)).requirements as Page, (c) => String(c.operator));
  const b = normalize((await post(peer, NESTED_PEER)).requirementsConnection as Page, (c) =>
    (c.operatedBy as Array<{ id: string }>).map((p) => p.id).join("+"),
  );
  const left = JSON.stringify(a);
  const right = JSON.stringify(b);
  if (left !== right) {
    const at = [...left].findIndex((ch, i) => ch !== right[i]);
    throw new Error(
      `the nested reads differ, so they cannot be compared: ours ...${left.slice(at - 80, at + 80)}... vs @neo4j/graphql ...${right.slice(at - 80, at + 80)}...`,
    );
  }
}

async function post(url: string, op: { query: string; variables?: Record<string, unknown> }) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: requestHeaders(undefined),
    body: JSON.stringify({ query: op.query, variables: op.variables ?? {} }),
  });
  return ((await response.json()) as { data: Record<string, unknown> }).data;
}

function normalize(page: Page, operator: (control: Record<string, unknown>) => string): Normalized {
  return {
    totalCount: page.totalCount,
    requirements: page.edges.map(({ node }) => ({
      citation: node.citation,
      policies: (node.policies as Array<{ number: number }>).map((p) => p.number),
      controls: (node.controls as Array<Record<string, unknown>>).map(
        (c) => `${String(c.id)}@${operator(c)}`,
      ),
    })),
  };
}
