import { findEmittedEntry } from '../../src/compile';

const CHARM = '/charm';
const OUT = '/charm/build/tsc';

describe('findEmittedEntry', () => {
  describe('when tsc dropped the src/ root', () => {
    it('maps src/charm.ts to tsc/charm.js', () => {
      expect(findEmittedEntry('src/charm.ts', [`${OUT}/charm.js`, `${OUT}/lib/db.js`], CHARM, OUT)).toBe(`${OUT}/charm.js`);
    });
  });

  describe('when tests are compiled too', () => {
    it('maps src/charm.ts to tsc/src/charm.js, not the test', () => {
      const emitted = [`${OUT}/test/charm.test.js`, `${OUT}/test/charm.js`, `${OUT}/src/charm.js`];
      expect(findEmittedEntry('src/charm.ts', emitted, CHARM, OUT)).toBe(`${OUT}/src/charm.js`);
    });
  });

  it('prefers the exact path over a deeper one that ends the same', () => {
    expect(findEmittedEntry('src/charm.ts', [`${OUT}/vendor/src/charm.js`, `${OUT}/src/charm.js`], CHARM, OUT)).toBe(`${OUT}/src/charm.js`);
  });

  it("maps package.json main in the charm's own outDir", () => {
    expect(findEmittedEntry('./dist/charm.js', [`${OUT}/charm.js`], CHARM, OUT)).toBe(`${OUT}/charm.js`);
  });

  it('does not match a file that only shares a suffix of its name', () => {
    expect(() => findEmittedEntry('src/charm.ts', [`${OUT}/mycharm.js`], CHARM, OUT)).toThrow(/tsc emitted no JavaScript for the entry 'src\/charm\.ts'/);
  });
});
