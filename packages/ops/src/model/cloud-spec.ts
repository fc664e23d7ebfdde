import type { JsonValue } from '../backend/backend-types';
import { ModelError } from '../errors';

/** The credential part of a {@link CloudSpec}. */
export interface CloudCredential {
  /** For example `certificate`, `userpass`, `oauth2`. */
  readonly authType: string;
  /** The credential's attributes; sensitive, never log them. */
  readonly attributes: Readonly<Record<string, string>>;
  /** Names of attributes Juju redacted. */
  readonly redacted: readonly string[];
}

/** The cloud the model runs on, from `credential-get` (trusted applications only). */
export interface CloudSpec {
  readonly type: string;
  readonly name: string;
  readonly region?: string | undefined;
  readonly endpoint?: string | undefined;
  readonly identityEndpoint?: string | undefined;
  readonly storageEndpoint?: string | undefined;
  readonly credential?: CloudCredential | undefined;
  readonly caCertificates: readonly string[];
  readonly skipTlsVerify: boolean;
  readonly isControllerCloud: boolean;
}

type Obj = { readonly [key: string]: JsonValue };

const isObj = (v: JsonValue | undefined): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: JsonValue | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

/** Parses `credential-get` output (Juju's kebab-case keys) into a {@link CloudSpec}. */
export function parseCloudSpec(raw: Readonly<Record<string, JsonValue>>): CloudSpec {
  const type = str(raw['type']);
  const name = str(raw['name']);
  if (type === undefined || name === undefined) {
    throw new ModelError('credential-get returned a cloud spec without a type or name');
  }
  const cred = raw['credential'];
  const attrs = isObj(cred) && isObj(cred['attrs']) ? cred['attrs'] : {};
  const redacted = isObj(cred) && Array.isArray(cred['redacted']) ? cred['redacted'] : [];
  const certs = raw['cacertificates'];
  return {
    type,
    name,
    region: str(raw['region']),
    endpoint: str(raw['endpoint']),
    identityEndpoint: str(raw['identity-endpoint']),
    storageEndpoint: str(raw['storage-endpoint']),
    credential: isObj(cred)
      ? {
          authType: str(cred['auth-type']) ?? '',
          attributes: Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, String(v)])),
          redacted: redacted.filter((r): r is string => typeof r === 'string'),
        }
      : undefined,
    caCertificates: Array.isArray(certs) ? certs.filter((c): c is string => typeof c === 'string') : [],
    skipTlsVerify: raw['skip-tls-verify'] === true,
    isControllerCloud: raw['is-controller-cloud'] === true,
  };
}
