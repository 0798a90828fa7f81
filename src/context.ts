import type { Services } from "./services.js";

/** What every resolver receives: the request id (also in error responses and logs) and the services. */
export interface Context {
  requestId: string;
  services: Services;
}
