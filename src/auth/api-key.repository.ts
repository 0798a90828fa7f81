import { Repository, statement, type Tx } from "../db/repository.js";
import type { ApiKeyInfo } from "./api-keys.js";

export interface KeyRow {
  key: ApiKeyInfo;
}

/** A stored key with the hash to compare against. */
export type StoredKey = Omit<ApiKeyInfo, "label" | "createdAt"> & { hash: string };

export interface StoredKeyRow {
  key: StoredKey;
}

export interface RevokedKeyRow {
  /** revokedAt before the change. */
  before: string | null;
  key: ApiKeyInfo;
}

export interface CountRow {
  count: number;
}

export interface NewKeyRecord {
  id: string;
  hash: string;
  role: ApiKeyInfo["role"];
  customerId: string | null;
  label: string | null;
  createdAt: string;
}

export const API_KEY_STATEMENTS = {
  countAdminKeys: statement<CountRow>()("auth/count-admin-keys", ["count"]),
  createKey: statement<KeyRow>()("auth/create-key", ["key"]),
  findKey: statement<StoredKeyRow>()("auth/find-key", ["key"]),
  listKeys: statement<KeyRow>()("auth/list-keys", ["key"]),
  revokeKey: statement<RevokedKeyRow>()("auth/revoke-key", ["before", "key"]),
};

export class ApiKeyRepository extends Repository {
  async countActiveAdminKeys(): Promise<number> {
    const [row] = await this.read(API_KEY_STATEMENTS.countAdminKeys);
    return row?.count ?? 0;
  }

  async createKey(tx: Tx, key: NewKeyRecord): Promise<ApiKeyInfo | undefined> {
    const [row] = await this.write(tx, API_KEY_STATEMENTS.createKey, { ...key });
    return row?.key;
  }

  async findKey(id: string): Promise<StoredKey | undefined> {
    const [row] = await this.read(API_KEY_STATEMENTS.findKey, { id });
    return row?.key;
  }

  /** Every key, newest first, without hashes. */
  async listKeys(): Promise<ApiKeyInfo[]> {
    return (await this.read(API_KEY_STATEMENTS.listKeys)).map((row) => row.key);
  }

  /** undefined: no such key. */
  async revokeKey(tx: Tx, id: string, at: string): Promise<RevokedKeyRow | undefined> {
    const [row] = await this.write(tx, API_KEY_STATEMENTS.revokeKey, { id, at });
    return row;
  }
}
