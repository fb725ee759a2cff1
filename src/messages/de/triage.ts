import type { Message } from '../message.ts';
import type { triage as source } from '../en/triage.ts';

export const triage: Record<keyof typeof source, Message> = {};
