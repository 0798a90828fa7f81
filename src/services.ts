import { ApiKeyService } from "./auth/api-keys.js";
import type { Database } from "./db/database.js";
import { AttestationService } from "./modules/attestation/attestation.service.js";
import { AuditService } from "./modules/audit/audit.service.js";
import { ControlService } from "./modules/control/control.service.js";
import { CustomerService } from "./modules/customer/customer.service.js";
import { FindingsService } from "./modules/findings/findings.service.js";
import { GraphEditService } from "./modules/graph-edit/graph-edit.service.js";
import { InheritanceService } from "./modules/inheritance/inheritance.service.js";
import { PartyService } from "./modules/party/party.service.js";
import { PolicyService } from "./modules/policy/policy.service.js";
import { RequirementService } from "./modules/requirement/requirement.service.js";
import { SearchService } from "./modules/search/search.service.js";

/** One instance of each service per process, handed to resolvers through the context. */
export interface Services {
  apiKeys: ApiKeyService;
  attestation: AttestationService;
  audit: AuditService;
  control: ControlService;
  customer: CustomerService;
  findings: FindingsService;
  graphEdit: GraphEditService;
  inheritance: InheritanceService;
  party: PartyService;
  policy: PolicyService;
  requirement: RequirementService;
  search: SearchService;
}

export interface ServiceOptions {
  /** How long a verified API key is trusted without asking Neo4j (config: API_KEY_CACHE_MS). */
  keyCacheMs?: number;
}

export function createServices(db: Database, options: ServiceOptions = {}): Services {
  const inheritance = new InheritanceService(db);
  return {
    apiKeys: new ApiKeyService(db, { cacheMs: options.keyCacheMs }),
    attestation: new AttestationService(db, inheritance),
    audit: new AuditService(db),
    control: new ControlService(db),
    customer: new CustomerService(db),
    findings: new FindingsService(db),
    graphEdit: new GraphEditService(db, inheritance),
    inheritance,
    party: new PartyService(inheritance),
    policy: new PolicyService(db),
    requirement: new RequirementService(db),
    search: new SearchService(db),
  };
}
