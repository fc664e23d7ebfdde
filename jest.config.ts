import type { Config } from 'jest';
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

// Tests import the workspace packages from source, never from dist, so one
// module instance is shared and no build is needed before `jest`.
const moduleNameMapper: Record<string, string> = {
  '^@jujuts/ops$': '<rootDir>/../../packages/ops/src/index.ts',
  '^@jujuts/ops/pebble$': '<rootDir>/../../packages/ops/src/pebble/index.ts',
  '^@jujuts/ops/internal$': '<rootDir>/../../packages/ops/src/internal.ts',
  '^@jujuts/testing$': '<rootDir>/../../packages/testing/src/index.ts',
  '^@jujuts/testing/matchers$': '<rootDir>/../../packages/testing/src/matchers/index.ts',
  '^@jujuts/cli$': '<rootDir>/../../packages/cli/src/index.ts',
};

function project(dir: string): Config {
  return {
    displayName: dir,
    rootDir: join(__dirname, dir),
    testEnvironment: 'node',
    testMatch: ['<rootDir>/test/**/*.test.ts'],
    setupFiles: ['reflect-metadata'],
    moduleNameMapper,
    transform: {
      '^.+\\.ts$': ['ts-jest', { tsconfig: join(__dirname, 'tsconfig.jest.json') }],
    },
  };
}

const examples = existsSync(join(__dirname, 'examples'))
  ? readdirSync(join(__dirname, 'examples'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(__dirname, 'examples', d.name, 'test')))
      .map((d) => `examples/${d.name}`)
  : [];

// Every Node process a test starts (stand-in hook commands, charms) would load
// the extra CA bundle this variable names (~40 ms each, thousands of times);
// no test talks TLS, and Juju never sets it for a hook.
delete process.env['NODE_EXTRA_CA_CERTS'];

const config: Config = {
  projects: ['packages/ops', 'packages/testing', 'packages/cli', ...examples].map(project),
};

export default config;
