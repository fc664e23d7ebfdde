import { ModelError } from './model-error';

/**
 * `getRelation(name)` found several relations on one endpoint and was not told
 * which one to return.
 */
export class TooManyRelatedAppsError extends ModelError {
  override name = 'TooManyRelatedAppsError';
  /** The endpoint that has too many relations. */
  readonly relationName: string;
  /** How many relations the endpoint has. */
  readonly numRelated: number;

  constructor(relationName: string, numRelated: number) {
    super(
      `endpoint '${relationName}' has ${numRelated} relations, so getRelation('${relationName}') cannot choose one: ` +
        `pass the relation id (getRelation('${relationName}', id)) or use getRelations('${relationName}')`,
    );
    this.relationName = relationName;
    this.numRelated = numRelated;
  }
}
