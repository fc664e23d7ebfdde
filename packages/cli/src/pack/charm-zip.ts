import JSZip from 'jszip';

/** One file of a `.charm` archive. */
export interface CharmEntry {
  readonly path: string;
  readonly content: string | Buffer;
  /** Executables (dispatch, node) need mode 755: Juju runs them straight from the unpacked charm. */
  readonly executable?: boolean;
}

/** Zip the entries into a `.charm` (a plain zip with unix permissions recorded). */
export async function zipCharm(entries: readonly CharmEntry[]): Promise<Buffer> {
  const zip = new JSZip();
  for (const entry of entries) {
    // Regular-file type bits plus permissions, as Info-ZIP records them.
    zip.file(entry.path, entry.content, { unixPermissions: entry.executable === true ? 0o100755 : 0o100644 });
  }
  // platform UNIX makes jszip write the permissions into the external attributes.
  return zip.generateAsync({ type: 'nodebuffer', platform: 'UNIX', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
