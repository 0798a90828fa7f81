import type { Database } from "./db/database.js";
import { ControlService } from "./modules/control/control.service.js";
import { CustomerService } from "./modules/customer/customer.service.js";
import { FindingsService } from "./modules/findings/findings.service.js";
import { InheritanceService } from "./modules/inheritance/inheritance.service.js";
import { PartyService } from "./modules/party/party.service.js";
import { PolicyService } from "./modules/policy/policy.service.js";
import { RequirementService } from "./modules/requirement/requirement.service.js";
import { SearchService } from "./modules/search/search.service.js";

/** One instance of each service per process, handed to resolvers through the context. */
export interface Services {
  control: ControlService;
  customer: CustomerService;
  findings: FindingsService;
  inheritance: InheritanceService;
  party: PartyService;
  policy: PolicyService;
  requirement: RequirementService;
  search: SearchService;
}

export function createServices(db: Database): Services {
  const inheritance = new InheritanceService(db);
  return {
    control: new ControlService(db),
    customer: new CustomerService(db),
    findings: new FindingsService(db),
    inheritance,
    party: new PartyService(inheritance),
    policy: new PolicyService(db),
    requirement: new RequirementService(db),
    search: new SearchService(db),
  };
}
