/** The diagnostic sink the graph phase writes to. */
import type { Code, Diagnostic, Range, RelatedInfo, SourceFile } from "../diagnostics/index.ts";

export class Reporter {
  readonly diagnostics: Diagnostic[] = [];

  constructor(readonly file: SourceFile) {}

  add(severity: "error" | "warning", code: Code, message: string, range: Range, hint?: string, related?: readonly RelatedInfo[]): void {
    this.diagnostics.push({
      code, severity, message, file: this.file.name, range,
      ...(hint === undefined ? {} : { hint }),
      ...(related === undefined || related.length === 0 ? {} : { related }),
    });
  }

  error(code: Code, message: string, range: Range, hint?: string, related?: readonly RelatedInfo[]): void {
    this.add("error", code, message, range, hint, related);
  }

  warn(code: Code, message: string, range: Range, hint?: string, related?: readonly RelatedInfo[]): void {
    this.add("warning", code, message, range, hint, related);
  }
}
