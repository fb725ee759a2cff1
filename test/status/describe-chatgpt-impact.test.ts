import { describe, expect, it } from 'vitest';
import type { ChatgptComponentImpact } from '../../src/status/classify-status.ts';
import { describeChatgptImpact } from '../../src/status/describe-chatgpt-impact.ts';

const c = (name: string, status: ChatgptComponentImpact['status']): ChatgptComponentImpact => ({ id: name, name, status });

describe('describeChatgptImpact', () => {
  it('phrases one state for several components', () => {
    expect(describeChatgptImpact({ status: 'chatgpt_incident', chatgptAffected: [c('Conversations', 'degraded_performance'), c('Login', 'degraded_performance')] })).toBe(
      'Conversations and Login are degraded',
    );
  });

  it('phrases one component, and mixed states worst first', () => {
    expect(describeChatgptImpact({ status: 'chatgpt_incident', chatgptAffected: [c('Login', 'full_outage')] })).toBe('Login is down');
    expect(
      describeChatgptImpact({
        status: 'chatgpt_incident',
        chatgptAffected: [c('Conversations', 'degraded_performance'), c('Login', 'full_outage'), c('Search', 'degraded_performance'), c('Voice mode', 'under_maintenance')],
      }),
    ).toBe('Login is down; Conversations and Search are degraded; Voice mode is under maintenance');
  });

  it('shortens a long list', () => {
    const names = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
    expect(describeChatgptImpact({ status: 'chatgpt_incident', chatgptAffected: names.map((n) => c(n, 'partial_outage')) })).toBe(
      'A, B, C, D, E and 3 more are partially down',
    );
  });

  it('says there is an incident when no component is named, and nothing unless the status is a ChatGPT incident', () => {
    expect(describeChatgptImpact({ status: 'chatgpt_incident', chatgptAffected: [] })).toBe('ChatGPT has an open incident');
    expect(describeChatgptImpact({ status: 'other_product_incident', chatgptAffected: [] })).toBeNull();
    expect(describeChatgptImpact({ status: 'unknown', chatgptAffected: [c('Search', 'unknown')] })).toBeNull();
  });
});
