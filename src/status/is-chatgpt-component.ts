import type { StatusComponent } from './status-model.ts';

/** Group (or, for an ungrouped component, component) names that mean ChatGPT. */
export const DEFAULT_CHATGPT_GROUP = /\bchatgpt\b/i;

/**
 * A component belongs to ChatGPT when its group's name matches (membership is by component id
 * through the page's structure, so APIs' "Login" is not ChatGPT's "Login"); an ungrouped
 * component counts when its own name matches.
 */
export function isChatgptComponent(component: Pick<StatusComponent, 'name' | 'group'>, pattern: RegExp = DEFAULT_CHATGPT_GROUP): boolean {
  return component.group !== null ? pattern.test(component.group) : pattern.test(component.name);
}
