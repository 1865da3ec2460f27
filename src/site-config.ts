import { feedbackConfig } from './lib/feedback.ts';

/** Set at build time (see README "Deploying"); read once. */
export const feedback = feedbackConfig(process.env);
