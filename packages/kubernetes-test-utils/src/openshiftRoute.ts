/**
 * OpenShift's Route (route.openshift.io/v1), which is built into OpenShift
 * rather than installed as a CRD, so shared/crds has no schema for it and
 * kubernetes-models no model. Written from OpenShift's API reference for
 * Route v1: the fields a Route may have, their types and enumerations, and
 * the rules its validation applies (`to.kind` Service, at most three
 * alternate backends, weights 0-256). Unknown fields are refused, as the API
 * server's strict field validation does.
 */
const backend = {
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'name'],
  properties: {
    kind: { type: 'string', enum: ['Service', ''] },
    name: { type: 'string', minLength: 1 },
    weight: { type: 'integer', minimum: 0, maximum: 256 },
  },
};

const intOrString = {
  anyOf: [{ type: 'integer' }, { type: 'string', minLength: 1 }],
};

export const openshiftRouteSchema = {
  type: 'object',
  required: ['apiVersion', 'kind', 'metadata', 'spec'],
  additionalProperties: false,
  properties: {
    apiVersion: { type: 'string', enum: ['route.openshift.io/v1'] },
    kind: { type: 'string', enum: ['Route'] },
    metadata: { type: 'object' },
    status: { type: 'object' },
    spec: {
      type: 'object',
      additionalProperties: false,
      required: ['to'],
      properties: {
        host: {
          type: 'string',
          maxLength: 253,
          pattern:
            '^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*)?$',
        },
        subdomain: { type: 'string', maxLength: 253 },
        path: { type: 'string', pattern: '^(/.*)?$' },
        to: backend,
        alternateBackends: { type: 'array', maxItems: 3, items: backend },
        port: {
          type: 'object',
          additionalProperties: false,
          required: ['targetPort'],
          properties: { targetPort: intOrString },
        },
        tls: {
          type: 'object',
          additionalProperties: false,
          required: ['termination'],
          properties: {
            termination: {
              type: 'string',
              enum: ['edge', 'reencrypt', 'passthrough'],
            },
            certificate: { type: 'string' },
            key: { type: 'string' },
            caCertificate: { type: 'string' },
            destinationCACertificate: { type: 'string' },
            insecureEdgeTerminationPolicy: {
              type: 'string',
              enum: ['Allow', 'None', 'Redirect', ''],
            },
            externalCertificate: {
              type: 'object',
              additionalProperties: false,
              properties: { name: { type: 'string' } },
            },
          },
        },
        wildcardPolicy: { type: 'string', enum: ['None', 'Subdomain', ''] },
        httpHeaders: { type: 'object' },
      },
    },
  },
};
