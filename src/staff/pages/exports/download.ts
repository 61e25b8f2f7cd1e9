import Taro from '@tarojs/taro'

/**
 * Hands the exported file to the person. H5: the browser downloads it (the link is served
 * as an attachment). Mini-program: it cannot open a CSV itself, so the file is downloaded
 * and sent to a chat (文件传输助手 on a computer opens it in Excel or WPS).
 */
export async function deliverFile(url: string, fileName: string): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    window.location.assign(url)
    return
  }
  const { tempFilePath } = await Taro.downloadFile({ url })
  await Taro.shareFileMessage({ filePath: tempFilePath, fileName })
}

export const copyLink = (url: string) => Taro.setClipboardData({ data: url }).catch(() => undefined)
