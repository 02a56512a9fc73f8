import type {
  AuthService,
  DatabaseService,
  LifecycleService,
  LoggerService,
  RootConfigService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import type { MetricsService } from '@backstage/backend-plugin-api/alpha';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import type { SignalsService } from '@backstage/plugin-signals-node';
import { OutboxStore } from '../database/OutboxStore';
import type { HandoverAuthorizer } from '../permissions/authorize';
import type { OverleveringConfig } from './config';
import { EntityNames } from './EntityNames';
import { HandoverNotifier } from './HandoverNotifier';
import { readOutboxConfig } from './outboxConfig';
import { OutboxWorker } from './OutboxWorker';
import { ParkedDeliveries } from './ParkedDeliveries';

/** The id of the task, as the scheduler's API names it (to trigger it by hand). */
export const OUTBOX_TASK_ID = 'overlevering-outbox';

/**
 * Starts the delivery of what changes are to tell: the worker that requests
 * kick after each commit, and the scheduler's task that works the outbox
 * every 10 seconds on one replica at a time (the scheduler's global scope),
 * which delivers what a failure or a restart left behind. Stops taking work
 * when the backend shuts down.
 *
 * @internal
 */
export async function startOutboxDelivery(deps: {
  rootConfig: RootConfigService;
  config: OverleveringConfig;
  scheduler: SchedulerService;
  lifecycle: LifecycleService;
  database: DatabaseService;
  notifications: NotificationService;
  signals: SignalsService;
  catalog: CatalogService;
  auth: AuthService;
  logger: LoggerService;
  metrics: MetricsService;
  authorizer: HandoverAuthorizer;
}): Promise<{ worker: OutboxWorker; parked: ParkedDeliveries }> {
  const outbox = new OutboxStore(await deps.database.getClient());
  const names = new EntityNames(deps.catalog, deps.auth);
  const failures = deps.metrics.createCounter('outbox.delivery.failures', {
    description:
      'Deliveries of a change (notifications, signals) that failed and will be retried or were parked',
  });
  const parkings = deps.metrics.createCounter('outbox.delivery.parked', {
    description:
      'Changes whose delivery was given up on after the most attempts',
  });
  const worker = new OutboxWorker({
    outbox,
    notifier: new HandoverNotifier(deps.notifications, deps.signals, {
      language: deps.config.language,
      frontendPath: deps.config.frontendPath,
      roles: deps.config.approverRoles,
      nameOf: ref => names.of(ref),
    }),
    logger: deps.logger,
    counters: {
      failed: type => failures.add(1, { type }),
      parked: type => parkings.add(1, { type }),
    },
    maxAttempts: readOutboxConfig(deps.rootConfig).maxAttempts,
  });
  await deps.scheduler.scheduleTask({
    id: OUTBOX_TASK_ID,
    frequency: { seconds: 10 },
    timeout: { minutes: 5 },
    fn: () => worker.deliverDue(),
  });
  deps.lifecycle.addShutdownHook(() => worker.stop());
  return {
    worker,
    parked: new ParkedDeliveries({
      outbox,
      worker,
      authorizer: deps.authorizer,
    }),
  };
}
