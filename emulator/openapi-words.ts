/** The local msgSecCheck's words and labels: what it flags as risky or for review, and how long a text may be. */
export interface WordList {
  risky?: string[]
  review?: string[]
}

export const DEFAULT_WORD_LIST: Required<WordList> = {
  risky: ['违禁词测试', '赌博'],
  review: ['待人工复核'],
}

/** msgSecCheck labels (WeChat's): 100 normal, 20006 illegal, 21000 other. */
export const LABEL_PASS = 100
export const LABEL_RISKY = 20006
export const LABEL_REVIEW = 21000

export const MAX_CONTENT_LENGTH = 2500
