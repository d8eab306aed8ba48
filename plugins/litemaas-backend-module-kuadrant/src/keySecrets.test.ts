import { modelLimits } from './keySecrets';

describe('modelLimits', () => {
  it("is the lower of a key's per-model and overall limit on that model", () => {
    const limits = {
      tpm: 500,
      rpm: 60,
      modelTpm: { granite: 100_000, mistral: 50 },
      modelRpm: { mistral: 10 },
    };
    expect(modelLimits({ limits }, 'granite')).toEqual({ tpm: 500, rpm: 60 });
    expect(modelLimits({ limits }, 'mistral')).toEqual({ tpm: 50, rpm: 10 });
    expect(modelLimits({ limits: { modelTpm: { a: 5 } } }, 'a')).toEqual({
      tpm: 5,
      rpm: undefined,
    });
    expect(modelLimits({ limits: {} }, 'a')).toEqual({
      tpm: undefined,
      rpm: undefined,
    });
  });
});
