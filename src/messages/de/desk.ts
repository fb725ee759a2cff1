import type { Message } from '../message.ts';
import { desk as source } from '../en/desk.ts';

// TEMP: English until translated.
export const desk: Record<keyof typeof source, Message> = { ...source };
