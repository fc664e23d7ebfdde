import { describeDatabaseContract } from '../../src/contract';

// The library's own reference charms must honour the contract they ship.
describeDatabaseContract({});
