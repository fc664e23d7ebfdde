/**
 * Contract tests of the `database` interface, for charms' jest suites:
 * `import { describeDatabaseContract } from '@jujuts-examples/database-interface/contract'`.
 */
export { describeDatabaseContract } from './describe-database-contract';
export type { CharmUnderTest, DatabaseContractOptions } from './contract-options';
export {
  ReferenceProviderCharm,
  ReferenceRequirerCharm,
  referenceProvider,
  referenceRequirer,
} from './reference-charms';
