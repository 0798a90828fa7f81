// Who is asking. Every request carries one Principal, from its API key or anonymous; the audit log
// records the same facts about whoever made a change.

export const ROLES = ["admin", "auditor", "customer"] as const;
export type Role = (typeof ROLES)[number];

export interface Principal {
  /** "anonymous" when the request carried no key. */
  readonly role: Role | "anonymous";
  /** The API key's public id (never the secret); null when anonymous or for the command line. */
  readonly keyId: string | null;
  /** For a customer key, the one customer it is bound to. */
  readonly customerId: string | null;
}

export const ANONYMOUS: Principal = Object.freeze({ role: "anonymous", keyId: null, customerId: null });

/** Changes made with `npm run keys` on the server itself: recorded as the command line, not a key. */
export const COMMAND_LINE: Principal = Object.freeze({ role: "admin", keyId: null, customerId: null });
