import {
  coreServices,
  createBackendFeatureLoader,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import { notificationsEmailTemplateExtensionPoint } from '@backstage/plugin-notifications-backend-module-email';
import type { Notification } from '@backstage/plugin-notifications-common';

/** Whether notifications also go by email, and if not, why not. */
export type EmailSetup = { enabled: true } | { enabled: false; reason: string };

/**
 * Email is on where `notifications.processors.email` names a transport; an
 * SMTP transport also needs its host (SMTP_HOST in production), else the
 * portal starts without email and says why, rather than failing at the
 * first notification.
 */
export function emailSetup(config: Config): EmailSetup {
  const email = config.getOptionalConfig('notifications.processors.email');
  if (!email) {
    return {
      enabled: false,
      reason: 'notifications.processors.email is not configured',
    };
  }
  const transport = email.getOptionalString('transportConfig.transport');
  if (!transport) {
    return {
      enabled: false,
      reason: 'notifications.processors.email.transportConfig.transport is not set',
    };
  }
  if (
    transport === 'smtp' &&
    !email.getOptionalString('transportConfig.hostname')
  ) {
    return {
      enabled: false,
      reason:
        'the SMTP relay has no hostname (notifications.processors.email.transportConfig.hostname, SMTP_HOST in production)',
    };
  }
  return { enabled: true };
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    c =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[
        c
      ]!),
  );

/** The notification's link in full, for a mail client outside the portal. */
export function emailLink(notification: Notification, baseUrl: string) {
  const link = notification.payload.link;
  if (link && /^https?:\/\//i.test(link)) return link;
  const base = baseUrl.replace(/\/+$/, '');
  if (link?.startsWith('/')) return `${base}${link}`;
  return `${base}/notifications`;
}

/**
 * The email of a notification: its title as the subject, its text, and the
 * link to where the person acts (the decision page of a seat). Text people
 * typed (a handover's title, a comment) is escaped in the HTML part, so a
 * mail client shows it as written and never as markup.
 */
export function emailContent(notification: Notification, baseUrl: string) {
  const link = emailLink(notification, baseUrl);
  const description = notification.payload.description ?? '';
  return {
    subject: notification.payload.title,
    text: [description, link].filter(Boolean).join('\n\n'),
    html: [
      `<p><strong>${escapeHtml(notification.payload.title)}</strong></p>`,
      ...description
        .split(/\n{2,}/)
        .filter(Boolean)
        .map(p => `<p>${escapeHtml(p).replace(/\n/g, '<br/>')}</p>`),
      `<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`,
    ].join('\n'),
  };
}

const emailTemplates = createBackendModule({
  pluginId: 'notifications',
  moduleId: 'overlevering-email-templates',
  register(reg) {
    reg.registerInit({
      deps: {
        templates: notificationsEmailTemplateExtensionPoint,
        config: coreServices.rootConfig,
      },
      async init({ templates, config }) {
        const baseUrl = config.getString('app.baseUrl');
        templates.setTemplateRenderer({
          async getSubject(notification) {
            return emailContent(notification, baseUrl).subject;
          },
          async getText(notification) {
            return emailContent(notification, baseUrl).text;
          },
          async getHtml(notification) {
            return emailContent(notification, baseUrl).html;
          },
        });
      },
    });
  },
});

/**
 * Notifications by email, through Backstage's own email processor, where the
 * portal's config sets it up (see the README: Hemit's SMTP relay).
 */
export default createBackendFeatureLoader({
  deps: { config: coreServices.rootConfig, logger: coreServices.rootLogger },
  async *loader({ config, logger }) {
    const setup = emailSetup(config);
    if (!setup.enabled) {
      logger.info(`Notifications are not sent by email: ${setup.reason}`);
      return;
    }
    yield (await import('@backstage/plugin-notifications-backend-module-email'))
      .default;
    yield emailTemplates;
  },
});
