// The composition root of the API: one repository per module over the database, services over the
// repositories.
import { ApiKeyRepository } from "./auth/api-key.repository.js";
import { ApiKeyService } from "./auth/api-keys.js";
import type { Database } from "./db/database.js";
import { AttestationRepository } from "./modules/attestation/attestation.repository.js";
import { AttestationService } from "./modules/attestation/attestation.service.js";
import { AuditRepository } from "./modules/audit/audit.repository.js";
import { AuditService } from "./modules/audit/audit.service.js";
import { ControlRepository } from "./modules/control/control.repository.js";
import { ControlService } from "./modules/control/control.service.js";
import { CustomerRepository } from "./modules/customer/customer.repository.js";
import { CustomerService } from "./modules/customer/customer.service.js";
import { FindingsRepository } from "./modules/findings/findings.repository.js";
import { FindingsService } from "./modules/findings/findings.service.js";
import { GraphEditRepository } from "./modules/graph-edit/graph-edit.repository.js";
import { GraphEditService } from "./modules/graph-edit/graph-edit.service.js";
import { InheritanceRepository } from "./modules/inheritance/inheritance.repository.js";
import { InheritanceService } from "./modules/inheritance/inheritance.service.js";
import { PartyService } from "./modules/party/party.service.js";
import { PolicyRepository } from "./modules/policy/policy.repository.js";
import { PolicyService } from "./modules/policy/policy.service.js";
import { RequirementRepository } from "./modules/requirement/requirement.repository.js";
import { RequirementService } from "./modules/requirement/requirement.service.js";
import { SearchRepository } from "./modules/search/search.repository.js";
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
  const audit = new AuditRepository(db);
  const customers = new CustomerRepository(db);
  const graph = new GraphEditRepository(db);
  const requirements = new RequirementRepository(db);
  const inheritance = new InheritanceService(new InheritanceRepository(db), requirements);
  return {
    apiKeys: new ApiKeyService(new ApiKeyRepository(db), customers, audit, { cacheMs: options.keyCacheMs }),
    attestation: new AttestationService(new AttestationRepository(db), customers, audit, inheritance),
    audit: new AuditService(audit),
    control: new ControlService(new ControlRepository(db)),
    customer: new CustomerService(customers, audit),
    findings: new FindingsService(new FindingsRepository(db), requirements, graph),
    graphEdit: new GraphEditService(graph, customers, audit, inheritance),
    inheritance,
    party: new PartyService(inheritance),
    policy: new PolicyService(new PolicyRepository(db)),
    requirement: new RequirementService(requirements),
    search: new SearchService(new SearchRepository(db)),
  };
}
