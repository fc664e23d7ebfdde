import type { JujuLogLevel } from '../../src/log/juju-log-level';

/** A sink and a stderr stand-in that record what they were given. */
export function logRecorder(): {
  calls: Array<[JujuLogLevel, string]>;
  stderrText: () => string;
  sink: (level: JujuLogLevel, message: string) => void;
  stderr: { write(chunk: string): boolean };
} {
  const calls: Array<[JujuLogLevel, string]> = [];
  const written: string[] = [];
  return {
    calls,
    stderrText: () => written.join(''),
    sink: (level, message) => {
      calls.push([level, message]);
    },
    stderr: {
      write: (chunk: string) => {
        written.push(chunk);
        return true;
      },
    },
  };
}
