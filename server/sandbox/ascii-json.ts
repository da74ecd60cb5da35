/**
 * JSON.stringify with every non-ASCII character written as a `\uXXXX` escape: the same value
 * to any JSON parser, but the bytes are pure ASCII. Stored rows are spliced into list answers
 * as they are, so this decides what clients decode. One non-ASCII character (an en dash in
 * "Guest – Maria Lopez") makes a decoder take its slow UTF-8 path for the whole body and makes
 * V8 hold the decoded text as a two-byte string: twice the memory for a multi-megabyte list
 * in the browser, and under the bench's load, the load generator's decode time doubled.
 */
// Every UTF-16 unit above 0x7f, lone surrogate halves included (escaped one by one, as JSON allows).
const HAS_NON_ASCII = /[\u0080-\uffff]/
const NON_ASCII = /[\u0080-\uffff]/g

const escape = (ch: string) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`

export function asciiJson(value: unknown): string {
  const json = JSON.stringify(value)
  // Most rows are ASCII already; the test is cheaper than a replace that finds nothing.
  return HAS_NON_ASCII.test(json) ? json.replace(NON_ASCII, escape) : json
}
