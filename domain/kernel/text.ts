/**
 * Joining people's words into a sentence: what someone typed often ends with its own
 * 。 or ！; a clause drops that final mark, so "原因：配件缺货。" never shows "。。".
 */
export function clause(text: string): string {
  return text.trim().replace(/[。．.！!？?；;，,、\s]+$/u, '')
}
