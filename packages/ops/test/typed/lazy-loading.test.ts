import type * as Typed from '../../src/typed';

describe('typed/ at module load', () => {
  it('requires neither class-validator nor class-transformer until a function needs them', () => {
    const loaded: string[] = [];
    jest.isolateModules(() => {
      jest.doMock('class-validator', () => {
        loaded.push('class-validator');
        return {};
      });
      jest.doMock('class-transformer', () => {
        loaded.push('class-transformer');
        return {};
      });
      jest.doMock('yaml', () => {
        loaded.push('yaml');
        return {};
      });
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const typed = require('../../src/typed') as typeof Typed;
      expect(typeof typed.loadConfig).toBe('function');
      expect(typed.encodeDatabag({ a: 1 })).toEqual({ a: '1' });
    });
    expect(loaded).toEqual([]);
  });
});
