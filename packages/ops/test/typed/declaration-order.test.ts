import { mergeDeclarationOrder } from '../../src/typed/declaration-order';

describe('mergeDeclarationOrder', () => {
  it('interleaves lists that each know part of the order', () => {
    expect(mergeDeclarationOrder([['b', 'd'], ['a', 'b', 'c'], ['c', 'd', 'e']])).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('keeps the first occurrence of a repeated name', () => {
    expect(mergeDeclarationOrder([['x', 'x', 'y', 'y']])).toEqual(['x', 'y']);
  });
});
