import type { Message } from '../message.ts';
import { cli as source } from '../en/cli.ts';

// TEMP: English until translated.
export const cli: Record<keyof typeof source, Message> = { ...source };
