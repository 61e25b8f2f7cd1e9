import { AppError } from './respond'
import type { CloudPort } from './port'

/**
 * Runs text through msgSecCheck (v2, scene 2 = comment) before it is stored where others
 * can read it. 'risky' is refused; 'review' is stored but flagged. Returns true when
 * flagged. If the check itself cannot be reached the text is flagged rather than lost:
 * a resident's matter must never be dropped because a filter was down.
 */
export async function checkText(cloud: CloudPort, openid: string, content: string): Promise<boolean> {
  let suggest: string
  try {
    const res = await cloud.openapi.security.msgSecCheck({ version: 2, scene: 2, openid, content })
    suggest = res.result?.suggest ?? 'review'
  } catch (err) {
    console.error('[shuoshi] msgSecCheck failed; flagging for review:', err)
    return true
  }
  if (suggest === 'risky') {
    throw new AppError('CONTENT_REJECTED', '内容含有不适宜的信息，请修改后再提交')
  }
  return suggest !== 'pass'
}

export type TextVerdict = 'pass' | 'review' | 'risky' | 'unchecked'

/**
 * msgSecCheck's verdict on text about to be shown to everyone, without refusing anything:
 * the caller decides (the public board shows only 'pass'). 'unchecked' when the check
 * could not be reached.
 */
export async function textVerdict(cloud: CloudPort, openid: string, content: string): Promise<TextVerdict> {
  try {
    const res = await cloud.openapi.security.msgSecCheck({ version: 2, scene: 2, openid, content })
    const suggest = res.result?.suggest
    return suggest === 'pass' || suggest === 'risky' || suggest === 'review' ? suggest : 'review'
  } catch (err) {
    console.error('[shuoshi] msgSecCheck failed; kept off the board:', err)
    return 'unchecked'
  }
}
