/**
 * Every background job the gateway runs, in one list (as modules/index.ts lists the GraphQL
 * modules): `coachwork serve` starts a JobQueue over it. A new kind of job is a `defineJob` in its
 * own domain folder and one entry here.
 */
import { scoreJob } from '../modules/lti/ags.js';
import type { ToolKey } from '../modules/lti/keys.js';
import { rosterJob } from '../modules/lti/nrps.js';
import {
  webhookDeliveryJob,
  webhookDisabledNoticeJob,
  type DeliverySettings,
} from '../modules/webhooks/delivery.js';
import { matchProposalJob } from '../modules/programMatching/proposal-job.js';
import { populationRefreshJob } from '../modules/programs/refresh-job.js';
import { retentionSweepJob } from '../modules/provisioning/retention.js';
import { pulseSweepJob } from '../modules/webhooks/pulses.js';
import { xapiStatementJob, type XapiDeliverySettings } from '../modules/xapi/delivery.js';
import type { Mailer } from '../notifications/mailer.js';
import { programReminderJob } from '../notifications/program-reminders.js';
import { pulsePhaseReminderJob, pulseReminderJob } from '../notifications/pulse-reminders.js';
import { reminderJob } from '../notifications/reminders.js';
import type { QueueJob } from './queue.js';

export interface JobServices {
  mailer: Mailer;
  /** Dev mode (COACHWORK_ENV=dev): webhooks may go to http and private addresses. */
  dev?: boolean;
  webhooks?: Partial<DeliverySettings>;
  /** Signs the LTI grade and roster services' client assertions (read as the owner before the queue starts). */
  ltiToolKey?: ToolKey;
  xapi?: Partial<XapiDeliverySettings>;
}

export function gatewayJobs(services: JobServices): QueueJob[] {
  return [
    reminderJob(services.mailer),
    programReminderJob(services.mailer),
    pulsePhaseReminderJob(),
    pulseReminderJob(services.mailer),
    populationRefreshJob(),
    matchProposalJob(),
    webhookDeliveryJob({
      dev: services.dev ?? false,
      ...(services.webhooks ? { settings: services.webhooks } : {}),
    }),
    webhookDisabledNoticeJob(services.mailer),
    pulseSweepJob(),
    retentionSweepJob(),
    xapiStatementJob({ dev: services.dev ?? false, ...services.xapi }),
    ...(services.ltiToolKey
      ? [
          scoreJob({ toolKey: services.ltiToolKey, dev: services.dev ?? false }),
          rosterJob({ toolKey: services.ltiToolKey, dev: services.dev ?? false }),
        ]
      : []),
  ];
}
