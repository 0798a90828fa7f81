// The named rules of docs/domain.md that an answer may rest on where no single statement of the
// documents says a thing. Each claim of an answer names the rules it uses; the ids are stable (clients
// and tests refer to them) and the texts say the rule in one sentence, as docs/domain.md does.

export const RULES = {
  STATUS_FROM_ROW:
    "The row of the inheritance table that covers a requirement gives its status: Yes is inherited, Partially shared, No not inherited, Yes (optional) conditional.",
  SPECIFICATION_TAKES_STANDARD_STATUS:
    "An implementation specification that no row covers takes its standard's status.",
  HITRUST_TAKES_RELATED_STATUS:
    "A HITRUST control takes the status of the HIPAA rules that the same policies cite (a derived link, not an official HITRUST mapping); rows that disagree make it shared.",
  NO_ROW_STAYS_WITH_CUSTOMER:
    "A requirement that no row covers is not inherited: it stays with the customer, and it is a finding.",
  STATUS_DECIDES_OWNER:
    "The status decides who owns a requirement: inherited, the provider the customer inherits from; shared, that provider and the customer, each for its part; not inherited, the customer; conditional, the provider when the customer uses the option, else the customer.",
  OWNER_CARRIES_RISK: "Whoever owns a requirement, or its part, carries its risk.",
  CONTROL_SERVES_CITED_RULE:
    "A control serves a rule that its defining document's Applicable Standards list, that the table's row naming its policy covers, or that a sentence of its sources cites.",
  CONTROLS_DECIDE_OPERATORS:
    "Who operates a requirement comes from the controls that satisfy it, whatever its status.",
  CONTROLS_OF_STANDARD_AND_SPECIFICATIONS:
    "The controls of a requirement include those that satisfy its standard and its implementation specifications.",
  RELIANCE_KEEPS_ACCOUNTABILITY:
    "Where a control relies on another party's control, that party operates it and the relying party stays accountable toward the customer.",
  CUSTOMER_CHOICE_RESOLVES_OPTION:
    "For a customer, a conditional row is resolved by the customer's recorded choice of the option the project reads into it.",
  OBLIGATION_WHERE_NOT_INHERITED:
    "Where a requirement is shared or not inherited, the customer has obligations for its part.",
  OBLIGATION_FOLLOWS_CHOICE:
    "An obligation tied to an optional capability applies only to the customers whose choice it fits.",
} as const;

export type RuleId = keyof typeof RULES;
export const RULE_IDS = Object.keys(RULES) as RuleId[];
