import type { Message } from '../message.ts';
import { teams as source } from '../en/teams.ts';

export const teams: Record<keyof typeof source, Message> = { ...source };
