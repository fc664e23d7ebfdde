import type { TemplateInput } from './template-input';

/** test/charm.test.ts: runs the charm's config-changed handler with @jujuts/testing. */
export function charmTestTemplate(input: TemplateInput): string {
  return `import { Context, State } from '@jujuts/testing';
import '@jujuts/testing/matchers';
import { ${input.stem}Charm } from '../src/charm';

describe('${input.stem}Charm', () => {
  describe('on config-changed', () => {
    it('goes active with the configured log level', async () => {
      const ctx = new Context(${input.stem}Charm);
      const out = await ctx.run(ctx.on.configChanged(), State.create({ config: { 'log-level': 'debug' } }));
      expect(out).toHaveUnitStatus('active', 'log level debug');
    });
  });
});
`;
}
