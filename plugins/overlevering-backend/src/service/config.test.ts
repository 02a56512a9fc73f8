import { ConfigReader } from '@backstage/config';
import { DEFAULT_APPROVER_ROLES } from '@hemit/plugin-overlevering-common';
import { readOverleveringConfig } from './config';

describe('readOverleveringConfig', () => {
  it('defaults to the user guide: ten roles, nothing required, self-approval allowed', () => {
    expect(readOverleveringConfig(new ConfigReader({}))).toEqual({
      requiredOnSubmit: [],
      approverRoles: DEFAULT_APPROVER_ROLES,
      approverRolesConfigured: false,
      extraFields: {},
      formExtension: { fields: [], requiredOnSubmit: [] },
      allowSelfApproval: true,
      followUpDays: 30,
      maxPageSize: 100,
      language: 'nb',
      frontendPath: '/overlevering',
      limits: {
        saves: { count: 60, periodMs: 60_000, burst: 20 },
        creates: { count: 30, periodMs: 3_600_000, burst: 10 },
      },
      serviceKinds: ['Component', 'System'],
      reminderSchedule: { frequencyMs: 15 * 60 * 1000 },
    });
    expect(DEFAULT_APPROVER_ROLES.filter(r => r.kind === 'fixed')).toHaveLength(
      6,
    );
  });

  it('requires the extra fields marked requiredOnSubmit after the configured paths', () => {
    const config = readOverleveringConfig(
      new ConfigReader({
        overlevering: {
          form: {
            requiredOnSubmit: ['bestilling.formal'],
            extraFields: {
              etablering: {
                backupRutine: {
                  schema: { type: 'string' },
                  requiredOnSubmit: true,
                },
                merknad: { schema: { type: 'string' } },
              },
            },
          },
        },
      }),
    );
    expect(config.requiredOnSubmit).toEqual([
      'bestilling.formal',
      'etablering.backupRutine',
    ]);
    expect(config.formExtension.fields.map(f => f.path)).toEqual([
      'etablering.backupRutine',
      'etablering.merknad',
    ]);
  });

  it('refuses an extra field of a section the form does not have, naming the config key', () => {
    expect(() =>
      readOverleveringConfig(
        new ConfigReader({
          overlevering: {
            form: {
              extraFields: { drift: { x: { schema: { type: 'string' } } } },
            },
          },
        }),
      ),
    ).toThrow(
      'overlevering.form.extraFields.drift: not a section of the form; the sections are bestilling, designfase, etablering, driftskostnader, produksjonssetting',
    );
  });

  it('refuses service kinds that name no kind', () => {
    for (const serviceKinds of [[], ['user:default/x']]) {
      expect(() =>
        readOverleveringConfig(
          new ConfigReader({ overlevering: { serviceKinds } }),
        ),
      ).toThrow(
        'overlevering.serviceKinds: must name one or more catalog kinds',
      );
    }
    expect(
      readOverleveringConfig(
        new ConfigReader({ overlevering: { serviceKinds: ['Resource'] } }),
      ).serviceKinds,
    ).toEqual(['Resource']);
  });

  it('refuses a language it cannot write and a path that is not one', () => {
    expect(() =>
      readOverleveringConfig(
        new ConfigReader({ overlevering: { language: 'nn' } }),
      ),
    ).toThrow(
      "overlevering.language: must be 'nb' (bokmål) or 'en' (English), got 'nn'",
    );
    expect(() =>
      readOverleveringConfig(
        new ConfigReader({
          overlevering: { frontendPath: 'https://portal/overlevering' },
        }),
      ),
    ).toThrow(
      /overlevering.frontendPath: must be the path where the app mounts/,
    );
  });

  it('reads roles and normalizes group refs', () => {
    const config = readOverleveringConfig(
      new ConfigReader({
        overlevering: {
          form: { requiredOnSubmit: ['bestilling.tittel'] },
          approverRoles: [
            { id: 'drift', title: 'Drift', kind: 'fixed', group: 'drift' },
            {
              id: 'fag',
              title: 'Fag',
              kind: 'optional',
              field: 'designfase.fagansvarlig',
            },
          ],
          allowSelfApproval: false,
        },
      }),
    );
    expect(config.requiredOnSubmit).toEqual(['bestilling.tittel']);
    expect(config.approverRoles[0].group).toBe('group:default/drift');
    expect(config.allowSelfApproval).toBe(false);
  });

  it('reads what a role is expected to check, and every default names parts the form has', () => {
    const config = readOverleveringConfig(
      new ConfigReader({
        overlevering: {
          approverRoles: [
            {
              id: 'drift',
              title: 'Drift',
              kind: 'fixed',
              group: 'drift',
              vouchesFor: ['etablering', 'produksjonssetting.varsling.svar'],
              guidance: 'Sjekk driften.',
              guidanceEn: 'Check operations.',
            },
          ],
        },
      }),
    );
    expect(config.approverRoles[0]).toMatchObject({
      vouchesFor: ['etablering', 'produksjonssetting.varsling.svar'],
      guidance: 'Sjekk driften.',
      guidanceEn: 'Check operations.',
    });
    const defaults = readOverleveringConfig(new ConfigReader({}));
    expect(
      defaults.approverRoles.find(r => r.id === 'server')?.vouchesFor,
    ).toEqual(['etablering.servere']);
    expect(defaults.approverRoles.every(r => r.guidance && r.guidanceEn)).toBe(
      true,
    );
  });

  it('stops at startup when a role vouches for a part the form does not have', () => {
    expect(() =>
      readOverleveringConfig(
        new ConfigReader({
          overlevering: {
            approverRoles: [
              {
                id: 'server',
                title: 'Server',
                kind: 'optional',
                group: 'server',
                vouchesFor: [
                  'etablering.servere',
                  'etablering.serverer',
                  'drift',
                ],
              },
            ],
          },
        }),
      ),
    ).toThrow(
      "overlevering.approverRoles: role 'server' vouches for 'etablering.serverer', 'drift', which the form does not have. Name a section such as 'etablering' or a field such as 'etablering.servere'.",
    );
  });

  it.each([
    [
      { form: { requiredOnSubmit: ['bestilling.finnesIkke'] } },
      /bestilling.finnesIkke/,
    ],
    [
      { approverRoles: [{ id: 'a', title: 'A', kind: 'fixed' }] },
      /exactly one of group or field/,
    ],
    [
      {
        approverRoles: [
          { id: 'a', title: 'A', kind: 'fixed', group: 'g' },
          { id: 'a', title: 'B', kind: 'fixed', group: 'h' },
        ],
      },
      /duplicate id 'a'/,
    ],
    [
      {
        approverRoles: [{ id: 'a', title: 'A', kind: 'sometimes', group: 'g' }],
      },
      /kind must be/,
    ],
    [
      { approverRoles: [{ id: 'a', title: 'A', kind: 'fixed', field: 'x.y' }] },
      /x\.y/,
    ],
  ])('stops at startup on a mistake: %j', (overlevering, message) => {
    expect(() =>
      readOverleveringConfig(new ConfigReader({ overlevering })),
    ).toThrow(message);
  });
});
