import { IsInt, IsOptional, IsString } from 'class-validator';
import { classProperties, field, option } from '../../src/typed';

class BaseConfig {
  @IsString() logLevel = 'info';
}

class AppConfig extends BaseConfig {
  @option({ name: 'http_port', description: 'Port' }) @IsInt() port = 80;
  @IsOptional() @IsString() siteName?: string;
  plain = true;
}

describe('classProperties', () => {
  describe('for a config class with a base class', () => {
    const props = () => classProperties(AppConfig, 'option', 'kebab');

    it('lists inherited properties first, then the subclass in declaration order', () => {
      expect(props().map((p) => p.property)).toEqual(['logLevel', 'port', 'siteName', 'plain']);
    });

    it('names each as Juju does unless @option names it', () => {
      expect(props().map((p) => p.wireName)).toEqual(['log-level', 'http_port', 'site-name', 'plain']);
    });

    it('carries descriptions, initial values and optionality', () => {
      const port = props().find((p) => p.property === 'port');
      expect(port).toMatchObject({ description: 'Port', initial: 80, optional: false });
      expect(props().find((p) => p.property === 'siteName')).toMatchObject({ initial: undefined, optional: true });
    });
  });

  describe('for a databag class', () => {
    it('keeps property names as keys unless @field renames them', () => {
      class Bag {
        @IsString() hostName!: string;
        @field({ name: 'secret-id' }) secretId = '';
      }
      expect(classProperties(Bag, 'field', 'as-is').map((p) => p.wireName)).toEqual(['hostName', 'secret-id']);
    });
  });
});
