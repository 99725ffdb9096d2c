// Seeded line mutations for the hostile suites: a text edited at one to three lines (a line deleted,
// repeated elsewhere, indented, a value replaced by a hostile token, a token inserted, a word swapped
// for one from another line), the same cases on every run for a seed.
/** What a value or an insertion becomes: YAML's awkward corners and hier's own grammar's. */
export const TOKENS = [
  "", "~", "null", "[]", "{}", "-1", "0", "1e999", '""', "*a", "&a x", "<<: *a", "../..", "/", "${X}", "${", "a:b:c",
  "@sha256:zz", "\t", "!!binary AA", "? x", "- ", ": ", '"\\u0000"', "true", "linux/arm64/v9", "0o777", "-0",
  "9999999999999999999", "'", "|", ">-", "https://h/p?q#f",
];

/** A linear congruential generator: the same cases on every run. */
export function generator(seed: number): (n: number) => number {
  let x = seed;
  return (n) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % n;
  };
}

/** `text` with one to three of those edits, drawn with `pick`. */
export function mutate(text: string, pick: (n: number) => number): string {
  const lines = text.split("\n");
  const any = (): string => lines[pick(lines.length)] ?? "";
  for (let edits = 1 + pick(3); edits > 0; edits--) {
    const i = pick(lines.length);
    const line = lines[i] ?? "";
    switch (pick(6)) {
      case 0:
        lines.splice(i, 1);
        break;
      case 1:
        lines.splice(i, 0, any());
        break;
      case 2: {
        const colon = line.indexOf(": ");
        if (colon >= 0) lines[i] = line.slice(0, colon + 2) + TOKENS[pick(TOKENS.length)];
        break;
      }
      case 3: {
        const at = pick(line.length + 1);
        lines[i] = line.slice(0, at) + TOKENS[pick(TOKENS.length)] + line.slice(at);
        break;
      }
      case 4:
        lines[i] = `  ${line}`;
        break;
      case 5: {
        const words = line.match(/[A-Za-z][\w.-]*/g);
        const others = any().match(/[A-Za-z][\w.-]*/g);
        if (words?.length && others?.length) lines[i] = line.replace(words[pick(words.length)]!, others[pick(others.length)]!);
        break;
      }
    }
  }
  return lines.join("\n");
}
