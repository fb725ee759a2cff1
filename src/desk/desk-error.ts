import { AppError } from '../app-error.ts';

/** Errors of the desk's use cases: 'desk.not_found', 'desk.invalid_answer', 'desk.conflict'. */
export class DeskError extends AppError {}
