import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/app-error.ts';
import { parseFacts } from '../../src/triage/parse-facts.ts';
import { TriageInputError } from '../../src/triage/triage-input-error.ts';

function failure(input: unknown): TriageInputError {
  try {
    parseFacts(input);
  } catch (error) {
    if (error instanceof TriageInputError) return error;
    throw error;
  }
  throw new Error('parseFacts accepted the input');
}

describe('parseFacts', () => {
  it('accepts valid facts from JSON', () => {
    const json = '{"status":"operational","surface":"web","symptom":"http_500","clean_browser":"not_tried","network":"office"}';
    expect(parseFacts(JSON.parse(json))).toEqual({ status: 'operational', surface: 'web', symptom: 'http_500', clean_browser: 'not_tried', network: 'office' });
  });

  it('accepts an empty object and an api symptom without surface', () => {
    expect(parseFacts({})).toEqual({});
    expect(parseFacts({ symptom: 'api_429' })).toEqual({ symptom: 'api_429' });
  });

  it('rejects an unknown fact, naming it and the known facts', () => {
    const error = failure({ surface: 'web', foo: 'x' });
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('triage.unknown_fact');
    expect(error.fact).toBe('foo');
    expect(error.message).toBe(
      'unknown fact "foo" (known facts: status, crowd, surface, symptom, clean_browser, other_network, network, api_health, web_works, retries)',
    );
  });

  it('rejects an inherited-looking key like __proto__ as an unknown fact', () => {
    expect(failure(JSON.parse('{"__proto__":"x"}')).code).toBe('triage.unknown_fact');
  });

  it('rejects an unknown value, naming fact, value and the expected values', () => {
    const error = failure({ surface: 'bar' });
    expect(error).toMatchObject({ code: 'triage.unknown_value', fact: 'surface', value: 'bar' });
    expect(error.message).toBe('unknown value "bar" for fact "surface" (expected one of: web, desktop, mobile, api)');
  });

  it('rejects an api symptom on a non-api surface', () => {
    const error = failure({ surface: 'web', symptom: 'api_500' });
    expect(error).toMatchObject({ code: 'triage.unknown_value', fact: 'symptom', value: 'api_500' });
    expect(error.message).toMatch(/^symptom "api_500" does not apply to surface "web" \(expected one of: http_500,/);
  });

  it('rejects a non-api symptom on the api surface', () => {
    const error = failure({ symptom: 'cloudflare_challenge', surface: 'api' });
    expect(error.code).toBe('triage.unknown_value');
    expect(error.message).toBe('symptom "cloudflare_challenge" does not apply to surface "api" (expected one of: api_500, api_503, api_429, api_other)');
  });

  it.each([
    ['null', null, /got null/],
    ['an array', ['web'], /got an array/],
    ['a string', 'web', /got the string "web"/],
    ['a number', 42, /got number 42/],
  ])('rejects %s as facts', (_name, input, message) => {
    const error = failure(input);
    expect(error.code).toBe('triage.invalid_facts');
    expect(error.message).toMatch(/^facts must be a JSON object/);
    expect(error.message).toMatch(message);
  });

  it('rejects a non-plain object', () => {
    expect(failure(new Date(0)).code).toBe('triage.invalid_facts');
  });

  it.each([
    ['a number', { surface: 1 }, /fact "surface" must be a string .* got number 1/],
    ['null', { crowd: null }, /fact "crowd" must be a string .* got null/],
    ['an object', { status: { value: 'operational' } }, /fact "status" must be a string .* got an object$/],
  ])('rejects %s as a fact value', (_name, input, message) => {
    const error = failure(input);
    expect(error.code).toBe('triage.invalid_facts');
    expect(error.message).toMatch(message);
  });

  it('keeps every message on one line', () => {
    for (const input of [null, { foo: 1 }, { surface: 'x' }, { surface: 'web', symptom: 'api_429' }, { surface: 2 }]) {
      expect(failure(input).message).not.toMatch(/\n/);
    }
  });
});
