// The server's alert schedule: `runAlerts` every so often, never two at once in one process (other
// processes may run too: deliveries are claimed row by row and recorded once). Off unless asked for.
import type { Pack } from '../../programme/schema.ts';
import type { Store } from '../../store/index.ts';
import { createMailer, mailConfigFromEnv } from './email.ts';
import { runAlerts, type AlertRunResult } from './run.ts';

export interface AlertSchedule {
  /** Minutes between runs; 0 turns the schedule off. */
  everyMinutes: number;
  allowPrivateWebhooks?: boolean;
  /** What went wrong in a run (the schedule goes on). */
  onError?: (error: unknown) => void;
  onRun?: (result: AlertRunResult) => void;
}

/** Starts the schedule; returns the function that stops it (waiting for a run under way). */
export function scheduleAlerts(store: Store, pack: Pack, schedule: AlertSchedule): () => Promise<void> {
  if (!(schedule.everyMinutes > 0)) return async () => {};
  const mail = mailConfigFromEnv();
  const mailer = mail ? createMailer(mail) : null;
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = runAlerts(store, pack, { now: new Date(), mailer, publicUrl: mail?.publicUrl, allowPrivateWebhooks: schedule.allowPrivateWebhooks })
      .then((result) => schedule.onRun?.(result))
      .catch((error: unknown) => schedule.onError?.(error))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, schedule.everyMinutes * 60_000);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}

/** $RADAR57_ALERTS_EVERY (minutes), default 15; 0 turns it off. */
export function alertMinutesFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.RADAR57_ALERTS_EVERY ?? 15);
  return Number.isFinite(value) && value >= 0 ? value : 15;
}
