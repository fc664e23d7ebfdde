import { InvalidConfigError, type DataViolation } from '../../src/errors';
import { configStatusMessage } from '../../src/typed';

function invalid(...violations: DataViolation[]): InvalidConfigError {
  return new InvalidConfigError(violations);
}

describe('configStatusMessage', () => {
  describe('when the message fits', () => {
    it('names every option and rule, with class-validator phrasings shortened', () => {
      const err = invalid(
        { option: 'log-level', rule: 'must be one of the following values: debug, info, warning' },
        { option: 'port', rule: 'must not be greater than 65535' },
      );
      expect(configStatusMessage(err)).toBe('invalid config: log-level: must be one of: debug, info, warning; port: must not be greater than 65535');
    });
  });

  describe('when the message is too long', () => {
    it('cuts it with an ellipsis within maxLength characters', () => {
      const err = invalid(
        { option: 'log-level', rule: 'must be one of the following values: debug, info, warning' },
        { option: 'port', rule: 'must not be greater than 65535' },
      );
      const message = configStatusMessage(err, 40);
      expect(message).toBe('invalid config: log-level: must be one…');
      expect(message.length).toBeLessThanOrEqual(40);
    });
  });

  it('keeps the full rules on the error for the log', () => {
    const err = invalid({ option: 'port', rule: 'must not be less than 1', value: 0 });
    expect(err.message).toBe('invalid config: port: must not be less than 1');
  });
});
