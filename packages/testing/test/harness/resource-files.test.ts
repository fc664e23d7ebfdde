import { existsSync, readFileSync } from 'node:fs';
import { ModelError } from '@jujuts/ops';
import { HarnessError } from '../../src/harness';
import { recorder } from './harness-fixture';

describe('addResource', () => {
  it('gives the charm the path of a file with the content', () => {
    const harness = recorder();
    harness.addResource('image', '{"registrypath": "img:1"}');
    const path = harness.model.resources.fetch('image');
    expect(readFileSync(path, 'utf8')).toBe('{"registrypath": "img:1"}');
  });

  it('replaces the content when added again', () => {
    const harness = recorder();
    harness.addResource('image', 'one');
    harness.addResource('image', Buffer.from('two'));
    expect(readFileSync(harness.model.resources.fetch('image'), 'utf8')).toBe('two');
  });

  it('leaves resources the test did not add unfetchable, as Juju does', () => {
    expect(() => recorder().model.resources.fetch('image')).toThrow(ModelError);
  });

  it('refuses an undeclared resource, listing the declared ones', () => {
    expect(() => recorder().addResource('binary', 'x')).toThrow(HarnessError);
    expect(() => recorder().addResource('binary', 'x')).toThrow("addResource('binary'): charmcraft.yaml declares no resource `binary` (declared: image)");
  });

  it('deletes the files on cleanup()', () => {
    const harness = recorder();
    harness.addResource('image', 'x');
    const path = harness.model.resources.fetch('image');
    harness.cleanup();
    expect(existsSync(path)).toBe(false);
  });
});
