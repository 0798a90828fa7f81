// API keys: random, shown once, stored as a SHA-256 hash. A key reads `cgk_<id>_<secret>`: the id is
// public (it names the key in lists, logs and the audit log), the secret is 32 random bytes. A fast
// hash is the right one here: with 256 bits of entropy there is nothing to brute-force, and verifying
// a key must not cost a request 100 ms the way a password hash would.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { LRUCache } from "lru-cache";
import type { Public } from "../db/repository.js";
import { badInput, notFound, unauthenticated } from "../errors.js";
import type { AuditRepository } from "../modules/audit/audit.repository.js";
import type { Actor } from "../modules/audit/audit.record.js";
import type { CustomerRepository } from "../modules/customer/customer.repository.js";
import type { ApiKeyRepository } from "./api-key.repository.js";
import type { Principal, Role } from "./principal.js";

const KEY_PATTERN = /^cgk_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

export interface ApiKeyInfo {
  id: string;
  role: Role;
  customerId: string | null;
  label: string | null;
  createdAt: string;
  revokedAt: string | null;
}

export interface NewApiKey {
  role: Role;
  customerId?: string | null;
  label?: string | null;
}

const sha256 = (text: string): Buffer => createHash("sha256").update(text, "utf8").digest();

export class ApiKeyService {
  /** Verified keys by id, trusted for `cacheMs`: authentication costs no round trip on most requests. */
  private readonly verified: LRUCache<string, { hash: Buffer; principal: Principal }> | null;

  constructor(
    private readonly keys: Public<ApiKeyRepository>,
    private readonly customers: Public<CustomerRepository>,
    private readonly audit: Public<AuditRepository>,
    options: { cacheMs?: number } = {},
  ) {
    const ttl = options.cacheMs ?? 5_000;
    this.verified = ttl > 0 ? new LRUCache({ max: 10_000, ttl }) : null;
  }

  /** Creates a key; the returned `key` is the only time the secret exists outside the caller. */
  async create(input: NewApiKey, actor: Actor): Promise<{ key: string; info: ApiKeyInfo }> {
    const customerId = input.customerId ?? null;
    if ((input.role === "customer") !== (customerId !== null)) {
      throw badInput("customer: a customer key names its customer, and only a customer key does", {
        argument: "customer",
      });
    }
    const id = randomBytes(8).toString("hex");
    const key = `cgk_${id}_${randomBytes(32).toString("base64url")}`;
    const info = await this.keys.inTransaction(async (tx) => {
      if (customerId !== null && !(await this.customers.findCustomer(customerId, tx))) {
        throw notFound(`customer: no customer "${customerId}"`, { argument: "customer" });
      }
      const created = (await this.keys.createKey(tx, {
        id,
        hash: sha256(key).toString("hex"),
        role: input.role,
        customerId,
        label: input.label ?? null,
        createdAt: new Date().toISOString(),
      })) as ApiKeyInfo;
      await this.audit.append(tx, actor, {
        action: "apiKey.create",
        target: `apiKey:${id}`,
        customerId,
        reason: null,
        before: null,
        after: created,
      });
      return created;
    });
    return { key, info };
  }

  async list(): Promise<ApiKeyInfo[]> {
    return this.keys.listKeys();
  }

  async revoke(id: string, actor: Actor): Promise<ApiKeyInfo> {
    const info = await this.keys.inTransaction(async (tx) => {
      const row = await this.keys.revokeKey(tx, id, new Date().toISOString());
      if (!row) throw notFound(`id: no API key "${id}"`, { argument: "id" });
      const revoked = row.key;
      await this.audit.append(tx, actor, {
        action: "apiKey.revoke",
        target: `apiKey:${id}`,
        customerId: revoked.customerId,
        reason: null,
        before: { ...revoked, revokedAt: row.before ?? null },
        after: revoked,
      });
      return revoked;
    });
    this.verified?.delete(id);
    return info;
  }

  async countActiveAdmins(): Promise<number> {
    return this.keys.countActiveAdminKeys();
  }

  /**
   * The principal of a bearer key. Malformed, unknown and revoked keys all get the same
   * UNAUTHENTICATED, so the answer does not tell which part was wrong.
   */
  async verify(key: string): Promise<Principal> {
    const match = KEY_PATTERN.exec(key);
    if (!match) throw invalidKey();
    const id = match[1] as string;
    const hash = sha256(key);
    const cached = this.verified?.get(id);
    if (cached) {
      if (timingSafeEqual(cached.hash, hash)) return cached.principal;
      throw invalidKey();
    }
    const stored = await this.keys.findKey(id);
    if (!stored || stored.revokedAt !== null) throw invalidKey();
    const storedHash = Buffer.from(stored.hash, "hex");
    if (storedHash.length !== hash.length || !timingSafeEqual(storedHash, hash)) throw invalidKey();
    const principal: Principal = Object.freeze({
      role: stored.role,
      keyId: id,
      customerId: stored.customerId,
    });
    this.verified?.set(id, { hash: storedHash, principal });
    return principal;
  }
}

const invalidKey = () => unauthenticated("The API key is not valid: it is malformed, unknown or revoked.");
