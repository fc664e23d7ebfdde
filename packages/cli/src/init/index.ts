export { scaffoldFiles } from './scaffold-files';
export * from './templates';
