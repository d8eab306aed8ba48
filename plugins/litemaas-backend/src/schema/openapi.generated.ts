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
        summary:
          "The model catalog, with the portal's policy and the caller's access.",
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
    '/models/{name}': {
      get: {
        operationId: 'GetModel',
        summary: 'One model, with the endpoint clients call.',
        responses: {
          '200': {
            description: 'The model.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ModelDetailResponse',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
        parameters: [
          {
            $ref: '#/components/parameters/modelName',
          },
        ],
      },
    },
    '/models/{name}/policy': {
      put: {
        operationId: 'SetModelPolicy',
        summary:
          'Sets the access policy, owner, description and default limits (admins).',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/ModelPolicyInput',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The model with its new policy.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Model',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
        parameters: [
          {
            $ref: '#/components/parameters/modelName',
          },
        ],
      },
    },
    '/models/{name}/approval-rules': {
      get: {
        operationId: 'GetApprovalRules',
        summary:
          "The model's approval rules and where they come from (admins and the model's owners). Rules from app-config are read-only here.",
        responses: {
          '200': {
            description: 'The rules.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ApprovalRulesResponse',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
        parameters: [
          {
            $ref: '#/components/parameters/modelName',
          },
        ],
      },
      put: {
        operationId: 'SetApprovalRules',
        summary:
          "Replaces the model's approval rules (admins and the model's owners); an empty list removes them. 400 names every problem of invalid rules; 409 when the rules come from app-config.",
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  rules: {
                    type: 'array',
                    maxItems: 100,
                    items: {
                      type: 'object',
                    },
                  },
                },
                required: ['rules'],
                additionalProperties: false,
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The saved rules.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ApprovalRulesResponse',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
        parameters: [
          {
            $ref: '#/components/parameters/modelName',
          },
        ],
      },
    },
    '/models/{name}/approval-rules/check': {
      post: {
        operationId: 'CheckApprovalRules',
        summary:
          "What the model's rules (or draft rules in the body) would do with a draft request, and the rule that decides it. Writes nothing (admins and the model's owners).",
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  subjectRef: {
                    type: 'string',
                    minLength: 1,
                    maxLength: 255,
                  },
                  requestedBy: {
                    type: 'string',
                    minLength: 1,
                    maxLength: 255,
                  },
                  limits: {
                    $ref: '#/components/schemas/AccessLimits',
                  },
                  rules: {
                    type: 'array',
                    maxItems: 100,
                    items: {
                      type: 'object',
                    },
                  },
                },
                required: ['subjectRef'],
                additionalProperties: false,
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The outcome.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ApprovalRulesCheckResponse',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
        parameters: [
          {
            $ref: '#/components/parameters/modelName',
          },
        ],
      },
    },
    '/admin/access-requests/escalation': {
      get: {
        operationId: 'GetEscalationTaskStatus',
        summary: 'The last run of the approval escalation task (admins).',
        responses: {
          '200': {
            description: 'The status.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/EscalationTaskStatus',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      post: {
        operationId: 'RunEscalationTask',
        summary:
          "Asks for a run of the approval escalation task now (admins): requests pending longer than their model's escalate rule allows are marked escalated and the admins told, once.",
        responses: {
          '200': {
            description: 'The status.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/EscalationTaskStatus',
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
    '/admin/sync': {
      post: {
        operationId: 'SyncModels',
        summary: 'Pulls the models from LiteLLM now (admins).',
        responses: {
          '200': {
            description: 'What the sync changed.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    added: {
                      type: 'number',
                    },
                    updated: {
                      type: 'number',
                    },
                    markedUnavailable: {
                      type: 'number',
                    },
                  },
                  required: ['added', 'updated', 'markedUnavailable'],
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
    '/admin/models': {
      post: {
        operationId: 'RegisterModel',
        summary: 'Registers a model in LiteLLM (admins).',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/ModelRegistration',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The registered model.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Model',
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
    '/admin/models/{name}': {
      put: {
        operationId: 'UpdateModel',
        summary: 'Edits a model in LiteLLM and its policy (admins).',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/ModelRegistration',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The updated model.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Model',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
        parameters: [
          {
            $ref: '#/components/parameters/modelName',
          },
        ],
      },
      delete: {
        operationId: 'DeleteModel',
        summary:
          'Removes a model from LiteLLM (admins); the portal keeps it as unavailable.',
        responses: {
          '204': {
            description: 'Removed.',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
        parameters: [
          {
            $ref: '#/components/parameters/modelName',
          },
        ],
      },
    },
    '/admin/gateways': {
      get: {
        operationId: 'GetGateways',
        summary:
          'The other gateways (e.g. Kuadrant) and, per published model, their objects and what the gateway says of them (admins).',
        responses: {
          '200': {
            description: 'The gateways.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/GatewaysStatus',
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
    '/admin/gateways/{gateway}/models/{name}': {
      put: {
        operationId: 'PublishModelOnGateway',
        summary: 'Publishes a model on a route of a gateway (admins).',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  route: {
                    $ref: '#/components/schemas/GatewayRoute',
                  },
                },
                required: ['route'],
                additionalProperties: false,
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The gateways after the change.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/GatewaysStatus',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
        parameters: [
          {
            name: 'gateway',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              pattern: '^[a-z0-9-]{1,63}$',
            },
          },
          {
            $ref: '#/components/parameters/modelName',
          },
        ],
      },
      delete: {
        operationId: 'WithdrawModelFromGateway',
        summary:
          'Withdraws a model an admin published from a gateway (admins).',
        responses: {
          '200': {
            description: 'The gateways after the change.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/GatewaysStatus',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
        parameters: [
          {
            name: 'gateway',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              pattern: '^[a-z0-9-]{1,63}$',
            },
          },
          {
            $ref: '#/components/parameters/modelName',
          },
        ],
      },
    },
    '/admin/keys/{id}/gateways': {
      get: {
        operationId: 'GetKeyGateways',
        summary: 'What each other gateway holds for one key (admins).',
        responses: {
          '200': {
            description: "Per gateway, the objects holding the key's values.",
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    items: {
                      type: 'array',
                      items: {
                        type: 'object',
                        properties: {
                          id: {
                            type: 'string',
                          },
                          error: {
                            type: 'string',
                          },
                          status: {
                            type: 'object',
                            properties: {
                              keyId: {
                                type: 'string',
                              },
                              values: {
                                type: 'array',
                                items: {
                                  type: 'object',
                                  properties: {
                                    object: {
                                      $ref: '#/components/schemas/GatewayObject',
                                    },
                                    tokenHashPrefix: {
                                      type: 'string',
                                    },
                                    models: {
                                      type: 'array',
                                      items: {
                                        type: 'string',
                                      },
                                    },
                                    blocked: {
                                      type: 'boolean',
                                    },
                                  },
                                  required: [
                                    'object',
                                    'tokenHashPrefix',
                                    'models',
                                    'blocked',
                                  ],
                                  additionalProperties: false,
                                },
                              },
                            },
                            required: ['keyId', 'values'],
                            additionalProperties: false,
                          },
                        },
                        required: ['id'],
                        additionalProperties: false,
                      },
                    },
                  },
                  required: ['items'],
                  additionalProperties: false,
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
        parameters: [
          {
            $ref: '#/components/parameters/requestId',
          },
        ],
      },
    },
    '/admin/test-connection': {
      post: {
        operationId: 'TestConnection',
        summary: 'Checks that an OpenAI-compatible endpoint answers (admins).',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  apiBase: {
                    type: 'string',
                    maxLength: 2048,
                  },
                  apiKey: {
                    type: 'string',
                    maxLength: 4096,
                  },
                },
                additionalProperties: false,
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The result.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ConnectionTestResult',
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
    '/access-requests': {
      get: {
        operationId: 'ListAccessRequests',
        summary:
          "The caller's requests and grants (scope=mine) or the review queue (scope=review).",
        parameters: [
          {
            name: 'scope',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              enum: ['mine', 'review'],
            },
          },
          {
            name: 'status',
            in: 'query',
            required: false,
            schema: {
              type: 'array',
              items: {
                $ref: '#/components/schemas/AccessStatus',
              },
            },
            style: 'form',
            explode: false,
          },
          {
            name: 'model',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'requestedBy',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'subject',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'olderThanDays',
            in: 'query',
            required: false,
            schema: {
              type: 'integer',
              minimum: 0,
            },
          },
          {
            name: 'extension',
            in: 'query',
            required: false,
            description:
              'Review scope only; `pending` lists grants whose subject asked for a later end.',
            schema: {
              type: 'string',
              enum: ['pending'],
            },
          },
          {
            name: 'limit',
            in: 'query',
            required: false,
            description: 'At most this many items (default 500, at most 1000).',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 1000,
            },
          },
          {
            name: 'offset',
            in: 'query',
            required: false,
            description: 'Items to skip, for the next page.',
            schema: {
              type: 'integer',
              minimum: 0,
            },
          },
        ],
        responses: {
          '200': {
            description:
              'Requests, newest first, one page of them and how many there are in all.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/AccessRequestListResponse',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      post: {
        operationId: 'CreateAccessRequest',
        summary:
          'Requests access to a model, for the caller or a team they belong to.',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/CreateAccessRequestBody',
              },
            },
          },
        },
        responses: {
          '201': {
            description:
              'The request (status granted for open models, pending otherwise).',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/AccessRequest',
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
    '/access-requests/decisions': {
      post: {
        operationId: 'DecideAccessRequests',
        summary:
          'Approves or denies many requests in one call; each succeeds or fails on its own.',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/BulkDecisionBody',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'One result per request id.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/BulkDecisionResponse',
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
    '/access-requests/{id}': {
      get: {
        operationId: 'GetAccessRequest',
        summary: 'One request with its history.',
        responses: {
          '200': {
            description: 'The request.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/AccessRequestDetailResponse',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
        parameters: [
          {
            $ref: '#/components/parameters/requestId',
          },
        ],
      },
    },
    '/access-requests/{id}/approve': {
      post: {
        operationId: 'ApproveAccessRequest',
        summary: 'Grants a pending request, optionally with adjusted limits.',
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  reason: {
                    type: 'string',
                    maxLength: 2000,
                  },
                  limits: {
                    $ref: '#/components/schemas/AccessLimits',
                  },
                  expiresAt: {
                    type: 'string',
                    format: 'date-time',
                    description:
                      "When the grant ends; within the model's maxGrantDays.",
                  },
                },
                additionalProperties: false,
              },
            },
          },
        },
        responses: {
          '200': {
            $ref: '#/components/responses/AccessRequestResponse',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
        parameters: [
          {
            $ref: '#/components/parameters/requestId',
          },
        ],
      },
    },
    '/access-requests/{id}/extension': {
      post: {
        operationId: 'RequestGrantExtension',
        summary:
          'The subject asks to keep a grant until a later end; a reviewer decides.',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  until: {
                    type: 'string',
                    format: 'date-time',
                  },
                  justification: {
                    type: 'string',
                    maxLength: 2000,
                  },
                },
                required: ['until'],
                additionalProperties: false,
              },
            },
          },
        },
        responses: {
          '200': {
            $ref: '#/components/responses/AccessRequestResponse',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
        parameters: [
          {
            $ref: '#/components/parameters/requestId',
          },
        ],
      },
    },
    '/access-requests/{id}/extension/approve': {
      post: {
        operationId: 'ApproveGrantExtension',
        summary:
          "Moves the grant's end to the asked date (or another, within the model's maxGrantDays).",
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  until: {
                    type: 'string',
                    format: 'date-time',
                  },
                  reason: {
                    type: 'string',
                    maxLength: 2000,
                  },
                  requestedAt: {
                    type: 'string',
                    format: 'date-time',
                    description:
                      'When the decided ask was made, as the reviewer saw it; a different ask waiting now is a 409.',
                  },
                },
                additionalProperties: false,
              },
            },
          },
        },
        responses: {
          '200': {
            $ref: '#/components/responses/AccessRequestResponse',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
        parameters: [
          {
            $ref: '#/components/parameters/requestId',
          },
        ],
      },
    },
    '/access-requests/{id}/extension/deny': {
      post: {
        operationId: 'DenyGrantExtension',
        summary:
          'Refuses the asked extension; the grant keeps its end. The reason is mandatory.',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['reason'],
                properties: {
                  reason: {
                    type: 'string',
                    minLength: 1,
                    maxLength: 2000,
                  },
                  requestedAt: {
                    type: 'string',
                    format: 'date-time',
                    description:
                      'When the decided ask was made, as the reviewer saw it; a different ask waiting now is a 409.',
                  },
                },
                additionalProperties: false,
              },
            },
          },
        },
        responses: {
          '200': {
            $ref: '#/components/responses/AccessRequestResponse',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
        parameters: [
          {
            $ref: '#/components/parameters/requestId',
          },
        ],
      },
    },
    '/access-requests/{id}/deny': {
      post: {
        operationId: 'DenyAccessRequest',
        summary: 'Denies a pending request; the reason is mandatory.',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/ReasonBody',
              },
            },
          },
        },
        responses: {
          '200': {
            $ref: '#/components/responses/AccessRequestResponse',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
        parameters: [
          {
            $ref: '#/components/parameters/requestId',
          },
        ],
      },
    },
    '/access-requests/{id}/cancel': {
      post: {
        operationId: 'CancelAccessRequest',
        summary: 'Withdraws a pending request.',
        responses: {
          '200': {
            $ref: '#/components/responses/AccessRequestResponse',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
        parameters: [
          {
            $ref: '#/components/parameters/requestId',
          },
        ],
      },
    },
    '/access-requests/{id}/review': {
      post: {
        operationId: 'RequestAccessReview',
        summary: 'Asks for a denied request to be reviewed again.',
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  justification: {
                    type: 'string',
                    maxLength: 2000,
                  },
                },
                additionalProperties: false,
              },
            },
          },
        },
        responses: {
          '200': {
            $ref: '#/components/responses/AccessRequestResponse',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
        parameters: [
          {
            $ref: '#/components/parameters/requestId',
          },
        ],
      },
    },
    '/access-requests/{id}/revoke': {
      post: {
        operationId: 'RevokeAccess',
        summary:
          'Ends a grant (the subject gives it up, or a reviewer takes it away).',
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  reason: {
                    type: 'string',
                    maxLength: 2000,
                  },
                },
                additionalProperties: false,
              },
            },
          },
        },
        responses: {
          '200': {
            $ref: '#/components/responses/AccessRequestResponse',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
        parameters: [
          {
            $ref: '#/components/parameters/requestId',
          },
        ],
      },
    },
    '/access-requests/{id}/limits': {
      put: {
        operationId: 'ChangeGrantLimits',
        summary:
          "Changes a grant's limits (reviewers of the model). Keys over the new limits are narrowed, in LiteLLM too.",
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  limits: {
                    $ref: '#/components/schemas/AccessLimits',
                  },
                  reason: {
                    type: 'string',
                    maxLength: 2000,
                  },
                },
                required: ['limits'],
                additionalProperties: false,
              },
            },
          },
        },
        responses: {
          '200': {
            $ref: '#/components/responses/AccessRequestResponse',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
        parameters: [
          {
            $ref: '#/components/parameters/requestId',
          },
        ],
      },
    },
    '/keys': {
      get: {
        operationId: 'ListKeys',
        summary:
          "The caller's keys and their teams' (scope=mine), or all keys (scope=all, admins).",
        parameters: [
          {
            name: 'scope',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              enum: ['mine', 'all'],
            },
          },
          {
            name: 'search',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              maxLength: 200,
            },
          },
          {
            name: 'includeRevoked',
            in: 'query',
            required: false,
            schema: {
              type: 'boolean',
            },
          },
          {
            name: 'limit',
            in: 'query',
            required: false,
            description: 'At most this many items (default 500, at most 1000).',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 1000,
            },
          },
          {
            name: 'offset',
            in: 'query',
            required: false,
            description: 'Items to skip, for the next page.',
            schema: {
              type: 'integer',
              minimum: 0,
            },
          },
        ],
        responses: {
          '200': {
            description:
              'Keys, newest first, one page of them and how many there are in all.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/KeyListResponse',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      post: {
        operationId: 'CreateKey',
        summary:
          'Issues a key in LiteLLM. The response is the only place its value ever appears.',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/CreateKeyBody',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The key and its value.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/IssuedKey',
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
    '/keys/provision': {
      post: {
        operationId: 'ProvisionKeys',
        summary:
          'Keys for many participants at once, idempotent by alias (admins).',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/ProvisionKeysBody',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'Keys made now (with values) and keys that existed.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ProvisionKeysResponse',
                },
              },
            },
          },
          '207': {
            description:
              'Some keys could not be made: `failed` says whose and why; the others are made (re-run to retry, it is idempotent by alias).',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ProvisionKeysResponse',
                },
              },
            },
          },
          '502': {
            description:
              'No key could be made; `failed` says why for each participant and `error.message` sums it up.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ProvisionKeysResponse',
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
    '/keys/revoke-by-prefix': {
      post: {
        operationId: 'RevokeKeysByPrefix',
        summary:
          'Revokes every key whose alias starts with the prefix (admins), in two steps.',
        description:
          'Without confirmCount nothing is revoked; the answer says how many keys match (a dry run). With confirmCount equal to the number that match now, they are revoked; a different number is a 409, so keys made or revoked in between are never revoked unseen. A prefix that every key made in the portal starts with (litemaas-) is a 400.',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  aliasPrefix: {
                    type: 'string',
                    minLength: 3,
                    maxLength: 100,
                  },
                  confirmCount: {
                    type: 'integer',
                    minimum: 0,
                    description:
                      'The number of matching keys the dry run reported.',
                  },
                },
                required: ['aliasPrefix'],
                additionalProperties: false,
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'How many keys match, and how many were revoked.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    matched: {
                      type: 'number',
                    },
                    revoked: {
                      type: 'number',
                    },
                    dryRun: {
                      type: 'boolean',
                    },
                  },
                  required: ['matched', 'revoked', 'dryRun'],
                  additionalProperties: false,
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
    '/keys/{id}': {
      get: {
        operationId: 'GetKey',
        summary: 'One key, with spend refreshed from LiteLLM.',
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              pattern: '^[0-9a-fA-F-]{36}$',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The key.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ApiKey',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      patch: {
        operationId: 'UpdateKey',
        summary: "Changes a key's name, models, limits or expiry.",
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              pattern: '^[0-9a-fA-F-]{36}$',
            },
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/UpdateKeyBody',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The key.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ApiKey',
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
    '/playground': {
      get: {
        operationId: 'GetPlaygroundSettings',
        summary: 'How the playground is set up, and whether it is on.',
        responses: {
          '200': {
            description: "The playground's settings.",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/PlaygroundSettings',
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
    '/playground/sessions': {
      post: {
        operationId: 'StartPlaygroundSession',
        summary:
          'A short-lived key for one model the caller has access to, for the browser to call the gateway with. Its value is in this response only.',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  model: {
                    type: 'string',
                    minLength: 1,
                    maxLength: 256,
                  },
                  componentRef: {
                    type: 'string',
                    minLength: 1,
                    maxLength: 512,
                    description:
                      "A catalog Component (component:ns/name) the session's spend counts for, owned by the caller or one of their teams; any for admins.",
                  },
                },
                required: ['model'],
                additionalProperties: false,
              },
            },
          },
        },
        responses: {
          '201': {
            description:
              "The session, the key's value and where to send requests.",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/StartedPlaygroundSession',
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
    '/playground/sessions/{id}': {
      delete: {
        operationId: 'EndPlaygroundSession',
        summary:
          'Ends a session; its key is revoked. Ending an ended session does nothing.',
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              pattern: '^[0-9a-fA-F-]{36}$',
            },
          },
        ],
        responses: {
          '204': {
            description: 'The session is over.',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/keys/{id}/rotate': {
      post: {
        operationId: 'RotateKey',
        summary:
          'A new value, shown once; the old one stops working now or after the grace period.',
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              pattern: '^[0-9a-fA-F-]{36}$',
            },
          },
        ],
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  gracePeriodHours: {
                    type: 'number',
                    minimum: 0,
                    maximum: 168,
                  },
                },
                additionalProperties: false,
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The key and its new value.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/IssuedKey',
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
    '/keys/{id}/revoke': {
      post: {
        operationId: 'RevokeKey',
        summary: 'Deletes the key in LiteLLM.',
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              pattern: '^[0-9a-fA-F-]{36}$',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The revoked key.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ApiKey',
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
    '/keys/{id}/block': {
      post: {
        operationId: 'BlockKey',
        summary: 'Blocks a key in LiteLLM (admins).',
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              pattern: '^[0-9a-fA-F-]{36}$',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The key.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ApiKey',
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
    '/keys/{id}/unblock': {
      post: {
        operationId: 'UnblockKey',
        summary: 'Unblocks a key in LiteLLM (admins).',
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              pattern: '^[0-9a-fA-F-]{36}$',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The key.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ApiKey',
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
    '/deliveries/{id}/claim': {
      post: {
        operationId: 'ClaimKeyDelivery',
        summary:
          "The values of a key delivery, once, to its owner with the link's token. Used, expired, or someone else's is a 404.",
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              pattern: '^[0-9a-f-]{36}$',
            },
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  token: {
                    type: 'string',
                    minLength: 20,
                    maxLength: 100,
                  },
                },
                required: ['token'],
                additionalProperties: false,
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The values; they are not kept.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    aliasPrefix: {
                      type: 'string',
                    },
                    keys: {
                      type: 'array',
                      items: {
                        type: 'object',
                        properties: {
                          participant: {
                            type: 'string',
                          },
                          alias: {
                            type: 'string',
                          },
                          value: {
                            type: 'string',
                          },
                        },
                        required: ['participant', 'alias', 'value'],
                        additionalProperties: false,
                      },
                    },
                  },
                  required: ['aliasPrefix', 'keys'],
                  additionalProperties: false,
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
    '/key-settings': {
      get: {
        operationId: 'GetKeyFormSettings',
        summary:
          'Defaults and maximums for new keys, for the key form (every signed-in user).',
        responses: {
          '200': {
            description: 'The settings.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/KeyPolicySettings',
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
    '/admin/key-settings': {
      get: {
        operationId: 'GetKeySettings',
        summary: 'Defaults and maximums for new keys, to edit them (admins).',
        responses: {
          '200': {
            description: 'The settings.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/KeyPolicySettings',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      put: {
        operationId: 'PutKeySettings',
        summary: 'Sets defaults and maximums for new keys (admins).',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/KeyPolicySettings',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The settings.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/KeyPolicySettings',
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
    '/admin/reconcile': {
      get: {
        operationId: 'GetReconcileStatus',
        summary:
          'The last key reconciliation, held-back actions and unmanaged keys (admins). Asks for a first run when there has been none.',
        responses: {
          '200': {
            description: 'The status.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ReconcileStatus',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      post: {
        operationId: 'ReconcileKeys',
        summary:
          'Asks for a key reconciliation now (admins). It runs as the scheduled task, on one replica; the answer is the status when it was asked.',
        responses: {
          '200': {
            description: 'The status.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ReconcileStatus',
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
    '/admin/reconcile/holds/confirm': {
      post: {
        operationId: 'ConfirmHeldActions',
        summary:
          'Carries out held-back repairs, each checked again first (admins).',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  ids: {
                    type: 'array',
                    minItems: 1,
                    maxItems: 5000,
                    items: {
                      type: 'string',
                      maxLength: 36,
                    },
                  },
                },
                required: ['ids'],
                additionalProperties: false,
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'What each action did.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/HeldActionResults',
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
    '/admin/reconcile/holds/dismiss': {
      post: {
        operationId: 'DismissHeldActions',
        summary:
          'Keeps things as they are; the actions are not proposed again (admins).',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  ids: {
                    type: 'array',
                    minItems: 1,
                    maxItems: 5000,
                    items: {
                      type: 'string',
                      maxLength: 36,
                    },
                  },
                },
                required: ['ids'],
                additionalProperties: false,
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'How many were dismissed.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    dismissed: {
                      type: 'number',
                    },
                  },
                  required: ['dismissed'],
                  additionalProperties: false,
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
    '/admin/reconcile/take-over': {
      post: {
        operationId: 'TakeOverInstance',
        summary:
          'States that this database is the one in charge of its install id, lifting a fence (admins). Only when the other copy is stopped or has its own instance id.',
        responses: {
          '204': {
            description: 'This database holds the lease.',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/admin/unmanaged-keys/{tokenHash}/adopt': {
      post: {
        operationId: 'AdoptKey',
        summary:
          'Takes a key made outside the portal under its management, for an owner (admins).',
        parameters: [
          {
            name: 'tokenHash',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              pattern: '^[0-9a-f]{64}$',
            },
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  ownerRef: {
                    type: 'string',
                    minLength: 1,
                    maxLength: 255,
                  },
                  name: {
                    type: 'string',
                    maxLength: 100,
                  },
                },
                required: ['ownerRef'],
                additionalProperties: false,
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The adopted key.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ApiKey',
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
    '/admin/unmanaged-keys/{tokenHash}/leave': {
      post: {
        operationId: 'LeaveKey',
        summary:
          'Leaves a key made outside the portal as it is, and off the waiting list (admins).',
        parameters: [
          {
            name: 'tokenHash',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              pattern: '^[0-9a-f]{64}$',
            },
          },
        ],
        responses: {
          '204': {
            description: 'Left alone.',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/usage': {
      get: {
        operationId: 'GetUsage',
        summary:
          'Usage over a range: totals, the previous period, and rows grouped by day, model, key, subject or provider.',
        parameters: [
          {
            name: 'from',
            in: 'query',
            required: true,
            schema: {
              type: 'string',
              pattern: '^\\d{4}-\\d{2}-\\d{2}$',
            },
          },
          {
            name: 'to',
            in: 'query',
            required: true,
            schema: {
              type: 'string',
              pattern: '^\\d{4}-\\d{2}-\\d{2}$',
            },
          },
          {
            name: 'scope',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              enum: ['mine', 'model', 'all'],
            },
          },
          {
            name: 'model',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              maxLength: 255,
            },
          },
          {
            name: 'outsidePortal',
            in: 'query',
            required: false,
            description: 'Only keys the portal has no record of.',
            schema: {
              type: 'string',
              enum: ['true', 'false'],
            },
          },
          {
            name: 'groupBy',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              enum: ['day', 'model', 'key', 'subject', 'provider'],
            },
          },
        ],
        responses: {
          '200': {
            description: 'Usage.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/UsageResponse',
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
    '/admin/usage/sync': {
      get: {
        operationId: 'GetUsageSyncStatus',
        summary: 'The last usage pull from LiteLLM (admins).',
        responses: {
          '200': {
            description: 'The status.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/UsageSyncStatus',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      post: {
        operationId: 'SyncUsage',
        summary:
          'Asks for a usage pull from LiteLLM now (admins). It runs as the scheduled task, on one replica; the answer is the status when it was asked.',
        responses: {
          '200': {
            description: 'The status.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/UsageSyncStatus',
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
    '/admin/grants/expiry': {
      get: {
        operationId: 'GetGrantExpiryStatus',
        summary: 'The last run of the grant expiry task (admins).',
        responses: {
          '200': {
            description: 'The status.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/GrantExpiryStatus',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      post: {
        operationId: 'RunGrantExpiry',
        summary:
          'Asks for a run of the grant expiry task now (admins). Grants past their end end, and subjects whose grants end within 7 or 1 days are told. It runs as the scheduled task, on one replica.',
        responses: {
          '200': {
            description: 'The status.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/GrantExpiryStatus',
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
    '/admin/grants/recertification': {
      get: {
        operationId: 'GetRecertificationTaskStatus',
        summary: 'The last run of the recertification deadline task (admins).',
        responses: {
          '200': {
            description: 'The status.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/RecertificationTaskStatus',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      post: {
        operationId: 'RunRecertificationTask',
        summary:
          'Asks for a run of the recertification deadline task now (admins). Reviewers of campaigns near their deadline are reminded; at the deadline, undecided grants end or are flagged.',
        responses: {
          '200': {
            description: 'The status.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/RecertificationTaskStatus',
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
    '/admin/usage/holds/{day}/accept': {
      post: {
        operationId: 'AcceptUsageHold',
        summary:
          "Accepts LiteLLM's smaller answer for a held-back day (admins); a usage pull is asked for at once and replaces the day with LiteLLM's answer, if LiteLLM still gives the same one.",
        parameters: [
          {
            name: 'day',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              pattern: '^\\d{4}-\\d{2}-\\d{2}$',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The usage sync status, with the holds left.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/UsageSyncStatus',
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
    '/admin/usage/holds/{day}/dismiss': {
      post: {
        operationId: 'DismissUsageHold',
        summary:
          "Keeps the portal's figures for a held-back day (admins). A later pull that answers less again is held again.",
        parameters: [
          {
            name: 'day',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              pattern: '^\\d{4}-\\d{2}-\\d{2}$',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The usage sync status, with the holds left.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/UsageSyncStatus',
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
    '/usage/catalog': {
      get: {
        operationId: 'GetCatalogSpend',
        summary:
          "Usage of keys tied to catalog Components, per Component, System or Domain, over whole UTC days (by default the last 30). Admins see every Component; others the Components they or their teams own. With entityRef, only the Components of that Component, System (its Components) or Domain (the Components of its Systems), with the spend per model too: for admins and that entity's owners (the caller or their teams); others get a 403, an unknown entity a 404.",
        parameters: [
          {
            name: 'from',
            in: 'query',
            schema: {
              type: 'string',
              pattern: '^\\d{4}-\\d{2}-\\d{2}$',
            },
          },
          {
            name: 'to',
            in: 'query',
            schema: {
              type: 'string',
              pattern: '^\\d{4}-\\d{2}-\\d{2}$',
            },
          },
          {
            name: 'groupBy',
            in: 'query',
            schema: {
              type: 'string',
              enum: ['component', 'system', 'domain'],
            },
          },
          {
            name: 'entityRef',
            in: 'query',
            schema: {
              type: 'string',
              minLength: 1,
              maxLength: 512,
            },
          },
        ],
        responses: {
          '200': {
            description: 'The spend per group.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/CatalogSpendReport',
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
    '/usage/focus': {
      get: {
        operationId: 'ExportFocus',
        summary:
          "Usage as a FinOps FOCUS dataset (admins): one row per UTC day, key and model, with its cost, tokens, and tags naming the key's owner and the catalog Component, System and Domain it is tied to. By default the last 31 days, at most 366.",
        parameters: [
          {
            name: 'from',
            in: 'query',
            schema: {
              type: 'string',
              pattern: '^\\d{4}-\\d{2}-\\d{2}$',
            },
          },
          {
            name: 'to',
            in: 'query',
            schema: {
              type: 'string',
              pattern: '^\\d{4}-\\d{2}-\\d{2}$',
            },
          },
          {
            name: 'format',
            in: 'query',
            schema: {
              type: 'string',
              enum: ['csv', 'json'],
            },
          },
        ],
        responses: {
          '200': {
            description: 'The rows, as CSV or a JSON array.',
            content: {
              'text/csv': {
                schema: {
                  type: 'string',
                },
              },
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    type: 'object',
                  },
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
    '/usage/export': {
      get: {
        operationId: 'ExportUsage',
        summary: 'The daily rows behind a usage view, streamed as CSV or JSON.',
        parameters: [
          {
            name: 'from',
            in: 'query',
            required: true,
            schema: {
              type: 'string',
              pattern: '^\\d{4}-\\d{2}-\\d{2}$',
            },
          },
          {
            name: 'to',
            in: 'query',
            required: true,
            schema: {
              type: 'string',
              pattern: '^\\d{4}-\\d{2}-\\d{2}$',
            },
          },
          {
            name: 'scope',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              enum: ['mine', 'model', 'all'],
            },
          },
          {
            name: 'model',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              maxLength: 255,
            },
          },
          {
            name: 'outsidePortal',
            in: 'query',
            required: false,
            description: 'Only keys the portal has no record of.',
            schema: {
              type: 'string',
              enum: ['true', 'false'],
            },
          },
          {
            name: 'format',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              enum: ['csv', 'json'],
            },
          },
        ],
        responses: {
          '200': {
            description: 'The rows, streamed.',
            content: {
              'text/csv': {
                schema: {
                  type: 'string',
                },
              },
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    type: 'object',
                  },
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
    '/audit': {
      get: {
        operationId: 'ListAuditEvents',
        summary:
          'The audit trail, newest first - every event for admins, the events about their models for model owners (403 for others). Filters combine with AND.',
        parameters: [
          {
            name: 'action',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              maxLength: 100,
            },
          },
          {
            name: 'actorRef',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              maxLength: 255,
            },
          },
          {
            name: 'subjectRef',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              maxLength: 255,
            },
          },
          {
            name: 'modelName',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              maxLength: 255,
            },
          },
          {
            name: 'outcome',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              enum: ['succeeded', 'failed'],
            },
          },
          {
            name: 'from',
            in: 'query',
            required: false,
            description: 'From this instant (ISO 8601), inclusive.',
            schema: {
              type: 'string',
              maxLength: 40,
            },
          },
          {
            name: 'to',
            in: 'query',
            required: false,
            description: 'Until this instant (ISO 8601), exclusive.',
            schema: {
              type: 'string',
              maxLength: 40,
            },
          },
          {
            name: 'search',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              maxLength: 200,
            },
          },
          {
            name: 'limit',
            in: 'query',
            required: false,
            description: 'At most this many items (default 500, at most 1000).',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 1000,
            },
          },
          {
            name: 'offset',
            in: 'query',
            required: false,
            description: 'Items to skip, for the next page.',
            schema: {
              type: 'integer',
              minimum: 0,
            },
          },
        ],
        responses: {
          '200': {
            description:
              'One page of the matching events, and how many match in all.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/AuditEventPage',
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
    '/audit/export': {
      get: {
        operationId: 'ExportAuditEvents',
        summary:
          'The matching events, streamed as CSV or JSON, newest first (same access as the list).',
        parameters: [
          {
            name: 'action',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              maxLength: 100,
            },
          },
          {
            name: 'actorRef',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              maxLength: 255,
            },
          },
          {
            name: 'subjectRef',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              maxLength: 255,
            },
          },
          {
            name: 'modelName',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              maxLength: 255,
            },
          },
          {
            name: 'outcome',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              enum: ['succeeded', 'failed'],
            },
          },
          {
            name: 'from',
            in: 'query',
            required: false,
            description: 'From this instant (ISO 8601), inclusive.',
            schema: {
              type: 'string',
              maxLength: 40,
            },
          },
          {
            name: 'to',
            in: 'query',
            required: false,
            description: 'Until this instant (ISO 8601), exclusive.',
            schema: {
              type: 'string',
              maxLength: 40,
            },
          },
          {
            name: 'search',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              maxLength: 200,
            },
          },
          {
            name: 'format',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              enum: ['csv', 'json'],
            },
          },
        ],
        responses: {
          '200': {
            description: 'The events, streamed.',
            content: {
              'text/csv': {
                schema: {
                  type: 'string',
                },
              },
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/AuditEvent',
                  },
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
    '/models/lifecycle': {
      get: {
        operationId: 'GetModelLifecycle',
        summary:
          'Every model deprecated or retired, with its replacement and date: what the catalog shows (users and services).',
        responses: {
          '200': {
            description: 'The models.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ModelLifecycleResponse',
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
    '/deprecations': {
      get: {
        operationId: 'ListDeprecations',
        summary:
          'The deprecation campaigns of the models the caller reviews (admins: all), with their progress.',
        responses: {
          '200': {
            description: 'The campaigns, soonest retirement first.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    items: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/DeprecationCampaign',
                      },
                    },
                  },
                  required: ['items'],
                  additionalProperties: false,
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
    '/deprecations/{name}': {
      get: {
        operationId: 'GetDeprecation',
        summary:
          "A model's campaign with its holders and whether each has moved, and the Components tied to their keys (admins and the model's owners).",
        responses: {
          '200': {
            description: 'The campaign.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/DeprecationDetail',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
        parameters: [
          {
            $ref: '#/components/parameters/modelName',
          },
        ],
      },
      put: {
        operationId: 'DeprecateModel',
        summary:
          'Marks a model deprecated with a replacement and a retirement date, or changes its campaign (admins). Holders are told when it starts.',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  replacement: {
                    type: 'string',
                    maxLength: 255,
                  },
                  retireAt: {
                    type: 'string',
                    minLength: 1,
                    maxLength: 64,
                  },
                  note: {
                    type: 'string',
                    maxLength: 2000,
                  },
                },
                required: ['retireAt'],
                additionalProperties: false,
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The campaign.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/DeprecationCampaign',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
        parameters: [
          {
            $ref: '#/components/parameters/modelName',
          },
        ],
      },
      delete: {
        operationId: 'CancelDeprecation',
        summary:
          'Ends the campaign: the model is offered again (admins). Grants a retirement ended stay ended.',
        responses: {
          '204': {
            description: 'Cancelled.',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
        parameters: [
          {
            $ref: '#/components/parameters/modelName',
          },
        ],
      },
    },
    '/deprecations/{name}/retire': {
      post: {
        operationId: 'RetireModelNow',
        summary:
          'Retires a deprecated model now (admins): its grants end and it leaves every key. The body names the model again.',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  confirm: {
                    type: 'string',
                    maxLength: 255,
                  },
                },
                required: ['confirm'],
                additionalProperties: false,
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The campaign after the retirement.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/DeprecationDetail',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
        parameters: [
          {
            $ref: '#/components/parameters/modelName',
          },
        ],
      },
    },
    '/deprecations/{name}/remind': {
      post: {
        operationId: 'RemindDeprecation',
        summary:
          "Reminds every holder who has not moved, now (admins and the model's owners).",
        responses: {
          '200': {
            description: 'How many were reminded.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    reminded: {
                      type: 'integer',
                    },
                  },
                  required: ['reminded'],
                  additionalProperties: false,
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
        parameters: [
          {
            $ref: '#/components/parameters/modelName',
          },
        ],
      },
    },
    '/admin/deprecations/run': {
      get: {
        operationId: 'GetDeprecationTaskStatus',
        summary: 'The last run of the deprecation task (admins).',
        responses: {
          '200': {
            description: 'The status.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/DeprecationTaskStatus',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      post: {
        operationId: 'RunDeprecationTask',
        summary:
          'Asks for a run of the deprecation task now (admins): announcements and reminders due go out, and models past their date retire.',
        responses: {
          '200': {
            description: 'The status.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/DeprecationTaskStatus',
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
    '/recertifications': {
      get: {
        operationId: 'ListRecertifications',
        summary:
          'Recertification campaigns over models the caller reviews, newest first, with progress.',
        responses: {
          '200': {
            description: 'The campaigns.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    items: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/RecertificationCampaign',
                      },
                    },
                  },
                  required: ['items'],
                  additionalProperties: false,
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      post: {
        operationId: 'StartRecertification',
        summary:
          'Starts a campaign over the active grants of models the caller reviews (all of them by default); their owners are told.',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  name: {
                    type: 'string',
                    maxLength: 255,
                  },
                  modelNames: {
                    type: 'array',
                    maxItems: 500,
                    items: {
                      type: 'string',
                      minLength: 1,
                      maxLength: 255,
                    },
                  },
                  deadline: {
                    type: 'string',
                    format: 'date-time',
                  },
                  onDeadline: {
                    type: 'string',
                    enum: ['end', 'flag'],
                  },
                },
                required: ['deadline'],
                additionalProperties: false,
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The campaign and its grants.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/RecertificationDetail',
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
    '/recertifications/{campaignId}': {
      get: {
        operationId: 'GetRecertification',
        summary:
          'A campaign with the grants the caller reviews, each with its last use and 90-day spend.',
        parameters: [
          {
            name: 'campaignId',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The campaign.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/RecertificationDetail',
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
    '/recertifications/{campaignId}/decisions': {
      post: {
        operationId: 'DecideRecertification',
        summary:
          'Keeps or ends grants of an open campaign; each succeeds or fails on its own. An ended grant is revoked and its keys follow.',
        parameters: [
          {
            name: 'campaignId',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  decisions: {
                    type: 'array',
                    minItems: 1,
                    maxItems: 500,
                    items: {
                      type: 'object',
                      properties: {
                        requestId: {
                          type: 'string',
                        },
                        decision: {
                          type: 'string',
                          enum: ['keep', 'end'],
                        },
                        reason: {
                          type: 'string',
                          maxLength: 2000,
                        },
                      },
                      required: ['requestId', 'decision'],
                      additionalProperties: false,
                    },
                  },
                },
                required: ['decisions'],
                additionalProperties: false,
              },
            },
          },
        },
        responses: {
          '200': {
            description:
              'One result per decision, and the campaign after them.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    results: {
                      type: 'array',
                      items: {
                        type: 'object',
                        properties: {
                          requestId: {
                            type: 'string',
                          },
                          ok: {
                            type: 'boolean',
                          },
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
                            additionalProperties: false,
                          },
                        },
                        required: ['requestId', 'ok'],
                        additionalProperties: false,
                      },
                    },
                    detail: {
                      $ref: '#/components/schemas/RecertificationDetail',
                    },
                  },
                  required: ['results', 'detail'],
                  additionalProperties: false,
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
    '/recertifications/{campaignId}/export': {
      get: {
        operationId: 'ExportRecertification',
        summary:
          "The campaign's decisions, for auditors, as CSV or JSON (the caller's part of it).",
        parameters: [
          {
            name: 'campaignId',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'format',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              enum: ['csv', 'json'],
            },
          },
        ],
        responses: {
          '200': {
            description: 'The decisions, streamed.',
            content: {
              'text/csv': {
                schema: {
                  type: 'string',
                },
              },
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    type: 'object',
                  },
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
    '/keys/{id}/top-ups': {
      get: {
        operationId: 'ListKeyTopUps',
        summary:
          "A key's budget top-ups, newest first (whoever may read the key).",
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The top-ups.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/BudgetTopUpList',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      post: {
        operationId: 'RequestKeyTopUp',
        summary:
          "The key's owner asks for more budget for a while; an admin or the owners of every model on the key decide.",
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  amount: {
                    type: 'number',
                    exclusiveMinimum: 0,
                  },
                  days: {
                    type: 'integer',
                    minimum: 1,
                    maximum: 90,
                  },
                  justification: {
                    type: 'string',
                    minLength: 1,
                    maxLength: 2000,
                  },
                },
                required: ['amount', 'days', 'justification'],
                additionalProperties: false,
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The top-up, pending.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/BudgetTopUp',
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
    '/top-ups': {
      get: {
        operationId: 'ListTopUps',
        summary:
          "The caller's and their teams' top-ups of keys and team budgets (scope=mine), those they may decide (scope=review), or everyone's (scope=all, admins).",
        parameters: [
          {
            name: 'scope',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              enum: ['mine', 'review', 'all'],
            },
          },
          {
            name: 'status',
            in: 'query',
            required: false,
            schema: {
              type: 'array',
              items: {
                $ref: '#/components/schemas/BudgetTopUpStatus',
              },
            },
            style: 'form',
            explode: false,
          },
        ],
        responses: {
          '200': {
            description: 'The top-ups, newest first.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/BudgetTopUpList',
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
    '/teams/top-ups': {
      post: {
        operationId: 'RequestTeamTopUp',
        summary:
          'A member of a team whose LiteLLM team has a budget asks for more for a while; an admin decides.',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  teamRef: {
                    type: 'string',
                    minLength: 1,
                    maxLength: 255,
                  },
                  amount: {
                    type: 'number',
                    exclusiveMinimum: 0,
                  },
                  days: {
                    type: 'integer',
                    minimum: 1,
                    maximum: 90,
                  },
                  justification: {
                    type: 'string',
                    minLength: 1,
                    maxLength: 2000,
                  },
                },
                required: ['teamRef', 'amount', 'days', 'justification'],
                additionalProperties: false,
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The top-up, pending.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/BudgetTopUp',
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
    '/top-ups/{topUpId}/approve': {
      post: {
        operationId: 'ApproveTopUp',
        summary:
          "Raises the key's budget in LiteLLM by the amount (as asked, or as given) for the period.",
        parameters: [
          {
            name: 'topUpId',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  amount: {
                    type: 'number',
                    exclusiveMinimum: 0,
                  },
                  days: {
                    type: 'integer',
                    minimum: 1,
                    maximum: 90,
                  },
                  reason: {
                    type: 'string',
                    maxLength: 2000,
                  },
                },
                additionalProperties: false,
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The top-up, active.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/BudgetTopUp',
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
    '/top-ups/{topUpId}/deny': {
      post: {
        operationId: 'DenyTopUp',
        summary: 'Refuses a top-up; the reason is mandatory.',
        parameters: [
          {
            name: 'topUpId',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/ReasonBody',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The top-up, denied.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/BudgetTopUp',
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
    '/top-ups/{topUpId}/cancel': {
      post: {
        operationId: 'CancelTopUp',
        summary: "The key's owner withdraws a pending top-up.",
        parameters: [
          {
            name: 'topUpId',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The top-up, cancelled.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/BudgetTopUp',
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
    '/admin/offboarding': {
      get: {
        operationId: 'ListDepartures',
        summary:
          'Users with access who are missing from the catalog, and where their offboarding stands (admins).',
        responses: {
          '200': {
            description: 'The departures, newest first.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    items: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/Departure',
                      },
                    },
                  },
                  required: ['items'],
                  additionalProperties: false,
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
    '/admin/offboarding/keep': {
      post: {
        operationId: 'KeepDeparture',
        summary:
          "Keeps a suspected or departing user's personal keys and grants (admins).",
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  subjectRef: {
                    type: 'string',
                    minLength: 1,
                    maxLength: 255,
                  },
                },
                required: ['subjectRef'],
                additionalProperties: false,
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The departure, kept.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Departure',
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
    '/admin/offboarding/run': {
      get: {
        operationId: 'GetOffboardingTaskStatus',
        summary: 'The last run of the offboarding task (admins).',
        responses: {
          '200': {
            description: 'The status.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/OffboardingTaskStatus',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      post: {
        operationId: 'RunOffboardingTask',
        summary:
          'Asks for a run of the offboarding task now (admins). It runs as the scheduled task, on one replica.',
        responses: {
          '200': {
            description: 'The status.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/OffboardingTaskStatus',
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
    '/admin/top-ups/run': {
      get: {
        operationId: 'GetTopUpTaskStatus',
        summary: 'The last run of the top-up task (admins).',
        responses: {
          '200': {
            description: 'The status.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/TopUpTaskStatus',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      post: {
        operationId: 'RunTopUpTask',
        summary:
          'Asks for a run of the top-up task now (admins): budgets of top-ups past their period fall back. It runs as the scheduled task, on one replica.',
        responses: {
          '200': {
            description: 'The status.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/TopUpTaskStatus',
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
    '/teams/budgets': {
      get: {
        operationId: 'ListTeamBudgets',
        summary:
          "Budgets of LiteLLM teams (catalog groups) - the caller's, or all (admins).",
        parameters: [
          {
            name: 'scope',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              enum: ['mine', 'all'],
            },
          },
        ],
        responses: {
          '200': {
            description: "The teams' budgets and spend, from LiteLLM.",
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    items: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/TeamBudget',
                      },
                    },
                  },
                  required: ['items'],
                  additionalProperties: false,
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      put: {
        operationId: 'SetTeamBudget',
        summary:
          "Sets (or with maxBudget null removes) a team's budget in LiteLLM (admins).",
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/TeamBudgetUpdate',
              },
            },
          },
        },
        responses: {
          '200': {
            description: "The team's budget as LiteLLM now has it.",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/TeamBudget',
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
    parameters: {
      modelName: {
        name: 'name',
        in: 'path',
        required: true,
        schema: {
          type: 'string',
          minLength: 1,
          maxLength: 255,
          pattern: '^[^\\u0000-\\u001f\\u007f]+$',
        },
      },
      requestId: {
        name: 'id',
        in: 'path',
        required: true,
        schema: {
          type: 'string',
          pattern: '^[0-9a-fA-F-]{36}$',
        },
      },
    },
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
      AccessRequestResponse: {
        description: 'The request after the change.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/AccessRequest',
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
          circuit: {
            type: 'object',
            description:
              "The portal's circuit breaker on LiteLLM: open while calls are refused without being sent, half-open when the next call is a trial.",
            properties: {
              state: {
                type: 'string',
                enum: ['closed', 'open', 'half-open'],
              },
              failures: {
                type: 'integer',
                minimum: 0,
              },
              since: {
                type: 'string',
                format: 'date-time',
              },
              retryAt: {
                type: 'string',
                format: 'date-time',
              },
            },
            required: ['state', 'failures'],
            additionalProperties: false,
          },
        },
        required: ['reachable', 'url', 'circuit'],
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
      AccessPolicy: {
        type: 'string',
        enum: ['open', 'restricted', 'hidden'],
      },
      AccessStatus: {
        type: 'string',
        enum: [
          'pending',
          'granted',
          'denied',
          'cancelled',
          'revoked',
          'expired',
        ],
      },
      AccessLimits: {
        type: 'object',
        properties: {
          tpm: {
            type: 'integer',
            minimum: 0,
            description: 'Tokens per minute.',
          },
          rpm: {
            type: 'integer',
            minimum: 0,
            description: 'Requests per minute.',
          },
          maxBudget: {
            type: 'number',
            minimum: 0,
            description: 'USD per budget period.',
          },
          budgetDuration: {
            type: 'string',
            pattern: '^\\d+(s|m|h|d|w|mo)$',
            description: 'LiteLLM duration, e.g. 30d or 1mo.',
          },
        },
        additionalProperties: false,
      },
      Model: {
        type: 'object',
        properties: {
          name: {
            type: 'string',
          },
          deploymentIds: {
            type: 'array',
            items: {
              type: 'string',
            },
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
          apiBase: {
            type: 'string',
          },
          available: {
            type: 'boolean',
          },
          lastSeenAt: {
            type: 'string',
            format: 'date-time',
          },
          accessPolicy: {
            $ref: '#/components/schemas/AccessPolicy',
          },
          ownerRef: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          defaultLimits: {
            $ref: '#/components/schemas/AccessLimits',
          },
          maxGrantDays: {
            type: 'integer',
            minimum: 1,
          },
          myAccess: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                id: {
                  type: 'string',
                },
                status: {
                  $ref: '#/components/schemas/AccessStatus',
                },
                subjectRef: {
                  type: 'string',
                },
              },
              required: ['id', 'status', 'subjectRef'],
              additionalProperties: false,
            },
          },
          canReview: {
            type: 'boolean',
          },
          deprecation: {
            $ref: '#/components/schemas/ModelDeprecationInfo',
          },
        },
        required: [
          'name',
          'deploymentIds',
          'provider',
          'providerModel',
          'capabilities',
          'available',
          'lastSeenAt',
          'accessPolicy',
          'defaultLimits',
          'myAccess',
          'canReview',
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
      ModelDetailResponse: {
        type: 'object',
        properties: {
          model: {
            $ref: '#/components/schemas/Model',
          },
          endpointBaseUrl: {
            type: 'string',
          },
        },
        required: ['model'],
        additionalProperties: false,
      },
      ModelPolicyInput: {
        type: 'object',
        properties: {
          accessPolicy: {
            $ref: '#/components/schemas/AccessPolicy',
          },
          ownerRef: {
            type: 'string',
            maxLength: 255,
          },
          description: {
            type: 'string',
            maxLength: 4000,
          },
          defaultLimits: {
            $ref: '#/components/schemas/AccessLimits',
          },
          maxGrantDays: {
            type: ['integer', 'null'],
            minimum: 1,
            maximum: 3650,
            description:
              'Every grant ends at most this many days after it is granted or extended; null removes the limit.',
          },
        },
        additionalProperties: false,
      },
      ModelRegistration: {
        type: 'object',
        properties: {
          name: {
            type: 'string',
            minLength: 1,
            maxLength: 128,
          },
          providerModel: {
            type: 'string',
            minLength: 3,
            maxLength: 255,
          },
          apiBase: {
            type: 'string',
            maxLength: 2048,
          },
          apiKey: {
            type: 'string',
            maxLength: 4096,
          },
          inputPricePer1M: {
            type: 'number',
            minimum: 0,
          },
          outputPricePer1M: {
            type: 'number',
            minimum: 0,
          },
          contextWindow: {
            type: 'integer',
            minimum: 0,
          },
          maxOutputTokens: {
            type: 'integer',
            minimum: 0,
          },
          mode: {
            type: 'string',
            enum: [
              'chat',
              'completion',
              'embedding',
              'image_generation',
              'audio_transcription',
              'audio_speech',
              'rerank',
              'responses',
            ],
          },
          capabilities: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          tpm: {
            type: 'integer',
            minimum: 0,
          },
          rpm: {
            type: 'integer',
            minimum: 0,
          },
          accessPolicy: {
            $ref: '#/components/schemas/AccessPolicy',
          },
          ownerRef: {
            type: 'string',
            maxLength: 255,
          },
          description: {
            type: 'string',
            maxLength: 4000,
          },
          defaultLimits: {
            $ref: '#/components/schemas/AccessLimits',
          },
        },
        required: ['name', 'providerModel'],
        additionalProperties: false,
      },
      ConnectionTestResult: {
        type: 'object',
        properties: {
          ok: {
            type: 'boolean',
          },
          latencyMs: {
            type: 'number',
          },
          message: {
            type: 'string',
          },
          models: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
        },
        required: ['ok', 'latencyMs', 'message'],
        additionalProperties: false,
      },
      AccessRequest: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
          },
          modelName: {
            type: 'string',
          },
          subjectRef: {
            type: 'string',
          },
          requestedBy: {
            type: 'string',
          },
          justification: {
            type: 'string',
          },
          status: {
            $ref: '#/components/schemas/AccessStatus',
          },
          limits: {
            $ref: '#/components/schemas/AccessLimits',
          },
          createdAt: {
            type: 'string',
          },
          updatedAt: {
            type: 'string',
          },
          decidedBy: {
            type: 'string',
          },
          decidedAt: {
            type: 'string',
          },
          decisionReason: {
            type: 'string',
          },
          expiresAt: {
            type: 'string',
          },
          extension: {
            type: 'object',
            properties: {
              until: {
                type: 'string',
              },
              justification: {
                type: 'string',
              },
              requestedBy: {
                type: 'string',
              },
              requestedAt: {
                type: 'string',
              },
            },
            required: ['until', 'requestedBy', 'requestedAt'],
            additionalProperties: false,
          },
          approvals: {
            type: 'object',
            description: 'Set when an approval rule asks for two approvals.',
            properties: {
              required: {
                type: 'integer',
              },
              approvedBy: {
                type: 'array',
                items: {
                  type: 'string',
                },
              },
              rule: {
                type: 'string',
              },
            },
            required: ['required', 'approvedBy'],
            additionalProperties: false,
          },
          escalatedAt: {
            type: 'string',
          },
        },
        required: [
          'id',
          'modelName',
          'subjectRef',
          'requestedBy',
          'status',
          'limits',
          'createdAt',
          'updatedAt',
        ],
        additionalProperties: false,
      },
      AccessEvent: {
        type: 'object',
        properties: {
          requestId: {
            type: 'string',
          },
          at: {
            type: 'string',
          },
          actorRef: {
            type: 'string',
          },
          action: {
            type: 'string',
            enum: [
              'requested',
              'granted',
              'denied',
              'cancelled',
              'review-requested',
              'revoked',
              'moved-to-review',
              'limits-changed',
              'expired',
              'extension-requested',
              'extended',
              'extension-denied',
              'end-set',
              'approval-recorded',
              'escalated',
              'rule-skipped',
            ],
          },
          fromStatus: {
            $ref: '#/components/schemas/AccessStatus',
          },
          toStatus: {
            $ref: '#/components/schemas/AccessStatus',
          },
          reason: {
            type: 'string',
          },
        },
        required: ['requestId', 'at', 'actorRef', 'action', 'toStatus'],
        additionalProperties: false,
      },
      AccessRequestListResponse: {
        type: 'object',
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/AccessRequest',
            },
          },
          total: {
            type: 'number',
            description:
              'How many match in all; more than items when there are more pages.',
          },
          offset: {
            type: 'number',
          },
          limit: {
            type: 'number',
          },
        },
        required: ['items', 'total', 'offset', 'limit'],
        additionalProperties: false,
      },
      AccessRequestDetailResponse: {
        type: 'object',
        properties: {
          request: {
            $ref: '#/components/schemas/AccessRequest',
          },
          history: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/AccessEvent',
            },
          },
        },
        required: ['request', 'history'],
        additionalProperties: false,
      },
      CreateAccessRequestBody: {
        type: 'object',
        properties: {
          modelName: {
            type: 'string',
            minLength: 1,
            maxLength: 255,
          },
          subjectRef: {
            type: 'string',
            maxLength: 255,
          },
          justification: {
            type: 'string',
            maxLength: 2000,
          },
          limits: {
            $ref: '#/components/schemas/AccessLimits',
          },
          expiresAt: {
            type: 'string',
            format: 'date-time',
            description:
              'When the grant should end; required within maxGrantDays when the model sets one.',
          },
        },
        required: ['modelName'],
        additionalProperties: false,
      },
      ReasonBody: {
        type: 'object',
        properties: {
          reason: {
            type: 'string',
            minLength: 1,
            maxLength: 2000,
          },
        },
        required: ['reason'],
        additionalProperties: false,
      },
      BulkDecisionBody: {
        type: 'object',
        properties: {
          ids: {
            type: 'array',
            minItems: 1,
            maxItems: 500,
            items: {
              type: 'string',
            },
          },
          decision: {
            type: 'string',
            enum: ['approve', 'deny'],
          },
          reason: {
            type: 'string',
            maxLength: 2000,
          },
          limits: {
            $ref: '#/components/schemas/AccessLimits',
          },
        },
        required: ['ids', 'decision'],
        additionalProperties: false,
      },
      RecertificationCampaign: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          modelNames: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          createdBy: {
            type: 'string',
          },
          createdAt: {
            type: 'string',
          },
          deadline: {
            type: 'string',
          },
          onDeadline: {
            type: 'string',
            enum: ['end', 'flag'],
          },
          status: {
            type: 'string',
            enum: ['open', 'closed'],
          },
          closedAt: {
            type: 'string',
          },
          progress: {
            type: 'object',
            properties: {
              total: {
                type: 'number',
              },
              pending: {
                type: 'number',
              },
              keep: {
                type: 'number',
              },
              end: {
                type: 'number',
              },
              expired: {
                type: 'number',
              },
              flagged: {
                type: 'number',
              },
              gone: {
                type: 'number',
              },
            },
            required: [
              'total',
              'pending',
              'keep',
              'end',
              'expired',
              'flagged',
              'gone',
            ],
            additionalProperties: false,
          },
        },
        required: [
          'id',
          'name',
          'modelNames',
          'createdBy',
          'createdAt',
          'deadline',
          'onDeadline',
          'status',
          'progress',
        ],
        additionalProperties: false,
      },
      RecertificationDetail: {
        type: 'object',
        properties: {
          campaign: {
            $ref: '#/components/schemas/RecertificationCampaign',
          },
          items: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                requestId: {
                  type: 'string',
                },
                subjectRef: {
                  type: 'string',
                },
                modelName: {
                  type: 'string',
                },
                limits: {
                  $ref: '#/components/schemas/AccessLimits',
                },
                grantedAt: {
                  type: 'string',
                },
                expiresAt: {
                  type: 'string',
                },
                decision: {
                  type: 'string',
                  enum: [
                    'pending',
                    'keep',
                    'end',
                    'expired',
                    'flagged',
                    'gone',
                  ],
                },
                decidedBy: {
                  type: 'string',
                },
                decidedAt: {
                  type: 'string',
                },
                reason: {
                  type: 'string',
                },
                lastUsedDay: {
                  type: 'string',
                },
                spend90d: {
                  type: 'number',
                },
                requests90d: {
                  type: 'number',
                },
              },
              required: [
                'requestId',
                'subjectRef',
                'modelName',
                'limits',
                'decision',
                'spend90d',
                'requests90d',
              ],
              additionalProperties: false,
            },
          },
        },
        required: ['campaign', 'items'],
        additionalProperties: false,
      },
      BudgetTopUpStatus: {
        type: 'string',
        enum: [
          'pending',
          'applying',
          'active',
          'ending',
          'ended',
          'denied',
          'cancelled',
        ],
      },
      BudgetTopUp: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
          },
          keyId: {
            type: 'string',
          },
          keyName: {
            type: 'string',
          },
          teamRef: {
            type: 'string',
          },
          subjectRef: {
            type: 'string',
          },
          requestedBy: {
            type: 'string',
          },
          amount: {
            type: 'number',
          },
          days: {
            type: 'number',
          },
          justification: {
            type: 'string',
          },
          status: {
            $ref: '#/components/schemas/BudgetTopUpStatus',
          },
          createdAt: {
            type: 'string',
          },
          decidedBy: {
            type: 'string',
          },
          decidedAt: {
            type: 'string',
          },
          decisionReason: {
            type: 'string',
          },
          baseBudget: {
            type: 'number',
          },
          appliedAt: {
            type: 'string',
          },
          endsAt: {
            type: 'string',
          },
          endedAt: {
            type: 'string',
          },
        },
        required: [
          'id',
          'keyName',
          'subjectRef',
          'requestedBy',
          'amount',
          'days',
          'status',
          'createdAt',
        ],
        additionalProperties: false,
      },
      BudgetTopUpList: {
        type: 'object',
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/BudgetTopUp',
            },
          },
        },
        required: ['items'],
        additionalProperties: false,
      },
      TopUpTaskStatus: {
        allOf: [
          {
            $ref: '#/components/schemas/TaskStatusFields',
          },
          {
            type: 'object',
            properties: {
              report: {
                type: 'object',
                properties: {
                  ended: {
                    type: 'number',
                  },
                  recovered: {
                    type: 'number',
                  },
                  failed: {
                    type: 'number',
                  },
                },
                required: ['ended', 'recovered', 'failed'],
              },
            },
          },
        ],
      },
      Departure: {
        type: 'object',
        properties: {
          subjectRef: {
            type: 'string',
          },
          status: {
            type: 'string',
            enum: ['suspected', 'departing', 'offboarded', 'kept'],
          },
          firstMissingAt: {
            type: 'string',
          },
          confirmedAt: {
            type: 'string',
          },
          offboardAt: {
            type: 'string',
          },
          offboardedAt: {
            type: 'string',
          },
          keysRevoked: {
            type: 'number',
          },
          grantsEnded: {
            type: 'number',
          },
          keptBy: {
            type: 'string',
          },
        },
        required: ['subjectRef', 'status', 'firstMissingAt'],
        additionalProperties: false,
      },
      OffboardingTaskStatus: {
        allOf: [
          {
            $ref: '#/components/schemas/TaskStatusFields',
          },
          {
            type: 'object',
            properties: {
              report: {
                type: 'object',
                properties: {
                  checked: {
                    type: 'number',
                  },
                  missing: {
                    type: 'number',
                  },
                  confirmed: {
                    type: 'number',
                  },
                  offboarded: {
                    type: 'number',
                  },
                  returned: {
                    type: 'number',
                  },
                  heldBack: {
                    type: 'string',
                  },
                },
                required: [
                  'checked',
                  'missing',
                  'confirmed',
                  'offboarded',
                  'returned',
                ],
              },
            },
          },
        ],
      },
      BulkDecisionResponse: {
        type: 'object',
        properties: {
          results: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                id: {
                  type: 'string',
                },
                ok: {
                  type: 'boolean',
                },
                request: {
                  $ref: '#/components/schemas/AccessRequest',
                },
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
                  additionalProperties: false,
                },
              },
              required: ['id', 'ok'],
              additionalProperties: false,
            },
          },
        },
        required: ['results'],
        additionalProperties: false,
      },
      KeyLimits: {
        type: 'object',
        properties: {
          maxBudget: {
            type: 'number',
            minimum: 0,
          },
          budgetDuration: {
            type: 'string',
            pattern: '^\\d+(s|m|h|d|w|mo)$',
          },
          softBudget: {
            type: 'number',
            minimum: 0,
          },
          tpm: {
            type: 'integer',
            minimum: 0,
          },
          rpm: {
            type: 'integer',
            minimum: 0,
          },
          maxParallelRequests: {
            type: 'integer',
            minimum: 0,
          },
          modelTpm: {
            type: 'object',
            additionalProperties: {
              type: 'integer',
              minimum: 0,
            },
          },
          modelRpm: {
            type: 'object',
            additionalProperties: {
              type: 'integer',
              minimum: 0,
            },
          },
        },
        additionalProperties: false,
      },
      ApiKey: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          alias: {
            type: 'string',
          },
          subjectRef: {
            type: 'string',
          },
          createdBy: {
            type: 'string',
          },
          origin: {
            type: 'string',
            enum: ['portal', 'provisioned', 'adopted', 'playground'],
          },
          status: {
            type: 'string',
            enum: [
              'creating',
              'active',
              'expiring-soon',
              'expired',
              'blocked',
              'over-budget',
              'revoking',
              'revoked',
              'failed',
            ],
          },
          prefix: {
            type: 'string',
          },
          models: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          limits: {
            $ref: '#/components/schemas/KeyLimits',
          },
          spend: {
            type: 'number',
          },
          budgetResetAt: {
            type: 'string',
          },
          blocked: {
            type: 'boolean',
          },
          expiresAt: {
            type: 'string',
          },
          createdAt: {
            type: 'string',
          },
          updatedAt: {
            type: 'string',
          },
          revokedAt: {
            type: 'string',
          },
          previousValueValidUntil: {
            type: 'string',
          },
          componentRef: {
            type: 'string',
            description: 'The catalog Component whose spend this key is.',
          },
        },
        required: [
          'id',
          'name',
          'alias',
          'subjectRef',
          'createdBy',
          'origin',
          'status',
          'models',
          'limits',
          'spend',
          'blocked',
          'createdAt',
          'updatedAt',
        ],
        additionalProperties: false,
      },
      AuditEvent: {
        type: 'object',
        description: 'One governance action; never a secret.',
        properties: {
          id: {
            type: 'string',
          },
          at: {
            type: 'string',
            format: 'date-time',
          },
          action: {
            type: 'string',
          },
          outcome: {
            type: 'string',
            enum: ['succeeded', 'failed'],
          },
          actorRef: {
            type: 'string',
          },
          subjectRef: {
            type: 'string',
          },
          modelName: {
            type: 'string',
          },
          target: {
            type: 'string',
          },
          reason: {
            type: 'string',
          },
          before: {},
          after: {},
          details: {
            type: 'object',
            additionalProperties: true,
          },
          error: {
            type: 'string',
          },
        },
        required: ['id', 'at', 'action', 'outcome', 'actorRef'],
        additionalProperties: false,
      },
      AuditEventPage: {
        type: 'object',
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/AuditEvent',
            },
          },
          total: {
            type: 'number',
          },
          offset: {
            type: 'number',
          },
          limit: {
            type: 'number',
          },
        },
        required: ['items', 'total', 'offset', 'limit'],
        additionalProperties: false,
      },
      KeyListResponse: {
        type: 'object',
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ApiKey',
            },
          },
          total: {
            type: 'number',
            description:
              'How many match in all; more than items when there are more pages.',
          },
          offset: {
            type: 'number',
          },
          limit: {
            type: 'number',
          },
        },
        required: ['items', 'total', 'offset', 'limit'],
        additionalProperties: false,
      },
      PlaygroundSettings: {
        type: 'object',
        properties: {
          enabled: {
            type: 'boolean',
          },
          sessionMinutes: {
            type: 'number',
          },
          maxBudget: {
            type: 'number',
          },
          rpm: {
            type: 'number',
          },
          gatewayBaseUrl: {
            type: 'string',
          },
        },
        required: [
          'enabled',
          'sessionMinutes',
          'maxBudget',
          'rpm',
          'gatewayBaseUrl',
        ],
        additionalProperties: false,
      },
      StartedPlaygroundSession: {
        type: 'object',
        properties: {
          session: {
            type: 'object',
            properties: {
              id: {
                type: 'string',
              },
              model: {
                type: 'string',
              },
              expiresAt: {
                type: 'string',
              },
              limits: {
                $ref: '#/components/schemas/KeyLimits',
              },
              componentRef: {
                type: 'string',
              },
            },
            required: ['id', 'model', 'expiresAt', 'limits'],
            additionalProperties: false,
          },
          value: {
            type: 'string',
          },
          gatewayBaseUrl: {
            type: 'string',
          },
        },
        required: ['session', 'value', 'gatewayBaseUrl'],
        additionalProperties: false,
      },
      IssuedKey: {
        type: 'object',
        properties: {
          key: {
            $ref: '#/components/schemas/ApiKey',
          },
          value: {
            type: 'string',
          },
        },
        required: ['key', 'value'],
        additionalProperties: false,
      },
      CreateKeyBody: {
        type: 'object',
        properties: {
          name: {
            type: 'string',
            minLength: 1,
            maxLength: 100,
          },
          models: {
            type: 'array',
            minItems: 1,
            maxItems: 100,
            items: {
              type: 'string',
              minLength: 1,
              maxLength: 255,
            },
          },
          subjectRef: {
            type: 'string',
            maxLength: 255,
          },
          expiresInDays: {
            oneOf: [
              {
                type: 'integer',
                minimum: 1,
                maximum: 3650,
              },
              {
                type: 'string',
                enum: ['never'],
              },
            ],
          },
          expiresAt: {
            type: 'string',
            format: 'date-time',
          },
          componentRef: {
            type: 'string',
            minLength: 1,
            maxLength: 255,
            description:
              "A catalog Component (component:ns/name) owned by the key's subject, or for a personal key by one of the caller's teams; any for admins.",
          },
          limits: {
            $ref: '#/components/schemas/KeyLimits',
          },
        },
        required: ['name', 'models'],
        additionalProperties: false,
      },
      UpdateKeyBody: {
        type: 'object',
        properties: {
          name: {
            type: 'string',
            minLength: 1,
            maxLength: 100,
          },
          models: {
            type: 'array',
            minItems: 1,
            maxItems: 100,
            items: {
              type: 'string',
              minLength: 1,
              maxLength: 255,
            },
          },
          expiresInDays: {
            oneOf: [
              {
                type: 'integer',
                minimum: 1,
                maximum: 3650,
              },
              {
                type: 'string',
                enum: ['never'],
              },
            ],
          },
          expiresAt: {
            type: 'string',
            format: 'date-time',
          },
          componentRef: {
            type: ['string', 'null'],
            maxLength: 255,
            description: 'Ties the key to another Component; null unties it.',
          },
          limits: {
            $ref: '#/components/schemas/KeyLimits',
          },
        },
        additionalProperties: false,
      },
      KeySubjectPolicy: {
        type: 'object',
        properties: {
          defaults: {
            $ref: '#/components/schemas/KeyLimits',
          },
          maximums: {
            $ref: '#/components/schemas/KeyLimits',
          },
          defaultExpiresInDays: {
            type: 'integer',
            minimum: 1,
            maximum: 3650,
          },
        },
        required: ['defaults', 'maximums', 'defaultExpiresInDays'],
        additionalProperties: false,
      },
      KeyPolicySettings: {
        type: 'object',
        properties: {
          user: {
            $ref: '#/components/schemas/KeySubjectPolicy',
          },
          team: {
            $ref: '#/components/schemas/KeySubjectPolicy',
          },
          maxActiveKeysPerSubject: {
            type: 'integer',
            minimum: 1,
            maximum: 10000,
          },
          maxExpiresInDays: {
            type: 'integer',
            minimum: 1,
            maximum: 3650,
          },
          allowNeverExpires: {
            type: 'boolean',
          },
        },
        required: [
          'user',
          'team',
          'maxActiveKeysPerSubject',
          'maxExpiresInDays',
          'allowNeverExpires',
        ],
        additionalProperties: false,
      },
      ProvisionKeysBody: {
        type: 'object',
        properties: {
          aliasPrefix: {
            type: 'string',
            minLength: 1,
            maxLength: 100,
          },
          participants: {
            type: 'array',
            minItems: 1,
            maxItems: 5000,
            items: {
              type: 'string',
              minLength: 1,
              maxLength: 100,
            },
          },
          models: {
            type: 'array',
            minItems: 1,
            maxItems: 100,
            items: {
              type: 'string',
            },
          },
          subjectRef: {
            type: 'string',
            maxLength: 255,
          },
          expiresInDays: {
            type: 'integer',
            minimum: 1,
            maximum: 3650,
          },
          limits: {
            $ref: '#/components/schemas/KeyLimits',
          },
          delivery: {
            type: 'string',
            enum: ['response', 'download'],
            description:
              'In the response (default), or as a single-use download link for the caller (for automation, whose output is stored).',
          },
        },
        required: ['aliasPrefix', 'participants', 'models', 'expiresInDays'],
        additionalProperties: false,
      },
      ProvisionKeysResponse: {
        type: 'object',
        properties: {
          download: {
            type: 'object',
            properties: {
              id: {
                type: 'string',
              },
              url: {
                type: 'string',
              },
              expiresAt: {
                type: 'string',
              },
            },
            required: ['id', 'url', 'expiresAt'],
            additionalProperties: false,
          },
          created: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                participant: {
                  type: 'string',
                },
                alias: {
                  type: 'string',
                },
                id: {
                  type: 'string',
                },
                value: {
                  type: 'string',
                },
                prefix: {
                  type: 'string',
                },
              },
              required: ['participant', 'alias', 'id'],
              additionalProperties: false,
            },
          },
          existing: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                participant: {
                  type: 'string',
                },
                alias: {
                  type: 'string',
                },
                id: {
                  type: 'string',
                },
              },
              required: ['participant', 'alias', 'id'],
              additionalProperties: false,
            },
          },
          failed: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                participant: {
                  type: 'string',
                },
                error: {
                  type: 'string',
                },
              },
              required: ['participant', 'error'],
              additionalProperties: false,
            },
          },
          error: {
            type: 'object',
            description: 'With a 502, what went wrong, summed up.',
            properties: {
              name: {
                type: 'string',
              },
              message: {
                type: 'string',
              },
            },
            required: ['name', 'message'],
            additionalProperties: false,
          },
        },
        required: ['created', 'existing', 'failed'],
        additionalProperties: false,
      },
      GatewayRoute: {
        description:
          'The HTTPRoute a model is served on (a sectionName names one rule of it).',
        type: 'object',
        properties: {
          namespace: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          sectionName: {
            type: 'string',
          },
        },
        required: ['namespace', 'name'],
        additionalProperties: false,
      },
      GatewayObject: {
        type: 'object',
        properties: {
          kind: {
            type: 'string',
          },
          namespace: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          present: {
            type: 'boolean',
          },
          conditions: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                type: {
                  type: 'string',
                },
                status: {
                  type: 'string',
                },
                reason: {
                  type: 'string',
                },
                message: {
                  type: 'string',
                },
              },
              required: ['type', 'status'],
              additionalProperties: false,
            },
          },
        },
        required: ['kind', 'namespace', 'name', 'present', 'conditions'],
        additionalProperties: false,
      },
      GatewaysStatus: {
        type: 'object',
        properties: {
          items: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                id: {
                  type: 'string',
                },
                description: {
                  type: 'string',
                },
                publishes: {
                  type: 'boolean',
                },
                error: {
                  type: 'string',
                },
                models: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: {
                      model: {
                        type: 'string',
                      },
                      route: {
                        $ref: '#/components/schemas/GatewayRoute',
                      },
                      source: {
                        type: 'string',
                        enum: ['config', 'portal'],
                      },
                      objects: {
                        type: 'array',
                        items: {
                          $ref: '#/components/schemas/GatewayObject',
                        },
                      },
                    },
                    required: ['model', 'route', 'source', 'objects'],
                    additionalProperties: false,
                  },
                },
              },
              required: ['id', 'description', 'publishes', 'models'],
              additionalProperties: false,
            },
          },
        },
        required: ['items'],
        additionalProperties: false,
      },
      ReconcileReport: {
        type: 'object',
        properties: {
          startedAt: {
            type: 'string',
          },
          finishedAt: {
            type: 'string',
          },
          instanceId: {
            type: 'string',
          },
          gatewayKeys: {
            type: 'number',
          },
          listingStable: {
            type: 'boolean',
          },
          completed: {
            type: 'number',
          },
          removedFromGateway: {
            type: 'number',
          },
          markedRevoked: {
            type: 'number',
          },
          resynced: {
            type: 'number',
          },
          adopted: {
            type: 'number',
          },
          waiting: {
            type: 'number',
          },
          missingFromListOnly: {
            type: 'number',
          },
          heldBack: {
            type: 'number',
          },
          unmanaged: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                tokenHash: {
                  type: 'string',
                },
                alias: {
                  type: 'string',
                },
                userId: {
                  type: 'string',
                },
                teamId: {
                  type: 'string',
                },
                models: {
                  type: 'array',
                  items: {
                    type: 'string',
                  },
                },
                createdAt: {
                  type: 'string',
                },
                origin: {
                  type: 'string',
                  enum: ['outside', 'legacy-portal'],
                },
                suggestedOwnerRef: {
                  type: 'string',
                },
              },
              required: ['tokenHash', 'origin'],
              additionalProperties: false,
            },
          },
          otherPortals: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                instanceId: {
                  type: 'string',
                },
                keys: {
                  type: 'number',
                },
              },
              required: ['instanceId', 'keys'],
              additionalProperties: false,
            },
          },
          attention: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                tokenHash: {
                  type: 'string',
                },
                alias: {
                  type: 'string',
                },
                keyId: {
                  type: 'string',
                },
                reason: {
                  type: 'string',
                },
              },
              required: ['tokenHash', 'reason'],
              additionalProperties: false,
            },
          },
          fenced: {
            type: 'object',
            properties: {
              since: {
                type: 'string',
              },
              reason: {
                type: 'string',
              },
            },
            required: ['since', 'reason'],
            additionalProperties: false,
          },
          gateways: {
            description:
              'What each other gateway (e.g. Kuadrant) repaired and found.',
            type: 'array',
            items: {
              type: 'object',
              properties: {
                id: {
                  type: 'string',
                },
                repaired: {
                  type: 'number',
                },
                removed: {
                  type: 'number',
                },
                waiting: {
                  type: 'number',
                },
                heldBack: {
                  type: 'object',
                  properties: {
                    count: {
                      type: 'number',
                    },
                    description: {
                      type: 'string',
                    },
                  },
                  required: ['count', 'description'],
                  additionalProperties: false,
                },
                lostValues: {
                  type: 'number',
                },
                problems: {
                  type: 'array',
                  items: {
                    type: 'string',
                  },
                },
              },
              required: [
                'id',
                'repaired',
                'removed',
                'waiting',
                'lostValues',
                'problems',
              ],
              additionalProperties: false,
            },
          },
        },
        required: [
          'startedAt',
          'finishedAt',
          'instanceId',
          'gatewayKeys',
          'listingStable',
          'completed',
          'removedFromGateway',
          'markedRevoked',
          'resynced',
          'adopted',
          'waiting',
          'missingFromListOnly',
          'heldBack',
          'unmanaged',
          'otherPortals',
          'attention',
        ],
        additionalProperties: false,
      },
      ApprovalRulesResponse: {
        type: 'object',
        properties: {
          modelName: {
            type: 'string',
          },
          rules: {
            type: 'array',
            description:
              'ApprovalRule objects: { name, kind: autoApprove, groups, ceiling: { maxBudget, tpm, rpm, budgetDuration } }, { name, kind: twoApprovals, aboveBudget }, { name, kind: escalate, afterDays }, { name, kind: deny, require: { kind, owner: subject|requester, filter }, reason }; any may carry adminOnly (set by admins; owners keep such rules as they are).',
            items: {
              type: 'object',
            },
          },
          source: {
            type: 'string',
            enum: ['config', 'portal', 'none'],
          },
          editable: {
            type: 'boolean',
          },
          canSetAdminOnly: {
            type: 'boolean',
          },
          updatedBy: {
            type: 'string',
          },
          updatedAt: {
            type: 'string',
          },
        },
        required: [
          'modelName',
          'rules',
          'source',
          'editable',
          'canSetAdminOnly',
        ],
        additionalProperties: false,
      },
      ApprovalRulesCheckResponse: {
        type: 'object',
        properties: {
          outcome: {
            type: 'string',
            enum: ['granted', 'denied', 'twoApprovals', 'people'],
          },
          rule: {
            type: 'string',
          },
          reason: {
            type: 'string',
          },
          limits: {
            $ref: '#/components/schemas/AccessLimits',
          },
          escalateAfterDays: {
            type: 'integer',
          },
        },
        required: ['outcome', 'reason', 'limits'],
        additionalProperties: false,
      },
      ModelDeprecationInfo: {
        type: 'object',
        properties: {
          state: {
            type: 'string',
            enum: ['deprecated', 'retired'],
          },
          replacement: {
            type: 'string',
          },
          retireAt: {
            type: 'string',
          },
          note: {
            type: 'string',
          },
        },
        required: ['state', 'retireAt'],
        additionalProperties: false,
      },
      ModelLifecycleResponse: {
        type: 'object',
        properties: {
          items: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                modelName: {
                  type: 'string',
                },
                state: {
                  type: 'string',
                  enum: ['deprecated', 'retired'],
                },
                replacement: {
                  type: 'string',
                },
                retireAt: {
                  type: 'string',
                },
                note: {
                  type: 'string',
                },
              },
              required: ['modelName', 'state', 'retireAt'],
              additionalProperties: false,
            },
          },
        },
        required: ['items'],
        additionalProperties: false,
      },
      DeprecationCampaign: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
          },
          modelName: {
            type: 'string',
          },
          state: {
            type: 'string',
            enum: ['deprecated', 'retired'],
          },
          replacement: {
            type: 'string',
          },
          retireAt: {
            type: 'string',
          },
          note: {
            type: 'string',
          },
          createdBy: {
            type: 'string',
          },
          createdAt: {
            type: 'string',
          },
          updatedAt: {
            type: 'string',
          },
          retiredAt: {
            type: 'string',
          },
          completedAt: {
            type: 'string',
          },
          announcedAt: {
            type: 'string',
          },
          remindersSent: {
            type: 'array',
            items: {
              type: 'number',
            },
          },
          progress: {
            type: 'object',
            properties: {
              total: {
                type: 'integer',
              },
              moved: {
                type: 'integer',
              },
              idle: {
                type: 'integer',
              },
              using: {
                type: 'integer',
              },
            },
            required: ['total', 'moved', 'idle', 'using'],
            additionalProperties: false,
          },
        },
        required: [
          'id',
          'modelName',
          'state',
          'retireAt',
          'createdBy',
          'createdAt',
          'updatedAt',
          'remindersSent',
          'progress',
        ],
        additionalProperties: false,
      },
      DeprecationDetail: {
        type: 'object',
        properties: {
          campaign: {
            $ref: '#/components/schemas/DeprecationCampaign',
          },
          subjects: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                subjectRef: {
                  type: 'string',
                },
                state: {
                  type: 'string',
                  enum: ['moved', 'idle', 'using'],
                },
                grantId: {
                  type: 'string',
                },
                hasReplacementAccess: {
                  type: 'boolean',
                },
                keys: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: {
                      id: {
                        type: 'string',
                      },
                      name: {
                        type: 'string',
                      },
                      componentRef: {
                        type: 'string',
                      },
                    },
                    required: ['id', 'name'],
                    additionalProperties: false,
                  },
                },
                requests7d: {
                  type: 'number',
                },
                spend7d: {
                  type: 'number',
                },
                lastUsedDay: {
                  type: 'string',
                },
                replacementRequests7d: {
                  type: 'number',
                },
              },
              required: [
                'subjectRef',
                'state',
                'hasReplacementAccess',
                'keys',
                'requests7d',
                'spend7d',
                'replacementRequests7d',
              ],
              additionalProperties: false,
            },
          },
          components: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                componentRef: {
                  type: 'string',
                },
                ownerRef: {
                  type: 'string',
                },
              },
              required: ['componentRef'],
              additionalProperties: false,
            },
          },
        },
        required: ['campaign', 'subjects', 'components'],
        additionalProperties: false,
      },
      DeprecationTaskStatus: {
        allOf: [
          {
            $ref: '#/components/schemas/TaskStatusFields',
          },
          {
            type: 'object',
            properties: {
              report: {
                type: 'object',
                properties: {
                  announced: {
                    type: 'number',
                  },
                  reminded: {
                    type: 'number',
                  },
                  retired: {
                    type: 'number',
                  },
                  grantsEnded: {
                    type: 'number',
                  },
                  keysChanged: {
                    type: 'number',
                  },
                  failed: {
                    type: 'number',
                  },
                },
                required: [
                  'announced',
                  'reminded',
                  'retired',
                  'grantsEnded',
                  'keysChanged',
                  'failed',
                ],
              },
            },
          },
        ],
      },
      EscalationTaskStatus: {
        allOf: [
          {
            $ref: '#/components/schemas/TaskStatusFields',
          },
          {
            type: 'object',
            properties: {
              report: {
                type: 'object',
                properties: {
                  escalated: {
                    type: 'number',
                  },
                  failed: {
                    type: 'number',
                  },
                },
                required: ['escalated', 'failed'],
              },
            },
          },
        ],
      },
      TaskStatusFields: {
        type: 'object',
        properties: {
          status: {
            type: 'string',
            enum: ['idle', 'running', 'ok', 'failed'],
          },
          startedAt: {
            type: 'string',
          },
          finishedAt: {
            type: 'string',
          },
          error: {
            type: 'string',
          },
          reportAt: {
            type: 'string',
          },
          requestedAt: {
            type: 'string',
          },
        },
        required: ['status'],
      },
      ReconcileStatus: {
        allOf: [
          {
            $ref: '#/components/schemas/TaskStatusFields',
          },
          {
            type: 'object',
            properties: {
              report: {
                $ref: '#/components/schemas/ReconcileReport',
              },
              holds: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/HeldAction',
                },
              },
            },
            required: ['holds'],
          },
        ],
      },
      HeldAction: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
          },
          action: {
            type: 'string',
            enum: ['mark-revoked', 'delete-from-gateway'],
          },
          keyId: {
            type: 'string',
          },
          tokenHash: {
            type: 'string',
          },
          alias: {
            type: 'string',
          },
          ownerRef: {
            type: 'string',
          },
          reason: {
            type: 'string',
          },
          createdAt: {
            type: 'string',
          },
        },
        required: ['id', 'action', 'tokenHash', 'reason', 'createdAt'],
        additionalProperties: false,
      },
      HeldActionResults: {
        type: 'object',
        properties: {
          results: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                id: {
                  type: 'string',
                },
                outcome: {
                  type: 'string',
                  enum: ['done', 'obsolete', 'not-held', 'failed'],
                },
                message: {
                  type: 'string',
                },
              },
              required: ['id', 'outcome', 'message'],
              additionalProperties: false,
            },
          },
        },
        required: ['results'],
        additionalProperties: false,
      },
      UsageSyncStatus: {
        allOf: [
          {
            $ref: '#/components/schemas/TaskStatusFields',
          },
          {
            type: 'object',
            properties: {
              report: {
                type: 'object',
                properties: {
                  days: {
                    type: 'array',
                    items: {
                      type: 'string',
                    },
                  },
                  heldBack: {
                    type: 'array',
                    items: {
                      type: 'string',
                    },
                  },
                },
                required: ['days'],
              },
              holds: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/UsageHold',
                },
              },
            },
            required: ['holds'],
          },
        ],
      },
      RecertificationTaskStatus: {
        allOf: [
          {
            $ref: '#/components/schemas/TaskStatusFields',
          },
          {
            type: 'object',
            properties: {
              report: {
                type: 'object',
                properties: {
                  reminded: {
                    type: 'number',
                  },
                  closed: {
                    type: 'number',
                  },
                  ended: {
                    type: 'number',
                  },
                  flagged: {
                    type: 'number',
                  },
                  failed: {
                    type: 'number',
                  },
                },
                required: ['reminded', 'closed', 'ended', 'flagged', 'failed'],
              },
            },
          },
        ],
      },
      GrantExpiryStatus: {
        allOf: [
          {
            $ref: '#/components/schemas/TaskStatusFields',
          },
          {
            type: 'object',
            properties: {
              report: {
                type: 'object',
                properties: {
                  noticed: {
                    type: 'number',
                  },
                  expired: {
                    type: 'number',
                  },
                  failed: {
                    type: 'number',
                  },
                  endsSet: {
                    type: 'number',
                  },
                },
                required: ['noticed', 'expired', 'failed'],
              },
            },
          },
        ],
      },
      UsageDayTotals: {
        type: 'object',
        properties: {
          requests: {
            type: 'number',
          },
          totalTokens: {
            type: 'number',
          },
          spend: {
            type: 'number',
          },
        },
        required: ['requests', 'totalTokens', 'spend'],
        additionalProperties: false,
      },
      UsageHold: {
        type: 'object',
        description:
          "A day whose usage LiteLLM answered with less than the portal has. The portal keeps its figures (adding only what is new) until an admin accepts LiteLLM's answer.",
        properties: {
          day: {
            type: 'string',
          },
          portal: {
            $ref: '#/components/schemas/UsageDayTotals',
          },
          litellm: {
            $ref: '#/components/schemas/UsageDayTotals',
          },
          sightings: {
            type: 'number',
            description: 'Consecutive pulls that got this same smaller answer.',
          },
          firstSeenAt: {
            type: 'string',
          },
          lastSeenAt: {
            type: 'string',
          },
          acceptedBy: {
            type: 'string',
          },
          acceptedAt: {
            type: 'string',
          },
        },
        required: [
          'day',
          'portal',
          'litellm',
          'sightings',
          'firstSeenAt',
          'lastSeenAt',
        ],
        additionalProperties: false,
      },
      CatalogSpendRow: {
        type: 'object',
        properties: {
          ref: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          ownerRef: {
            type: 'string',
          },
          parentRef: {
            type: 'string',
          },
          components: {
            type: 'integer',
          },
          keys: {
            type: 'integer',
          },
          spend: {
            type: 'number',
          },
          promptTokens: {
            type: 'number',
          },
          completionTokens: {
            type: 'number',
          },
          totalTokens: {
            type: 'number',
          },
          requests: {
            type: 'number',
          },
          successfulRequests: {
            type: 'number',
          },
          failedRequests: {
            type: 'number',
          },
        },
        required: [
          'ref',
          'components',
          'keys',
          'spend',
          'promptTokens',
          'completionTokens',
          'totalTokens',
          'requests',
          'successfulRequests',
          'failedRequests',
        ],
        additionalProperties: false,
      },
      CatalogSpendReport: {
        type: 'object',
        properties: {
          from: {
            type: 'string',
          },
          to: {
            type: 'string',
          },
          groupBy: {
            type: 'string',
            enum: ['component', 'system', 'domain'],
          },
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/CatalogSpendRow',
            },
          },
          total: {
            $ref: '#/components/schemas/UsageMetrics',
          },
          scope: {
            type: 'string',
            enum: ['all', 'owned'],
          },
          entityRef: {
            type: 'string',
            description:
              'The Component, System or Domain the report is limited to.',
          },
          models: {
            type: 'array',
            description:
              'With entityRef, the spend of its Components per model.',
            items: {
              $ref: '#/components/schemas/CatalogSpendModelRow',
            },
          },
        },
        required: ['from', 'to', 'groupBy', 'items', 'total', 'scope'],
        additionalProperties: false,
      },
      CatalogSpendModelRow: {
        type: 'object',
        properties: {
          model: {
            type: 'string',
          },
          spend: {
            type: 'number',
          },
          promptTokens: {
            type: 'number',
          },
          completionTokens: {
            type: 'number',
          },
          totalTokens: {
            type: 'number',
          },
          requests: {
            type: 'number',
          },
          successfulRequests: {
            type: 'number',
          },
          failedRequests: {
            type: 'number',
          },
        },
        required: [
          'model',
          'spend',
          'promptTokens',
          'completionTokens',
          'totalTokens',
          'requests',
          'successfulRequests',
          'failedRequests',
        ],
        additionalProperties: false,
      },
      UsageMetrics: {
        type: 'object',
        properties: {
          spend: {
            type: 'number',
          },
          promptTokens: {
            type: 'number',
          },
          completionTokens: {
            type: 'number',
          },
          totalTokens: {
            type: 'number',
          },
          requests: {
            type: 'number',
          },
          successfulRequests: {
            type: 'number',
          },
          failedRequests: {
            type: 'number',
          },
        },
        required: [
          'spend',
          'promptTokens',
          'completionTokens',
          'totalTokens',
          'requests',
          'successfulRequests',
          'failedRequests',
        ],
        additionalProperties: false,
      },
      UsageRow: {
        type: 'object',
        properties: {
          group: {
            type: 'string',
          },
          label: {
            type: 'string',
          },
          spend: {
            type: 'number',
          },
          promptTokens: {
            type: 'number',
          },
          completionTokens: {
            type: 'number',
          },
          totalTokens: {
            type: 'number',
          },
          requests: {
            type: 'number',
          },
          successfulRequests: {
            type: 'number',
          },
          failedRequests: {
            type: 'number',
          },
        },
        required: [
          'group',
          'spend',
          'promptTokens',
          'completionTokens',
          'totalTokens',
          'requests',
          'successfulRequests',
          'failedRequests',
        ],
        additionalProperties: false,
      },
      TeamBudget: {
        type: 'object',
        properties: {
          teamRef: {
            type: 'string',
          },
          exists: {
            type: 'boolean',
          },
          spend: {
            type: 'number',
          },
          maxBudget: {
            type: 'number',
          },
          softBudget: {
            type: 'number',
          },
          budgetDuration: {
            type: 'string',
          },
          budgetResetAt: {
            type: 'string',
          },
          stale: {
            type: 'object',
            description:
              'Set while LiteLLM is unavailable: the budget as this replica last saw it.',
            properties: {
              reason: {
                type: 'string',
              },
              asOf: {
                type: 'string',
                format: 'date-time',
              },
            },
            required: ['reason', 'asOf'],
            additionalProperties: false,
          },
        },
        required: ['teamRef', 'exists', 'spend'],
        additionalProperties: false,
      },
      TeamBudgetUpdate: {
        type: 'object',
        properties: {
          teamRef: {
            type: 'string',
            minLength: 1,
            maxLength: 255,
          },
          maxBudget: {
            type: ['number', 'null'],
          },
          softBudget: {
            type: ['number', 'null'],
          },
          budgetDuration: {
            type: ['string', 'null'],
            maxLength: 16,
          },
        },
        required: ['teamRef', 'maxBudget'],
        additionalProperties: false,
      },
      UsageResponse: {
        type: 'object',
        properties: {
          from: {
            type: 'string',
          },
          to: {
            type: 'string',
          },
          totals: {
            $ref: '#/components/schemas/UsageMetrics',
          },
          previousTotals: {
            $ref: '#/components/schemas/UsageMetrics',
          },
          groupBy: {
            type: 'string',
            enum: ['day', 'model', 'key', 'subject', 'provider'],
          },
          rows: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/UsageRow',
            },
          },
          rowLimit: {
            type: 'number',
            description:
              'Set when the rows were cut at this many (the costliest keys or owners); the totals still count everyone.',
          },
          syncedAt: {
            type: 'string',
          },
        },
        required: ['from', 'to', 'totals', 'previousTotals', 'groupBy', 'rows'],
        additionalProperties: false,
      },
    },
  },
} as const;
