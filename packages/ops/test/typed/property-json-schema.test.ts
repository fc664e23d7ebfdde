import { IsIn, IsInt, IsNotEmpty, IsNumber, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { classProperties, type DataClass } from '../../src/typed';
import { propertyJsonSchema } from '../../src/typed/property-json-schema';

function schemaOf(cls: DataClass, property: string): Record<string, unknown> {
  const p = classProperties(cls, 'field', 'kebab').find((x) => x.property === property);
  if (!p) throw new Error(`no property ${property}`);
  return propertyJsonSchema(p);
}

describe('propertyJsonSchema', () => {
  class Params {
    @Matches(/^\d+\/x\\\/$/) slashes!: string;
    @Matches('^[a-z]+$') text!: string;
    @IsString() @MinLength(2) @MaxLength(8) name!: string;
    @IsString() @IsNotEmpty() nonEmpty!: string;
    @IsIn([1, 2, 3]) level!: number;
    @IsIn([0.5, 1]) scale!: number;
    @IsNumber() @IsInt() count!: number;
  }

  it('writes a RegExp pattern without the escapes only a /literal/ needs', () => {
    expect(schemaOf(Params, 'slashes')).toEqual({ pattern: '^\\d+/x\\\\/$' });
  });

  it('writes a string pattern as given', () => {
    expect(schemaOf(Params, 'text')).toEqual({ pattern: '^[a-z]+$' });
  });

  it('turns length rules into minLength and maxLength', () => {
    expect(schemaOf(Params, 'name')).toEqual({ type: 'string', minLength: 2, maxLength: 8 });
    expect(schemaOf(Params, 'nonEmpty')).toEqual({ type: 'string', minLength: 1 });
  });

  it('infers the type of an enum from its values', () => {
    expect(schemaOf(Params, 'level')).toEqual({ enum: [1, 2, 3], type: 'integer' });
    expect(schemaOf(Params, 'scale')).toEqual({ enum: [0.5, 1], type: 'number' });
  });

  it('lets the decorator written last (innermost) decide the type', () => {
    expect(schemaOf(Params, 'count')).toEqual({ type: 'integer' });
  });
});
