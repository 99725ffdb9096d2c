/**
 * Limits on what one stage-graph file may be, so hostile input costs bounded time and memory.
 * Readers (the CLI, the gateway) read at most `MAX_SOURCE_BYTES + 1` bytes; `parseConfig` reports
 * a larger or binary file as one diagnostic instead of parsing it.
 *
 * The contract between the two: a reader stops after `MAX_SOURCE_BYTES + 1` bytes and passes
 * them on decoded as UTF-8 (invalid sequences become U+FFFD). So a text whose UTF-8 encoding
 * is longer than `MAX_SOURCE_BYTES` (`Buffer.byteLength(text) > MAX_SOURCE_BYTES`) means "the
 * file is larger than the limit; this is its start". Test that before binary detection: the
 * cut may fall inside a character (and decoding never makes the text shorter in bytes).
 */

/** The largest build file hier parses: 1 MiB (the shipped graphs are under 10 KiB). */
export const MAX_SOURCE_BYTES = 1024 * 1024;

/**
 * How many nodes `*alias` expansions may add to a file, counted as expanded (an alias of a
 * 10-item list adds 11 nodes, however deep the aliases inside it go). The shipped graphs add a
 * few hundred; the limit stops "billion laughs" files and fan-outs that would take minutes.
 */
export const MAX_ALIAS_NODES = 100_000;
