import type { ExampleOperation } from "./routes/graphiql.js";

/** Operations GraphiQL opens with, one tab per question users come with. */
export const EXAMPLE_OPERATIONS: ExampleOperation[] = [
  {
    name: "IsAuditControlsCoveredForUs",
    query: `# A clinic's compliance officer: is 164.312(b) covered for us, and what is left for us to do?
# A customer's answers need an API key: create one on the server with
#   npm run keys -- create --role customer --customer harbor-pediatrics
# and put {"Authorization": "Bearer <key>"} in the Headers tab below. Without a key, drop the
# variable to read the customer template.
query IsAuditControlsCoveredForUs($customer: ID) {
  inheritance(rule: "164.312(b)", customer: $customer) {
    requirement { citation title framework kind }
    status
    basis
    condition { capability used interpretation { reading reasoning alternative } }
    owners { id name }
    operators { id name }
    riskBearers { id name }
    chain { party { id } inheritsFrom { id } agreement agreementNote controls { id name operator } }
    policies { number title }
    obligations { action reading { reasoning } source { document section locator } }
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
      status
      responsibilities { party { id } responsibility }
      riskBearers { id }
      policies { number title }
      obligations { action }
    }
  }
}`,
    variables: { customer: "sunrise-family-clinic" },
  },
  {
    name: "WhyEachPartOfTheAnswer",
    query: `# An auditor: what each part of an answer rests on. A claim's bases are statements of the
# documents (document, section, where in the section), named rules (see domainRules), the
# project's recorded readings, or the customer's recorded choices. A part with no basis is not claimed.
query WhyEachPartOfTheAnswer {
  inheritance(rule: "164.308(a)(5)(ii)(B)") {
    status
    owners { id }
    operators { id }
    controls { id operator via reliedOnBy }
    claims {
      about subject sentence
      bases {
        kind
        source { document section locator }
        rule { id text }
        reading { reading alternative }
      }
    }
  }
  domainRules { id text }
}`,
  },
  {
    name: "PolicyLinks",
    query: `# An auditor: which rules and HITRUST controls a policy addresses, which controls it defines, and who runs them.
query PolicyLinks {
  policy(number: 15) {
    number title file
    hipaa { requirement { citation title } citedAs }
    hitrust { requirement { citation title } citedAs notes }
    controls { id name operator }
    inheritanceRows { row ruleAsWritten inheritedAsWritten }
  }
}`,
  },
  {
    name: "WhatAptibleDoes",
    query: `# From a party: what it operates, what it owns, what risk it carries.
query WhatAptibleDoes {
  party(id: "aptible") {
    name role
    inheritedBy { party { id } agreement agreementNote }
    providers { party { id } agreement agreementNote }
    operates { id name }
    owns { citation }
    operatesFor { citation title }
  }
}`,
  },
  {
    name: "HitrustToHipaa",
    query: `# A HITRUST control: the HIPAA rules it relates to (derived from policies citing both) and any flag on how it is cited.
query HitrustToHipaa {
  hitrustControl(id: "06.f") {
    citation title
    flags { kind note source }
    related { requirement { citation title } policies { number title } }
  }
}`,
  },
  {
    name: "BrowseRequirements",
    query: `# Every requirement in citation order, a page at a time (pass pageInfo.endCursor as after).
query BrowseRequirements($after: String) {
  requirements(filter: { framework: "HIPAA", kind: STANDARD }, first: 10, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { citation title safeguard policies { number } inheritanceRows { status } } }
  }
}`,
  },
  {
    name: "SearchAndFindings",
    query: `# Full-text search, and what the documents themselves get wrong or leave open.
query SearchAndFindings {
  search(text: "encryption keys") { kind key title score }
  findings { kind subject message sources { document section } }
}`,
  },
  {
    name: "WhatIsLeftForUs",
    query: `# A clinic's compliance officer: every obligation not yet attested, and the requirements it
# leaves open (needs a key for the customer: see IsAuditControlsCoveredForUs).
query WhatIsLeftForUs($customer: ID!) {
  customers { id name capabilities { id used } }
  gaps(customer: $customer) {
    customerName obligationCount closedCount
    open { obligation { id action } attestation { status date attestedBy } requirements { citation } }
    openRequirements { citation title }
  }
}`,
    variables: { customer: "harbor-pediatrics" },
  },
];
