// Generated from openapi.yaml by scripts/generate-openapi.js; do not edit.

/** The OpenAPI document of the overlevering backend. @internal */
export const spec = {
  openapi: '3.0.3',
  info: {
    title: 'overlevering',
    version: '1',
    description:
      "Handovers to production (Overlevering til produksjon) and their approval rounds. Every route needs a signed-in user; errors have Backstage's error shape.",
    license: {
      name: 'Apache-2.0',
      url: 'http://www.apache.org/licenses/LICENSE-2.0.html',
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
        description: 'Whether the plugin is up; needs no sign-in.',
        security: [],
        responses: {
          '200': {
            description: 'Up.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['status'],
                  properties: {
                    status: {
                      type: 'string',
                      enum: ['ok'],
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    '/form': {
      get: {
        operationId: 'GetForm',
        description:
          'The form schema, what a submit requires, and the approver roles.',
        parameters: [
          {
            $ref: '#/components/parameters/locale',
          },
        ],
        responses: {
          '200': {
            description: 'The form.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/FormResponse',
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
    '/handovers': {
      get: {
        operationId: 'ListHandovers',
        description: 'Handovers, newest change first, a page at a time.',
        parameters: [
          {
            name: 'owner',
            in: 'query',
            allowEmptyValue: true,
            description:
              "`me` for the caller's own handovers, or a user entity ref.",
            schema: {
              type: 'string',
            },
          },
          {
            name: 'entityRef',
            in: 'query',
            allowEmptyValue: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'status',
            in: 'query',
            allowEmptyValue: true,
            description: 'One status; empty means any.',
            schema: {
              type: 'string',
              enum: ['', 'draft', 'in_review', 'rejected', 'approved'],
            },
          },
          {
            name: 'q',
            in: 'query',
            allowEmptyValue: true,
            description: 'Part of the title.',
            schema: {
              type: 'string',
              maxLength: 200,
            },
          },
          {
            name: 'limit',
            in: 'query',
            allowEmptyValue: true,
            description: 'Page size; capped by the server.',
            schema: {
              type: 'string',
              pattern: '^([1-9][0-9]{0,3})?$',
            },
          },
          {
            name: 'cursor',
            in: 'query',
            allowEmptyValue: true,
            schema: {
              type: 'string',
              maxLength: 1000,
            },
          },
        ],
        responses: {
          '200': {
            description: 'One page.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/HandoverPage',
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
        operationId: 'CreateHandover',
        description: 'Starts a handover; the caller becomes its owner.',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: false,
                properties: {
                  entityRef: {
                    type: 'string',
                    minLength: 1,
                  },
                  document: {
                    type: 'object',
                  },
                },
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The new handover.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Handover',
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
    '/handovers/{id}': {
      get: {
        operationId: 'GetHandover',
        parameters: [
          {
            $ref: '#/components/parameters/id',
          },
        ],
        responses: {
          '200': {
            description: 'The handover with its rounds.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Handover',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      delete: {
        operationId: 'DeleteHandover',
        description: 'Deletes a draft; it is kept, hidden, with its history.',
        parameters: [
          {
            $ref: '#/components/parameters/id',
          },
        ],
        responses: {
          '204': {
            description: 'Deleted.',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/handovers/{id}/owner': {
      put: {
        operationId: 'ChangeOwner',
        description: 'Hands the handover to another user; only the owner may.',
        parameters: [
          {
            $ref: '#/components/parameters/id',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: false,
                required: ['owner'],
                properties: {
                  owner: {
                    type: 'string',
                    minLength: 1,
                    description: 'User entity ref of the new owner.',
                  },
                },
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The handover with its new owner.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Handover',
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
    '/handovers/{id}/document': {
      put: {
        operationId: 'SaveDocument',
        description:
          'Saves the document; 409 with the current revision when `revision` is stale.',
        parameters: [
          {
            $ref: '#/components/parameters/id',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: false,
                required: ['revision', 'document'],
                properties: {
                  revision: {
                    type: 'integer',
                    minimum: 1,
                  },
                  document: {
                    type: 'object',
                  },
                },
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The handover at its new revision.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Handover',
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
    '/handovers/{id}/submit': {
      post: {
        operationId: 'Submit',
        description: 'Opens the next approval round on the given revision.',
        parameters: [
          {
            $ref: '#/components/parameters/id',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: false,
                required: ['revision', 'optionalRoles'],
                properties: {
                  revision: {
                    type: 'integer',
                    minimum: 1,
                  },
                  optionalRoles: {
                    type: 'array',
                    maxItems: 50,
                    items: {
                      type: 'string',
                    },
                  },
                  message: {
                    type: 'string',
                    maxLength: 5000,
                  },
                },
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The opened round.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Round',
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
    '/handovers/{id}/withdraw': {
      post: {
        operationId: 'Withdraw',
        description: 'Withdraws the open round; the handover is a draft again.',
        parameters: [
          {
            $ref: '#/components/parameters/id',
          },
        ],
        responses: {
          '200': {
            description: 'The handover.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Handover',
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
    '/handovers/{id}/rounds/{number}/decisions': {
      post: {
        operationId: 'Decide',
        description: 'Approves a seat, or rejects it with a comment.',
        parameters: [
          {
            $ref: '#/components/parameters/id',
          },
          {
            $ref: '#/components/parameters/roundNumber',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: false,
                required: ['role', 'decision'],
                properties: {
                  role: {
                    type: 'string',
                    minLength: 1,
                  },
                  decision: {
                    type: 'string',
                    enum: ['approve', 'reject'],
                  },
                  comment: {
                    type: 'string',
                    maxLength: 5000,
                  },
                },
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The round after the decision.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Round',
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
    '/handovers/{id}/rounds/{number}/snapshot': {
      get: {
        operationId: 'GetRoundSnapshot',
        description:
          "The document exactly as the round's approvers see it (the revision the round decides on), to show it and what changed since an earlier round.",
        parameters: [
          {
            $ref: '#/components/parameters/id',
          },
          {
            $ref: '#/components/parameters/roundNumber',
          },
        ],
        responses: {
          '200': {
            description: 'The snapshot.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['round', 'revision', 'document'],
                  properties: {
                    round: {
                      type: 'integer',
                    },
                    revision: {
                      type: 'integer',
                    },
                    document: {
                      type: 'object',
                    },
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
    '/handovers/{id}/history': {
      get: {
        operationId: 'GetHistory',
        parameters: [
          {
            $ref: '#/components/parameters/id',
          },
        ],
        responses: {
          '200': {
            description: 'Every change, oldest first.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['items'],
                  properties: {
                    items: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/HandoverEvent',
                      },
                    },
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
    '/handovers/{id}/export': {
      get: {
        operationId: 'ExportHandover',
        description:
          "The document, or a round's snapshot with `round`, as Markdown.",
        parameters: [
          {
            $ref: '#/components/parameters/id',
          },
          {
            name: 'format',
            in: 'query',
            schema: {
              type: 'string',
              enum: ['markdown'],
            },
          },
          {
            name: 'round',
            in: 'query',
            schema: {
              type: 'string',
              pattern: '^[1-9][0-9]{0,5}$',
            },
          },
          {
            $ref: '#/components/parameters/locale',
          },
        ],
        responses: {
          '200': {
            description: 'Markdown.',
            content: {
              'text/markdown': {
                schema: {
                  type: 'string',
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
    '/approvals': {
      get: {
        operationId: 'ListApprovals',
        description:
          'The seats waiting for the caller or their groups, oldest first, a page at a time; `nextCursor` is there when more follow.',
        parameters: [
          {
            name: 'status',
            in: 'query',
            allowEmptyValue: true,
            schema: {
              type: 'string',
              enum: ['pending'],
            },
          },
          {
            name: 'limit',
            in: 'query',
            allowEmptyValue: true,
            schema: {
              type: 'string',
              pattern: '^([1-9][0-9]{0,3})?$',
            },
          },
          {
            name: 'cursor',
            in: 'query',
            allowEmptyValue: true,
            schema: {
              type: 'string',
              maxLength: 1000,
            },
          },
        ],
        responses: {
          '200': {
            description: 'One page of the waiting seats.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['items'],
                  properties: {
                    items: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/ApprovalItem',
                      },
                    },
                    nextCursor: {
                      type: 'string',
                    },
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
  },
  components: {
    parameters: {
      id: {
        name: 'id',
        in: 'path',
        required: true,
        schema: {
          type: 'string',
          minLength: 1,
          maxLength: 100,
        },
      },
      roundNumber: {
        name: 'number',
        in: 'path',
        required: true,
        schema: {
          type: 'string',
          pattern: '^[1-9][0-9]{0,5}$',
        },
      },
      locale: {
        name: 'locale',
        in: 'query',
        schema: {
          type: 'string',
          enum: ['nb', 'en'],
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
    },
    schemas: {
      Error: {
        type: 'object',
        required: ['error', 'response'],
        properties: {
          error: {
            type: 'object',
            required: ['name', 'message'],
            properties: {
              name: {
                type: 'string',
              },
              message: {
                type: 'string',
              },
            },
          },
          request: {
            type: 'object',
          },
          response: {
            type: 'object',
            required: ['statusCode'],
            properties: {
              statusCode: {
                type: 'integer',
              },
            },
          },
        },
      },
      HandoverStatus: {
        type: 'string',
        enum: ['draft', 'in_review', 'rejected', 'approved'],
      },
      RoundStatus: {
        type: 'string',
        enum: ['open', 'approved', 'rejected', 'withdrawn'],
      },
      ApproverRole: {
        type: 'object',
        required: ['id', 'title', 'kind'],
        properties: {
          id: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          kind: {
            type: 'string',
            enum: ['fixed', 'optional'],
          },
          group: {
            type: 'string',
          },
          field: {
            type: 'string',
          },
        },
      },
      FormResponse: {
        type: 'object',
        required: [
          'schemaVersion',
          'schema',
          'uiSchema',
          'requiredOnSubmit',
          'approverRoles',
        ],
        properties: {
          schemaVersion: {
            type: 'integer',
          },
          schema: {
            type: 'object',
          },
          uiSchema: {
            type: 'object',
          },
          requiredOnSubmit: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          approverRoles: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ApproverRole',
            },
          },
        },
      },
      RoundTally: {
        type: 'object',
        required: ['number', 'status', 'pending', 'approved', 'rejected'],
        properties: {
          number: {
            type: 'integer',
          },
          status: {
            $ref: '#/components/schemas/RoundStatus',
          },
          pending: {
            type: 'integer',
          },
          approved: {
            type: 'integer',
          },
          rejected: {
            type: 'integer',
          },
        },
      },
      HandoverSummary: {
        type: 'object',
        required: [
          'id',
          'title',
          'owner',
          'status',
          'revision',
          'createdAt',
          'updatedAt',
        ],
        properties: {
          id: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          entityRef: {
            type: 'string',
          },
          owner: {
            type: 'string',
          },
          status: {
            $ref: '#/components/schemas/HandoverStatus',
          },
          revision: {
            type: 'integer',
          },
          createdAt: {
            type: 'string',
            format: 'date-time',
          },
          updatedAt: {
            type: 'string',
            format: 'date-time',
          },
          currentRound: {
            $ref: '#/components/schemas/RoundTally',
          },
        },
      },
      Handover: {
        allOf: [
          {
            $ref: '#/components/schemas/HandoverSummary',
          },
          {
            type: 'object',
            required: ['document', 'rounds'],
            properties: {
              document: {
                type: 'object',
              },
              rounds: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/Round',
                },
              },
            },
          },
        ],
      },
      HandoverPage: {
        type: 'object',
        required: ['items'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/HandoverSummary',
            },
          },
          nextCursor: {
            type: 'string',
          },
        },
      },
      Assignment: {
        type: 'object',
        required: ['role', 'approver', 'status'],
        properties: {
          role: {
            type: 'string',
          },
          approver: {
            type: 'string',
          },
          status: {
            type: 'string',
            enum: ['pending', 'approved', 'rejected', 'withdrawn'],
          },
          decidedBy: {
            type: 'string',
          },
          decidedAt: {
            type: 'string',
            format: 'date-time',
          },
          comment: {
            type: 'string',
          },
        },
      },
      Round: {
        type: 'object',
        required: [
          'number',
          'status',
          'revision',
          'submittedBy',
          'submittedAt',
          'optionalRoles',
          'assignments',
        ],
        properties: {
          number: {
            type: 'integer',
          },
          status: {
            $ref: '#/components/schemas/RoundStatus',
          },
          revision: {
            type: 'integer',
          },
          submittedBy: {
            type: 'string',
          },
          submittedAt: {
            type: 'string',
            format: 'date-time',
          },
          closedAt: {
            type: 'string',
            format: 'date-time',
          },
          message: {
            type: 'string',
          },
          optionalRoles: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          assignments: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Assignment',
            },
          },
        },
      },
      ApprovalItem: {
        type: 'object',
        required: ['handover', 'round', 'role', 'approver', 'submittedAt'],
        properties: {
          handover: {
            $ref: '#/components/schemas/HandoverSummary',
          },
          round: {
            type: 'integer',
          },
          role: {
            type: 'string',
          },
          approver: {
            type: 'string',
          },
          submittedAt: {
            type: 'string',
            format: 'date-time',
          },
        },
      },
      HandoverEvent: {
        type: 'object',
        required: ['id', 'at', 'actor', 'type', 'data'],
        properties: {
          id: {
            type: 'string',
          },
          at: {
            type: 'string',
            format: 'date-time',
          },
          actor: {
            type: 'string',
          },
          type: {
            type: 'string',
          },
          data: {
            type: 'object',
          },
        },
      },
    },
  },
} as const;
