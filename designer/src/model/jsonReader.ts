// A JSON reader that reports where the text is malformed (line and column, both 1-based), and
// accepts what the server accepts in flow files: `//` and `/* */` comments and trailing commas.
import type { JsonValue } from './flow';

/** The outcome of reading JSON text: the value, or the first syntax error and where it is. */
export type JsonReadResult =
  | { ok: true; value: JsonValue }
  | { ok: false; message: string; line: number; column: number };

class JsonSyntaxError extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

/** Reads JSON text (with comments and trailing commas allowed) into plain values. */
export function readJson(text: string): JsonReadResult {
  try {
    const reader = new Reader(text);
    reader.skipSpace();
    const value = reader.value();
    reader.skipSpace();
    if (reader.pos < text.length) reader.fail(`Unexpected ${describe(text, reader.pos)} after the end of the JSON value.`);
    return { ok: true, value };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const { line, column } = lineAndColumn(text, error.offset);
    return { ok: false, message: error.message, line, column };
  }
}

/** The 1-based line and column of a character offset in text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function describe(text: string, pos: number): string {
  return pos >= text.length ? 'end of text' : `character ${JSON.stringify(text[pos])}`;
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class Reader {
  pos = 0;
  constructor(private readonly text: string) {}

  fail(message: string, at = this.pos): never {
    throw new JsonSyntaxError(message, at);
  }

  skipSpace(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t[this.pos];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') this.pos++;
      else if (c === '/' && t[this.pos + 1] === '/') {
        const end = t.indexOf('\n', this.pos);
        this.pos = end < 0 ? t.length : end + 1;
      } else if (c === '/' && t[this.pos + 1] === '*') {
        const end = t.indexOf('*/', this.pos + 2);
        if (end < 0) this.fail('The comment is not closed with */.');
        this.pos = end + 2;
      } else break;
    }
  }

  value(): JsonValue {
    const c = this.text[this.pos];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return value;
      }
    }
    return this.fail(`Expected a value but found ${describe(this.text, this.pos)}.`);
  }

  private object(): { [key: string]: JsonValue } {
    const result: { [key: string]: JsonValue } = {};
    this.pos++;
    this.skipSpace();
    while (this.text[this.pos] !== '}') {
      if (this.text[this.pos] !== '"') this.fail(`Expected a property name in quotes or '}' but found ${describe(this.text, this.pos)}.`);
      const key = this.string();
      this.skipSpace();
      if (this.text[this.pos] !== ':') this.fail(`Expected ':' after property name "${key}" but found ${describe(this.text, this.pos)}.`);
      this.pos++;
      this.skipSpace();
      Object.defineProperty(result, key, { value: this.value(), enumerable: true, writable: true, configurable: true });
      this.skipSpace();
      if (this.text[this.pos] === ',') {
        this.pos++;
        this.skipSpace();
      } else if (this.text[this.pos] !== '}') this.fail(`Expected ',' or '}' after the value of "${key}" but found ${describe(this.text, this.pos)}.`);
    }
    this.pos++;
    return result;
  }

  private array(): JsonValue[] {
    const result: JsonValue[] = [];
    this.pos++;
    this.skipSpace();
    while (this.text[this.pos] !== ']') {
      result.push(this.value());
      this.skipSpace();
      if (this.text[this.pos] === ',') {
        this.pos++;
        this.skipSpace();
      } else if (this.text[this.pos] !== ']') this.fail(`Expected ',' or ']' after an array item but found ${describe(this.text, this.pos)}.`);
    }
    this.pos++;
    return result;
  }

  private string(): string {
    const t = this.text;
    const start = this.pos;
    let result = '';
    let run = ++this.pos;
    for (;;) {
      if (this.pos >= t.length) this.fail('The string is not closed with a quote.', start);
      const c = t[this.pos];
      if (c === '"') break;
      if (c < ' ') this.fail(`A control character (U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}) must be escaped inside a string.`);
      if (c !== '\\') {
        this.pos++;
        continue;
      }
      result += t.slice(run, this.pos);
      const e = t[this.pos + 1];
      if (e === 'u') {
        const hex = t.slice(this.pos + 2, this.pos + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('Expected four hex digits after \\u.');
        result += String.fromCharCode(parseInt(hex, 16));
        this.pos += 6;
      } else if (e !== undefined && e in ESCAPES) {
        result += ESCAPES[e];
        this.pos += 2;
      } else this.fail(`'\\${e ?? ''}' is not a valid escape in a JSON string.`);
      run = this.pos;
    }
    result += t.slice(run, this.pos);
    this.pos++;
    return result;
  }

  private number(): number {
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    if (!match) return this.fail(`Malformed number at ${describe(this.text, this.pos)}.`);
    this.pos += match[0].length;
    return Number(match[0]);
  }
}
