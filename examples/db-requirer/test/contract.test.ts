import { join } from 'node:path';
import { describeDatabaseContract } from '@jujuts-examples/database-interface/contract';
import { ProviderCharm } from '../../db-provider/src/charm';
import { RequirerCharm } from '../src/charm';

// The interface library's contract with this charm as the requirer: against the reference provider, and against db-provider.
describeDatabaseContract({ requirer: { charm: RequirerCharm, charmDir: join(__dirname, '..') } });
describeDatabaseContract({
  requirer: { charm: RequirerCharm, charmDir: join(__dirname, '..') },
  provider: { charm: ProviderCharm, charmDir: join(__dirname, '..', '..', 'db-provider') },
});
