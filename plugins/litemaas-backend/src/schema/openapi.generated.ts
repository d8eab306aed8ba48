// Generated from openapi.yaml by scripts/generate-openapi.js. Do not edit.
export const spec = {
  openapi: '3.1.0',
  info: {
    title: 'litemaas',
    version: '1',
    description:
      'LiteMaaS backend: governed self-service access to AI models served through LiteLLM. Every route needs a Backstage token.',
    license: {
      name: 'Apache-2.0',
    },
  },
  servers: [
    {
      url: '/',
    },
  ],
  paths: {
    '/health': {
      get: {
        operationId: 'GetHealth',
        summary: "The plugin's status and LiteLLM's reachability and version.",
        responses: {
          '200': {
            description:
              'Health report. `status` is `degraded` when LiteLLM does not answer.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/HealthResponse',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/models': {
      get: {
        operationId: 'ListModels',
        summary: 'Models served by LiteLLM, as last synced.',
        responses: {
          '200': {
            description: 'The model catalog.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ModelListResponse',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
  },
  components: {
    responses: {
      ErrorResponse: {
        description: 'An error.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
    },
    schemas: {
      Error: {
        type: 'object',
        properties: {
          error: {
            type: 'object',
            properties: {
              name: {
                type: 'string',
              },
              message: {
                type: 'string',
              },
            },
            required: ['name', 'message'],
          },
          response: {
            type: 'object',
            properties: {
              statusCode: {
                type: 'number',
              },
            },
            required: ['statusCode'],
          },
        },
        required: ['error', 'response'],
        additionalProperties: {},
      },
      GatewayHealth: {
        type: 'object',
        properties: {
          reachable: {
            type: 'boolean',
          },
          url: {
            type: 'string',
          },
          version: {
            type: 'string',
          },
          db: {
            type: 'string',
          },
          latencyMs: {
            type: 'number',
          },
          error: {
            type: 'string',
          },
        },
        required: ['reachable', 'url'],
        additionalProperties: false,
      },
      HealthResponse: {
        type: 'object',
        properties: {
          status: {
            type: 'string',
            enum: ['ok', 'degraded'],
          },
          litellm: {
            $ref: '#/components/schemas/GatewayHealth',
          },
        },
        required: ['status', 'litellm'],
        additionalProperties: false,
      },
      Model: {
        type: 'object',
        properties: {
          name: {
            type: 'string',
          },
          litellmModelId: {
            type: 'string',
          },
          provider: {
            type: 'string',
          },
          providerModel: {
            type: 'string',
          },
          mode: {
            type: 'string',
          },
          contextWindow: {
            type: 'number',
          },
          maxOutputTokens: {
            type: 'number',
          },
          inputPricePer1M: {
            type: 'number',
            description: 'USD per one million input tokens.',
          },
          outputPricePer1M: {
            type: 'number',
            description: 'USD per one million output tokens.',
          },
          capabilities: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          tpm: {
            type: 'number',
          },
          rpm: {
            type: 'number',
          },
          available: {
            type: 'boolean',
          },
          lastSeenAt: {
            type: 'string',
            format: 'date-time',
          },
        },
        required: [
          'name',
          'litellmModelId',
          'provider',
          'providerModel',
          'capabilities',
          'available',
          'lastSeenAt',
        ],
        additionalProperties: false,
      },
      ModelListResponse: {
        type: 'object',
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Model',
            },
          },
          stale: {
            type: 'object',
            properties: {
              reason: {
                type: 'string',
              },
              lastSyncedAt: {
                type: 'string',
              },
            },
            required: ['reason'],
            additionalProperties: false,
          },
        },
        required: ['items'],
        additionalProperties: false,
      },
    },
  },
} as const;
