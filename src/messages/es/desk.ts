import type { Message } from '../message.ts';
import type { desk as source } from '../en/desk.ts';

export const desk: Record<keyof typeof source, Message> = {};
