import { parse } from 'yaml';
import { loadSamples } from '../testUtils/samples';
import { apiDocument } from './entities';
import { inspectModelServer } from './inspect';
import { toYaml } from './yaml';

describe('toYaml', () => {
  it('writes what a YAML parser reads back as the same data', () => {
    const tricky = {
      plain: 'OpenAI-compatible API of InferenceService team-a/iris.',
      colon: 'a: b',
      path: '/v1/models/iris:predict',
      hash: 'x #y',
      quote: 'say "hi"',
      newline: 'two\nlines',
      separator: 'a\u2028b',
      unicode: 'café ☕',
      empty: '',
      space: 'trailing ',
      leading: ' leading',
      dash: '- x',
      star: '*ref',
      number: '200',
      version: '3.0.3',
      keywords: ['true', 'False', 'null', 'yes', 'No', 'on', 'off', 'y', '~'],
      values: [1, 2.5, -3, true, false, null],
      nested: [{ a: 1, b: { c: [] } }, [1, [2]], {}, []],
      '200': { description: 'OK' },
      'key: with colon': 'v',
      emptyObject: {},
      emptyList: [],
    };
    expect(parse(toYaml(tricky))).toEqual(tricky);
  });

  it('leaves out undefined fields, as JSON does', () => {
    expect(parse(toYaml({ a: 1, b: undefined, c: { d: undefined } }))).toEqual({
      a: 1,
      c: {},
    });
  });

  it('writes plain scalars where it can, one line per field', () => {
    expect(
      toYaml({
        openapi: '3.0.3',
        info: { title: 'iris API', version: 'v1' },
        servers: [{ url: 'http://iris' }],
        required: ['model', 'messages'],
      }),
    ).toBe(
      [
        'openapi: "3.0.3"',
        'info:',
        '  title: iris API',
        '  version: v1',
        'servers:',
        '- url: "http://iris"',
        'required:',
        '- model',
        '- messages',
        '',
      ].join('\n'),
    );
  });

  it('writes every sample server’s OpenAPI document faithfully', () => {
    for (const { object } of loadSamples()) {
      const document = apiDocument(inspectModelServer(object), 'title');
      expect(parse(toYaml(document))).toEqual(
        JSON.parse(JSON.stringify(document)),
      );
    }
  });
});
