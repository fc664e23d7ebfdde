import { join } from 'node:path';
import { describeDatabaseContract } from '@jujuts-examples/database-interface/contract';
import { ProviderCharm } from '../src/charm';

// The interface library's contract, with this charm as the provider and the library's reference requirer.
describeDatabaseContract({ provider: { charm: ProviderCharm, charmDir: join(__dirname, '..') } });
