import type { Message } from '../message.ts';
import { triage as source } from '../en/triage.ts';

// TEMP: English until translated.
export const triage: Record<keyof typeof source, Message> = { ...source };
