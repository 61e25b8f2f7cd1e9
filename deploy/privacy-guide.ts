/**
 * `npm run privacy-guide`: the text of the 用户隐私保护指引 to paste in the mini-program's
 * admin (设置 → 服务内容声明 → 用户隐私保护指引), generated from what the app collects
 * (the contact form's fields in domain/matters/schemas.ts) and the privacy APIs src/ calls, so it
 * stays true as the app changes: a privacy API or a form field with no stated purpose
 * stops the generator (and its test).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { contactSchema } from '../domain/matters/schemas'

/** WeChat's privacy APIs (those that need the guide to declare them), as called from code. */
export const PRIVACY_APIS = [
  'chooseImage', 'chooseMedia', 'chooseVideo', 'chooseMessageFile', 'saveImageToPhotosAlbum', 'saveVideoToPhotosAlbum',
  'setClipboardData', 'getClipboardData', 'getLocation', 'getFuzzyLocation', 'chooseLocation', 'choosePoi', 'startLocationUpdate',
  'startLocationUpdateBackground', 'chooseAddress', 'chooseInvoice', 'chooseInvoiceTitle', 'chooseLicensePlate', 'getWeRunData',
  'getUserProfile', 'startRecord', 'getRecorderManager', 'createCameraContext', 'createVKSession', 'openBluetoothAdapter',
  'createBLEPeripheralServer', 'startWifi', 'addPhoneContact', 'addPhoneCalendar', 'addPhoneRepeatCalendar', 'chooseContact',
  'joinVoIPChat', 'saveFileToDisk',
  // button open-types
  'getPhoneNumber', 'getRealtimePhoneNumber', 'chooseAvatar',
] as const

/** For each privacy API the app calls: WeChat's name of the information, and why. */
const PURPOSES: Partial<Record<(typeof PRIVACY_APIS)[number], { info: string; use: '收集' | '使用'; purpose: string }>> = {
  chooseImage: { info: '选中的照片或视频信息', use: '收集', purpose: '在登记诉求、补充材料时附上你选的现场照片' },
  saveImageToPhotosAlbum: { info: '相册（仅写入）权限', use: '使用', purpose: '让工作人员把说事点的小程序码保存到手机相册，用于打印张贴' },
  setClipboardData: { info: '剪切板', use: '使用', purpose: '让工作人员复制邀请码和导出文件的下载链接' },
}

/** The contact form's fields, as a person reads them. */
const FIELDS: Record<string, string> = { name: '姓名', phone: '手机号', address: '家庭住址', workUnit: '工作单位（选填）' }

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f)
    if (statSync(p).isDirectory()) return sourceFiles(p)
    return /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : []
  })
}

/** The privacy APIs the code under `dir` calls (Taro.x(, wx.x(, or a button's openType). */
export function privacyApisCalled(dir: string): string[] {
  const found = new Set<string>()
  for (const file of sourceFiles(dir)) {
    const text = readFileSync(file, 'utf8')
    for (const m of text.matchAll(/\b(?:Taro|wx)\.(\w+)\s*\(|open-?[Tt]ype=\{?['"](\w+)['"]/g)) {
      const name = m[1] ?? m[2]
      if ((PRIVACY_APIS as readonly string[]).includes(name)) found.add(name)
    }
  }
  return [...found].sort()
}

export function privacyGuide(srcDir = path.resolve(__dirname, '..', 'src')): string {
  const apis = privacyApisCalled(srcDir)
  const undeclared = apis.filter((a) => !PURPOSES[a as keyof typeof PURPOSES])
  if (undeclared.length) throw new Error(`src 调用了隐私接口 ${undeclared.join('、')}，但隐私指引没有写它的用途：请在 deploy/privacy-guide.ts 的 PURPOSES 里补上`)
  const fields = Object.keys(contactSchema.shape)
  const unnamed = fields.filter((f) => !FIELDS[f])
  if (unnamed.length) throw new Error(`联系信息表单多了字段 ${unnamed.join('、')}，隐私指引没有写它：请在 deploy/privacy-guide.ts 的 FIELDS 里补上`)
  return [
    '说事 用户隐私保护指引（npm run privacy-guide 生成；粘贴到小程序后台「设置 → 服务内容声明 → 用户隐私保护指引」）',
    '',
    '一、开发者处理的信息（在「处理的信息」里逐项添加）',
    ...apis.map((a, i) => {
      const p = PURPOSES[a as keyof typeof PURPOSES]!
      return `${i + 1}. ${p.info}：为了${p.purpose}，开发者将在获取你的明示同意后，${p.use}你的${p.info}。（接口 wx.${a}）`
    }),
    '',
    '二、你在表单里填写的信息（填在「其他」）',
    `为了登记你的诉求、预约和上门走访，并由负责的干部联系你、办理和答复，开发者收集你填写的${fields.map((f) => FIELDS[f]).join('、')}，以及你说的事和照片。`,
    '',
    '三、谁能看到',
    '只有负责办理这件事的干部和社区领导能看到你的完整信息；其他人只能看到遮挡后的信息（如 138****5678）；每次查看完整信息都会留下记录。你的信息不会公开，也不会提供给第三方。',
    '',
    '四、存储',
    '信息存放在本小程序的云开发环境中（中国境内），用于办理和留档；办结后按社区的档案管理规定保存。',
    '',
    '五、你的权益',
    '你可以在「我的」里查看自己登记的事项；需要更正或删除信息，可以联系说事点的工作人员。',
  ].join('\n')
}

if (process.argv[1] && path.resolve(process.argv[1]) === __filename) {
  try {
    console.log(privacyGuide())
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e))
    process.exit(1)
  }
}
