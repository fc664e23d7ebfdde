import { ruleOf } from '../../src/typed/violations';

describe('ruleOf', () => {
  it('drops the property name class-validator starts its message with', () => {
    expect(ruleOf('logLevel must be one of the following values: a, b', 'logLevel')).toBe('must be one of the following values: a, b');
  });

  it('rephrases an each-rule about the values', () => {
    expect(ruleOf('each value in tags must be a string', 'tags')).toBe('each value must be a string');
  });

  it('leaves a custom message that does not start with the property alone', () => {
    expect(ruleOf('Port is out of range', 'port')).toBe('Port is out of range');
  });

  it('treats regex characters in the property name literally', () => {
    expect(ruleOf('a$b must be a string', 'a$b')).toBe('must be a string');
  });
});
