import type { TemplateInput } from './template-input';

/** package.json: the charm's dependencies and the build, pack and test scripts. */
export function packageJsonTemplate(input: TemplateInput): string {
  const pkg = {
    name: input.name,
    version: '0.1.0',
    private: true,
    scripts: { build: 'jujuts build', pack: 'jujuts pack', test: 'jest' },
    dependencies: {
      '@jujuts/ops': input.version,
      'class-transformer': '^0.5.1',
      'class-validator': '^0.15.1',
      'reflect-metadata': '^0.2.2',
    },
    devDependencies: {
      '@jujuts/cli': input.version,
      '@jujuts/testing': input.version,
      '@types/jest': '^30.0.0',
      '@types/node': '^20.17.0',
      jest: '^30.2.0',
      'ts-jest': '^29.4.5',
      typescript: '5.9.3',
    },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** tsconfig.json with the decorator settings jujuts needs; covers src and test for editors and type checks. */
export function tsconfigTemplate(): string {
  const config = {
    compilerOptions: {
      target: 'ES2022',
      lib: ['ES2023'],
      module: 'node16',
      moduleResolution: 'node16',
      strict: true,
      experimentalDecorators: true,
      emitDecoratorMetadata: true,
      // Class fields must not shadow the accessors property decorators install.
      useDefineForClassFields: false,
      isolatedModules: true,
      esModuleInterop: true,
      skipLibCheck: true,
      sourceMap: true,
      outDir: 'dist',
      types: ['node', 'jest'],
    },
    include: ['src', 'test'],
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** tsconfig.build.json: what `jujuts build` compiles (the charm without its tests). */
export function tsconfigBuildTemplate(): string {
  const config = { extends: './tsconfig.json', compilerOptions: { types: ['node'] }, include: ['src'] };
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** jest.config.js: ts-jest, with reflect-metadata loaded before any decorated class. */
export function jestConfigTemplate(): string {
  return `/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  setupFiles: ['reflect-metadata'],
  transform: { '^.+\\\\.ts$': ['ts-jest', {}] },
};
`;
}

/** .gitignore for build output and packed charms. */
export function gitignoreTemplate(): string {
  return 'node_modules/\nbuild/\ndist/\n*.charm\n';
}
