import { emitKeypressEvents } from 'node:readline';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Question } from '../triage/types.ts';
import { messagesFor, type Messages } from '../messages/messages-for.ts';

export type TerminalAnswer = { kind: 'choice'; value: string } | { kind: 'text'; text: string } | { kind: 'cancel'; why: 'interrupted' | 'input-ended' };

interface TtyIn extends Readable {
  isTTY?: boolean;
  setRawMode?: (mode: boolean) => unknown;
}

interface Key {
  name?: string;
  ctrl?: boolean;
  sequence?: string;
}

export interface TerminalAsker {
  ask(question: Question): Promise<TerminalAnswer>;
  /** One line of free text after `prompt` ('' when the person just pressed Enter); null when cancelled or the input ended. */
  askText(prompt: string): Promise<string | null>;
  close(): void;
}

/**
 * Asks questions in the terminal, one at a time. On a TTY: arrow keys move the highlight, Enter
 * picks it, a number + Enter picks that choice, and any other typed text + Enter is a free-text
 * reply. Without a TTY (piped input) each answer is one line: a choice number or free text.
 */
export function createTerminalAsker(input: TtyIn, output: Writable, m: Messages = messagesFor('en')): TerminalAsker {
  if (input.isTTY && typeof input.setRawMode === 'function') {
    return { ask: (question) => askWithKeys(question, input, output, m), askText: (prompt) => askTextWithKeys(prompt, input, output), close: () => undefined };
  }
  return createLineAsker(input, output, m);
}

function choiceFromText(question: Question, text: string): TerminalAnswer {
  const trimmed = text.trim();
  const n = /^\d+$/.test(trimmed) ? Number(trimmed) : NaN;
  const choice = question.choices[n - 1];
  if (choice) return { kind: 'choice', value: choice.value };
  return { kind: 'text', text: trimmed };
}

/** One readline over the whole session, so lines piped in ahead of their question are kept. */
function createLineAsker(input: Readable, output: Writable, m: Messages): TerminalAsker {
  const rl = createInterface({ input, terminal: false });
  const lines: string[] = [];
  let ended = false;
  let wake: (() => void) | undefined;
  rl.on('line', (line) => {
    lines.push(line);
    wake?.();
  });
  rl.on('close', () => {
    ended = true;
    wake?.();
  });
  const nextLine = async (): Promise<string | undefined> => {
    while (lines.length === 0 && !ended) await new Promise<void>((resolve) => (wake = resolve));
    wake = undefined;
    return lines.shift();
  };
  return {
    async ask(question) {
      output.write(`\n${question.text}\n`);
      question.choices.forEach((c, i) => output.write(`  ${i + 1}) ${c.label}\n`));
      for (;;) {
        output.write(m.t('cli.interactive.prompt'));
        const line = await nextLine();
        if (line === undefined) return { kind: 'cancel', why: 'input-ended' };
        output.write(`${line}\n`);
        if (line.trim() !== '') return choiceFromText(question, line);
      }
    },
    async askText(prompt) {
      output.write(`${prompt} `);
      const line = await nextLine();
      if (line === undefined) return null;
      output.write(`${line}\n`);
      return line.trim();
    },
    close: () => rl.close(),
  };
}

/** A line typed on a TTY in raw mode: Enter answers it, Backspace edits, Ctrl+C / Esc cancel. */
function askTextWithKeys(prompt: string, input: TtyIn, output: Writable): Promise<string | null> {
  emitKeypressEvents(input);
  input.setRawMode!(true);
  input.resume();
  let typed = '';
  const draw = () => output.write(`\r\x1b[2K\x1b[1m${prompt}\x1b[0m ${typed}`);
  return new Promise((resolve) => {
    const finish = (answer: string | null) => {
      output.write('\n');
      input.off('keypress', onKey);
      input.setRawMode!(false);
      input.pause();
      resolve(answer);
    };
    const onKey = (chunk: string | undefined, key: Key | undefined) => {
      if ((key?.ctrl && (key.name === 'c' || key.name === 'd')) || key?.name === 'escape') return finish(null);
      if (key?.name === 'return' || key?.name === 'enter') return finish(typed.trim());
      if (key?.name === 'backspace') typed = typed.slice(0, -1);
      else if (chunk && !key?.ctrl && isPrintable(chunk)) typed += chunk;
      draw();
    };
    input.on('keypress', onKey);
    draw();
  });
}

function askWithKeys(question: Question, input: TtyIn, output: Writable, m: Messages): Promise<TerminalAnswer> {
  emitKeypressEvents(input);
  input.setRawMode!(true);
  input.resume();
  let selected = 0;
  let typed = '';
  let drawnLines = 0;

  const draw = () => {
    if (drawnLines > 0) output.write(`\x1b[${drawnLines}A\x1b[0J`);
    const lines = [
      `\x1b[1m${question.text}\x1b[0m`,
      ...question.choices.map((c, i) => (i === selected && typed === '' ? `\x1b[36m❯ ${i + 1}) ${c.label}\x1b[0m` : `  ${i + 1}) ${c.label}`)),
      typed === '' ? `\x1b[2m${m.t('cli.interactive.keys_hint')}\x1b[0m` : `> ${typed}`,
    ];
    output.write(lines.join('\n') + '\n');
    drawnLines = lines.length;
  };

  return new Promise((resolve) => {
    const finish = (answer: TerminalAnswer) => {
      // Replace the menu by one line saying what was answered.
      if (drawnLines > 0) output.write(`\x1b[${drawnLines}A\x1b[0J`);
      if (answer.kind !== 'cancel') {
        const said = answer.kind === 'choice' ? question.choices.find((c) => c.value === answer.value)?.label : `"${answer.text}"`;
        output.write(`\x1b[32m✔\x1b[0m ${question.text} \x1b[1m${said ?? ''}\x1b[0m\n`);
      }
      input.off('keypress', onKey);
      input.setRawMode!(false);
      input.pause();
      resolve(answer);
    };
    const onKey = (chunk: string | undefined, key: Key | undefined) => {
      if (key?.ctrl && (key.name === 'c' || key.name === 'd')) return finish({ kind: 'cancel', why: 'interrupted' });
      if (key?.name === 'escape') return finish({ kind: 'cancel', why: 'interrupted' });
      if (key?.name === 'up') selected = (selected + question.choices.length - 1) % question.choices.length;
      else if (key?.name === 'down') selected = (selected + 1) % question.choices.length;
      else if (key?.name === 'return' || key?.name === 'enter') {
        if (typed.trim() === '') return finish({ kind: 'choice', value: question.choices[selected]!.value });
        return finish(choiceFromText(question, typed));
      } else if (key?.name === 'backspace') typed = typed.slice(0, -1);
      else if (chunk && !key?.ctrl && isPrintable(chunk)) typed += chunk;
      draw();
    };
    input.on('keypress', onKey);
    draw();
  });
}

/** True when the chunk has no control characters (typed text, not a key sequence). */
function isPrintable(chunk: string): boolean {
  for (const ch of chunk) {
    const code = ch.codePointAt(0)!;
    if (code < 0x20 || code === 0x7f) return false;
  }
  return true;
}
