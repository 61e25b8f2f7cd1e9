import Taro from '@tarojs/taro'
import { PRIMARY_HEX } from '../../lib/theme'

const SCOPE = 'scope.writePhotosAlbum'

const errMsgOf = (e: unknown) => String((e as { errMsg?: unknown } | null)?.errMsg ?? e)

/** A refusal, now or earlier: WeChat words it "auth deny", "auth denied" or "authorize no response". */
const refused = (e: unknown) => /auth|authorize/i.test(errMsgOf(e))

/** Sends the person to the settings page to allow 保存到相册, after saying why. */
async function guideToSettings(): Promise<void> {
  const answer = await Taro.showModal({
    title: '需要您的允许',
    content: '保存小程序码需要“添加到相册”的权限。请在设置里打开它，再点一次“保存到相册”。',
    confirmText: '去设置',
    confirmColor: PRIMARY_HEX,
    cancelText: '暂不',
  }).catch(() => ({ confirm: false }))
  if (answer.confirm) await Taro.openSetting().catch(() => undefined)
}

/**
 * Mini-program: downloads the image at `url` and saves it to the phone's album in one
 * tap. The first time WeChat asks for permission; if it was refused (now or before),
 * the person is told why and led to the settings. Answers whether it was saved.
 */
export async function saveImageToAlbum(url: string): Promise<boolean> {
  const setting = await Taro.getSetting().catch(() => null)
  if (setting?.authSetting?.[SCOPE] === false) {
    await guideToSettings()
    return false
  }
  Taro.showLoading({ title: '正在保存…', mask: true })
  let filePath: string
  try {
    const res = await Taro.downloadFile({ url })
    if (res.statusCode !== 200) throw new Error(`status ${res.statusCode}`)
    filePath = res.tempFilePath
  } catch {
    Taro.hideLoading()
    Taro.showToast({ title: '图片下载失败，请检查网络后重试', icon: 'none', duration: 2500 })
    return false
  }
  try {
    await Taro.saveImageToPhotosAlbum({ filePath })
    Taro.hideLoading()
    Taro.showToast({ title: '已保存到相册', icon: 'success' })
    return true
  } catch (e) {
    Taro.hideLoading()
    if (/cancel/i.test(errMsgOf(e))) return false
    if (refused(e)) await guideToSettings()
    else Taro.showToast({ title: '保存失败，请重试', icon: 'none', duration: 2500 })
    return false
  }
}
