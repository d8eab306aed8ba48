const nonEmptyString = { type: 'string', minLength: 1 };

/**
 * JSON schema of the `AiModelServerAPI` kind (`spec.type: ai-model-server`),
 * the entity Red Hat Developer Hub's AI model catalog uses for a model server
 * (open Backstage RFC backstage/backstage#33060). It states the same contract
 * as the reference schema in the project's shared folder, which the tests
 * hold it to; `Entity` is the catalog's own envelope and metadata schema.
 *
 * @public
 */
export const aiModelServerApiSchema = {
  $schema: 'http://json-schema.org/draft-07/schema',
  $id: 'LiteMaasAiModelServerApiV1alpha1',
  description:
    'A model server: where it answers, which contract it speaks and which models it serves.',
  allOf: [
    { $ref: 'Entity' },
    {
      type: 'object',
      required: ['spec'],
      properties: {
        apiVersion: { enum: ['backstage.io/v1alpha1', 'backstage.io/v1beta1'] },
        kind: { enum: ['AiModelServerAPI'] },
        spec: {
          type: 'object',
          required: ['type', 'lifecycle', 'owner', 'serverType', 'serverUrl'],
          properties: {
            type: { const: 'ai-model-server' },
            lifecycle: nonEmptyString,
            /** Entity ref of the owner. */
            owner: nonEmptyString,
            /** Entity ref of the system. */
            system: nonEmptyString,
            /** The contract clients speak, e.g. `openai-v1`. */
            serverType: nonEmptyString,
            /** Base URL of inference requests. */
            serverUrl: nonEmptyString,
            requiresApiKey: { type: 'boolean', default: false },
            /** Entity ref of an API entity with the REST contract. */
            apiEntityRef: nonEmptyString,
            models: {
              type: 'object',
              properties: {
                /** The server can list its models itself. */
                discoverable: { type: 'boolean' },
                available: { type: 'array', items: nonEmptyString },
                default: nonEmptyString,
              },
            },
          },
        },
      },
    },
  ],
} as const;
