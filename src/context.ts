import type { Access } from "./auth/access.js";
import type { Actor } from "./modules/audit/audit.record.js";
import type { Services } from "./services.js";

/**
 * What every resolver receives: the request id (also in error responses and logs), the services, the
 * access rules for the caller's key, and the actor its changes are recorded as.
 */
export interface Context {
  requestId: string;
  services: Services;
  access: Access;
  actor: Actor;
}
