import type { AdaptiveCard, CardAction, CardElement } from './adaptive-card.ts';

/**
 * An Adaptive Card of the version every renderer targets. 1.5 is what Teams supports for
 * Universal Actions (Action.Execute) on desktop, web and mobile; one place so it changes once.
 */
export function newCard(body: CardElement[], options: { actions?: CardAction[]; fallbackText?: string; fullWidth?: boolean } = {}): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(options.actions && options.actions.length > 0 ? { actions: options.actions } : {}),
    ...(options.fallbackText ? { fallbackText: options.fallbackText } : {}),
    ...(options.fullWidth ? { msteams: { width: 'Full' as const } } : {}),
  };
}
