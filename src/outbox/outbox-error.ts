import { AppError } from '../app-error.ts';

/** Failures of the outbox itself: 'outbox.corrupt_entry', 'outbox.no_sender', 'outbox.corrupt_reply'. */
export class OutboxError extends AppError {}
