/** Something text can be written to: `process.stdout`, a test buffer, … */
export interface TextSink {
  /** Write a chunk of text as is (no newline is added). */
  write(chunk: string): unknown;
}

/** Where a command reads its working directory and writes its output; injected so runCli runs in-process in tests. */
export interface CliIo {
  /** Normal output: progress lines, help, results. */
  readonly stdout: TextSink;
  /** Error lines. */
  readonly stderr: TextSink;
  /** The directory relative paths on the command line are resolved against. */
  readonly cwd: string;
}
