import type { Message } from '../message.ts';
import type { cli as source } from '../en/cli.ts';

export const cli: Record<keyof typeof source, Message> = {};
