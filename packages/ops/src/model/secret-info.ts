import type { SecretInfoPayload, SecretRotatePolicy } from '../backend/backend-types';
import { canonicalSecretId } from './secret-id';

/** A secret's metadata as its owner sees it (`secret-info-get`). */
export class SecretInfo {
  /** The canonical secret id. */
  readonly id: string;
  readonly label: string | undefined;
  /** The latest revision number. */
  readonly revision: number;
  /** When the current revision expires, if it does. */
  readonly expires: Date | undefined;
  readonly rotation: SecretRotatePolicy | undefined;
  /** When the next rotation is due, if rotation is set. */
  readonly rotates: Date | undefined;
  readonly description: string | undefined;

  constructor(payload: SecretInfoPayload, modelUuid?: string) {
    this.id = canonicalSecretId(payload.id, modelUuid);
    this.label = payload.label;
    this.revision = payload.revision;
    this.expires = payload.expiry;
    this.rotation = payload.rotation;
    this.rotates = payload.rotates;
    this.description = payload.description;
  }
}
