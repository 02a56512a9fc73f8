// Generated from openapi.yaml by scripts/generate-openapi.js; do not edit.

/**
 * The OpenAPI document of the overlevering backend: what its router
 * validates, and what the wire types of this package are derived from.
 *
 * @public
 */
export const spec = {
  openapi: '3.0.3',
  info: {
    title: 'overlevering',
    version: '1',
    description:
      "Handovers to production (Overlevering til produksjon) and their approval rounds. Every route needs a signed-in user; errors have Backstage's error shape. Texts for people (the form, the Markdown export, the messages of a refused document) are in the language of `locale` where a route takes it, else of the `Accept-Language` header: English for `en…`, Norwegian bokmål otherwise.",
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
                  additionalProperties: false,
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
            required: false,
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
            required: false,
            allowEmptyValue: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'status',
            in: 'query',
            required: false,
            allowEmptyValue: true,
            description:
              'One status; empty means any but `discarded`, so discarded drafts show only when asked for.',
            schema: {
              type: 'string',
              enum: [
                '',
                'draft',
                'in_review',
                'rejected',
                'approved',
                'discarded',
              ],
            },
          },
          {
            name: 'q',
            in: 'query',
            required: false,
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
            required: false,
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
            required: false,
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
        description:
          "Starts a handover; the caller becomes its owner. 429 with `Retry-After` (seconds) over the person's limit of new handovers.",
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/CreateHandoverRequest',
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
                $ref: '#/components/schemas/ChangeOwnerRequest',
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
          "Saves the document; 409 with the current revision when `revision` is stale; 429 with `Retry-After` (seconds) over the person's limit of saves.",
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
                $ref: '#/components/schemas/SaveDocumentRequest',
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
                $ref: '#/components/schemas/SubmitRequest',
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
    '/handovers/{id}/discard': {
      post: {
        operationId: 'Discard',
        description:
          'The owner gives up a draft, or a handover whose last round was rejected: it becomes `discarded`, keeps its history, and can no longer be edited or submitted. 409 in any other status.',
        parameters: [
          {
            $ref: '#/components/parameters/id',
          },
        ],
        responses: {
          '200': {
            description: 'The discarded handover.',
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
                $ref: '#/components/schemas/DecisionRequest',
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
    '/handovers/{id}/conditions/{conditionId}/close': {
      post: {
        operationId: 'CloseCondition',
        description:
          'Closes an open condition of an approval "med forbehold", with a comment on how it was met. Allowed for the person who follows it up and for the approver who set it; 409 when it is closed already.',
        parameters: [
          {
            $ref: '#/components/parameters/id',
          },
          {
            $ref: '#/components/parameters/conditionId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/CloseConditionRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The closed condition.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Condition',
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
    '/handovers/{id}/follow-up/confirm': {
      post: {
        operationId: 'ConfirmFollowUp',
        description:
          'The delivery owner, or a member of Hemithjelp, confirms the follow-up after approval, with the exit criteria now met. 403 for others; 409 when it is no longer in follow-up.',
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
                $ref: '#/components/schemas/ConfirmFollowUpRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The handover with its follow-up.',
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
    '/handovers/{id}/follow-up/hand-over': {
      post: {
        operationId: 'HandOver',
        description:
          'Hemithjelp closes the follow-up as "Overlevert til drift": only after the owner confirmed and with every exit criterion met (409 and why otherwise).',
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
                $ref: '#/components/schemas/HandOverRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The handover with its follow-up.',
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
    '/handovers/{id}/follow-up/extend': {
      post: {
        operationId: 'ExtendFollowUp',
        description:
          'Hemithjelp extends the follow-up to a later day, with a reason; the owner and Hemithjelp confirm again at its new end.',
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
                $ref: '#/components/schemas/ExtendFollowUpRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The handover with its follow-up.',
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
                  $ref: '#/components/schemas/RoundSnapshot',
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
                  $ref: '#/components/schemas/HandoverHistory',
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
    '/handovers/{id}/audit': {
      get: {
        operationId: 'GetDecisionRecord',
        description:
          "The decision record of the handover for an auditor: every round with the revision and the SHA-256 of the snapshot it decided on, and each seat's decision with who, when, the comment and the SHA-256 of the snapshot decided on. The server checks it against what it stores: the history's hash chain, each round's snapshot and each seat against its history event. `verified` is false when anything was changed afterwards, and `brokenLink` names the first place that does not hold.",
        parameters: [
          {
            $ref: '#/components/parameters/id',
          },
        ],
        responses: {
          '200': {
            description: 'The decision record and whether it verifies.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/DecisionRecord',
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
          'The document, or a round\'s snapshot with `round`, as Markdown. The export of an approved handover\'s document ends with its decision record (see `GET /handovers/{id}/audit`) and the section "Normen, faktaark 20b": each precondition (risk assessed, tested, documented, approved) with the answers of the form that cover it, or "not answered".',
        parameters: [
          {
            $ref: '#/components/parameters/id',
          },
          {
            name: 'format',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              enum: ['markdown'],
            },
          },
          {
            name: 'round',
            in: 'query',
            required: false,
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
    '/services/{namespace}/{kind}/{name}/operations-info': {
      get: {
        operationId: 'GetOperationsInfo',
        description:
          'The operations information of a service for the service desk (Hemithjelp): contact points, whom to escalate to, alerting and monitoring, known errors with workarounds, outstanding items, deviations and runbook links, as the latest approved handover of the service answered them in the snapshot it was approved on. A newer approved handover replaces an older one. A question the handover left unanswered is absent, never filled in. Only handovers the caller may read count; 404 when there is none. The same as Markdown is at `operations-info.md`.',
        parameters: [
          {
            name: 'namespace',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              minLength: 1,
              maxLength: 100,
            },
          },
          {
            name: 'kind',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              minLength: 1,
              maxLength: 100,
            },
          },
          {
            name: 'name',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              minLength: 1,
              maxLength: 255,
            },
          },
        ],
        responses: {
          '200': {
            description: 'The operations information of the service.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ServiceOperationsInfo',
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
    '/services/{namespace}/{kind}/{name}/operations-info.md': {
      get: {
        operationId: 'ExportOperationsInfo',
        description:
          "The operations information of a service (see `GET /services/{namespace}/{kind}/{name}/operations-info`) as Markdown in the request's language, for the service desk's knowledge base: where it comes from (the handover, when it was approved, a link to it), then each topic, with people, groups and services by name and what was not answered said to be so. 404 as there.",
        parameters: [
          {
            name: 'namespace',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              minLength: 1,
              maxLength: 100,
            },
          },
          {
            name: 'kind',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              minLength: 1,
              maxLength: 100,
            },
          },
          {
            name: 'name',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              minLength: 1,
              maxLength: 255,
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
            required: false,
            allowEmptyValue: true,
            schema: {
              type: 'string',
              enum: ['pending'],
            },
          },
          {
            name: 'limit',
            in: 'query',
            required: false,
            allowEmptyValue: true,
            schema: {
              type: 'string',
              pattern: '^([1-9][0-9]{0,3})?$',
            },
          },
          {
            name: 'cursor',
            in: 'query',
            required: false,
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
                  $ref: '#/components/schemas/ApprovalPage',
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
    '/approvals/count': {
      get: {
        operationId: 'CountApprovals',
        description:
          'How many seats wait for the caller or their groups: the number the approvals inbox would list, for a badge.',
        responses: {
          '200': {
            description: 'The count.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ApprovalCount',
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
    '/absences/mine': {
      get: {
        operationId: 'ListMyAbsences',
        description:
          "The caller's own absences that have not ended, and those of others where the caller is the deputy (stedfortreder), soonest first.",
        responses: {
          '200': {
            description: 'Both lists.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/MyAbsences',
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
    '/absences': {
      post: {
        operationId: 'CreateAbsence',
        description:
          "Registers an absence of the caller: from `from` to `to` (Oslo calendar days, both included) `deputy` decides the caller's person seats on the caller's behalf. Refused with 400 when it starts before today, ends before it starts, names the caller or someone who is away then themselves (a seat is never passed on), or overlaps another absence of the caller.",
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/CreateAbsenceRequest',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The absence registered.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Absence',
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
    '/absences/{id}/end': {
      post: {
        operationId: 'EndAbsence',
        description:
          "Ends an absence now; only the absent person may. From then on the deputy no longer decides the person's seats.",
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              minLength: 1,
              maxLength: 100,
            },
          },
        ],
        responses: {
          '200': {
            description: 'The absence, ended.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Absence',
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
    '/search/documents': {
      get: {
        operationId: 'ListSearchDocuments',
        description:
          "Every handover but discarded ones, as text for Backstage search: a page at a time, in no order a reader would want. For backend services only (the search collator); a signed-in user is refused with 403. Names, the status and the document's text are in the language of `overlevering.language`. Who may see a result is decided by the search backend, per handover, with `overlevering.handover.read`.",
        parameters: [
          {
            name: 'cursor',
            in: 'query',
            required: false,
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
                  $ref: '#/components/schemas/HandoverSearchDocumentPage',
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
    '/me/draft-key': {
      get: {
        operationId: 'GetDraftKey',
        description:
          "The caller's own key for the copies of unsaved edits that their browser keeps until the backend has them (AES-GCM, 256 bits, base64). The browser holds it in memory only, so another person at the same PC cannot read those copies. Never cached.",
        responses: {
          '200': {
            description: "The caller's key; the same on every request.",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/DraftKey',
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
    '/import': {
      post: {
        operationId: 'ImportSharePointList',
        description:
          'Imports an export of the old SharePoint list "Overlevering til produksjon" (CSV, or an Excel workbook) as handovers; needs `overlevering.handover.import`. Each item of the list is matched on its `ID`: a new one is created, one imported before is updated when the list changed it (and was not changed here since), else left unchanged. Each row is imported on its own, so a refused row stops no other. With `dryRun=true` nothing is written, and the answer says what an import would do. A file that cannot be read at all is refused with 400 and nothing is written; above 10 MB, 413. Reasons and problems are in the request\'s language.',
        parameters: [
          {
            name: 'dryRun',
            in: 'query',
            required: false,
            description:
              '`true` to only try: the answer as an import would give it, nothing written.',
            schema: {
              type: 'string',
              enum: ['true', 'false'],
            },
          },
          {
            $ref: '#/components/parameters/locale',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'text/csv': {
              schema: {
                type: 'string',
                format: 'binary',
              },
            },
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet':
              {
                schema: {
                  type: 'string',
                  format: 'binary',
                },
              },
          },
        },
        responses: {
          '200': {
            description: 'What became of each row.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ImportReport',
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
    '/outbox/parked': {
      get: {
        operationId: 'ListParkedDeliveries',
        description:
          'The changes whose notifications and signals could not be delivered after the most attempts (`overlevering.outbox.maxAttempts`), oldest first, at most 200; needs `overlevering.delivery.manage`.',
        responses: {
          '200': {
            description: 'The parked changes.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ParkedDeliveryList',
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
    '/outbox/parked/{id}/retry': {
      post: {
        operationId: 'RetryParkedDelivery',
        description:
          'Delivers a parked change again now, with a fresh count of attempts; needs `overlevering.delivery.manage`. 404 when no such change is parked.',
        parameters: [
          {
            $ref: '#/components/parameters/id',
          },
        ],
        responses: {
          '204': {
            description: 'The change waits for delivery again.',
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
      conditionId: {
        name: 'conditionId',
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
        required: false,
        description:
          'The language of the answer; without it, the `Accept-Language` header decides (English for `en…`, else bokmål).',
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
        description:
          "Backstage's error body. A refused document (400) lists each problem in `error.errors`, its messages in the request's language. A request over a limit (429) says in `error.retryAfterSeconds`, as in `Retry-After`, when to try again.",
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
              errors: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/FieldError',
                },
              },
              retryAfterSeconds: {
                type: 'integer',
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
      FieldError: {
        description:
          'One problem of a refused document. `path` is the dotted path of the field (`driftskostnader.kostnader.0.belop`); empty when the problem belongs to no field (the document as a whole, a group seat missing from the catalog).',
        type: 'object',
        additionalProperties: false,
        required: ['path', 'message'],
        properties: {
          path: {
            type: 'string',
          },
          message: {
            type: 'string',
          },
        },
      },
      HandoverStatus: {
        description:
          'The status of a handover, as "Mine overleveringer" shows it. `discarded` is a draft its owner gave up: kept with its history, final.',
        type: 'string',
        enum: ['draft', 'in_review', 'rejected', 'approved', 'discarded'],
      },
      RoundStatus: {
        type: 'string',
        enum: ['open', 'approved', 'rejected', 'withdrawn'],
      },
      ApproverRole: {
        description:
          'A named seat that must approve a handover. `group` is a group entity ref whose members hold the seat; `field` is a dotted path in the document that holds a user entity ref.',
        type: 'object',
        additionalProperties: false,
        required: ['id', 'title', 'kind'],
        properties: {
          id: {
            type: 'string',
          },
          title: {
            type: 'string',
            description: "The role's name in bokmål, e.g. `Hemithjelp`.",
          },
          titleEn: {
            type: 'string',
            description:
              "The role's name in English; without it English readers see `title`.",
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
          vouchesFor: {
            description:
              'The parts of the form this role is expected to check: section ids (`etablering`) or dotted field paths (`etablering.servere`). The decision page shows them first.',
            type: 'array',
            items: {
              type: 'string',
            },
          },
          guidance: {
            description:
              'One or two plain sentences in bokmål on what this role is expected to check.',
            type: 'string',
          },
          guidanceEn: {
            description:
              'The guidance in English; without it English readers see `guidance`.',
            type: 'string',
          },
          reminders: {
            $ref: '#/components/schemas/ReminderConfig',
          },
        },
      },
      ReminderConfig: {
        description:
          "When a pending seat of this role is reminded and escalated, in Norwegian working days from the moment the round opened (weekends and public holidays do not count). Absent when the role's seats are not reminded.",
        type: 'object',
        additionalProperties: false,
        required: ['remindAfterWorkingDays'],
        properties: {
          remindAfterWorkingDays: {
            description:
              'The first reminder, this many working days after the round opened.',
            type: 'integer',
            minimum: 0,
          },
          repeatEveryWorkingDays: {
            description:
              'Further reminders, every this many working days; without it one reminder.',
            type: 'integer',
            minimum: 1,
          },
          escalateAfterWorkingDays: {
            description:
              'The escalation, this many working days after the round opened.',
            type: 'integer',
            minimum: 0,
          },
          escalateTo: {
            $ref: '#/components/schemas/EscalationTarget',
          },
        },
      },
      EscalationTarget: {
        description:
          "Whom a seat that waits too long is escalated to; exactly one of `field` (a dotted document path that holds a user entity ref, such as `designfase.seksjonsleder`), `group` (a group entity ref) or `parentGroup` (the parent group of the seat's group in the catalog).",
        type: 'object',
        additionalProperties: false,
        properties: {
          field: {
            type: 'string',
          },
          group: {
            type: 'string',
          },
          parentGroup: {
            type: 'boolean',
            enum: [true],
          },
        },
      },
      FormResponse: {
        description: 'The answer of `GET /form`.',
        type: 'object',
        additionalProperties: false,
        required: [
          'schemaVersion',
          'schema',
          'uiSchema',
          'requiredOnSubmit',
          'approverRoles',
          'serviceKinds',
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
          serviceKinds: {
            description:
              'The catalog kinds a handover can be for (`overlevering.serviceKinds`, by default Component and System).',
            type: 'array',
            items: {
              type: 'string',
            },
          },
          approverRolesConfigured: {
            description:
              'False when `overlevering.approverRoles` is not set and the portal runs on the default roles, whose groups it may not have.',
            type: 'boolean',
          },
          extraFields: {
            description:
              "A platform team's extra fields (`overlevering.form.extraFields`): per section, per field key, a JSON Schema fragment with words. `schema` already holds them; a client that builds the form itself passes this to `extendForm` of the form package.",
            type: 'object',
            additionalProperties: true,
          },
        },
      },
      RoundTally: {
        type: 'object',
        additionalProperties: false,
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
        additionalProperties: false,
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
            description: 'The linked catalog entity (the service).',
            type: 'string',
          },
          owner: {
            description: 'User entity ref of the delivery owner.',
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
          approvedSeats: {
            description:
              'Only on an approved handover: how many seats approved it, each role counted once by its latest answer across the rounds.',
            type: 'integer',
            minimum: 0,
          },
          phase: {
            description:
              'Only on an approved handover with a follow-up: whether it is in follow-up or handed over to operations ("Overlevert til drift").',
            $ref: '#/components/schemas/FollowUpPhase',
          },
        },
      },
      Handover: {
        description: 'A HandoverSummary with its document and every round.',
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'title',
          'owner',
          'status',
          'revision',
          'createdAt',
          'updatedAt',
          'document',
          'rounds',
        ],
        properties: {
          id: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          entityRef: {
            description: 'The linked catalog entity (the service).',
            type: 'string',
          },
          owner: {
            description: 'User entity ref of the delivery owner.',
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
          approvedSeats: {
            description:
              'Only on an approved handover: how many seats approved it, each role counted once by its latest answer across the rounds.',
            type: 'integer',
            minimum: 0,
          },
          phase: {
            $ref: '#/components/schemas/FollowUpPhase',
          },
          document: {
            type: 'object',
          },
          rounds: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Round',
            },
          },
          conditions: {
            description:
              'The conditions of approvals "med forbehold", open and closed, in the order they were set.',
            type: 'array',
            items: {
              $ref: '#/components/schemas/Condition',
            },
          },
          followUp: {
            $ref: '#/components/schemas/FollowUp',
          },
        },
      },
      HandoverPage: {
        description: 'The answer of `GET /handovers`.',
        type: 'object',
        additionalProperties: false,
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
      HandoverSearchDocument: {
        description:
          'A handover as the search index holds it. `text` is the answered parts of the form, section by section, with people, groups and services by their names.',
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'title',
          'status',
          'statusText',
          'owner',
          'ownerName',
          'location',
          'text',
          'updatedAt',
        ],
        properties: {
          id: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          status: {
            $ref: '#/components/schemas/HandoverStatus',
          },
          statusText: {
            description:
              'The status as people read it, e.g. `Til godkjenning`.',
            type: 'string',
          },
          owner: {
            description: 'User entity ref of the delivery owner.',
            type: 'string',
          },
          ownerName: {
            type: 'string',
          },
          entityRef: {
            description: 'The linked catalog entity (the service).',
            type: 'string',
          },
          serviceName: {
            description: 'The linked service by its name in the catalog.',
            type: 'string',
          },
          location: {
            description:
              "The handover's page in the app, e.g. `/overlevering/h/{id}`.",
            type: 'string',
          },
          text: {
            type: 'string',
          },
          updatedAt: {
            type: 'string',
            format: 'date-time',
          },
        },
      },
      HandoverSearchDocumentPage: {
        description: 'The answer of `GET /search/documents`.',
        type: 'object',
        additionalProperties: false,
        required: ['items'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/HandoverSearchDocument',
            },
          },
          nextCursor: {
            type: 'string',
          },
        },
      },
      Seat: {
        type: 'object',
        additionalProperties: false,
        required: ['role', 'approver', 'status'],
        properties: {
          role: {
            type: 'string',
          },
          approver: {
            description: 'User or group entity ref holding the seat.',
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
          snapshotHash: {
            description:
              "For a decided seat: the SHA-256 (hex) of the snapshot the decision was made on, the canonical JSON (RFC 8785) of the round's document as stored.",
            type: 'string',
            pattern: '^[0-9a-f]{64}$',
          },
          onBehalfOf: {
            description:
              'For a person seat decided by a deputy (stedfortreder) while the person was away: the user ref of the absent person; `decidedBy` is the deputy.',
            type: 'string',
          },
          selfApproved: {
            description:
              'True when the seat was decided by the owner of the handover (where `overlevering.allowSelfApproval` lets her), so the handover page, the inbox and the record can say so.',
            type: 'boolean',
          },
          sections: {
            description:
              'The sections of the form a rejection of this seat points at (top-level section ids), when the approver named any.',
            type: 'array',
            items: {
              $ref: '#/components/schemas/SectionId',
            },
          },
        },
      },
      SectionId: {
        description: 'A top-level section of the form.',
        type: 'string',
        enum: [
          'bestilling',
          'designfase',
          'etablering',
          'driftskostnader',
          'produksjonssetting',
        ],
      },
      Round: {
        type: 'object',
        additionalProperties: false,
        required: [
          'number',
          'status',
          'revision',
          'submittedBy',
          'submittedAt',
          'optionalRoles',
          'seats',
        ],
        properties: {
          number: {
            type: 'integer',
          },
          status: {
            $ref: '#/components/schemas/RoundStatus',
          },
          revision: {
            description: 'The revision of the document this round decides on.',
            type: 'integer',
          },
          snapshotHash: {
            description:
              'The SHA-256 (hex) of the snapshot the round decides on, the canonical JSON (RFC 8785) of that revision of the document as stored, taken when the round opened.',
            type: 'string',
            pattern: '^[0-9a-f]{64}$',
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
          seats: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Seat',
            },
          },
        },
      },
      RoundSnapshot: {
        description:
          'The answer of `GET /handovers/{id}/rounds/{number}/snapshot`: the document exactly as round `round` was asked to decide on it.',
        type: 'object',
        additionalProperties: false,
        required: ['round', 'revision', 'document'],
        properties: {
          round: {
            type: 'integer',
          },
          revision: {
            description: 'The document revision the round decides on.',
            type: 'integer',
          },
          document: {
            type: 'object',
          },
        },
      },
      ServiceOperationsInfo: {
        description:
          "The answer of `GET /services/{namespace}/{kind}/{name}/operations-info`: the service's latest approved handover and its operations information.",
        type: 'object',
        additionalProperties: false,
        required: ['handoverId', 'title', 'entityRef', 'approvedAt', 'info'],
        properties: {
          handoverId: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          entityRef: {
            description: 'The service, as an entity ref.',
            type: 'string',
          },
          approvedAt: {
            description:
              'When the handover was approved: when its last round closed, or for an approved item of the old SharePoint list, when the list last changed it.',
            type: 'string',
            format: 'date-time',
          },
          round: {
            description:
              'The round whose snapshot the information comes from; absent for an item approved in the old SharePoint list, whose imported document is the approved one.',
            type: 'integer',
          },
          info: {
            $ref: '#/components/schemas/OperationsInfo',
          },
        },
      },
      OperationsInfo: {
        description:
          "What the service desk needs from a handover, by topic, each answer under its field's name in the form (`designfase.fagansvarlig` is `contacts.fagansvarlig`). People, groups and services are entity refs. An answer the form does not hold is absent; an empty list and a row without any answer are no answer.",
        type: 'object',
        additionalProperties: false,
        required: [
          'contacts',
          'escalation',
          'monitoring',
          'knownErrors',
          'outstandingItems',
          'deviations',
          'serviceDesk',
          'documentation',
        ],
        properties: {
          contacts: {
            type: 'object',
            additionalProperties: false,
            properties: {
              fagansvarlig: {
                type: 'string',
              },
              tjenesteutvikler: {
                type: 'string',
              },
              deltDriftsansvar: {
                $ref: '#/components/schemas/YesNoAnswer',
              },
              deltDriftsansvarMed: {
                type: 'string',
              },
            },
          },
          escalation: {
            type: 'object',
            additionalProperties: false,
            properties: {
              seksjonsleder: {
                type: 'string',
              },
              systemeier: {
                type: 'string',
              },
              leverandor: {
                type: 'string',
              },
              supportavtale: {
                type: 'string',
              },
            },
          },
          monitoring: {
            type: 'object',
            additionalProperties: false,
            properties: {
              varsling: {
                $ref: '#/components/schemas/YesNoAnswer',
              },
              overvaking: {
                type: 'string',
              },
            },
          },
          knownErrors: {
            type: 'object',
            additionalProperties: false,
            properties: {
              kjenteFeil: {
                type: 'array',
                items: {
                  type: 'object',
                  additionalProperties: false,
                  properties: {
                    beskrivelse: {
                      type: 'string',
                    },
                    omgaelse: {
                      type: 'string',
                    },
                    saksreferanse: {
                      type: 'string',
                    },
                  },
                },
              },
            },
          },
          outstandingItems: {
            type: 'object',
            additionalProperties: false,
            properties: {
              restanser: {
                type: 'array',
                items: {
                  type: 'object',
                  additionalProperties: false,
                  properties: {
                    beskrivelse: {
                      type: 'string',
                    },
                    ansvarlig: {
                      type: 'string',
                    },
                    frist: {
                      type: 'string',
                    },
                  },
                },
              },
            },
          },
          deviations: {
            type: 'object',
            additionalProperties: false,
            properties: {
              fravik: {
                type: 'array',
                items: {
                  type: 'object',
                  additionalProperties: false,
                  properties: {
                    beskrivelse: {
                      type: 'string',
                    },
                    begrunnelse: {
                      type: 'string',
                    },
                    godkjentAv: {
                      type: 'string',
                    },
                    frist: {
                      type: 'string',
                    },
                  },
                },
              },
            },
          },
          serviceDesk: {
            type: 'object',
            additionalProperties: false,
            properties: {
              hemithjelpOrientert: {
                $ref: '#/components/schemas/YesNoAnswer',
              },
              kunnskapsartikler: {
                type: 'string',
              },
            },
          },
          documentation: {
            type: 'object',
            additionalProperties: false,
            properties: {
              driftsdokumentasjon: {
                type: 'string',
              },
              losningsdokumentasjon: {
                type: 'array',
                items: {
                  type: 'object',
                  additionalProperties: false,
                  properties: {
                    tittel: {
                      type: 'string',
                    },
                    url: {
                      type: 'string',
                    },
                  },
                },
              },
            },
          },
        },
      },
      YesNoAnswer: {
        description:
          'A yes/no question of the form, with what was said about it.',
        type: 'object',
        additionalProperties: false,
        properties: {
          svar: {
            type: 'boolean',
          },
          forklaring: {
            type: 'string',
          },
        },
      },
      ApprovalItem: {
        type: 'object',
        additionalProperties: false,
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
            description:
              'When the round opened, so how long the seat has waited.',
            type: 'string',
            format: 'date-time',
          },
          plannedDate: {
            description:
              'The planned go-live date of the handover (`bestilling.planlagtProduksjonsdato`), when the form gives one.',
            type: 'string',
            format: 'date',
          },
          onBehalfOf: {
            description:
              "Set when the seat is the caller's only as deputy: the user ref of the absent person it is decided on behalf of.",
            type: 'string',
          },
        },
      },
      Absence: {
        description:
          'A period a person is away, and who decides their person seats meanwhile.',
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'person',
          'deputy',
          'from',
          'to',
          'createdAt',
          'active',
        ],
        properties: {
          id: {
            type: 'string',
          },
          person: {
            description: 'User ref of the absent person.',
            type: 'string',
          },
          deputy: {
            description: 'User ref of the deputy (stedfortreder).',
            type: 'string',
          },
          from: {
            description: 'First day away (Oslo calendar day).',
            type: 'string',
            format: 'date',
          },
          to: {
            description: 'Last day away (Oslo calendar day), included.',
            type: 'string',
            format: 'date',
          },
          createdAt: {
            type: 'string',
            format: 'date-time',
          },
          endedAt: {
            description: 'When the absent person ended it early.',
            type: 'string',
            format: 'date-time',
          },
          active: {
            description:
              "Whether the deputy decides the person's seats right now.",
            type: 'boolean',
          },
        },
      },
      MyAbsences: {
        description: 'The answer of `GET /absences/mine`.',
        type: 'object',
        additionalProperties: false,
        required: ['mine', 'deputyFor'],
        properties: {
          mine: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Absence',
            },
          },
          deputyFor: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Absence',
            },
          },
        },
      },
      CreateAbsenceRequest: {
        description: 'The body of `POST /absences`.',
        type: 'object',
        additionalProperties: false,
        required: ['deputy', 'from', 'to'],
        properties: {
          deputy: {
            description: 'User ref of the deputy.',
            type: 'string',
            minLength: 1,
            maxLength: 300,
          },
          from: {
            type: 'string',
            pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
          },
          to: {
            type: 'string',
            pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
          },
        },
      },
      DraftKey: {
        description: 'The answer of `GET /me/draft-key`.',
        type: 'object',
        additionalProperties: false,
        required: ['key'],
        properties: {
          key: {
            type: 'string',
          },
        },
      },
      ApprovalCount: {
        description: 'The answer of `GET /approvals/count`.',
        type: 'object',
        additionalProperties: false,
        required: ['pending'],
        properties: {
          pending: {
            type: 'integer',
            minimum: 0,
          },
        },
      },
      ApprovalPage: {
        description: 'The answer of `GET /approvals`.',
        type: 'object',
        additionalProperties: false,
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
      HandoverEvent: {
        type: 'object',
        additionalProperties: false,
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
            enum: [
              'created',
              'saved',
              'submitted',
              'decided',
              'round_closed',
              'withdrawn',
              'owner_changed',
              'deleted',
              'discarded',
              'imported',
              'condition_set',
              'condition_closed',
              'follow_up_started',
              'follow_up_confirmed',
              'follow_up_extended',
              'handed_over',
            ],
          },
          data: {
            type: 'object',
          },
        },
      },
      DecisionRecord: {
        description: 'The answer of `GET /handovers/{id}/audit`.',
        type: 'object',
        additionalProperties: false,
        required: ['handoverId', 'verified', 'events', 'rounds'],
        properties: {
          handoverId: {
            type: 'string',
          },
          verified: {
            description:
              "True when the history's hash chain holds from its first event to its last, every round's snapshot has the hash taken when the round opened, and every seat agrees with its history event.",
            type: 'boolean',
          },
          brokenLink: {
            $ref: '#/components/schemas/BrokenLink',
          },
          events: {
            description: 'How many history events the hash chain covers.',
            type: 'integer',
            minimum: 0,
          },
          chainHead: {
            description:
              'The hash of the latest history event. Kept outside the portal (the export prints it), it shows later that the history was not rewritten as a whole.',
            type: 'string',
          },
          rounds: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Round',
            },
          },
        },
      },
      BrokenLink: {
        description:
          "The first place where the decision record does not hold. `event`: a history event whose content or place in the chain no longer matches its hash; `snapshot`: a round's stored document no longer has the hash taken when the round opened; `decision`: a seat that disagrees with its history event or with the snapshot of its round.",
        type: 'object',
        additionalProperties: false,
        required: ['kind', 'reason'],
        properties: {
          kind: {
            type: 'string',
            enum: ['event', 'snapshot', 'decision'],
          },
          eventId: {
            type: 'string',
          },
          at: {
            type: 'string',
            format: 'date-time',
          },
          round: {
            type: 'integer',
          },
          role: {
            type: 'string',
          },
          reason: {
            description:
              "What does not hold, in English, for the auditor's log.",
            type: 'string',
          },
        },
      },
      HandoverHistory: {
        description: 'The answer of `GET /handovers/{id}/history`.',
        type: 'object',
        additionalProperties: false,
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
      ImportRow: {
        description:
          'What became of one item of the imported list. `created`, `updated` and `unchanged` carry the handover; `refused` says why in `reason`, and an imported row may have a `reason` too (a person kept as text, the importer as owner, a status that could not be kept).',
        type: 'object',
        additionalProperties: false,
        required: ['row', 'result'],
        properties: {
          row: {
            description:
              'The line of the file the item starts on (the header is line 1).',
            type: 'integer',
            minimum: 1,
          },
          sharePointId: {
            description:
              "The item's `ID` in the SharePoint list, when it could be read.",
            type: 'integer',
            minimum: 1,
          },
          handoverId: {
            description:
              'The handover the item is (or, in a dry run, is already) imported as.',
            type: 'string',
          },
          title: {
            type: 'string',
          },
          result: {
            type: 'string',
            enum: ['created', 'updated', 'unchanged', 'refused'],
          },
          reason: {
            type: 'string',
          },
        },
      },
      ImportReport: {
        description: 'The answer of `POST /import`.',
        type: 'object',
        additionalProperties: false,
        required: ['dryRun', 'rows', 'problems'],
        properties: {
          dryRun: {
            description: 'Whether this was only a try, with nothing written.',
            type: 'boolean',
          },
          rows: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ImportRow',
            },
          },
          problems: {
            description:
              'About the file as a whole (columns not in the form, no status column).',
            type: 'array',
            items: {
              type: 'string',
            },
          },
        },
      },
      ParkedDelivery: {
        description:
          'A change whose notifications and signals were given up on: what happened to which handover, how often delivery failed, and why the last time.',
        type: 'object',
        required: [
          'id',
          'handoverId',
          'type',
          'attempts',
          'lastError',
          'createdAt',
          'parkedAt',
        ],
        properties: {
          id: {
            type: 'string',
          },
          handoverId: {
            type: 'string',
          },
          type: {
            type: 'string',
            description:
              "What happened, as the handover's signal names it (e.g. `submitted`).",
          },
          attempts: {
            type: 'integer',
          },
          lastError: {
            type: 'string',
          },
          createdAt: {
            type: 'string',
            format: 'date-time',
          },
          parkedAt: {
            type: 'string',
            format: 'date-time',
          },
        },
      },
      ParkedDeliveryList: {
        type: 'object',
        required: ['items'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ParkedDelivery',
            },
          },
        },
      },
      CreateHandoverRequest: {
        type: 'object',
        additionalProperties: false,
        properties: {
          entityRef: {
            description:
              'The service the handover is for: an entity of the catalog of one of the kinds `GET /form` lists in `serviceKinds`.',
            type: 'string',
            minLength: 1,
          },
          document: {
            type: 'object',
          },
        },
      },
      SaveDocumentRequest: {
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
      SubmitRequest: {
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
      DecisionRequest: {
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
          snapshotHash: {
            description:
              "The `snapshotHash` of the round as the approver's page showed it. A decision for content that has changed since (the hash differs) is refused with 409, so no decision vouches for text its approver never saw. The portal always sends it.",
            type: 'string',
            pattern: '^[0-9a-f]{64}$',
          },
          sections: {
            description:
              'With `reject`: the sections of the form the rejection concerns, so the owner knows where to start. Refused with `approve`.',
            type: 'array',
            maxItems: 5,
            uniqueItems: true,
            items: {
              $ref: '#/components/schemas/SectionId',
            },
          },
          conditions: {
            description:
              'With `approve` only: approval "med forbehold". The round counts the seat as approved; each condition stays open until the person who follows it up, or the approver, closes it. Refused with `reject`.',
            type: 'array',
            minItems: 1,
            maxItems: 10,
            items: {
              $ref: '#/components/schemas/ConditionInput',
            },
          },
        },
      },
      ConditionInput: {
        description: 'One condition of an approval "med forbehold".',
        type: 'object',
        additionalProperties: false,
        required: ['text', 'followUp', 'due'],
        properties: {
          text: {
            description: 'What must be done.',
            type: 'string',
            minLength: 1,
            maxLength: 2000,
          },
          followUp: {
            description: 'User entity ref of the person who follows it up.',
            type: 'string',
            minLength: 1,
            maxLength: 300,
          },
          due: {
            description: 'The date it must be done by.',
            type: 'string',
            format: 'date',
          },
        },
      },
      Condition: {
        description: 'A condition of an approval "med forbehold".',
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'round',
          'role',
          'text',
          'followUp',
          'due',
          'status',
          'setBy',
          'setAt',
        ],
        properties: {
          id: {
            type: 'string',
          },
          round: {
            description: 'The round whose decision set it.',
            type: 'integer',
          },
          role: {
            description: 'The seat whose decision set it.',
            type: 'string',
          },
          text: {
            type: 'string',
          },
          followUp: {
            description: 'User entity ref of the person who follows it up.',
            type: 'string',
          },
          due: {
            type: 'string',
            format: 'date',
          },
          status: {
            type: 'string',
            enum: ['open', 'closed'],
          },
          setBy: {
            description: 'User entity ref of the approver who set it.',
            type: 'string',
          },
          setAt: {
            type: 'string',
            format: 'date-time',
          },
          closedBy: {
            type: 'string',
          },
          closedAt: {
            type: 'string',
            format: 'date-time',
          },
          closingComment: {
            type: 'string',
          },
        },
      },
      FollowUpPhase: {
        description:
          'The phase of an approved handover after approval: `follow_up` until Hemithjelp closes it as `handed_over` ("Overlevert til drift").',
        type: 'string',
        enum: ['follow_up', 'handed_over'],
      },
      ConfirmableCriterion: {
        description: 'An exit criterion of the follow-up that people confirm.',
        type: 'string',
        enum: [
          'servicedeskTrained',
          'knowledgeArticlesPublished',
          'noOpenCriticalErrors',
        ],
      },
      FollowUp: {
        description:
          "The follow-up of an approved handover: when it ends, who confirmed, its extensions, and its exit criteria (`criteria`, by the rule `exitCriteria`: the form's answers, the confirmed ones and the open conditions).",
        type: 'object',
        additionalProperties: false,
        required: [
          'phase',
          'startedAt',
          'endsOn',
          'met',
          'extensions',
          'criteria',
        ],
        properties: {
          phase: {
            $ref: '#/components/schemas/FollowUpPhase',
          },
          startedAt: {
            type: 'string',
            format: 'date-time',
          },
          endsOn: {
            description: 'The last day of the follow-up.',
            type: 'string',
            format: 'date',
          },
          met: {
            description: 'The criteria confirmed as met during the follow-up.',
            type: 'array',
            items: {
              $ref: '#/components/schemas/ConfirmableCriterion',
            },
          },
          ownerConfirmedBy: {
            type: 'string',
          },
          ownerConfirmedAt: {
            type: 'string',
            format: 'date-time',
          },
          hemithjelpConfirmedBy: {
            type: 'string',
          },
          hemithjelpConfirmedAt: {
            type: 'string',
            format: 'date-time',
          },
          handedOverBy: {
            type: 'string',
          },
          handedOverAt: {
            type: 'string',
            format: 'date-time',
          },
          extensions: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['until', 'reason', 'by', 'at'],
              properties: {
                until: {
                  type: 'string',
                  format: 'date',
                },
                reason: {
                  type: 'string',
                },
                by: {
                  type: 'string',
                },
                at: {
                  type: 'string',
                  format: 'date-time',
                },
              },
            },
          },
          criteria: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['id', 'met'],
              properties: {
                id: {
                  type: 'string',
                  enum: [
                    'servicedeskTrained',
                    'knowledgeArticlesPublished',
                    'noOpenCriticalErrors',
                    'conditionsClosed',
                  ],
                },
                met: {
                  type: 'boolean',
                },
              },
            },
          },
        },
      },
      ConfirmFollowUpRequest: {
        description: 'The body of `POST /handovers/{id}/follow-up/confirm`.',
        type: 'object',
        additionalProperties: false,
        properties: {
          met: {
            description: 'The exit criteria the confirmer says are now met.',
            type: 'array',
            maxItems: 3,
            uniqueItems: true,
            items: {
              $ref: '#/components/schemas/ConfirmableCriterion',
            },
          },
        },
      },
      HandOverRequest: {
        description: 'The body of `POST /handovers/{id}/follow-up/hand-over`.',
        type: 'object',
        additionalProperties: false,
        properties: {
          comment: {
            type: 'string',
            maxLength: 5000,
          },
        },
      },
      ExtendFollowUpRequest: {
        description: 'The body of `POST /handovers/{id}/follow-up/extend`.',
        type: 'object',
        additionalProperties: false,
        required: ['until', 'reason'],
        properties: {
          until: {
            description: 'The new last day, later than the current one.',
            type: 'string',
            format: 'date',
          },
          reason: {
            type: 'string',
            minLength: 1,
            maxLength: 2000,
          },
        },
      },
      CloseConditionRequest: {
        description:
          'The body of `POST /handovers/{id}/conditions/{conditionId}/close`.',
        type: 'object',
        additionalProperties: false,
        required: ['comment'],
        properties: {
          comment: {
            description: 'How the condition was met.',
            type: 'string',
            minLength: 1,
            maxLength: 5000,
          },
        },
      },
      ChangeOwnerRequest: {
        description: 'The body of `PUT /handovers/{id}/owner`.',
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
} as const;
