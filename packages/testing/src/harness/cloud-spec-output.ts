import type { CloudSpec } from '@jujuts/ops';
import type { JsonValue } from '@jujuts/ops/internal';

/** What `credential-get` prints for `spec` (Juju's kebab-case keys), the inverse of the model's parser. */
export function cloudSpecOutput(spec: CloudSpec): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {
    type: spec.type,
    name: spec.name,
    cacertificates: [...spec.caCertificates],
    'skip-tls-verify': spec.skipTlsVerify,
    'is-controller-cloud': spec.isControllerCloud,
  };
  if (spec.region !== undefined) out['region'] = spec.region;
  if (spec.endpoint !== undefined) out['endpoint'] = spec.endpoint;
  if (spec.identityEndpoint !== undefined) out['identity-endpoint'] = spec.identityEndpoint;
  if (spec.storageEndpoint !== undefined) out['storage-endpoint'] = spec.storageEndpoint;
  if (spec.credential) {
    out['credential'] = { 'auth-type': spec.credential.authType, attrs: { ...spec.credential.attributes }, redacted: [...spec.credential.redacted] };
  }
  return out;
}
