import { PebbleError } from './errors';

/**
 * A layer or the plan it produces breaks one of Pebble's rules (missing
 * `override`, a service without `command`, a duplicate label, …). Pebble
 * answers such an `addLayer` with 400 Bad Request and this message.
 */
export class PlanError extends PebbleError {
  override name = 'PlanError';
}
