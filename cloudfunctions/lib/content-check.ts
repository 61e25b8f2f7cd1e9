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
