export type { CharmKind, TemplateInput } from './template-input';
export { charmcraftYamlTemplate } from './charmcraft-yaml.template';
export { charmTsTemplate } from './charm-ts.template';
export { charmTestTemplate } from './charm-test.template';
export { packageJsonTemplate, tsconfigTemplate, tsconfigBuildTemplate, jestConfigTemplate, gitignoreTemplate } from './project-files.template';
export { readmeTemplate } from './readme.template';
