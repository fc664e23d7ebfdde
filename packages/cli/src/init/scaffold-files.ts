import {
  charmcraftYamlTemplate,
  charmTestTemplate,
  charmTsTemplate,
  gitignoreTemplate,
  jestConfigTemplate,
  packageJsonTemplate,
  readmeTemplate,
  tsconfigBuildTemplate,
  tsconfigTemplate,
  type TemplateInput,
} from './templates';

/** The files of a new charm project, by path relative to its directory. */
export function scaffoldFiles(input: TemplateInput): ReadonlyMap<string, string> {
  return new Map([
    ['charmcraft.yaml', charmcraftYamlTemplate(input)],
    ['package.json', packageJsonTemplate(input)],
    ['tsconfig.json', tsconfigTemplate()],
    ['tsconfig.build.json', tsconfigBuildTemplate()],
    ['jest.config.js', jestConfigTemplate()],
    ['.gitignore', gitignoreTemplate()],
    ['README.md', readmeTemplate(input)],
    ['src/charm.ts', charmTsTemplate(input)],
    ['test/charm.test.ts', charmTestTemplate(input)],
  ]);
}
