/**
 * Limits on what one stage-graph file may be, so hostile input costs bounded time and memory.
 * Readers (the CLI, the gateway) read at most `MAX_SOURCE_BYTES + 1` bytes; `parseConfig` reports
 * a larger or binary file as one diagnostic instead of parsing it.
 */

/** The largest build file hier parses: 1 MiB (the shipped graphs are under 10 KiB). */
export const MAX_SOURCE_BYTES = 1024 * 1024;
