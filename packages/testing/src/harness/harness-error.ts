/**
 * A Harness method was used in a way Juju could never produce (an unknown
 * relation id, an undeclared option, a unit joining twice, …). The message
 * names the call, what is wrong and, where possible, how to fix the test.
 */
export class HarnessError extends Error {
  override name = 'HarnessError';
}
