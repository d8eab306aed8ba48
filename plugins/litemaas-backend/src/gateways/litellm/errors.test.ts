import {
  InputError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import {
  parseLiteLlmError,
  toBackstageError,
  unwrapPythonRepr,
} from './errors';

describe('LiteLLM error envelopes', () => {
  it('reads the OpenAI-style envelope with its param', () => {
    const error = parseLiteLlmError(400, '/key/generate', {
      error: {
        message:
          "Key with alias 'x' already exists. Unique key aliases across all keys are required.",
        type: 'bad_request_error',
        param: 'key_alias',
        code: '400',
      },
    });
    expect(error).toMatchObject({
      status: 400,
      type: 'bad_request_error',
      param: 'key_alias',
    });
    const mapped = toBackstageError(error);
    expect(mapped).toBeInstanceOf(InputError);
    expect(mapped.message).toContain("Key with alias 'x' already exists");
    expect(mapped.message).toContain('key_alias');
  });

  it('unwraps the Python repr of a dict detail and drops "None" params', () => {
    const error = parseLiteLlmError(404, '/key/delete', {
      error: {
        message: "{'error': 'No keys found'}",
        type: 'internal_server_error',
        param: 'None',
        code: '404',
      },
    });
    expect(error.message).toBe('No keys found');
    expect(error.param).toBeUndefined();
    expect(toBackstageError(error)).toBeInstanceOf(NotFoundError);
  });

  it('reads FastAPI detail strings, dicts and validation lists', () => {
    expect(
      parseLiteLlmError(404, '/user/delete', {
        detail: { error: 'User not found, passed user_id=u9' },
      }).message,
    ).toBe('User not found, passed user_id=u9');
    expect(
      parseLiteLlmError(503, '/health/readiness', {
        detail: 'Service Unhealthy (db down)',
      }).message,
    ).toBe('Service Unhealthy (db down)');
    const validation = parseLiteLlmError(422, '/key/list', {
      detail: [
        {
          type: 'less_than_equal',
          loc: ['query', 'size'],
          msg: 'Input should be less than or equal to 100',
          input: '500',
        },
      ],
    });
    expect(validation.message).toBe(
      'size: Input should be less than or equal to 100',
    );
    expect(toBackstageError(validation)).toBeInstanceOf(InputError);
  });

  it('never reports the portal credentials being refused as a user 401', () => {
    const mapped = toBackstageError(
      parseLiteLlmError(401, '/model/info', {
        error: {
          message: 'Authentication Error, Invalid proxy server token passed.',
          type: 'token_not_found_in_db',
          param: 'key',
          code: '401',
        },
      }),
    );
    expect(mapped).toBeInstanceOf(ServiceUnavailableError);
    expect(mapped.message).toContain("refused the portal's credentials");
  });

  it('keeps non-JSON bodies readable', () => {
    expect(
      parseLiteLlmError(502, '/model/info', '<html>Bad gateway</html>').message,
    ).toContain('Bad gateway');
  });

  it('leaves plain messages alone', () => {
    expect(unwrapPythonRepr('plain text')).toBe('plain text');
    expect(unwrapPythonRepr(`{'error': "it's broken"}`)).toBe("it's broken");
  });
});
