import { hostArchitecture, listCharmPlatforms, selectCharmPlatform } from '../../src/charmcraft';
import { projectOf } from '../fixtures/project-data';

describe('listCharmPlatforms', () => {
  describe('with base and platforms (charmcraft 3)', () => {
    it('names each platform by its key, on the top-level base', () => {
      expect(listCharmPlatforms(projectOf({ platforms: { amd64: null, arm64: null } }))).toEqual([
        { name: 'amd64', bases: [{ name: 'ubuntu', channel: '22.04', architectures: ['amd64'] }] },
        { name: 'arm64', bases: [{ name: 'ubuntu', channel: '22.04', architectures: ['arm64'] }] },
      ]);
    });

    it('reads the multi-base shorthand <base>:<arch> without a top-level base', () => {
      const project = projectOf({ base: undefined, platforms: { 'ubuntu@24.04:arm64': null } });
      expect(listCharmPlatforms(project)).toEqual([{ name: 'ubuntu@24.04-arm64', bases: [{ name: 'ubuntu', channel: '24.04', architectures: ['arm64'] }] }]);
    });

    it('reads build-for of a long-form platform', () => {
      const project = projectOf({ platforms: { jammy: { 'build-on': ['amd64'], 'build-for': ['ubuntu@22.04:riscv64'] } } });
      expect(listCharmPlatforms(project)).toEqual([{ name: 'jammy', bases: [{ name: 'ubuntu', channel: '22.04', architectures: ['riscv64'] }] }]);
    });

    it('refuses a platform with no base to run on', () => {
      expect(() => listCharmPlatforms(projectOf({ base: undefined }))).toThrow(
        "/charm/charmcraft.yaml: platform 'amd64' names no base and there is no top-level 'base': add 'base: ubuntu@22.04'",
      );
    });

    it('refuses a malformed base', () => {
      expect(() => listCharmPlatforms(projectOf({ base: 'jammy' }))).toThrow("base 'jammy' is not '<os>@<version>' (e.g. ubuntu@22.04)");
    });
  });

  describe('with legacy bases', () => {
    it('names the platform <os>-<channel>-<archs> per run-on base', () => {
      const bases = [{ 'build-on': [{ name: 'ubuntu', channel: '20.04' }], 'run-on': [{ name: 'ubuntu', channel: '20.04', architectures: ['amd64', 'arm64'] }] }];
      expect(listCharmPlatforms(projectOf({ platforms: undefined, base: undefined, bases }))).toEqual([
        { name: 'ubuntu-20.04-amd64-arm64', bases: [{ name: 'ubuntu', channel: '20.04', architectures: ['amd64', 'arm64'] }] },
      ]);
    });

    it('defaults the architectures to the host, as charmcraft does', () => {
      const [platform] = listCharmPlatforms(projectOf({ platforms: undefined, bases: [{ name: 'ubuntu', channel: 22.04 }] }));
      expect(platform?.bases).toEqual([{ name: 'ubuntu', channel: '22.04', architectures: [hostArchitecture()] }]);
    });
  });

  describe('with neither', () => {
    it('says what to add', () => {
      expect(() => listCharmPlatforms(projectOf({ platforms: undefined }))).toThrow(
        "declares no 'base' + 'platforms' (or legacy 'bases'): add e.g. 'base: ubuntu@22.04' and 'platforms: {amd64: }'",
      );
    });
  });
});

describe('selectCharmPlatform', () => {
  const project = projectOf({ platforms: { amd64: null, arm64: null } });

  it('picks the named platform', () => {
    expect(selectCharmPlatform(project, 'arm64').name).toBe('arm64');
  });

  it('refuses an unknown name, listing the declared ones', () => {
    expect(() => selectCharmPlatform(project, 's390x')).toThrow("declares no platform 's390x' (platforms: amd64, arm64)");
  });
});
