export { elfArchitecture, checkNodeArchitecture } from './elf-architecture';
export { type CharmEntry, zipCharm } from './charm-zip';
export { verifiedYamlEntry, renderedYamlEntry, metadataEntries } from './yaml-entries';
