import { pascalCase, validateCharmName } from '../../src/charmcraft';

describe('validateCharmName', () => {
  it.each(['a', 'hello', 'my-app', 'postgresql-k8s', 'app2', 'a-1b'])('accepts %s', (name) => {
    expect(() => validateCharmName(name)).not.toThrow();
  });

  it.each(['', 'Hello', '2app', 'my_app', 'my--app', 'app-', '-app', 'app-2'])('refuses %p', (name) => {
    expect(() => validateCharmName(name)).toThrow(/^invalid charm name '.*': use lowercase letters, digits and hyphens, start with a letter/);
  });

  it('offers no suggestion when nothing valid is left', () => {
    expect(() => validateCharmName('123')).toThrow(/give each hyphenated part a letter$/);
  });
});

describe('pascalCase', () => {
  it('turns a charm name into a class-name stem', () => {
    expect(pascalCase('postgresql-k8s')).toBe('PostgresqlK8s');
    expect(pascalCase('hello')).toBe('Hello');
  });
});
