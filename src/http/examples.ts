import type { ExampleOperation } from "./graphiql.js";

/** Operations GraphiQL opens with, one tab per question users come with. */
export const EXAMPLE_OPERATIONS: ExampleOperation[] = [
  {
    name: "IsAuditControlsCoveredForUs",
    query: `# A clinic's compliance officer: is 164.312(b) covered for us, and what is left for us to do?
query IsAuditControlsCoveredForUs($customer: ID) {
  inheritance(rule: "164.312(b)", customer: $customer) {
    requirement { citation title framework kind }
    status
    basis
    condition { capability used }
    owners { id name }
    operators { id name }
    riskBearers { id name }
    chain { party { id } inheritsFrom { id } agreement controls { id name operator } }
    policies { number title }
    obligations { action source { document section } }
    explanation
  }
}`,
    variables: { customer: "harbor-pediatrics" },
  },
  {
    name: "AnySpellingOfARule",
    query: `# Any spelling of a rule gives the same answer: try 164.308a4iiC or 45 CFR §164.308(a)(4)(ii)(C).
query AnySpellingOfARule {
  inheritance(rule: "164.308a4iiC") {
    requirement { citation title kind }
    status
    basis
    owners { id }
    operators { id }
    explanation
  }
}`,
  },
  {
    name: "CustomerResponsibilityMatrix",
    query: `# Luma's security officer: the responsibility matrix for one customer (CSV: /matrix.csv?customer=...).
query CustomerResponsibilityMatrix($customer: ID) {
  responsibilityMatrix(customer: $customer, framework: "HIPAA") {
    customerName
    totals { status count }
    rows {
      requirement { citation title kind }
      status aptible luma customer
      riskBearers { id }
      policies { number title }
      obligations { action }
    }
  }
}`,
    variables: { customer: "sunrise-family-clinic" },
  },
];
