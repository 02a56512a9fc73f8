import {
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { createServiceFactory } from '@backstage/backend-plugin-api';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { notificationService } from '@backstage/plugin-notifications-node';
import { signalsServiceRef } from '@backstage/plugin-signals-node';
import type { JsonObject } from '@backstage/types';
import { DEFAULT_APPROVER_ROLES } from '@hemit/plugin-overlevering-common';
import { overleveringPlugin } from './plugin';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

/** Starts the plugin alone with `config`, and what it logged. */
async function start(config: JsonObject) {
  const logger = mockServices.logger.mock();
  const backend = startTestBackend({
    features: [
      overleveringPlugin,
      mockServices.database.factory({
        knex: await databases.init('SQLITE_3'),
      }),
      mockServices.rootConfig.factory({ data: config }),
      logger.factory,
      catalogServiceMock.factory({ entities: [] }),
      createServiceFactory({
        service: notificationService,
        deps: {},
        factory: () => ({ send: async () => {} }),
      }),
      createServiceFactory({
        service: signalsServiceRef,
        deps: {},
        factory: () => ({ publish: async () => {} }),
      }),
    ],
  });
  return { backend, logger };
}

/** The lines the plugin logged about its approver roles. */
const roleLines = (logger: ReturnType<typeof mockServices.logger.mock>) =>
  [...logger.warn.mock.calls, ...logger.info.mock.calls]
    .map(call => String(call[0]))
    .filter(line => line.includes('overlevering.approverRoles'));

describe('starting a portal', () => {
  it('without approver roles, tells in one line which default roles it uses and how to map them', async () => {
    const { backend, logger } = await start({});
    await (await backend).stop();

    const lines = roleLines(logger);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('default approver roles are used');
    for (const role of DEFAULT_APPROVER_ROLES) {
      expect(lines[0]).toContain(
        `${role.id} (${
          role.group ? `group ${role.group}` : `form field ${role.field}`
        }`,
      );
    }
    expect(lines[0]).toContain(
      'lokalservice (group group:default/lokalservice, optional)',
    );
    expect(lines[0]).toContain('Map them to your organisation');
  });

  it('with approver roles, says nothing about them', async () => {
    const { backend, logger } = await start({
      overlevering: {
        approverRoles: [
          {
            id: 'team',
            title: 'Team',
            kind: 'fixed',
            group: 'group:default/t',
          },
        ],
      },
    });
    await (await backend).stop();
    expect(roleLines(logger)).toEqual([]);
  });

  it('with a bad extra field, stops with a message that names it', async () => {
    const { backend } = await start({
      overlevering: {
        form: {
          extraFields: {
            etablering: { servere: { schema: { type: 'string' } } },
          },
        },
      },
    });
    await expect(backend).rejects.toThrow(
      "overlevering.form.extraFields.etablering.servere: the section already has a field 'servere'",
    );
  });
});
