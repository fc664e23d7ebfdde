export { validateCharmName, pascalCase } from './charm-name';
export { scaffoldFiles } from './scaffold-files';
export * from './templates';
