import type { Message } from '../message.ts';
import { slack as source } from '../en/slack.ts';

export const slack: Record<keyof typeof source, Message> = { ...source };
