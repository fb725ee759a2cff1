import { emitKeypressEvents } from 'node:readline';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Question } from '../triage/types.ts';

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

/**
 * Asks one question in the terminal. On a TTY: arrow keys move the highlight, Enter picks it,
 * a number + Enter picks that choice, and any other typed text + Enter is a free-text reply.
 * Without a TTY (piped input) it reads one line: a choice number or free text.
 */
export function askInTerminal(question: Question, input: TtyIn, output: Writable): Promise<TerminalAnswer> {
  if (input.isTTY && typeof input.setRawMode === 'function') return askWithKeys(question, input, output);
  return askWithLine(question, input, output);
}

function choiceFromText(question: Question, text: string): TerminalAnswer {
  const trimmed = text.trim();
  const n = /^\d+$/.test(trimmed) ? Number(trimmed) : NaN;
  const choice = question.choices[n - 1];
  if (choice) return { kind: 'choice', value: choice.value };
  return { kind: 'text', text: trimmed };
}

function askWithLine(question: Question, input: Readable, output: Writable): Promise<TerminalAnswer> {
  output.write(`\n${question.text}\n`);
  question.choices.forEach((c, i) => output.write(`  ${i + 1}) ${c.label}\n`));
  output.write('Type a number, or answer in your own words: ');
  return new Promise((resolve) => {
    const rl = createInterface({ input, terminal: false });
    let done = false;
    rl.once('line', (line) => {
      done = true;
      rl.close();
      resolve(line.trim() === '' ? askAgainLater(question, input, output) : choiceFromText(question, line));
    });
    rl.once('close', () => {
      if (!done) resolve({ kind: 'cancel', why: 'input-ended' });
    });
  });
}

function askAgainLater(question: Question, input: Readable, output: Writable): Promise<TerminalAnswer> {
  return askWithLine(question, input, output);
}

function askWithKeys(question: Question, input: TtyIn, output: Writable): Promise<TerminalAnswer> {
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
      typed === '' ? '\x1b[2m↑/↓ and Enter, a number, or type your answer\x1b[0m' : `> ${typed}`,
    ];
    output.write(lines.join('\n') + '\n');
    drawnLines = lines.length;
  };

  return new Promise((resolve) => {
    const finish = (answer: TerminalAnswer) => {
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
      else if (chunk && !key?.ctrl && /^[^\x00-\x1f\x7f]+$/.test(chunk)) typed += chunk;
      draw();
    };
    input.on('keypress', onKey);
    draw();
  });
}
