// What the benchmark asks: each operation as a GraphQL request, what a client sends. Its raw Cypher
// floor is not written here: the server under test records the statements (cypher/ file and
// parameters) its services send for one request, and the floor runs exactly those (run.ts), so it
// cannot drift from what the API does.
import { EXAMPLE_OPERATIONS } from "../src/http/examples.js";

export const VERSION = "2021-03";
export const RULE = "164.312(b)";
export const CUSTOMER = "sunrise-family-clinic";
export const POLICY_NUMBER = 15;
export const SEARCH_TEXT = "encryption keys";
/** Page size of the nested read compared with @neo4j/graphql. */
export const NESTED_PAGE = 100;

export interface Operation {
  id: string;
  /** As the report shows it. */
  label: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Sent with a customer API key (tailored answers need one). */
  customerKey?: boolean;
  /** Measure the raw Cypher floor under it (false for the trivial query, which sends no Cypher). */
  floor: boolean;
  /** Measured at every graph size (10x, 100x), not only on the real graph. */
  scales: boolean;
  /** Answered by a per-rule (index-backed) query: its p50 must not grow with the graph. */
  perRule: boolean;
}

export const OPERATIONS: readonly Operation[] = [
  {
    id: "inheritance",
    label: `inheritance(rule: "${RULE}")`,
    // The selection of GraphiQL's first example: everything a compliance officer reads.
    query: `query Inheritance($rule: String!) {
  inheritance(rule: $rule) {
    requirement { citation title framework kind }
    status basis
    condition { capability used }
    owners { id name } operators { id name } riskBearers { id name }
    chain { party { id } inheritsFrom { id } agreement controls { id name operator } }
    policies { number title }
    obligations { action source { document section } }
    explanation
  }
}`,
    variables: { rule: RULE },
    floor: true,
    scales: true,
    perRule: true,
  },
  {
    id: "matrix-template",
    label: "responsibilityMatrix (template)",
    query: matrixQuery(),
    variables: { customer: null },
    floor: true,
    scales: true,
    perRule: true,
  },
  {
    id: "matrix-customer",
    label: `responsibilityMatrix (${CUSTOMER})`,
    query: matrixQuery(),
    variables: { customer: CUSTOMER },
    customerKey: true,
    floor: true,
    scales: true,
    perRule: true,
  },
  {
    id: "policy",
    label: `policy(number: ${POLICY_NUMBER}) with links`,
    query: `query Policy($number: Int!) {
  policy(number: $number) {
    number title file kind
    hipaa { requirement { citation title } citedAs sections }
    hitrust { requirement { citation title } citedAs notes }
    mentions { requirement { citation } citedAs }
    controls { id name operator }
    inheritanceRows { row ruleAsWritten inheritedAsWritten status }
    obligations { id action }
  }
}`,
    variables: { number: POLICY_NUMBER },
    floor: true,
    scales: true,
    perRule: true,
  },
  {
    id: "search",
    label: `search(text: "${SEARCH_TEXT}")`,
    query: `query Search($text: String!) { search(text: $text) { kind key title score } }`,
    variables: { text: SEARCH_TEXT },
    floor: true,
    scales: true,
    // Full-text hits grow with the text indexed: not expected to stay flat.
    perRule: false,
  },
  {
    id: "trivial",
    label: "{ __typename } (HTTP floor)",
    query: "{ __typename }",
    floor: false,
    scales: false,
    perRule: false,
  },
];

/** GraphiQL's matrix example, as users run it: every row with each party's part. */
function matrixQuery(): string {
  const example = EXAMPLE_OPERATIONS.find((e) => e.name === "CustomerResponsibilityMatrix");
  if (!example) throw new Error("the CustomerResponsibilityMatrix example is gone from src/http/examples.ts");
  return example.query;
}

/**
 * The nested read compared with @neo4j/graphql: a page of requirements in citation order with the
 * policies whose Applicable Standards address them and the controls that satisfy them (2021-03), and
 * who operates each control. Our API gives the operator as the party id; the peer follows OPERATES
 * to the Party node and returns its id: the same data, each API's natural way.
 */
export const NESTED_OURS: Operation = {
  id: "nested-ours",
  label: `requirements(first: ${NESTED_PAGE}) nested`,
  query: `query Nested($first: Int!) {
  requirements(first: $first) {
    totalCount
    edges { node { citation title framework kind policies { number title version } controls { id name operator } } }
  }
}`,
  variables: { first: NESTED_PAGE },
  floor: true,
  scales: false,
  perRule: false,
};

export const NESTED_PEER: Operation = {
  id: "nested-peer",
  label: `@neo4j/graphql requirementsConnection(first: ${NESTED_PAGE}) nested`,
  query: `query Nested($first: Int!, $version: String!) {
  requirementsConnection(first: $first, sort: [{ sortKey: ASC }]) {
    totalCount
    edges {
      node {
        citation title framework kind
        policies(where: { version: { eq: $version } }, sort: [{ number: ASC }]) { number title version }
        controls(where: { version: { eq: $version } }, sort: [{ id: ASC }]) { id name operatedBy { id } }
      }
    }
  }
}`,
  variables: { first: NESTED_PAGE, version: VERSION },
  floor: false,
  scales: false,
  perRule: false,
};
