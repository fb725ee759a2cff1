import type { Message } from '../message.ts';
import type { reading as source } from '../en/reading.ts';

export const reading: Record<keyof typeof source, Message> = {};
