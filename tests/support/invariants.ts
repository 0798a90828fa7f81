// The invariants every answer keeps (docs/domain.md, "Claims and their basis"), as one pure check over
// the shape an answer has both as the rules' Resolution and as GraphQL JSON: unit properties run it
// over generated facts, integration tests over every requirement of the real graph.

export interface SourceShape {
  document: string;
}
export interface BasisShape {
  kind: string;
  source?: SourceShape | null;
  rule?: { id: string } | string | null;
  reading?: { sources: SourceShape[] } | null;
}
export interface ClaimShape {
  about: string;
  subject: string;
  sentence: string;
  bases: BasisShape[];
}
export interface AnswerShape {
  status: string;
  owners: string[];
  riskBearers: string[];
  operators: string[];
  controls: Array<{ id: string; operator: string }>;
  policies: Array<{ number: number }>;
  obligations: Array<{ id: string }>;
  chain: Array<{ party: string; from: string | null }>;
  condition: { capability: string } | null;
  claims: ClaimShape[];
  explanation: string;
}

export const INVARIANTS = [
  "OPERATORS_ARE_THE_CONTROLS_PARTIES",
  "OWNERS_CARRY_RISK",
  "EVERY_CLAIM_HAS_A_BASIS",
  "EVERY_PART_IS_CLAIMED",
  "SENTENCES_NAME_ONLY_THEIR_DOCUMENTS",
  "EXPLANATION_FROM_CLAIMS",
] as const;
export type Invariant = (typeof INVARIANTS)[number];

const DOCUMENT = /\b[0-9]{2}-[a-z0-9_]+\.md\b/g;
/** Documents a sentence credits by name rather than by file: what "the table marks" rests on. */
const CREDITED_BY_NAME: Array<[RegExp, string]> = [
  [/\bthe (inheritance )?table (marks|names|says)\b|\bthe table's row\b/i, "02-hipaa_inheritance.md"],
  [/\bthe introduction (says|states)\b/i, "01-introduction.md"],
  [/\bthe BAA (makes|says|states|requires)\b/i, "23-luma_hipaa_business_associate_agreement.md"],
];
const documentsIn = (text: string): string[] => [
  ...new Set([
    ...(text.match(DOCUMENT) ?? []),
    ...CREDITED_BY_NAME.filter(([re]) => re.test(text)).map(([, d]) => d),
  ]),
];

function basisDocuments(claim: ClaimShape): Set<string> {
  const docs = new Set<string>();
  for (const b of claim.bases) {
    if (b.source) docs.add(b.source.document);
    for (const s of b.reading?.sources ?? []) docs.add(s.document);
  }
  return docs;
}

/** Every broken invariant, as "INVARIANT: what broke"; an empty list when the answer keeps them all. */
export function violations(a: AnswerShape): string[] {
  const out: string[] = [];
  const fail = (inv: Invariant, what: string) => out.push(`${inv}: ${what}`);

  const controlParties = new Set(a.controls.map((c) => c.operator));
  for (const p of a.operators)
    if (!controlParties.has(p))
      fail("OPERATORS_ARE_THE_CONTROLS_PARTIES", `${p} operates no control of the answer`);
  for (const p of controlParties)
    if (!a.operators.includes(p))
      fail("OPERATORS_ARE_THE_CONTROLS_PARTIES", `${p} runs a control but is not an operator`);

  for (const p of a.owners)
    if (!a.riskBearers.includes(p)) fail("OWNERS_CARRY_RISK", `owner ${p} carries no risk`);

  for (const c of a.claims) {
    const grounded = c.bases.some((b) => b.kind === "STATEMENT" || b.kind === "RULE");
    if (!grounded) fail("EVERY_CLAIM_HAS_A_BASIS", `${c.about} ${c.subject} rests on no statement or rule`);
    const held = basisDocuments(c);
    for (const d of documentsIn(c.sentence)) {
      if (!held.has(d))
        fail(
          "SENTENCES_NAME_ONLY_THEIR_DOCUMENTS",
          `${c.about} ${c.subject} names ${d}, which none of its bases holds`,
        );
    }
  }

  const claimed = (about: string, subject: string) =>
    a.claims.some((c) => c.about === about && c.subject === subject);
  const part = (about: string, subjects: string[]) => {
    for (const s of subjects)
      if (!claimed(about, s)) fail("EVERY_PART_IS_CLAIMED", `${about} ${s} has no claim`);
  };
  part("OWNER", a.owners);
  part("RISK_BEARER", a.riskBearers);
  part("OPERATOR", a.operators);
  part(
    "CONTROL",
    a.controls.map((c) => c.id),
  );
  part(
    "POLICY",
    a.policies.map((p) => String(p.number)),
  );
  part(
    "OBLIGATION",
    a.obligations.map((o) => o.id),
  );
  part(
    "CHAIN_STEP",
    a.chain.filter((s) => s.from !== null).map((s) => `${s.party}<-${s.from}`),
  );
  if (a.condition) part("CONDITION", [a.condition.capability]);
  if (!a.claims.some((c) => c.about === "STATUS")) fail("EVERY_PART_IS_CLAIMED", "the status has no claim");

  const allBases = new Set(a.claims.flatMap((c) => [...basisDocuments(c)]));
  for (const d of documentsIn(a.explanation)) {
    if (!allBases.has(d))
      fail("EXPLANATION_FROM_CLAIMS", `the explanation names ${d}, which no claim rests on`);
  }
  for (const c of a.claims.filter((x) => x.about === "STATUS" || x.about === "OWNER")) {
    if (!a.explanation.includes(c.sentence))
      fail("EXPLANATION_FROM_CLAIMS", `the explanation leaves out the ${c.about} claim`);
  }
  return out;
}
