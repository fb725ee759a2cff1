import type { Message } from '../message.ts';
import type { web as source } from '../en/web.ts';

export const web: Record<keyof typeof source, Message> = {};
