import type { Message } from '../message.ts';
import { chat as source } from '../en/chat.ts';

export const chat: Record<keyof typeof source, Message> = { ...source };
