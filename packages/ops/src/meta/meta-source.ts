/** A path into a metadata document: map keys and list indexes. */
export type MetaPath = readonly (string | number)[];

/** Where a metadata document came from, so errors can name the file and line. */
export interface MetaSource {
  /** The file name as the user knows it, for example `charmcraft.yaml`. */
  readonly file: string;
  /** The 1-based line of the node at `path` (or its nearest ancestor), when known. */
  lineOf(path: MetaPath): number | undefined;
}

/** A source without line information, for metadata that did not come from YAML. */
export function sourceWithoutLines(file: string): MetaSource {
  return { file, lineOf: () => undefined };
}
